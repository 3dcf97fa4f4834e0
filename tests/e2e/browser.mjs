// What every end-to-end script shares: Debian's Chromium (/usr/bin/chromium) driven by
// playwright-core, one browser per script, pages in fresh contexts that record every
// Content-Security-Policy violation on the console, logging in through the form, screenshots,
// axe-core, and one way to fail.
//
//   await e2e('inloggen', base, shots, async (t) => {
//     const page = await t.signedIn('regio-am13');   // password "demo" unless given
//     await t.shot(page, 'home');
//   });
// e2e() closes the browser, fails when a CSP violation was seen, prints the error and sets the
// exit status 1 when the body throws.
import { chromium } from 'playwright-core';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';

const launchArgs = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run'];
const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
let axeSource = null;

// A failed expectation that is not a comparison (assert has the comparisons).
export function fail(message) {
  throw new assert.AssertionError({ message });
}

class Session {
  constructor(browser, base, shots) {
    this.browser = browser;
    this.base = base;
    this.shots = shots;
    this.violations = [];
  }

  // An absolute URL of the application.
  url(p) {
    return new URL(p, this.base).href;
  }

  // A page in a new context (1280 × 900, Dutch); `options` go to browser.newContext.
  async page(options = {}) {
    const context = await this.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL', ...options });
    const page = await context.newPage();
    page.on('console', (msg) => {
      if (/Content Security Policy|Refused to/i.test(msg.text())) this.violations.push(msg.text());
    });
    return page;
  }

  // Logs in through the form on /inloggen and waits for the confirmation.
  async login(page, user, password = 'demo') {
    await page.goto(this.url('inloggen'));
    await this.submitLogin(page, user, password);
  }

  // Fills in and sends the login form the page shows (after a redirect to it, for example).
  async submitLogin(page, user, password = 'demo') {
    await page.getByLabel('Gebruikersnaam').fill(user);
    await page.getByLabel('Wachtwoord').fill(password);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByText(`U bent ingelogd als ${user}.`).waitFor();
  }

  // A new page, logged in as `user`.
  async signedIn(user, password = 'demo', options = {}) {
    const page = await this.page(options);
    await this.login(page, user, password);
    return page;
  }

  // A screenshot of a page (the full page unless fullPage: false) or a locator, as SHOTS/NAME.png.
  async shot(target, name, { fullPage = true } = {}) {
    const file = path.join(this.shots, `${name}.png`);
    await target.screenshot(typeof target.goto === 'function' ? { path: file, fullPage } : { path: file });
  }

  // axe-core (WCAG 2.1 A and AA) on the page as it is: its serious and critical violations as
  // text. The page's context must bypass the CSP (newContext({ bypassCSP: true })) to let axe in.
  async axe(page) {
    if (axeSource === null) {
      const require = createRequire(import.meta.url);
      axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
    }
    await page.evaluate(axeSource);
    const result = await page.evaluate((tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }), axeTags);
    const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    return {
      passes: result.passes.length,
      others: result.violations.length - bad.length,
      serious: bad.map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
    };
  }
}

// Runs `body` with a Session on a fresh browser; see the top of this file.
export async function e2e(name, base, shots, body) {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: launchArgs });
  const session = new Session(browser, base, shots);
  try {
    await body(session);
    assert.deepEqual(session.violations, [], 'no Content-Security-Policy violations');
  } catch (error) {
    console.error(`e2e ${name}: MISLUKT\n${error.stack ?? error}`);
    process.exitCode = 1;
  } finally {
    await browser.close();
  }
}
