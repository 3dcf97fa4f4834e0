// First end-to-end test in headless Chromium (Debian's /usr/bin/chromium, driven by
// playwright-core): a wrong password shows the Dutch message, the right one logs in, the
// beheerder sees the users page, the skip link is the first thing the keyboard reaches, no
// Content-Security-Policy violation happens, logging out works. Screenshots go to argv[3].
//   node login.mjs http://127.0.0.1:PORT/ SCREENSHOT_DIR USER PASSWORD
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

  // The public dashboard of the demo's wave 2020-vervolg: a map with one shape per labour-market
  // region of the 2020 classification (35 regions; AM99 "niet in te delen" is not one of them).
  await page.goto(new URL('dashboard?meetmoment=2020-vervolg', base).href);
  const shapes = await page.evaluate(() =>
    [...document.querySelectorAll('svg [data-region]')].map((e) => e.getAttribute('data-region')));
  const regions = new Set(shapes.filter((c) => /^AM\d\d$/.test(c) && c !== 'AM99'));
  assert.equal(regions.size, 35, `35 regions on the map, found ${regions.size}`);
  assert.equal(shapes.filter((c) => c !== 'AM99').length, 35, 'one shape per region');
  await page.screenshot({ path: path.join(shots, 'dashboard.png'), fullPage: true });

  await page.goto(new URL('inloggen', base).href);
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Direct naar de inhoud');

  await page.getByLabel('Gebruikersnaam').fill(user);
  await page.getByLabel('Wachtwoord').fill('fout-wachtwoord');
  await page.getByRole('button', { name: 'Inloggen' }).click();
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.textContent(), /Onjuiste gebruikersnaam of wachtwoord/);
  await page.screenshot({ path: path.join(shots, 'login-fout.png'), fullPage: true });

  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.getByText(`U bent ingelogd als ${user}.`).waitFor();
  await page.screenshot({ path: path.join(shots, 'home.png'), fullPage: true });

  await page.getByRole('link', { name: 'Gebruikers' }).click();
  await page.getByRole('heading', { name: 'Gebruikers', level: 1 }).waitFor();
  assert.ok((await page.getByRole('row').count()) >= 2, 'the users table has rows');
  await page.screenshot({ path: path.join(shots, 'gebruikers.png'), fullPage: true });

  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await page.getByRole('link', { name: 'Inloggen' }).first().waitFor();
  const me = await page.request.get(new URL('api/v1/sessie', base).href);
  assert.equal(me.status(), 401, 'the session has ended');

  assert.deepEqual(violations, [], 'no Content-Security-Policy violations');
  console.log('e2e: dashboard (kaart met 35 regio\'s), inloggen, gebruikers, uitloggen OK; schermafdrukken in ' + shots);
} finally {
  await browser.close();
}
