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
  console.log('e2e: inloggen, gebruikers, uitloggen OK; schermafdrukken in ' + shots);
} finally {
  await browser.close();
}
