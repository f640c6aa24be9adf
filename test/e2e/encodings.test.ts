import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { textEncoding } from '../../src/sources/binary.js';
import { fake } from '../../src/rules/fake.js';
import { makeRepo } from '../helpers/repo.js';

/** Text as Windows tools write it: UTF-16 little- or big-endian, with or without a byte-order mark. */
function utf16(text: string, order: 'le' | 'be', bom: boolean): Buffer {
  const le = Buffer.from(text, 'utf16le');
  const body = order === 'le' ? le : Buffer.from(le.map((_, i) => le[i ^ 1]!));
  return Buffer.concat([bom ? Buffer.from(order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]) : Buffer.alloc(0), body]);
}

const script = (token: string) => `# deploy.ps1\r\n$ErrorActionPreference = "Stop"\r\n$env:GITHUB_TOKEN = "${token}"\r\nWrite-Host "deploying"\r\n`;

describe('UTF-16 and UTF-8 with a byte-order mark are text, in every mode', () => {
  it.each([
    ['UTF-16LE with BOM', (t: string, more = '') => utf16(script(t) + more, 'le', true)],
    ['UTF-16BE with BOM', (t: string, more = '') => utf16(script(t) + more, 'be', true)],
    ['UTF-16LE without BOM', (t: string, more = '') => utf16(script(t) + more, 'le', false)],
    ['UTF-16BE without BOM', (t: string, more = '') => utf16(script(t) + more, 'be', false)],
    ['UTF-8 with BOM', (t: string, more = '') => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(script(t) + more)])],
  ])('%s: the commit hook, the tree scan, the history scan and an archive find the token', (_name, encode) => {
    const repo = makeRepo();
    const token = fake.checksummed('ghp_');
    repo.write('README.md', '# app\n');
    repo.git('add', '.');
    repo.commit('init');
    repo.write('deploy.ps1', encode(token));
    repo.write('bundle.zip', Buffer.from(zipSync({ 'scripts/deploy.ps1': encode(token) })));
    repo.git('add', '.');
    const staged = repo.cli(['scan', '--staged', '--format', 'json']);
    expect(staged.code, staged.stdout).toBe(1);
    // The same token in two files is one finding with its other place listed.
    const files = (r: { stdout: string }) =>
      (JSON.parse(r.stdout).findings as { file: string; line: number; ruleId: string; locations?: { file: string; line: number }[] }[]).flatMap((f) => [f, ...(f.locations ?? [])].map((l) => `${l.file}:${l.line}:${f.ruleId}`)).sort();
    expect(files(staged)).toEqual(['bundle.zip!scripts/deploy.ps1:3:github-ghp', 'deploy.ps1:3:github-ghp']);
    expect(files(repo.cli(['scan', '--format', 'json']))).toEqual(['bundle.zip!scripts/deploy.ps1:3:github-ghp', 'deploy.ps1:3:github-ghp']);
    repo.commit('deploy script');
    const history = repo.cli(['scan', '--history', '--format', 'json']);
    expect(files(history)).toEqual(['bundle.zip!scripts/deploy.ps1:3:github-ghp', 'deploy.ps1:3:github-ghp']);
    expect(staged.stdout + history.stdout).not.toContain(token);
    // A later edit adds only its own lines: the old token is not reported again at that commit.
    repo.write('deploy.ps1', encode(token, 'Write-Host "done"\r\n'));
    repo.git('add', 'deploy.ps1');
    const edit = repo.cli(['scan', '--staged', '--format', 'json']);
    expect(edit.code, edit.stdout).toBe(0);
  });

  it('a file that really is binary stays binary', () => {
    expect(textEncoding(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]))).toBeUndefined();
    expect(textEncoding(Buffer.from(Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 0 : (i * 37) & 0xff))))).toBeUndefined();
    expect(textEncoding(utf16('plain text\n', 'le', false))).toBe('utf-16le');
    const repo = makeRepo();
    repo.write('logo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, ...Buffer.from(fake.checksummed('ghp_'))]));
    repo.git('add', '.');
    const r = repo.cli(['scan', '--staged', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).skipped).toEqual([{ path: 'logo.png', reason: 'binary' }]);
  });
});
