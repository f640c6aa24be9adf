import { describe, expect, it } from 'vitest';
import { fake } from '../../src/rules/fake.js';
import { makeRepo } from '../helpers/repo.js';

describe('leakguard explain', () => {
  const repo = makeRepo();
  const token = fake.checksummed('ghp_');
  const fixture = fake.alnum(32);
  const marked = fake.alnum(32);
  repo.write('src/client.js', `export const token = "${token}";\nconst apiSecret = "${marked}"; // #nosec G101\nconst password = "changeme";\nconst apiToken = "v1-" + suffix;\n`);
  repo.write('e2eTests/setup.js', `const apiSecret = "${fixture}";\n`);

  it('says for each candidate on a line what decided it: blocks, a warning with its evidence, or dropped', () => {
    const blocks = repo.cli(['explain', 'src/client.js:1', '--no-color']);
    expect(blocks.code, blocks.stderr).toBe(0);
    expect(blocks.stdout).toMatch(/src\/client\.js:1:\d+ {2}github-ghp ghp_.+ — BLOCKS/);
    expect(blocks.stdout).toContain('· GitHub rule github-ghp matched (high confidence)');
    expect(blocks.stdout).toContain('· blocks: a provider format blocks wherever it is found');
    expect(blocks.stdout).toMatch(/leakguard allow github-ghp:[0-9a-f]{20} --reason/);
    const marker = repo.cli(['explain', 'src/client.js:2', '--no-color']);
    expect(marker.stdout).toContain('warning: suppressed on the line (#nosec)');
    expect(marker.stdout).toContain("another scanner's suppression on the line is a reviewed decision");
    const dropped = repo.cli(['explain', 'src/client.js:3', '--no-color']);
    // A dropped value names the check that dropped it.
    expect(dropped.stdout).toMatch(/generic-secret-assignment .+ — dropped\n {4}· the rule's own checks: a placeholder\n/);
    const joined = repo.cli(['explain', 'src/client.js:4', '--no-color']);
    expect(joined.stdout).toMatch(/generic-secret-assignment .+ — dropped\n {4}· the rule's own checks: a string joined to code: built at run time\n/);
    const dir = repo.cli(['explain', 'e2eTests/setup.js:1', '--no-color']);
    expect(dir.stdout).toContain('warning: test fixture');
    expect(dir.stdout).toContain('a directory named for tests or stand-ins (the word "e2e" in e2eTests/)');
    for (const r of [blocks, marker, dropped, dir]) for (const s of [token, fixture, marked]) expect(r.stdout + r.stderr).not.toContain(s);
  });

  it('explains a finding by fingerprint, in JSON too; scan --format json carries the same "why"', () => {
    const scan = repo.cli(['scan', '--format', 'json']);
    const findings = JSON.parse(scan.stdout).findings as { fingerprint: string; ruleId: string; why: string[] }[];
    const gh = findings.find((f) => f.ruleId === 'github-ghp')!;
    expect(gh.why).toEqual(['GitHub rule github-ghp matched (high confidence)', 'blocks: a provider format blocks wherever it is found, tests and documentation included']);
    const r = repo.cli(['explain', gh.fingerprint, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout) as { explanations: { verdict: string; why: string[]; fingerprint: string }[] };
    expect(doc.explanations).toEqual([expect.objectContaining({ verdict: 'blocks', fingerprint: gh.fingerprint, why: gh.why })]);
    expect(r.stdout).not.toContain(token);
    const missing = repo.cli(['explain', 'github-ghp:00000000000000000000']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/no finding with fingerprint github-ghp:0{20} in the working tree \(add --history/);
  });

  it('a baselined finding is explained as known', () => {
    const own = makeRepo();
    own.write('a.js', `const t = "${fake.checksummed('ghp_')}";\n`);
    expect(own.cli(['baseline']).code).toBe(0);
    const r = own.cli(['explain', 'a.js:1', '--no-color']);
    expect(r.stdout).toContain('known (baseline / ignore file)');
    expect(r.stdout).toContain('known: listed in the baseline or .leakguardignore');
  });
});
