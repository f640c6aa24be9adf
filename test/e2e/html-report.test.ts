import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fake } from '../../src/rules/fake.js';
import { makeRepo } from '../helpers/repo.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARTIFACTS = fileURLToPath(new URL('../../test-results/', import.meta.url));
// CI installs Debian's chromium (.ci/run); on a developer machine without it the test is skipped, saying so.
const browserAvailable = existsSync(CHROMIUM);
if (!browserAvailable && process.env.CI) throw new Error(`headless Chromium not found at ${CHROMIUM}: .ci/run installs Debian's chromium package`);

describe.skipIf(!browserAvailable)('HTML audit report in a real browser', () => {
  it('renders a self-contained page whose summary matches the JSON report for the same scan', async () => {
    const repo = makeRepo();
    const stripe = `sk_live_${fake.alnum(30)}`;
    repo.write('config.js', `const stripe = "${stripe}";\n`);
    repo.write('.env.production', `DB_PASSWORD=${fake.alnum(18)}!\nAWS_ACCESS_KEY_ID=AKIA${fake.upper(12)}2345\n`);
    repo.git('add', '-f', '.');
    repo.commit('init');
    repo.write('config.js', 'const stripe = process.env.STRIPE_KEY;\n');
    repo.git('add', '.');
    repo.commit('read the key from the environment');

    const json = JSON.parse(repo.cli(['scan', '--history', '--format', 'json']).stdout);
    const r = repo.cli(['scan', '--history', '--format', 'html', '--report', 'audit.html']);
    expect(r.code).toBe(1);
    const { readFileSync } = await import('node:fs');
    const html = readFileSync(join(repo.dir, 'audit.html'), 'utf8');
    expect(html).not.toContain(stripe);
    expect(html).not.toMatch(/<script|<link|https?:\/\/(?!www\.w3)/); // nothing fetched at view time

    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1300, height: 900 } });
      const requests: string[] = [];
      page.on('request', (req) => requests.push(req.url()));
      await page.goto(`file://${join(repo.dir, 'audit.html')}`);
      const summary = Object.fromEntries(await page.locator('[data-summary]').evaluateAll((els) => els.map((e) => [(e as unknown as { dataset: Record<string, string> }).dataset.summary, Number(e.textContent)])));
      const findings = json.findings as { provider: string; presentAtHead?: boolean }[];
      expect(summary.total).toBe(json.summary.findings);
      expect(summary['at-head']).toBe(findings.filter((f) => f.presentAtHead !== false).length);
      expect(summary.removed).toBe(findings.filter((f) => f.presentAtHead === false).length);
      expect(summary.removed).toBe(1);
      const byProvider = Object.fromEntries(await page.locator('[data-provider]').evaluateAll((els) => els.map((e) => [(e as unknown as { dataset: Record<string, string> }).dataset.provider, Number((e as unknown as { dataset: Record<string, string> }).dataset.count)])));
      const expected: Record<string, number> = {};
      for (const f of findings) expected[f.provider] = (expected[f.provider] ?? 0) + 1;
      expect(byProvider).toEqual(expected);
      expect(await page.locator('[data-row]').count()).toBe(json.summary.findings);
      expect(await page.locator('text=leakguard rotate stripe-secret-key').count()).toBe(1);
      expect(requests.filter((u) => !u.startsWith('file://'))).toEqual([]);
      mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: join(ARTIFACTS, 'audit.png'), fullPage: true });
      expect(existsSync(join(ARTIFACTS, 'audit.png'))).toBe(true);
    } finally {
      await browser.close();
    }
  });
});
