// The region page in headless Chromium (browser.mjs): regio-am13 logs in, sees "Mijn regio" in the menu, opens
// its region page from the dashboard map and from the menu, with the profile, goal and outcome sections and their tables, and is refused
// another region's page (a Dutch message, status 403). Screenshots go to argv[3].
//   node region.mjs http://127.0.0.1:PORT/ SCREENSHOT_DIR USER PASSWORD
import assert from 'node:assert/strict';
import { e2e } from './browser.mjs';

const [base, shots, user, password] = process.argv.slice(2);
await e2e('regiopagina', base, shots, async (t) => {
  const page = await t.page({ viewport: { width: 1280, height: 800 } });
  // Anonymous: the region page sends to the login page.
  await page.goto(t.url('regio/AM13'));
  assert.match(page.url(), /\/inloggen$/);

  await t.submitLogin(page, user, password);
  // The home page leads to what the role allows: the own region, the questionnaires, no management.
  const start = page.getByRole('main');
  assert.equal(await start.getByRole('link', { name: 'Uw regio' }).getAttribute('href'), '/regio/AM13');
  assert.equal(await start.getByRole('link', { name: 'Vragenlijsten' }).count(), 1);
  assert.equal(await start.getByRole('link', { name: 'Leveringen en releases' }).count(), 0);
  await t.shot(page, 'home-regio');

  // The dashboard map links the own region, and only that one, to its page (by keyboard too).
  await page.goto(t.url('dashboard?meetmoment=2020-vervolg'));
  assert.equal(await page.locator('section#kaart svg a[href]').count(), 1, 'one region link on the map');
  const link = page.getByRole('link', { name: /^Regio Midden-Utrecht: niveau \d/ });
  assert.equal(await link.getAttribute('href'), '/regio/AM13');
  await link.focus();
  await t.shot(page.locator('section#kaart figure'), 'dashboard-kaart-regio');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: /^Regio .*\(AM13\)$/ }).waitFor();

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
  await t.shot(page, 'regio-am13');

  // Compare with another region by URL: a message for that part, the page itself stays.
  await page.goto(t.url('regio/AM13?vergelijk=AM01'));
  await page.getByText('U mag de gegevens van regio AM01 niet bekijken').waitFor();

  const other = await page.goto(t.url('regio/AM01'));
  assert.equal(other.status(), 403);
  await page.getByText('Uw rol geeft geen toegang tot deze pagina of gegevens.').waitFor();
  await t.shot(page, 'regio-am01-verboden');

  const pdf = await page.request.get(t.url('regio/AM13/factsheet?formaat=pdf'));
  assert.equal(pdf.status(), 200);
  assert.equal((await pdf.body()).subarray(0, 4).toString(), '%PDF');

});
