// The region page in headless Chromium: regio-am13 logs in, sees "Mijn regio" in the menu, opens
// its region page with the profile, goal and outcome sections and their tables, and is refused
// another region's page (a Dutch message, status 403). Screenshots go to argv[3].
//   node region.mjs http://127.0.0.1:PORT/ SCREENSHOT_DIR USER PASSWORD
import { chromium } from 'playwright-core';
import assert from 'node:assert/strict';
import path from 'node:path';

const [base, shots, user, password] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
         '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const violations = [];
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'nl-NL' });
  page.on('console', (msg) => {
    if (/Content Security Policy|Refused to/i.test(msg.text())) violations.push(msg.text());
  });
  // Anonymous: the region page sends to the login page.
  await page.goto(new URL('regio/AM13', base).href);
  assert.match(page.url(), /\/inloggen$/);

  await page.getByLabel('Gebruikersnaam').fill(user);
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.getByText(`U bent ingelogd als ${user}.`).waitFor();

  await page.getByRole('link', { name: 'Mijn regio' }).click();
  await page.getByRole('heading', { level: 1, name: /^Regio .*\(AM13\)$/ }).waitFor();
  for (const heading of ['Niveau van samenwerking', 'Borging per element', 'Doelen op uitkomsten, met voortgang',
                         'Uitkomsten voor cliënten', 'Advies']) {
    await page.getByRole('heading', { name: heading, exact: true }).waitFor();
  }
  for (const id of ['niveau', 'borging', 'partijen', 'producten', 'vragenlijstdoelen']) {
    assert.ok(await page.locator(`#${id} table th[scope="col"]`).count() > 0, `table in section ${id}`);
  }
  // Goals and outcomes: a table, or (without a release in this demo) the message why not.
  for (const id of ['doelen', 'uitkomsten']) {
    const tables = await page.locator(`#${id} table`).count();
    const notes = await page.locator(`#${id} .alert`).count();
    assert.ok(tables + notes > 0, `table or message in section ${id}`);
  }
  assert.ok(await page.locator('#niveau svg').count() === 1, 'the level chart');
  // A regio user may not pick another region to compare with: only the national option.
  assert.equal(await page.locator('#vergelijk option').count(), 1);
  await page.screenshot({ path: path.join(shots, 'regio-am13.png'), fullPage: true });

  // Compare with another region by URL: a message for that part, the page itself stays.
  await page.goto(new URL('regio/AM13?vergelijk=AM01', base).href);
  await page.getByText('U mag de gegevens van regio AM01 niet bekijken').waitFor();

  const other = await page.goto(new URL('regio/AM01', base).href);
  assert.equal(other.status(), 403);
  await page.getByText('Uw rol geeft geen toegang tot deze pagina of gegevens.').waitFor();
  await page.screenshot({ path: path.join(shots, 'regio-am01-verboden.png'), fullPage: true });

  const pdf = await page.request.get(new URL('regio/AM13/factsheet?formaat=pdf', base).href);
  assert.equal(pdf.status(), 200);
  assert.equal((await pdf.body()).subarray(0, 4).toString(), '%PDF');

  assert.deepEqual(violations, [], 'no Content-Security-Policy violations');
} finally {
  await browser.close();
}
