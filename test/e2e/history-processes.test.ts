import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fake } from '../../src/rules/fake.js';
import { makeRepo, runCli, tempDir, type TestRepo } from '../helpers/repo.js';

interface Scan {
  findings: { ruleId: string; file: string; line: number; commit?: string; alsoIn?: string[]; fingerprint: string }[];
  summary: { files: number };
  skipped?: unknown[];
}

/**
 * A history long enough to be dealt out to several `git log` processes (runs of
 * 64 commits), with every shape a history scan must get right: merges (one with
 * a token in its message), renames, a revert that brings a secret back, a
 * cherry-pick, binary files, a secret added and later deleted, a commit that
 * only deletes, and a branch reachable from a tag alone.
 */
function busyHistory(): { repo: TestRepo; tokens: string[] } {
  const repo = makeRepo();
  const tokens = Array.from({ length: 12 }, () => fake.checksummed('ghp_'));
  // Filler commits through fast-import: seconds instead of minutes.
  let stream = '';
  for (let c = 1; c <= 230; c++) {
    const body = `export const value${c} = ${c};\n`;
    const secret = c % 57 === 0 ? `const token = "${tokens[7 + c / 57]}";\n` : '';
    const text = body + secret;
    const msg = `change ${c}`;
    stream += `commit refs/heads/main\nmark :${c}\ncommitter Dev <dev@example.org> ${1600000000 + c * 60} +0000\ndata ${msg.length}\n${msg}\n${c > 1 ? `from :${c - 1}\n` : ''}M 100644 inline src/f${c % 17}.ts\ndata ${Buffer.byteLength(text)}\n${text}\n`;
  }
  execFileSync('git', ['fast-import', '--quiet'], { cwd: repo.dir, env: repo.env, input: stream });
  repo.git('reset', '-q', '--hard', 'main');
  // A secret added, then deleted; a rename; a binary file.
  repo.write('leak.env', `GITHUB_TOKEN=${tokens[4]}\n`);
  repo.git('add', '.');
  repo.commit('leak');
  repo.git('rm', '-q', 'leak.env');
  repo.commit(`only deletes (the token was ${tokens[5]})`);
  repo.git('mv', 'src/f1.ts', 'src/renamed.ts');
  repo.commit('rename');
  repo.write('logo.bin', Buffer.from([0, 1, 2, 0, 255, 7]));
  repo.git('add', '.');
  repo.commit('binary');
  // A branch merged back, its merge message quoting a token.
  repo.git('checkout', '-q', '-b', 'side');
  repo.write('side.py', `KEY = "${tokens[6]}"\n`);
  repo.git('add', '.');
  repo.commit('side work');
  const side = repo.git('rev-parse', 'HEAD').trim();
  repo.git('checkout', '-q', 'main');
  repo.write('main.txt', 'main\n');
  repo.git('add', '.');
  repo.commit('main work');
  repo.git('merge', '-q', '--no-ff', '-m', `merge side (token ${tokens[7]})`, 'side');
  // Cherry-pick the side commit onto another branch; revert a removal.
  repo.git('checkout', '-q', '-b', 'picked', 'HEAD~3');
  repo.git('cherry-pick', side);
  repo.git('checkout', '-q', 'main');
  repo.write('side.py', 'KEY = None\n');
  repo.git('add', '.');
  repo.commit('remove key');
  repo.git('revert', '--no-edit', 'HEAD');
  // Reachable only from a tag.
  repo.git('checkout', '-q', '--detach');
  repo.write('release.txt', `secret=${tokens[0]}\n`);
  repo.git('add', '.');
  repo.commit('release only');
  repo.git('tag', 'v1');
  repo.git('checkout', '-q', 'main');
  return { repo, tokens };
}

