// Uploads and releases in headless Chromium, as the demo's onderzoeker: an extract with an error
// shows the table of problems (file, line, column) and stores nothing, a good one is stored with
// its person count, a release is published and listed. The files are generated here.
//   node upload.mjs http://127.0.0.1:PORT/ SCREENSHOT_DIR USER PASSWORD
import assert from 'node:assert/strict';
import { e2e } from './browser.mjs';

const [base, shots, user, password] = process.argv.slice(2);

// 12 trajectories of 12 persons in AM13 (ids unlike the demo's), 4 jobs, one of person e2e-p99
// who has no trajectory: 13 persons.
const trajecten = ['traject_id,persoon_id,regio,interventie,uitkering_start,startdatum,einddatum']
  .concat(Array.from({ length: 12 }, (_, i) => `e2e-t${i + 1},e2e-p${i + 1},AM13,ips,bijstand,2021-0${(i % 9) + 1}-01,`))
  .join('\n') + '\n';
const werk = 'persoon_id,startdatum,einddatum,uren_per_week\n' +
  'e2e-p1,2021-06-01,,20\ne2e-p2,2021-08-01,2022-01-31,32\ne2e-p3,2022-02-01,,24\ne2e-p99,2022-01-01,,8\n';
const werkFout = werk + 'e2e-p4,2021-13-01,,20\n';  // line 6: no such month
const file = (name, text) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });

await e2e('leveringen', base, shots, async (t) => {
  const page = await t.signedIn(user, password);

  await page.getByRole('link', { name: 'Gegevensbeheer' }).click();
  await page.getByRole('heading', { name: 'Leveringen', level: 1 }).waitFor();
  const before = await page.getByRole('row').count();

  // An extract with an error: the table names file, line and column; nothing is stored.
  await page.getByLabel('Leverings-id').fill('e2e-levering');
  await page.getByLabel('Bestanden').setInputFiles([file('trajecten.csv', trajecten), file('werk.csv', werkFout)]);
  await page.getByRole('button', { name: 'Uploaden en controleren' }).click();
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.textContent(), /niets opgeslagen/);
  const problems = page.getByRole('table', { name: 'Gevonden problemen' });
  const row = problems.getByRole('row').nth(1);
  assert.deepEqual((await row.getByRole('cell').allTextContents()).slice(0, 3), ['werk.csv', '6', 'startdatum']);
  await t.shot(page, 'upload-fout');
  assert.equal(await page.getByRole('cell', { name: 'e2e-levering' }).count(), 0, 'nothing stored');

  // The good one: stored, with its 13 persons, and listed.
  await page.getByLabel('Leverings-id').fill('e2e-levering');
  await page.getByLabel('Bestanden').setInputFiles([file('trajecten.csv', trajecten), file('werk.csv', werk)]);
  await page.getByRole('button', { name: 'Uploaden en controleren' }).click();
  const done = page.getByRole('status');
  await done.waitFor();
  assert.match(await done.textContent(), /Levering e2e-levering opgeslagen: 12 trajecten, 4 werkperiodes, 0 uitkeringsperiodes en 13 personen/);
  await page.getByRole('rowheader', { name: 'e2e-levering' }).waitFor();
  assert.equal(await page.getByRole('row').count(), before + (before === 0 ? 2 : 1));
  await t.shot(page, 'upload-goed');

  // Publish a release; it is listed.
  await page.getByRole('navigation', { name: 'Gegevensbeheer' }).getByRole('link', { name: 'Releases' }).click();
  await page.getByRole('heading', { name: 'Releases', level: 1 }).waitFor();
  await page.getByLabel('Toelichting').fill('Release uit de e2e-test');
  await page.getByRole('button', { name: 'Release publiceren' }).click();
  const published = page.getByRole('status');
  await published.waitFor({ timeout: 120000 });
  assert.match(await published.textContent(), /Release met peildatum \d{4}-\d\d-\d\d gepubliceerd/);
  await page.getByRole('cell', { name: 'Release uit de e2e-test' }).waitFor();
  await t.shot(page, 'release');

  console.log('e2e: upload met fout (tabel), goede upload (13 personen), release gepubliceerd OK');
});
