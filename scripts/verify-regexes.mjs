// Proves every catalog regex safe from catastrophic backtracking with recheck
// and records the verdicts in test/rules/redos-verified.json (keyed by a hash of
// the flags and exact source, as test/rules/redos.test.ts computes it; entries
// for patterns no longer in the catalog are dropped). The test suite re-checks any regex whose source is not
// in that file, so a changed or new pattern is always verified; this script
// exists because checking all ~270 patterns takes ~10 minutes on one core.
//   node scripts/verify-regexes.mjs           all rules
//   node scripts/verify-regexes.mjs --missing only rules not yet in the file (after adding or changing some)
// It also proves every regular-expression literal in src/ (scripts/source-regexes.mjs) into
// test/rules/redos-source-verified.json, which test/rules/redos-source.test.ts reads the same way.
import { createHash } from 'node:crypto';
import { build } from 'esbuild';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { check } from 'recheck';
import { patternKey, sourceRegexes } from './source-regexes.mjs';

const dir = mkdtempSync(join(tmpdir(), 'leakguard-redos-'));
try {
  await build({ entryPoints: ['src/rules/index.ts'], bundle: true, platform: 'node', format: 'esm', outfile: join(dir, 'rules.mjs'), packages: 'external', logLevel: 'warning' });
  const { builtinRules } = await import(pathToFileURL(join(dir, 'rules.mjs')).href);
  const file = 'test/rules/redos-verified.json';
  const missingOnly = process.argv.includes('--missing');
  const previous = missingOnly && existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  const verdicts = {};
  let bad = 0;
  for (const rule of builtinRules) {
    const flags = rule.regex.flags.replace(/[gyd]/g, '');
    const key = createHash('sha256').update(`${flags}/${rule.regex.source}`, 'utf8').digest('hex').slice(0, 20);
    if (previous[key] === 'safe') {
      verdicts[key] = 'safe';
      continue;
    }
    const diag = await check(rule.regex.source, flags, { timeout: 30_000 });
    if (diag.status === 'safe') verdicts[key] = 'safe';
    else {
      bad++;
      console.error(`${rule.id}: ${diag.status}${diag.status === 'vulnerable' ? ` (${diag.complexity.summary}: ${diag.attack.pattern})` : ''}`);
    }
  }
  writeFileSync(file, JSON.stringify(verdicts, Object.keys(verdicts).sort(), 2) + '\n');
  console.log(`${Object.keys(verdicts).length} regexes verified safe${bad ? `, ${bad} NOT safe (not recorded)` : ''}.`);
  // The literals around the catalog.
  const sourceFile = 'test/rules/redos-source-verified.json';
  const before = existsSync(sourceFile) ? JSON.parse(readFileSync(sourceFile, 'utf8')) : {};
  if (!missingOnly) for (const k of Object.keys(before)) if (before[k] === 'safe') delete before[k];
  const literal = {};
  let badLiterals = 0;
  for (const { where, source, flags } of sourceRegexes('.')) {
    const key = patternKey(source, flags);
    // The catalog's own patterns are redos-verified.json's; a literal accepted by hand keeps its reason.
    if (verdicts[key]) continue;
    if (typeof before[key] === 'string' && before[key].startsWith('accepted: ')) {
      literal[key] = before[key];
      continue;
    }
    if (literal[key] || before[key] === 'safe') {
      literal[key] = 'safe';
      continue;
    }
    const diag = await check(source, flags, { timeout: 30_000 });
    if (diag.status === 'safe') literal[key] = 'safe';
    else {
      badLiterals++;
      console.error(`${where}: ${diag.status}${diag.status === 'vulnerable' ? ` (${diag.complexity.summary}: ${diag.attack.pattern})` : ''}`);
    }
  }
  writeFileSync(sourceFile, JSON.stringify(literal, Object.keys(literal).sort(), 2) + '\n');
  console.log(`${Object.keys(literal).length} literals in src/ verified safe${badLiterals ? `, ${badLiterals} NOT safe (not recorded)` : ''}.`);
  bad += badLiterals;
  process.exitCode = bad ? 1 : 0;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