describe('scan --history with several git processes', () => {
  const { repo, tokens } = busyHistory();
  const scan = (processes: number): Scan => {
    const r = runCli(['scan', '--history', '--format', 'json', '--no-baseline'], repo.dir, { ...repo.env, LEAKGUARD_GIT_PROCESSES: String(processes) });
    expect(r.code, r.stderr).toBe(1);
    return JSON.parse(r.stdout) as Scan;
  };
  const one = scan(1);

  it('finds exactly what one git log finds: same findings, introducing commits and alsoIn, same files counted', () => {
    for (const n of [2, 3]) expect(scan(n)).toEqual(one);
  });

  it('really runs that many git log processes (GIT_TRACE lists what git ran)', () => {
    for (const n of [1, 3]) {
      const trace = join(tempDir('leakguard-trace-'), 'trace');
      const r = runCli(['scan', '--history', '--format', 'json', '--no-baseline'], repo.dir, { ...repo.env, LEAKGUARD_GIT_PROCESSES: String(n), GIT_TRACE: trace });
      expect(JSON.parse(r.stdout)).toEqual(one);
      expect(readFileSync(trace, 'utf8').match(/built-in: git log -p /g), `${n} process(es)`).toHaveLength(n);
    }
  });

  it('reads every commit, including merges and commits that only delete (their messages)', () => {
    const commits = Number(repo.git('rev-list', '--count', '--all').trim());
    expect(commits).toBeGreaterThan(64 * 3);
    const messages = one.findings.filter((f) => f.file === '(commit message)');
    const mergeSha = repo.git('log', '--merges', '-1', '--format=%H', 'main').trim();
    const deleteSha = repo.git('log', '-1', '--format=%H', '--grep=only deletes').trim();
    expect(messages.map((f) => f.commit).sort()).toEqual([mergeSha, deleteSha].sort());
  });

  it('reports each token once, at the commit that introduced it, with the commits that added it again', () => {
    const at = (file: string) => one.findings.filter((f) => f.file === file && f.ruleId.startsWith('github'));
    // The cherry-pick and the revert add the side token again.
    const side = at('side.py');
    expect(side).toHaveLength(1);
    expect(side[0]!.alsoIn).toHaveLength(2);
    expect(side[0]!.commit).toBe(repo.git('log', '-1', '--format=%H', '--grep=side work', 'main').trim());
    // The deleted file's token is still reported, at the commit that added it.
    expect(at('leak.env')).toHaveLength(1);
    expect(at('release.txt')).toHaveLength(1);
    // Filler tokens at every 57th commit; no binary file reported as text.
    expect(one.findings.filter((f) => f.file.startsWith('src/')).length).toBe(4);
    expect(one.findings.some((f) => f.file === 'logo.bin')).toBe(false);
    expect(JSON.stringify(one)).not.toContain(tokens[0]);
  });

  it('by default (the process count chosen from the pack, a started git log dropped when two pay) finds the same', () => {
    const plain = runCli(['scan', '--history', '--format', 'json', '--no-baseline'], repo.dir, repo.env);
    expect(JSON.parse(plain.stdout)).toEqual(one);
    // Incompressible blobs make the history "heavy" (≥ 12 KiB of pack per commit): on 2 cores that takes two processes.
    repo.write('assets/blob.bin', randomBytes(4 << 20));
    repo.git('add', '.');
    repo.commit('a large binary');
    repo.git('gc', '-q');
    const heavy = JSON.parse(runCli(['scan', '--history', '--format', 'json', '--no-baseline'], repo.dir, repo.env).stdout) as Scan;
    const single = JSON.parse(runCli(['scan', '--history', '--format', 'json', '--no-baseline'], repo.dir, { ...repo.env, LEAKGUARD_GIT_PROCESSES: '1' }).stdout) as Scan;
    expect(heavy).toEqual(single);
    expect(heavy.findings.length).toBe(one.findings.length);
  });

  it('a push of a commit does not count the history before git log (GIT_TRACE lists what git ran)', () => {
    const trace = join(tempDir('leakguard-trace-'), 'trace');
    const head = repo.git('rev-parse', 'HEAD').trim();
    const push = `refs/heads/main ${head} refs/heads/main ${repo.git('rev-parse', 'HEAD~1').trim()}\n`;
    const r = runCli(['pre-push', 'origin'], repo.dir, { ...repo.env, GIT_TRACE: trace }, push);
    expect(r.code).not.toBe(2);
    const ran = readFileSync(trace, 'utf8');
    expect(ran).toMatch(/built-in: git log /);
    // git log starts first; the history is weighed only if it is still running after 50 ms (a loaded
    // machine may get there: the order is what is promised, not the timing).
    const log = ran.indexOf('built-in: git log -p');
    for (const counting of ['built-in: git count-objects', 'built-in: git rev-list --count']) {
      const at = ran.indexOf(counting);
      if (at >= 0) expect(at, counting).toBeGreaterThan(log);
    }
    // A history scan still weighs the history first (on 2 cores), as the test above relies on.
    if (availableParallelism() === 2) {
      const all = join(tempDir('leakguard-trace-'), 'trace');
      runCli(['scan', '--history', '--format', 'json', '--no-baseline'], repo.dir, { ...repo.env, GIT_TRACE: all });
      expect(readFileSync(all, 'utf8')).toMatch(/built-in: git count-objects/);
    }
  });

  it('fails with git\'s own message for a bad range, whatever the number of processes', () => {
    for (const n of [1, 3]) {
      const r = runCli(['scan', '--range', 'nope..main'], repo.dir, { ...repo.env, LEAKGUARD_GIT_PROCESSES: String(n) });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/git log nope\.\.main failed: .*nope/);
    }
  });
});

describe('binary files by format are not read to ask', () => {
  // Each binary file a history meets could cost a `git cat-file blob` process (to tell UTF-16 text from
  // binary); a format binary by design must not. GIT_TRACE logs every git process the scan starts.
  it('a compiled message catalogue (.mo) costs no process; a binary of unknown format is read', () => {
    const repo = makeRepo();
    for (let i = 0; i < 3; i++) {
      repo.write('locale/de/LC_MESSAGES/django.mo', Buffer.concat([Buffer.from([0xde, 0x12, 0x04, 0x95, 0, 0, 0, 0]), randomBytes(64)]));
      repo.write(`blob${i}.xyz`, Buffer.concat([Buffer.from([0, 1, 2, 0]), randomBytes(32)]));
      repo.git('add', '.');
      repo.commit(`catalogue ${i}`);
    }
    const trace = join(tempDir(), 'trace.log');
    const r = runCli(['scan', '--history', '--format', 'json'], repo.dir, { ...repo.env, GIT_TRACE: trace });
    expect(r.code, r.stderr).toBe(0);
    const blobReads = readFileSync(trace, 'utf8').split('\n').filter((l) => /cat-file blob /.test(l));
    const shasOf = (path: string) => new Set(repo.git('log', '--all', '--format=', '--raw', '--no-abbrev', '--', path).split('\n').map((l) => l.split(/\s+/)[3]).filter((sha): sha is string => Boolean(sha)));
    const readOf = (shas: Set<string>) => blobReads.filter((l) => [...shas].some((sha) => l.includes(sha)));
    const mo = shasOf('locale');
    expect(mo.size).toBe(3);
    expect(readOf(shasOf('*.xyz')).length).toBeGreaterThan(0);
    expect(readOf(mo)).toEqual([]);
  });
});
