/**
 * `npm run accuracy`: recall, false-positive rate and precision on the labeled
 * corpus, overall and per family, the misses, and — when secretlint is
 * installed (SECRETLINT_BIN, node_modules/.bin or PATH) — the same figures for
 * secretlint's recommended preset on the same files.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { redact } from '../../src/detect/redact.js';
import { buildCorpus, type Sample } from './corpus.js';
import { heldOut, leakguardDetector, score, type Detector, type Score } from './measure.js';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function printScore(name: string, s: Score, ms: number): void {
  console.log(`\n${name}: recall ${pct(s.recall)} · false-positive rate ${pct(s.falsePositiveRate)} · precision ${pct(s.precision)} · ${(ms / 1000).toFixed(1)} s`);
  console.log('| family | positives | recall | negatives | false positives |');
  console.log('|---|---:|---:|---:|---:|');
  for (const f of s.byFamily.sort((a, b) => a.family.localeCompare(b.family))) {
    console.log(`| ${f.family} | ${f.positives} | ${f.positives ? pct(f.detected / f.positives) : '–'} | ${f.negatives} | ${f.negatives ? f.falsePositives : '–'} |`);
  }
}

function findSecretlint(): string | undefined {
  for (const c of [process.env.SECRETLINT_BIN, 'node_modules/.bin/secretlint']) if (c && existsSync(c)) return c;
  const w = spawnSync('sh', ['-c', 'command -v secretlint'], { encoding: 'utf8' });
  return w.status === 0 ? w.stdout.trim() : undefined;
}

/** Writes the corpus as files and maps secretlint's JSON results back to samples. */
const secretlintDetector = (bin: string): Detector => (samples) => {
  const dir = mkdtempSync(join(tmpdir(), 'leakguard-corpus-'));
  try {
    const byFile = new Map<string, Sample>();
    for (const s of samples) {
      const file = join(dir, s.id, s.path);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, s.text);
      byFile.set(file, s);
    }
    writeFileSync(join(dir, '.secretlintrc.json'), JSON.stringify({ rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] }));
    // --output, not stdout: secretlint exits before a large piped stdout is flushed.
    const report = join(dir, 'secretlint-report.json');
    const r = spawnSync(bin, ['**/*', '**/.*', '--format', 'json', '--output', report], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28 });
    const out = new Map<string, number[]>();
    let results: { filePath: string; messages: { loc?: { start?: { line: number } } }[] }[] = [];
    try {
      results = JSON.parse(readFileSync(report, 'utf8'));
    } catch {
      console.error(`secretlint did not produce JSON (exit ${r.status}): ${r.stderr.slice(0, 300)}`);
    }
    for (const res of results) {
      const s = byFile.get(res.filePath);
      if (s) out.set(s.id, res.messages.map((m) => m.loc?.start?.line ?? 0));
    }
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

const samples = buildCorpus();
console.log(`leakguard accuracy — ${samples.length} samples: ${samples.filter((s) => s.positive).length} positives, ${samples.filter((s) => !s.positive).length} hard negatives`);
console.log('Recall counts blocking findings only (a warning is no detection); "held out" is the part of the corpus no rule was written from.');
let t = performance.now();
const ours = await score(samples, leakguardDetector);
printScore('leakguard', ours, performance.now() - t);
const held = heldOut(samples);
t = performance.now();
const oursHeld = await score(held, leakguardDetector);
console.log(`\nleakguard, held out only (${held.filter((s) => s.positive).length} positives written here, not from a rule's examples): recall ${pct(oursHeld.recall)} · false-positive rate ${pct(oursHeld.falsePositiveRate)} · ${((performance.now() - t) / 1000).toFixed(1)} s`);
if (ours.misses.length) {
  console.log(`\nMisses (${ours.misses.length}):`);
  for (const m of ours.misses.slice(0, 40)) console.log(`  ${m.family} · ${m.path}:${m.line} · ${redactText(m.text.split('\n')[(m.line ?? 1) - 1] ?? '')}`);
}
if (ours.falseAlarms.length) {
  console.log(`\nFalse alarms (${ours.falseAlarms.length}):`);
  for (const m of ours.falseAlarms.slice(0, 40)) console.log(`  ${m.path} · ${m.text.split('\n').find((l) => l.trim())?.slice(0, 100)}`);
}
// Real third-party code: the installed dependencies hold no secrets of ours,
// so every finding there is a false positive a user would see.
if (existsSync('node_modules')) {
  const { defaultConfig } = await import('../../src/config/schema.js');
  const { createScanner } = await import('../../src/pipeline.js');
  const scanner = createScanner(defaultConfig());
  let files = 0;
  let bytes = 0;
  const alarms: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile() && /\.(?:[cm]?js|ts|json|md|ya?ml|txt)$/.test(e.name)) {
        const buf = readFileSync(p);
        if (buf.length > 1_000_000 || buf.subarray(0, 8000).includes(0)) continue;
        files++;
        bytes += buf.length;
        for (const f of scanner.scan({ path: p, text: buf.toString('utf8') })) alarms.push(`${p}:${f.line} ${f.ruleId}`);
      }
    }
  };
  t = performance.now();
  walk('node_modules');
  console.log(`\nReal code with no secrets (this project's node_modules): ${files} files, ${(bytes / 1048576).toFixed(1)} MB, ${alarms.length} finding${alarms.length === 1 ? '' : 's'} (${(alarms.length / (bytes / 1048576)).toFixed(2)} per MB) · ${((performance.now() - t) / 1000).toFixed(1)} s`);
  for (const a of alarms.slice(0, 15)) console.log(`  ${a}`);
}

const bin = findSecretlint();
if (bin) {
  t = performance.now();
  const theirs = await score(samples, secretlintDetector(bin));
  printScore('secretlint (recommended preset)', theirs, performance.now() - t);
} else {
  console.log('\n(secretlint not installed: set SECRETLINT_BIN or npm i -D secretlint @secretlint/secretlint-rule-preset-recommend to compare)');
}

/**
 * Misses are shown redacted too: they are token-shaped even if generated. A
 * miss is a line the scanner found nothing in, so nothing says where its secret
 * is: every longer field between separators is masked (a password like `Fy…!x`
 * is shorter and less regular than a token).
 */
function redactText(line: string): string {
  return line.replace(/[^\s:=,;"'`]{8,}/g, (m) => redact(m)).slice(0, 120);
}
