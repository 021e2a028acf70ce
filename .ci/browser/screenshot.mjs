// Saves a screenshot of the top of a page in Debian's chromium (headless, empty profile, no network).
// Usage: node screenshot.mjs PAGE PNG [WIDTH HEIGHT]
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [page, png, width = '1280', height = '960'] = process.argv.slice(2);
const profile = mkdtempSync(join(tmpdir(), 'gmg-screenshot-chromium-'));
const pageUrl = pathToFileURL(resolve(page)).href;
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.GMG_CHROMIUM || '/usr/bin/chromium',
  headless: true,
  viewport: { width: Number(width), height: Number(height) },
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run',
    '--disable-component-update', '--disable-sync'],
});
try {
  await context.route('**/*', (route) => route.request().url() === pageUrl ? route.continue() : route.abort());
  const tab = context.pages()[0] || await context.newPage();
  await tab.goto(pageUrl, { waitUntil: 'load' });
  await tab.screenshot({ path: png });
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
