// Every page of the web application through axe-core (WCAG 2.1 A and AA rules) in headless
// Chromium: no serious or critical violation. axe is injected with the page's CSP bypassed
// (the CSP itself is checked in login.mjs).
// Also the generated HTML documents (national report, fact sheet) given as extra arguments.
//   node axe.mjs http://127.0.0.1:PORT/ USER PASSWORD [DOCUMENT.html ...]
import { chromium } from 'playwright-core';
import { createRequire } from 'node:module';
import fs from 'node:fs';

const require = createRequire(import.meta.url);
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const [base, user, password, ...documents] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
         '--disable-component-update', '--disable-sync', '--no-first-run'],
});
let failures = 0;
async function check(page, route) {
  await page.goto(route.startsWith('file://') ? route : new URL(route, base).href);
  await page.evaluate(axeSource);
  const result = await page.evaluate(() =>
    window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  for (const v of bad) {
    failures++;
    console.error(`${route}: ${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  }
  console.log(`axe /${route}: ${result.passes.length} regels gehaald, ${bad.length} ernstige en ${result.violations.length - bad.length} andere bevindingen`);
}
try {
  const context = await browser.newContext({ bypassCSP: true, locale: 'nl-NL' });
  const page = await context.newPage();
  for (const route of ['', 'toegankelijkheid', 'dashboard', 'dashboard?meetmoment=2020-vervolg&vergelijk=2019-eind', 'inloggen', 'bestaat-niet']) await check(page, route);
  for (const doc of documents) await check(page, 'file://' + doc);
  await page.goto(new URL('inloggen', base).href);
  await page.getByLabel('Gebruikersnaam').fill(user);
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.getByText(`U bent ingelogd als ${user}.`).waitFor();
  for (const route of ['', 'beheer/gebruikers', 'beheer/audit']) await check(page, route);
  for (const route of ['vragenlijst', 'vragenlijst/2020-vervolg/AM13']) await check(page, route);
  for (const route of ['regio/AM13', 'regio/AM13?vergelijk=AM01']) await check(page, route);  // region page
  for (const route of ['beheer/leveringen', 'beheer/releases', 'beheer/meetmomenten', 'beheer/antwoorden']) await check(page, route);
} finally {
  await browser.close();
}
process.exit(failures === 0 ? 0 : 1);
