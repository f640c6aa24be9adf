import { execFileSync } from 'node:child_process';
import { renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fake } from '../../src/rules/fake.js';
import { makeRepo, runCli, tempDir, type TestRepo } from '../helpers/repo.js';

interface Report {
  findings: { file: string; commit?: string; ruleId: string }[];
  skipped: { path: string; reason: string; unscanned?: boolean; commit?: string }[];
}

const token = () => fake.checksummed('ghp_');

/**
 * A history whose copy lacks one blob (as a snapshot without its largest files, or a repository whose
 * object went missing): `data.txt`'s first version. Its second version is present and holds a token; so
 * do app.js and a tagged commit.
 */
function incompleteCopy(): { repo: TestRepo; lost: string; commits: Record<string, string>; secrets: Record<string, string> } {
  const repo = makeRepo();
  const secrets = { app: token(), kept: token(), tagged: token() };
  repo.write('data.txt', `rows\n${'x,1\n'.repeat(50)}`);
  repo.write('README.md', '# app\n');
  repo.git('add', '.');
  repo.commit('data');
  const lost = repo.git('rev-parse', 'HEAD:data.txt').trim();
  repo.write('data.txt', `rows\n${'x,1\n'.repeat(50)}token = "${secrets.kept}"\n`);
  repo.git('add', '.');
  repo.commit('more data');
  repo.write('app.js', `const t = "${secrets.app}";\n`);
  repo.git('add', '.');
  repo.commit('app');
  repo.git('checkout', '-q', '-b', 'side', 'HEAD~2');
  repo.write('side.js', `const t = "${secrets.tagged}";\n`);
  repo.git('add', '.');
  repo.commit('side');
  repo.git('tag', 'v-side');
  repo.git('checkout', '-q', 'main');
  repo.git('branch', '-D', 'side');
  const commits = { data: repo.git('rev-parse', 'main~2').trim(), more: repo.git('rev-parse', 'main~1').trim() };
  // Loose objects: the blob's file is removed, as a copy that never had it.
  rmSync(join(repo.dir, '.git', 'objects', lost.slice(0, 2), lost.slice(2)));
  return { repo, lost, commits, secrets };
}

const refsAndObjects = (repo: TestRepo) => repo.git('for-each-ref', '--format=%(refname) %(objectname)') + repo.git('count-objects', '-v');

describe('a history that names objects this clone lacks', () => {
  it('stops once, naming the object, where it was added and the fetch, and the --skip-missing command', () => {
    const { repo, lost } = incompleteCopy();
    for (const args of [['--range', 'main'], ['--history']]) {
      const r = repo.cli(['scan', ...args]);
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr.split(lost).length - 1, r.stderr).toBe(1);
      expect(r.stderr).toContain('data.txt in commit');
      expect(r.stderr).toContain('git fetch --refetch origin');
      expect(r.stderr).toContain(`npx leakguard scan ${args.join(' ')} --skip-missing`);
      expect(r.stderr.endsWith('\n')).toBe(true);
    }
  });

  it('--skip-missing scans the rest, lists the missing change as not scanned and reads the next version whole', () => {
    const { repo, commits, secrets } = incompleteCopy();
    const before = refsAndObjects(repo);
    for (const args of [['--range', 'main'], ['--history']]) {
      const r = repo.cli(['scan', ...args, '--skip-missing', '--format', 'json']);
      expect(r.code, r.stderr).toBe(1);
      const doc = JSON.parse(r.stdout) as Report;
      const files = doc.findings.map((f) => f.file).sort();
      expect(files).toEqual(args[0] === '--history' ? ['app.js', 'data.txt', 'side.js'] : ['app.js', 'data.txt']);
      // The token in data.txt's second version: that commit's old side is missing, so it is read whole.
      expect(doc.findings.find((f) => f.file === 'data.txt')?.commit).toBe(commits.more);
      expect(doc.skipped).toContainEqual({ path: 'data.txt', reason: 'missing from this clone (--skip-missing)', unscanned: true, commit: commits.data });
      expect(r.stdout).not.toContain(secrets.app);
    }
    const human = repo.cli(['scan', '--history', '--skip-missing']);
    expect(human.stdout + human.stderr).toMatch(/Not scanned \(1\): data\.txt — missing from this clone/);
    // Nothing written to the repository: no replace refs, no objects.
    expect(refsAndObjects(repo)).toBe(before);
    expect(repo.git('replace', '-l')).toBe('');
  });

  it('a complete clone scans the same with --skip-missing as without', () => {
    const repo = makeRepo();
    repo.write('a.js', `const t = "${token()}";\n`);
    repo.git('add', '.');
    repo.commit('a');
    const plain = JSON.parse(repo.cli(['scan', '--history', '--format', 'json']).stdout) as Report;
    const skipping = JSON.parse(repo.cli(['scan', '--history', '--skip-missing', '--format', 'json']).stdout) as Report;
    expect(skipping.findings).toEqual(plain.findings);
    expect(skipping.skipped).toEqual([]);
  });

  it('--skip-missing is for commit scans only', () => {
    const repo = makeRepo();
    const r = repo.cli(['scan', '--staged', '--skip-missing']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--skip-missing goes with --history or --range');
  });

  it('a partial clone whose remote is gone: the message names the filter to drop; --skip-missing fetches nothing', () => {
    const source = makeRepo();
    source.git('config', 'uploadpack.allowFilter', 'true');
    const secret = token();
    source.write('big.txt', `${'filler line\n'.repeat(400)}`);
    source.write('small.js', `const t = "${secret}";\n`);
    source.git('add', '.');
    source.commit('both');
    const parent = tempDir('leakguard-partial-');
    const clone = join(parent, 'clone');
    execFileSync('git', ['clone', '-q', '--no-checkout', '--filter=blob:limit=1k', `file://${source.dir}`, clone], { env: source.env, stdio: 'pipe' });
    // The remote goes away: git can no longer fetch what the filter left out.
    renameSync(source.dir, `${source.dir}-gone`);
    const stopped = runCli(['scan', '--history'], clone, source.env);
    expect(stopped.code, stopped.stderr).toBe(2);
    expect(stopped.stderr).toContain('it is a partial clone');
    expect(stopped.stderr).toContain('git config --unset-all remote.origin.partialclonefilter; git fetch --refetch origin');
    const r = runCli(['scan', '--history', '--skip-missing', '--format', 'json'], clone, source.env);
    expect(r.code, r.stderr).toBe(1);
    const doc = JSON.parse(r.stdout) as Report;
    expect(doc.findings.map((f) => f.file)).toEqual(['small.js']);
    expect(doc.skipped.filter((s) => s.unscanned).map((s) => s.path)).toEqual(['big.txt']);
    renameSync(`${source.dir}-gone`, source.dir);
  });
});
