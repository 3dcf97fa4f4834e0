// What an ANONYMOUS visitor gets, route by route, in headless Chromium (browser.mjs). Run after
// upload.mjs has published a release. Every GET route of src/web/testdata/authorization.tsv with
// role "anoniem" is requested ({region} = AM13, {wave} = 2020-vervolg, {file} = regio.css), plus
// the query variants that could widen what a route gives (?ongefilterd=1, ?regio=AM13, formats):
// pages with page.goto, API routes and downloads with the context's request API.
//
// Region details are what service/policy.h guards with kReadRegion: one region's questionnaire
// answers, its advice, its region page, its users. Worked out beforehand as onderzoeker, the
// markers of AM13's details are: every free-text answer of its 2020-vervolg response (answers and
// repeat rows, three words or more), the number 99999 that form.mjs entered as effect_bereikt
// ("99999" or "99.999"), the reasoning of each piece of its advice, the heading of its region page
// and the names of its users. No body an anonymous visitor gets may hold one of them, and the
// national analysis (api/v1/meetmomenten/{wave}/analyse) holds no scores per region.
//
// Routes refused in the table must refuse: 401 (a problem document) for API routes and
// downloads, the login form for pages; 403 where the table says so.
//
// Unprotected outcome figures: an anonymous visitor may see outcome figures only as published in
// the latest release. So (1) /api/v1/indicatoren (anonymous) equals the release as the onderzoeker
// reads it (protected, not ?ongefilterd=1), says "beveiligd", and each count in it is 0 or a
// multiple of the release's rounding base at or above its threshold (both read from
// /api/v1/releases); (2) every outcome table of the dashboard (page, JSON, CSV) and of the
// national report (HTML) holds, cell by cell, the release's figure for that region, start year
// and intervention ("." where the release suppressed it); (3) the exact figures differ from the
// release somewhere, so these comparisons can tell the two apart.
//   node anonymous.mjs http://127.0.0.1:PORT/ SCREENSHOT_DIR
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { e2e, fail } from './browser.mjs';
import { parseCsv } from './csv.mjs';

const [base, shots] = process.argv.slice(2);
const here = path.dirname(fileURLToPath(import.meta.url));
const wave = '2020-vervolg';
const fill = { region: 'AM13', wave, file: 'regio.css' };
const counts = ['starters', 'werk_12m_noemer', 'werk_12m_teller', 'duurzaam_noemer', 'duurzaam_teller',
  'werkend_12m_teller', 'uitkering_noemer', 'uitkering_uitstroom_teller'];
// The outcome tables' columns (reports/outcome_sections.cpp figures_header) and their release column.
const columns = { Starters: 'starters', 'Binnen 12 mnd aan het werk': 'werk_12m_pct', 'Werkend na 12 mnd': 'werkend_12m_pct' };

// The GET routes an anonymous visitor is expected to get ("ja") or be refused ("401", "403").
function anonymousRoutes() {
  const expected = new Map();
  for (const line of fs.readFileSync(path.join(here, '../../src/web/testdata/authorization.tsv'), 'utf8').split('\n')) {
    const [method, route, role, , verdict] = line.split('\t');
    if (method !== 'GET' || role !== 'anoniem') continue;
    const target = route.replace(/\{(\w+)\}/g, (_, name) => fill[name] ?? fail(`no demo value for {${name}} in ${route}`));
    if (expected.has(target) && expected.get(target) !== verdict) fail(`${route}: own and other region differ for anoniem`);
    expected.set(target, verdict);
  }
  return expected;
}

// Query variants that could widen what a route gives.
const variants = new Map([
  [`dashboard?meetmoment=${wave}&vergelijk=2019-eind`, 'ja'],
  [`dashboard.csv?meetmoment=${wave}`, 'ja'],
  [`dashboard.xlsx?meetmoment=${wave}`, 'ja'],
  [`api/v1/dashboard?meetmoment=${wave}`, 'ja'],
  [`rapporten/landelijk?meetmoment=${wave}&formaat=html`, 'ja'],
  [`rapporten/landelijk?meetmoment=${wave}&formaat=pdf`, 'ja'],
  ['api/v1/indicatoren?regio=AM13', 'ja'],
  [`api/v1/meetmomenten/${wave}/analyse?vergelijk=2019-eind`, 'ja'],
  ['api/v1/indicatoren?ongefilterd=1', '403'],
  ['regio/AM13?ongefilterd=1', '401'],
  ['regio/AM13/cijfers.csv?ongefilterd=1', '401'],
  ['regio/AM13/factsheet?formaat=pdf', '401'],
  [`api/v1/meetmomenten/${wave}/advies?regio=AM13`, '401'],
]);

const isPage = (target) => !/^\/?(api\/|static\/)|\.(csv|xlsx)(\?|$)|\/factsheet|rapporten\//.test(target);

// A Dutch figure as a number: "1.234" → 1234, "42,5%" → 42.5; "." and "–" → null.
function figure(cell) {
  if (cell === '.' || cell === '–' || cell === '') return null;
  const n = Number(cell.replace('%', '').replaceAll('.', '').replace(',', '.'));
  if (Number.isNaN(n)) fail(`not a figure: "${cell}"`);
  return n;
}

