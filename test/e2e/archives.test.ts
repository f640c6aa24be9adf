import { gzipSync, zipSync } from 'fflate';
import { createTar } from 'nanotar';
import { spawnSync } from 'node:child_process';
import { cpSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fake } from '../../src/rules/fake.js';
import { CLI, makeRepo, tempDir } from '../helpers/repo.js';

const ghToken = () => fake.checksummed('ghp_');
const enc = (s: string) => new TextEncoder().encode(s);

interface Doc { findings: { file: string; line: number; ruleId: string; blocking: boolean; commit?: string }[]; skipped: { path: string; reason: string; unscanned?: boolean }[] }
const doc = (stdout: string): Doc => JSON.parse(stdout);

describe('archives', () => {
  it('finds secrets in a staged zip, a jar inside a zip, and a tar.gz, at archive!entry:line', () => {
    const repo = makeRepo();
    const env = `NODE_ENV=production\nPAYMENTS_KEY=${fake.alnum(32)}\n`;
    const jar = zipSync({ 'META-INF/MANIFEST.MF': enc('Manifest-Version: 1.0\n'), 'config/app.properties': enc(`name=app\ngithub.token=${ghToken()}\n`) });
    repo.write('release/bundle.zip', Buffer.from(zipSync({ '.env': enc(env), 'lib/plugin.jar': jar, 'logo.png': new Uint8Array([0x89, 0x50, 0, 0, 1]) })));
    repo.write('backup/site.tar.gz', Buffer.from(gzipSync(createTar([{ name: 'site/config.yml', data: `db:\n  password: "${fake.alnum(14)}!9"\n` }]))));
    repo.git('add', '.');
    const r = repo.cli(['scan', '--staged', '--format', 'json']);
    expect(r.code).toBe(1);
    const found = doc(r.stdout).findings.map((f) => `${f.file}:${f.line}`).sort();
    expect(found).toEqual(['backup/site.tar.gz!site/config.yml:2', 'release/bundle.zip!.env:2', 'release/bundle.zip!lib/plugin.jar!config/app.properties:2']);
    // The same archives in a working-tree scan and in history.
    expect(doc(repo.cli(['scan', '--format', 'json']).stdout).findings).toHaveLength(3);
    repo.commit('release');
    const hist = doc(repo.cli(['scan', '--history', '--format', 'json']).stdout);
    expect(hist.findings.map((f) => f.file).sort()).toEqual(found.map((f) => f.slice(0, f.lastIndexOf(':'))));
    expect(hist.findings.every((f) => f.commit)).toBe(true);
  });

  it('a truncated archive, a zip bomb and an unsupported format are skipped with a reason, and block a commit', () => {
    const repo = makeRepo();
    const zip = zipSync({ 'a.txt': enc('hello\n'.repeat(1000)) });
    repo.write('broken.zip', Buffer.from(zip.subarray(0, zip.length - 30)));
    repo.write('bomb.zip', Buffer.from(zipSync({ 'zeros.txt': new Uint8Array(50 * 1024 * 1024) }, { level: 9 })));
    repo.write('logs.tar.xz', Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00, 0x00]));
    repo.git('add', '.');
    const r = repo.cli(['scan', '--staged', '--format', 'json']);
    expect(r.code).toBe(1);
    const skipped = doc(r.stdout).skipped;
    expect(skipped.find((s) => s.path === 'broken.zip')?.reason).toMatch(/unreadable archive/);
    expect(skipped.find((s) => s.path === 'bomb.zip!zeros.txt')?.reason).toMatch(/zip bomb/);
    expect(skipped.find((s) => s.path === 'logs.tar.xz')?.reason).toMatch(/not supported/);
    expect(skipped.every((s) => s.unscanned)).toBe(true);
    expect(r.stderr).toContain('could not be scanned');
    // Outside hook modes they are listed, not failed on.
    expect(repo.cli(['scan']).code).toBe(0);
    // Committed past the hook, the push fails closed too.
    repo.commit('archives');
    const sha = repo.git('rev-parse', 'HEAD').trim();
    const push = repo.cli(['pre-push', 'origin'], `refs/heads/main ${sha} refs/heads/main ${'0'.repeat(40)}\n`);
    expect(push.code).toBe(1);
    expect(push.stderr).toContain('could not be scanned, so this push is blocked');
  });

  it('nesting is bounded: an archive three levels deep is listed as not scanned', () => {
    const repo = makeRepo();
    const inner = zipSync({ 'secret.txt': enc(`token: ${ghToken()}\n`) });
    const mid = zipSync({ 'inner.zip': inner });
    repo.write('outer.zip', Buffer.from(zipSync({ 'mid.zip': mid })));
    repo.git('add', '.');
    const r = doc(repo.cli(['scan', '--staged', '--format', 'json']).stdout);
    expect(r.findings).toHaveLength(0);
    expect(r.skipped.map((s) => s.path)).toEqual(['outer.zip!mid.zip!inner.zip']);
  });

  it('an install without its archive reader says so, blocks, and names the way out (dist/ copied without node_modules)', () => {
    const repo = makeRepo();
    const bare = tempDir('leakguard-noinstall-');
    cpSync(dirname(CLI), join(bare, 'dist'), { recursive: true });
    cpSync(fileURLToPath(new URL('../../package.json', import.meta.url)), join(bare, 'package.json'));
    repo.write('bundle.zip', Buffer.from(zipSync({ '.env': enc(`PAYMENTS_KEY=${fake.alnum(32)}\n`) })));
    const run = (args: string[]) => spawnSync(process.execPath, [join(bare, 'dist', 'cli.cjs'), ...args], { cwd: repo.dir, env: repo.env, encoding: 'utf8' });
    const named = run(['scan', 'bundle.zip']);
    expect(named.status).toBe(2);
    expect(named.stderr).toContain("leakguard's archive reader (fflate) is not installed");
    expect(named.stderr).toContain('reinstall leakguard (npm ci), then scan again');
    repo.git('add', '.');
    const hook = run(['scan', '--staged']);
    expect(hook.status).toBe(1);
    expect(hook.stderr).toMatch(/bundle\.zip: not scanned: leakguard's archive reader \(fflate\) is not installed/);
  });
});
