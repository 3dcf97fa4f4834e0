// Nested repeats in the questionnaire online, in headless Chromium: run.sh adds a wave whose
// questionnaire (tests/e2e/nestform/) has members (leden) inside households (huishoudens).
// regio-am13 adds a household and a member inside it with the buttons, types an age that breaks
// the constraint and sees the server's message next to that member's field while typing, corrects
// it (the follow-up question appears), saves the draft and finds the member back inside its
// household. axe-core checks the form with the nested rows. Screenshots go to argv[3].
//   node nestform.mjs http://127.0.0.1:PORT/ SCREENSHOT_DIR
import { chromium } from 'playwright-core';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';

const [base, shots] = process.argv.slice(2);
const url = (p) => new URL(p, base).href;
const formPath = 'vragenlijst/2020-huishoudens/AM13';
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
         '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const violations = [];

try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
  const page = await context.newPage();
  page.on('console', (msg) => {
    if (/Content Security Policy|Refused to/i.test(msg.text())) violations.push(msg.text());
  });
  await page.goto(url('inloggen'));
  await page.getByLabel('Gebruikersnaam').fill('regio-am13');
  await page.getByLabel('Wachtwoord').fill('demo');
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.getByText('U bent ingelogd als regio-am13.').waitFor();
  await page.goto(url(formPath));

  // A household, then a member inside it: the buttons post the form and keep what was typed.
  await page.getByRole('button', { name: 'Rij toevoegen (Huishouden)' }).click();
  await page.locator('textarea[name="v/huishoudens/1/adres"]').fill('Dorpsstraat 1');
  await page.getByRole('button', { name: 'Rij toevoegen (Lid, Huishouden 1)' }).click();
  assert.equal(await page.locator('textarea[name="v/huishoudens/1/adres"]').inputValue(), 'Dorpsstraat 1');
  const member = page.locator('#vraag-huishoudens\\/1 fieldset#vraag-huishoudens\\/1\\/leden\\/1');
  await member.waitFor();
  await page.locator('textarea[name="v/huishoudens/1/leden/1/naam"]').fill('Anna');

  // The live check knows the member's field: the constraint message appears next to it.
  await page.locator('input[name="v/huishoudens/1/leden/1/leeftijd"]').fill('130');
  const message = page.locator('[id="fout-huishoudens/1/leden/1/leeftijd"]');
  await message.waitFor();
  assert.equal(await message.textContent(), 'Een leeftijd is hoogstens 120 jaar.');
  await page.screenshot({ path: path.join(shots, 'nestform-melding.png'), fullPage: true });
  await page.locator('input[name="v/huishoudens/1/leden/1/leeftijd"]').fill('40');
  await message.waitFor({ state: 'hidden' });
  await page.locator('[id="vraag-huishoudens/1/leden/1/werkt"]').waitFor({ state: 'visible' });
  await page.getByLabel('Ja').check();

  await page.getByRole('button', { name: 'Concept opslaan' }).first().click();
  await page.getByText('Het concept is opgeslagen.').waitFor();
  assert.equal(await page.locator('textarea[name="v/huishoudens/1/leden/1/naam"]').inputValue(), 'Anna');
  assert.equal(await member.count(), 1, 'the member is inside its household');
  await page.screenshot({ path: path.join(shots, 'nestform-opgeslagen.png'), fullPage: true });
  const saved = await (await page.request.get(url('api/v1/vragenlijsten/2020-huishoudens/AM13'))).json();
  assert.deepEqual(saved.herhalingen.leden, [{ naam: 'Anna', leeftijd: '40', werkt: 'ja', ouder_rij: 1 }]);

  // axe-core on the form with its nested rows (a context that lets axe's script in).
  const require = createRequire(import.meta.url);
  const axeContext = await browser.newContext({ bypassCSP: true, storageState: await context.storageState() });
  const copy = await axeContext.newPage();
  await copy.goto(url(formPath));
  await copy.evaluate(fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  const result = await copy.evaluate(() =>
    window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
  const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  assert.deepEqual(serious, [], 'axe: the form with nested rows');
  await axeContext.close();

  assert.deepEqual(violations, [], 'no Content-Security-Policy violations');
  console.log('e2e: geneste herhaling (rij toevoegen per huishouden, melding tijdens het typen, concept, ouder_rij) OK');
} finally {
  await browser.close();
}