await e2e('anoniem', base, shots, async (t) => {
  // ---- What the onderzoeker sees: the release, the exact figures, AM13's details.
  const research = await t.signedIn('onderzoeker');
  const get = async (p, target) => {
    const res = await p.request.get(t.url(target));
    assert.equal(res.status(), 200, `onderzoeker ${target}`);
    return res.json();
  };
  const releases = (await get(research, 'api/v1/releases')).releases;
  if (releases.length === 0) fail('no release published: run upload.mjs first');
  const latest = releases.reduce((a, b) => (a.peildatum >= b.peildatum ? a : b));
  const { drempel, afronding } = latest;
  const released = await get(research, 'api/v1/indicatoren');
  assert.equal(released.meta.peildatum, latest.peildatum, 'the protected figures come from the latest release');
  const exact = await get(research, `api/v1/indicatoren?ongefilterd=1&peildatum=${latest.peildatum}`);
  const key = (r) => `${r.regio}|${r.jaar}|${r.interventie}`;
  const release = new Map(released.rijen.map((r) => [key(r), r]));
  const differs = exact.rijen.filter((r) => counts.some((c) => r[c] !== (release.get(key(r))?.[c] ?? null)));
  assert.ok(differs.length > 0, 'the exact figures differ from the release somewhere');

  const response = await get(research, `api/v1/vragenlijsten/${wave}/AM13`);
  const texts = [...Object.values(response.antwoorden),
    ...Object.values(response.herhalingen ?? {}).flat().flatMap((row) => Object.values(row))];
  const markers = new Set(texts.filter((v) => typeof v === 'string' && v.trim().split(/\s+/).length >= 3));
  assert.equal(response.antwoorden.effect_bereikt, '99999', 'form.mjs entered 99999');
  markers.add('99999').add('99.999');
  const advice = await get(research, `api/v1/meetmomenten/${wave}/advies?regio=AM13`);
  for (const a of advice.regios[0].adviezen) markers.add(a.onderbouwing);
  for (const u of (await get(research, 'api/v1/regios/AM13/gebruikers')).gebruikers ?? []) markers.add(u.naam);
  await research.goto(t.url('regio/AM13'));
  markers.add((await research.getByRole('heading', { level: 1 }).textContent()).trim());
  assert.ok(markers.size >= 6, `markers of AM13's details: ${[...markers].join(' | ')}`);
  await research.context().close();

  // ---- The anonymous visitor, route by route.
  const page = await t.page({ acceptDownloads: true });
  const bodies = new Map();  // target -> text of what the visitor got
  const routes = new Map([...anonymousRoutes(), ...variants]);
  for (const [route, verdict] of routes) {
    const target = route.replace(/^\//, '');
    let status, text;
    if (isPage(target)) {
      const res = await page.goto(t.url(target));
      status = res.status();
      text = await page.content();
      if (verdict === '401') {
        assert.match(page.url(), /\/inloggen(\?|$)/, `${route}: the login form`);
        await page.getByRole('heading', { name: 'Inloggen', level: 1 }).waitFor();
        if (target === 'regio/AM13') await t.shot(page, 'anoniem-regio-am13');
        status = 401;
      }
    } else {
      const res = await page.request.get(t.url(target), { maxRedirects: 0 });
      status = res.status();
      const type = res.headers()['content-type'] ?? '';
      text = /pdf|spreadsheet|zip/.test(type) ? '' : await res.text();
      if (verdict !== 'ja') assert.equal(type, 'application/problem+json', `${route}: a problem document`);
    }
    assert.equal(status, verdict === 'ja' ? 200 : Number(verdict), `${route}: status`);
    for (const m of markers) if (text.includes(m)) fail(`${route}: holds a detail of AM13 ("${m}")`);
    assert.doesNotMatch(text, /niet beveiligd|onbeveiligd/i, `${route}: no unprotected figures`);
    bodies.set(target, text);
  }

  // One region's scores in the national analysis (answers, goals, profile) are region details too.
  for (const target of [`api/v1/meetmomenten/${wave}/analyse`, `api/v1/meetmomenten/${wave}/analyse?vergelijk=2019-eind`])
    assert.deepEqual(JSON.parse(bodies.get(target)).per_region, [], `${target}: no scores per region`);

  // ---- (1) The indicators API: the release, protected.
  const anonymous = JSON.parse(bodies.get('api/v1/indicatoren'));
  assert.equal(anonymous.meta.beveiligd, true);
  assert.deepEqual(anonymous.rijen, released.rijen, 'anonymous indicators = the release');
  for (const r of anonymous.rijen) {
    for (const c of counts) {
      const v = r[c];
      if (v !== null && v !== 0 && (v % afronding !== 0 || v < drempel))
        fail(`${key(r)} ${c} = ${v}: not a multiple of ${afronding} at or above ${drempel}`);
    }
  }

  // ---- (2) Every outcome table holds the release's figures.
  let cells = 0;
  const checkTable = (where, caption, header, rows) => {
    const cols = header.slice(1).map((h) => columns[h] ?? fail(`${where}: unknown outcome column "${h}"`));
    const year = caption.match(/startjaar (\d{4})/)?.[1];
    const national = /landelijk/.test(caption);
    for (const row of rows) {
      let r;
      if (header[0] === 'Startjaar') r = release.get(`${national ? 'NL' : caption.match(/AM\d\d/)[0]}|${row[0]}|*`);
      else if (header[0] === 'Regio') r = release.get(`${row[0] === 'Nederland' ? 'NL' : row[0]}|${year}|*`);
      else if (header[0] === 'Interventie' && row[0] === 'Alle interventies') r = release.get(`NL|${year}|*`);
      else if (header[0] === 'Interventie') r = released.rijen.find((x) => x.regio === 'NL' && String(x.jaar) === year &&
        row.slice(1).every((cell, i) => figure(cell) === null || Math.abs(figure(cell) - x[cols[i]]) < 0.05));
      else fail(`${where}: unknown outcome table "${caption}"`);
      if (!r) {  // a group the release has no row for: no figure at all
        assert.ok(row.slice(1).every((cell) => cell === '–'), `${where} "${caption}" ${row[0]}: not in the release`);
        continue;
      }
      row.slice(1).forEach((cell, i) => {
        const v = figure(cell), want = r[cols[i]];
        if (cell === '.') assert.ok(r.onderdrukt.includes(cols[i]), `${where} ${row[0]} ${cols[i]}: suppressed in the release`);
        else if (v === null) assert.equal(want, null, `${where} ${row[0]} ${cols[i]}`);
        else assert.ok(want !== null && Math.abs(v - want) < 0.05, `${where} ${row[0]} ${cols[i]}: ${cell} vs release ${want}`);
        cells++;
      });
    }
  };
  const isOutcome = (header) => header.length > 1 && header.slice(1).every((h) => h in columns);

  const dashboard = JSON.parse(bodies.get(`api/v1/dashboard?meetmoment=${wave}`));
  assert.equal(dashboard.release, latest.peildatum, 'the dashboard shows the latest release');
  const outcomeParts = dashboard.onderdelen.filter((p) => isOutcome(p.kop));
  assert.ok(outcomeParts.length > 0, 'the dashboard has an outcome table');
  for (const p of outcomeParts) checkTable(`api/v1/dashboard ${p.onderdeel}`, p.bijschrift, p.kop, p.rijen);

  // Work within 12 months per intervention (a chart's table: no fixed layout): each figure is one
  // of the release's national percentages.
  for (const row of dashboard.onderdelen.find((p) => p.onderdeel === 'werk-interventie')?.rijen ?? []) {
    for (const cell of row.slice(1)) {
      const v = figure(cell);
      if (v !== null) assert.ok(released.rijen.some((x) => x.regio === 'NL' && x.werk_12m_pct !== null &&
        Math.abs(x.werk_12m_pct - v) < 0.05), `werk-interventie ${row[0]}: ${cell} is not in the release`);
      cells++;
    }
  }

  await page.goto(t.url(`dashboard?meetmoment=${wave}`));
  for (const p of outcomeParts) {
    const rows = await page.locator(`section#${p.onderdeel} table tbody tr`).evaluateAll((trs) =>
      trs.map((tr) => [...tr.children].map((c) => c.textContent)));
    assert.deepEqual(rows, p.rijen, `dashboard page ${p.onderdeel} = JSON`);
  }
  await t.shot(page.locator('section#uitkomsten'), 'anoniem-dashboard-uitkomsten');
  const csv = parseCsv(bodies.get(`dashboard.csv?meetmoment=${wave}`));
  for (const p of outcomeParts) {
    const at = csv.findIndex((row, n) => row.length === p.kop.length && row.every((c, i) => c === p.kop[i]) &&
      csv[n + 1]?.[0] === p.rijen[0]?.[0]);
    assert.ok(at >= 0, `dashboard.csv has ${p.onderdeel}`);
    assert.deepEqual(csv.slice(at + 1, at + 1 + p.rijen.length), p.rijen, `dashboard.csv ${p.onderdeel} = JSON`);
  }

  // The report is a download, a document of its own (with its own style): read in a blank page.
  const report = await t.page();
  await report.setContent(bodies.get(`rapporten/landelijk?meetmoment=${wave}&formaat=html`));
  const tables = await report.locator('table').evaluateAll((ts) => ts.map((tb) => ({
    caption: tb.caption?.textContent ?? '',
    header: [...tb.querySelectorAll('thead th')].map((c) => c.textContent),
    rows: [...tb.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent)),
  })));
  const reportOutcomes = tables.filter((tb) => isOutcome(tb.header));
  assert.ok(reportOutcomes.length >= 2, 'the national report has outcome tables');
  for (const tb of reportOutcomes) checkTable('rapport', tb.caption, tb.header, tb.rows);
  console.log(`e2e: anoniem: ${routes.size} routes, geen regiogegevens (${markers.size} kenmerken van AM13); ` +
    `${cells} uitkomstcellen gelijk aan de release van ${latest.peildatum} (drempel ${drempel}, afronding ${afronding}) OK`);
});
