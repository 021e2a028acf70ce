// Opens a page written by gmg-report in Debian's chromium (headless, empty profile, no network) and prints what
// the DOM shows, one fact per line, for ReportBrowserTest to compare with the library:
//   matrix AGENCY c1,c2,...,c8     the counts of the agency's row
//   typed ID ID ...                the list after typing WORDS in the filter box
//   cell ID ID ...                 the list after following the matrix cell of CELL_AGENCY and CELL_POINT
//   map CODE CODE ...              the countries with a visible shape (or dot) on the map
//   request URL                    a request the page made for anything but the page itself (there must be none)
//   error TEXT                     a script error or console error
//   screenshot PATH
// Usage: node report-check.mjs PAGE SCREENSHOT WORDS CELL_AGENCY CELL_POINT AGENCY...
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [page, screenshot, words, cellAgency, cellPoint, ...agencies] = process.argv.slice(2);
const executablePath = process.env.GMG_CHROMIUM || '/usr/bin/chromium';
const profile = mkdtempSync(join(tmpdir(), 'gmg-report-chromium-'));
const pageUrl = pathToFileURL(resolve(page)).href;
const out = [];
let context;
try {
  // launchPersistentContext is how Playwright takes --user-data-dir: a fresh, empty directory. headless: true
  // passes --headless.
  context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run',
      '--disable-component-update', '--disable-sync'],
  });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url === pageUrl) return route.continue();
    out.push('request ' + url);
    return route.abort();
  });
  const tab = context.pages()[0] || await context.newPage();
  tab.on('pageerror', (e) => out.push('error ' + String(e).replace(/\n/g, ' ')));
  tab.on('console', (m) => { if (m.type() === 'error') out.push('error ' + m.text().replace(/\n/g, ' ')); });
  await tab.goto(pageUrl, { waitUntil: 'load' });

  for (const agency of agencies) {
    const cells = await tab.$$eval(`#matrix-table tr[data-agency="${agency}"] td:not(.total)`,
      (tds) => tds.map((td) => td.textContent.trim() === '·' ? '0' : td.textContent.trim()));
    out.push('matrix ' + agency + ' ' + cells.join(','));
  }
  const visible = () => tab.$$eval('#acts > li', (lis) => lis.filter((li) => !li.hidden && li.offsetParent !== null)
    .map((li) => li.id.slice(2)).join(' '));
  await tab.screenshot({ path: screenshot });
  await tab.screenshot({ path: screenshot.replace(/\.png$/, '-full.png'), fullPage: true });
  out.push('screenshot ' + screenshot);

  await tab.fill('#q', words);
  out.push('typed ' + await visible());
  await tab.fill('#q', '');
  await tab.click(`#matrix-table tr[data-agency="${cellAgency}"] td:nth-of-type(${cellPoint}) a`);
  await tab.waitForFunction(() => location.hash.startsWith('#filter?'));
  out.push('cell ' + await visible());

  const countries = await tab.$$eval('#map-svg path[data-country]', (ps) => ps
    .filter((p) => { const b = p.getBBox(); return b.width > 0 && b.height > 0; }).map((p) => p.dataset.country));
  out.push('map ' + countries.join(' '));
} catch (e) {
  out.push('error ' + String(e && e.message || e).replace(/\n/g, ' '));
  process.exitCode = 1;
} finally {
  if (context) await context.close();
  rmSync(profile, { recursive: true, force: true });
}
console.log(out.join('\n'));
