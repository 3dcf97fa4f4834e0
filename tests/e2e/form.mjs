// The questionnaire online in headless Chromium: the onderzoeker reopens the demo's submitted
// responses of AM13 and AM01 (wave 2020-vervolg); the server's re-evaluation while typing shows
// and hides a question; regio-am13 fills in a wrong value first and sees
// the definition's message next to the field, corrects it with the keyboard only and saves the
// draft with Enter; a second browser that started from the older version gets the conflict
// message with its own answers kept; the draft is submitted and locked; regio-am13 can neither
// read nor change AM01's draft. axe-core checks the form with its error messages. Screenshots
// go to argv[3].
//   node form.mjs http://127.0.0.1:PORT/ SCREENSHOT_DIR
import assert from 'node:assert/strict';
import { e2e } from './browser.mjs';

const [base, shots] = process.argv.slice(2);
const wave = '2020-vervolg';
const formPath = `vragenlijst/${wave}/AM13`;

// axe-core on the form with the wrong value posted, in a context that lets axe's script in.
async function axeOnErrorPage(t, page) {
  const copy = await t.page({ bypassCSP: true, storageState: await page.context().storageState() });
  await copy.goto(t.url(formPath));
  await copy.check('input[name="v/niveau"][value="2"]');
  await copy.check('input[name="v/niveau_beoogd"][value="1"]');
  await copy.getByRole('button', { name: 'Concept opslaan' }).click();
  await copy.locator('#foutoverzicht').waitFor();
  const { serious } = await t.axe(copy);
  await copy.context().close();
  return serious;
}

await e2e('vragenlijst', base, shots, async (t) => {
  const url = (p) => t.url(p);
  // The demo's responses are submitted: the onderzoeker reopens two of them.
  const research = await t.signedIn('onderzoeker');
  await research.getByRole('link', { name: 'Vragenlijst', exact: true }).click();
  await research.getByRole('heading', { name: 'Vragenlijsten', level: 1 }).waitFor();
  await t.shot(research, 'vragenlijst-overzicht', { fullPage: false });
  for (const region of ['AM13', 'AM01']) {
    await research.goto(url('vragenlijst'));
    await research.getByRole('button', { name: `Heropenen (regio ${region}, ${wave})` }).click();
    await research.getByText('De vragenlijst is heropend').waitFor();
  }

  // regio-am13 opens its form; a second browser of the same region opens it too (same version).
  const page = await t.signedIn('regio-am13');
  await page.getByRole('link', { name: 'Vragenlijst', exact: true }).click();
  await page.getByRole('link', { name: /^Invullen \(Vervolgmeting 2020/ }).click();
  await page.getByRole('heading', { name: /Vragenlijst Vervolgmeting 2020/, level: 1 }).waitFor();
  const second = await t.signedIn('regio-am13');
  await second.goto(url(formPath));

  // While the user works, the server re-evaluates (static/questionnaire.js → .../controle):
  // un-ticking IPS hides the question how many clients IPS reached, ticking it shows it again.
  const ips = page.locator('input[name="k/activiteiten_clienten/ips"]');
  const reached = page.locator('#vraag-bereik_ips');
  const wasTicked = await ips.isChecked();
  await ips.setChecked(!wasTicked);
  await (wasTicked ? reached.waitFor({ state: 'hidden' }) : reached.waitFor({ state: 'visible' }));
  await ips.setChecked(wasTicked);
  await (wasTicked ? reached.waitFor({ state: 'visible' }) : reached.waitFor({ state: 'hidden' }));

  // A wrong value first: the aimed level below the current one. The message appears while
  // choosing, and again (with the summary) when saving.
  await page.check('input[name="v/niveau"][value="2"]');
  await page.check('input[name="v/niveau_beoogd"][value="1"]');
  await page.locator('#fout-niveau_beoogd').waitFor();
  await page.getByRole('button', { name: 'Concept opslaan' }).click();
  await page.locator('#foutoverzicht').waitFor();
  const message = page.locator('#fout-niveau_beoogd');
  assert.equal(await message.textContent(), 'Het beoogde niveau kan niet lager zijn dan het huidige niveau.');
  assert.match(await page.getByRole('alert').first().textContent(), /Niet opgeslagen/);
  assert.equal(await page.locator('input[name="v/niveau_beoogd"][value="1"]').getAttribute('aria-invalid'), 'true');
  await t.shot(page, 'vragenlijst-fout');
  assert.deepEqual(await axeOnErrorPage(t, page), [], 'axe: the form with its messages');

  // Keyboard only: arrow keys move the aimed level from 1 to 3; Enter in a text field saves the draft.
  await page.locator('input[name="v/niveau_beoogd"]:checked').focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.locator('input[name="v/niveau_beoogd"]:checked').getAttribute('value'), '3');
  await page.locator('input[name="v/effect_bereikt"]').focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('99999');
  await page.keyboard.press('Enter');
  await page.getByText('Het concept is opgeslagen.').waitFor();
  assert.equal(await page.locator('input[name="v/effect_bereikt"]').inputValue(), '99999');
  assert.equal(await page.locator('input[name="v/niveau_beoogd"]:checked').getAttribute('value'), '3');
  await t.shot(page, 'vragenlijst-opgeslagen');

  // The second browser still holds the old version: its save gets the conflict, its answer stays.
  await second.locator('input[name="v/effect_bereikt"]').fill('7');
  await second.getByRole('button', { name: 'Concept opslaan' }).click();
  await second.getByText('Dit antwoord is intussen door iemand anders opgeslagen').waitFor();
  assert.equal(await second.locator('input[name="v/effect_bereikt"]').inputValue(), '7');
  await t.shot(second, 'vragenlijst-conflict');

  // Submit: the form is locked afterwards.
  await page.getByRole('button', { name: 'Indienen' }).click();
  await page.getByText('De vragenlijst is ingediend.').waitFor();
  assert.equal(await page.locator('form.questionnaire').count(), 0, 'no form after submitting');
  await t.shot(page, 'vragenlijst-ingediend');

  // Another region's draft: not readable, not changeable (page, form post, API).
  const other = await page.goto(url(`vragenlijst/${wave}/AM01`));
  assert.equal(other.status(), 403);
  const session = await (await page.request.get(url('api/v1/sessie'))).json();
  const post = await page.request.post(url(`vragenlijst/${wave}/AM01`), {
    form: { csrf: session.csrf, versie: '0', actie: 'concept', 'v/niveau': '1' } });
  assert.equal(post.status(), 403);
  const read = await page.request.get(url(`api/v1/vragenlijsten/${wave}/AM01`));
  assert.equal(read.status(), 403);
  const put = await page.request.put(url(`api/v1/vragenlijsten/${wave}/AM01`), {
    headers: { 'X-CSRF-Token': session.csrf }, data: { versie: 0, antwoorden: { niveau: '1' } } });
  assert.equal(put.status(), 403);

  console.log('e2e: vragenlijst (heropenen, controle tijdens het invullen, foutmelding, toetsenbord, concept, conflict, indienen, andere regio) OK');
});
