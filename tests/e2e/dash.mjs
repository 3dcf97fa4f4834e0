// The national dashboard as an ANONYMOUS visitor in headless Chromium: every part (embedding,
// elements, stakeholders, goals, outcomes) has a summary, a chart and a table; the tables equal
// the JSON API and the CSV and XLSX downloads; the outcome part either says plainly that there is
// no release yet or shows the release's figures with suppressed cells as "." and their count;
// no page or download of the dashboard or the national report holds an unprotected outcome figure.
// Screenshots go to argv[3].
//   node dash.mjs http://127.0.0.1:PORT/ SCREENSHOT_DIR
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { e2e } from './browser.mjs';
import { parseCsv } from './csv.mjs';

const [base, shots] = process.argv.slice(2);
const query = '?meetmoment=2020-vervolg&vergelijk=2019-eind';

await e2e('dashboard', base, shots, async (t) => {
  const page = await t.page({ acceptDownloads: true });
  await page.goto(t.url('dashboard' + query));
  await t.shot(page, 'dashboard-volledig');
  const api = await (await page.request.get(t.url('api/v1/dashboard' + query))).json();
  const ids = api.onderdelen.map((p) => p.onderdeel);

  for (const id of ['kaart', 'ladder', 'overgangen', 'borging', 'elementen', 'betrokkenheid', 'doelen']) {
    const section = page.locator(`section#${id}`);
    assert.equal(await section.count(), 1, `section ${id}`);
    assert.ok((await section.locator('p.summary').textContent()).trim().length > 20, `${id} has a summary`);
    assert.equal(await section.locator('figure svg').count(), 1, `${id} has a chart`);
    // The table on the page equals the JSON (same FigureTable).
    const rows = await section.locator('table tbody tr').evaluateAll((trs) =>
      trs.map((tr) => [...tr.children].map((c) => c.textContent)));
    const json = api.onderdelen.find((p) => p.onderdeel === id);
    assert.ok(json, `${id} in the JSON`);
    assert.deepEqual(rows, json.rijen, `${id}: page table equals JSON`);
    assert.ok(rows.length > 0, `${id} has rows`);
    await t.shot(section, `dashboard-${id}`);
  }

  // The CSV and XLSX of one part, through the links on the page.
  const stakeholders = page.locator('section#betrokkenheid');
  const [csvDownload] = await Promise.all([page.waitForEvent('download'), stakeholders.getByRole('link', { name: 'CSV' }).click()]);
  const csv = parseCsv(fs.readFileSync(await csvDownload.path(), 'utf8'));
  const json = api.onderdelen.find((p) => p.onderdeel === 'betrokkenheid');
  assert.deepEqual(csv.slice(2), [json.kop, ...json.rijen], 'CSV = JSON (after caption and source lines)');
  const [xlsxDownload] = await Promise.all([page.waitForEvent('download'), stakeholders.getByRole('link', { name: 'Excel (XLSX)' }).click()]);
  const xlsx = fs.readFileSync(await xlsxDownload.path());
  assert.equal(xlsx.subarray(0, 2).toString(), 'PK', 'an xlsx (zip) file');
  assert.match(xlsxDownload.suggestedFilename(), /^dashboard-2020-vervolg-betrokkenheid\.xlsx$/);

  // Outcomes: only from a release, never unprotected, whatever state this database is in.
  const outcome = page.locator('section#uitkomsten');
  assert.equal(await outcome.count(), 1, 'an outcome section');
  const summary = await outcome.locator('p.summary').textContent();
  const all = await (await page.request.get(t.url('dashboard.csv' + query))).text();
  const report = await page.request.get(t.url('rapporten/landelijk' + query + '&formaat=html'));
  assert.equal(report.status(), 200);
  const reportHtml = await report.text();
  if (api.release === null) {
    assert.match(summary, /Er is nog geen release van uitkomstcijfers gepubliceerd/);
    assert.equal(await outcome.locator('table').count(), 0, 'no outcome table without a release');
    assert.ok(!ids.includes('uitkomsten'), 'no outcome figures in the JSON');
    assert.ok(!all.includes('Starters'), 'no outcome figures in the CSV');
    assert.match(reportHtml, /nog geen release/);
  } else {
    const part = api.onderdelen.find((p) => p.onderdeel === 'uitkomsten');
    assert.match(part.bron, /release met peildatum/);
    const dots = await outcome.locator('td.suppressed').count();
    assert.equal(dots, part.onderdrukt, 'the count of suppressed cells is the number of dots');
    assert.match(await outcome.locator('p.source').textContent(), new RegExp(`${part.onderdrukt} (cel|cellen) onderdrukt`));
    // Starters are counts: in a release they are rounded (multiples of 5) or suppressed.
    for (const row of part.rijen) assert.ok(row[1] === '.' || row[1] === '–' || Number(row[1].replaceAll('.', '')) % 5 === 0, `rounded: ${row}`);
    assert.ok(all.includes('Starters'), 'the CSV holds the released figures');
    assert.match(reportHtml, /release met peildatum/);
  }
  for (const text of [await page.content(), all, reportHtml, JSON.stringify(api)])
    assert.doesNotMatch(text, /niet beveiligd|onbeveiligd/i, 'no unprotected figures for an anonymous visitor');
  await t.shot(outcome, 'dashboard-uitkomsten');

  const pdf = await page.request.get(t.url('rapporten/landelijk?meetmoment=2020-vervolg&formaat=pdf'));
  assert.equal(pdf.status(), 200);
  assert.equal(pdf.headers()['content-type'], 'application/pdf');
  assert.equal((await pdf.body()).subarray(0, 5).toString(), '%PDF-');
  console.log(`e2e: dashboard (${ids.length} onderdelen, release ${api.release ?? 'geen'}), CSV, XLSX, rapport PDF/HTML als anonieme bezoeker OK`);
});
