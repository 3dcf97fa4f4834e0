// Every page a user can reach through axe-core (WCAG 2.1 A and AA rules) in headless Chromium
// (browser.mjs): no serious or critical violation. axe is injected with the page's CSP bypassed
// (the CSP itself is checked by the other scripts). The pages: the public ones and the error
// pages as an anonymous visitor, the login form with its error, the home page of every role, the
// region page (own region, compared, unfiltered as onderzoeker, another region refused as regio),
// the questionnaire overview and form, every /beheer page, the dashboard with the map's region
// links, and the generated HTML documents (national report, fact sheet) given as extra arguments.
//   node axe.mjs http://127.0.0.1:PORT/ USER PASSWORD [DOCUMENT.html ...]
// USER/PASSWORD: a beheerder; the demo logins onderzoeker, regio-am13 and lezer-am13 (password
// "demo") cover the other roles.
import assert from 'node:assert/strict';
import { e2e, fail } from './browser.mjs';

const [base, user, password, ...documents] = process.argv.slice(2);
const wave = '2020-vervolg';
const dashboard = `dashboard?meetmoment=${wave}&vergelijk=2019-eind`;

// Per visitor: the pages and the status each must answer with. A page that looks the same to
// several roles is checked once (axe takes a second or two per page).
const visits = [
  { who: 'anoniem', pages: [['', 200], ['toegankelijkheid', 200], [dashboard, 200], ['inloggen', 200],
    ['bestaat-niet', 404], ['regio/AM13', 200 /* the login form */]] },
  { who: user, password, pages: [['', 200], ['beheer/gebruikers', 200], ['beheer/audit', 200],
    ['beheer/leveringen', 200], ['beheer/antwoorden', 200], ['beheer/releases', 200], ['beheer/meetmomenten', 200],
    ['vragenlijst', 200], ['bestaat-niet', 404]] },
  { who: 'onderzoeker', pages: [['', 200], [dashboard, 200] /* a link from every region */,
    ['regio/AM13?ongefilterd=1', 200], ['regio/AM13?vergelijk=AM01', 200]] },
  { who: 'regio-am13', pages: [['', 200], ['regio/AM13', 200], ['regio/AM13?vergelijk=AM01', 200], ['regio/AM01', 403],
    ['vragenlijst', 200], [`vragenlijst/${wave}/AM13`, 200], [`vragenlijst/${wave}/AM01`, 403]] },
  { who: 'lezer-am13', pages: [['', 200], ['vragenlijst', 200], ['beheer/gebruikers', 403]] },
];

await e2e('axe', base, '', async (t) => {
  let failures = 0;
  const check = async (page, label) => {
    const { passes, others, serious } = await t.axe(page);
    for (const v of serious) console.error(`${label}: ${v}`);
    failures += serious.length;
    console.log(`axe ${label}: ${passes} regels gehaald, ${serious.length} ernstige en ${others} andere bevindingen`);
  };
  for (const { who, password: pw, pages } of visits) {
    const page = await t.page({ bypassCSP: true });
    if (who !== 'anoniem') await t.login(page, who, pw);
    for (const [route, status] of pages) {
      const res = await page.goto(t.url(route));
      assert.equal(res.status(), status, `${who} /${route}`);
      await check(page, `${who} /${route}`);
    }
    if (who === 'anoniem') {  // the login form with its error message
      await page.goto(t.url('inloggen'));
      await page.getByLabel('Gebruikersnaam').fill('niemand');
      await page.getByLabel('Wachtwoord').fill('fout');
      await page.getByRole('button', { name: 'Inloggen' }).click();
      await page.getByRole('alert').waitFor();
      await check(page, 'anoniem /inloggen (foutmelding)');
      for (const doc of documents) {
        await page.goto('file://' + doc);
        await check(page, doc);
      }
    }
    await page.context().close();
  }
  if (failures > 0) fail(`${failures} ernstige of kritieke axe-bevindingen`);
});
