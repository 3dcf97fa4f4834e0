// First end-to-end test in headless Chromium (browser.mjs): a wrong password shows the Dutch
// message, the right one logs in, the beheerder sees the users page, the skip link is the first
// thing the keyboard reaches, no Content-Security-Policy violation happens, logging out works.
// Screenshots go to argv[3].
//   node login.mjs http://127.0.0.1:PORT/ SCREENSHOT_DIR USER PASSWORD
import assert from 'node:assert/strict';
import { e2e } from './browser.mjs';

const [base, shots, user, password] = process.argv.slice(2);
await e2e('inloggen', base, shots, async (t) => {
  const page = await t.page({ viewport: { width: 1280, height: 800 } });

  // The public dashboard of the demo's wave 2020-vervolg: a map with one shape per labour-market
  // region of the 2020 classification (35 regions; AM99 "niet in te delen" is not one of them).
  await page.goto(t.url('dashboard?meetmoment=2020-vervolg'));
  const shapes = await page.evaluate(() =>
    [...document.querySelectorAll('svg [data-region]')].map((e) => e.getAttribute('data-region')));
  const regions = new Set(shapes.filter((c) => /^AM\d\d$/.test(c) && c !== 'AM99'));
  assert.equal(regions.size, 35, `35 regions on the map, found ${regions.size}`);
  assert.equal(shapes.filter((c) => c !== 'AM99').length, 35, 'one shape per region');
  await t.shot(page, 'dashboard');

  await page.goto(t.url('inloggen'));
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Direct naar de inhoud');

  await page.getByLabel('Gebruikersnaam').fill(user);
  await page.getByLabel('Wachtwoord').fill('fout-wachtwoord');
  await page.getByRole('button', { name: 'Inloggen' }).click();
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.textContent(), /Onjuiste gebruikersnaam of wachtwoord/);
  await t.shot(page, 'login-fout');

  await t.submitLogin(page, user, password);
  await t.shot(page, 'home');

  await page.getByRole('link', { name: 'Gebruikers' }).click();
  await page.getByRole('heading', { name: 'Gebruikers', level: 1 }).waitFor();
  assert.ok((await page.getByRole('row').count()) >= 2, 'the users table has rows');
  await t.shot(page, 'gebruikers');

  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await page.getByRole('link', { name: 'Inloggen' }).first().waitFor();
  const me = await page.request.get(t.url('api/v1/sessie'));
  assert.equal(me.status(), 401, 'the session has ended');
  console.log('e2e: dashboard (kaart met 35 regio\'s), inloggen, gebruikers, uitloggen OK; schermafdrukken in ' + shots);
});
