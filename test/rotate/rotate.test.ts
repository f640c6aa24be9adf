import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateSecret, upsertEnv } from '../../src/rotate/generate.js';
import { playbooks } from '../../src/rotate/playbooks.js';
import { resolvePlaybook } from '../../src/rotate/resolve.js';
import { builtinRules, fileRules } from '../../src/rules/index.js';
import { makeRepo } from '../helpers/repo.js';

describe('rotation playbooks', () => {
  it.each([...builtinRules, ...fileRules].map((r) => [r.id, r.playbook] as const))('rule %s points to an existing playbook (%s)', (_id, playbook) => {
    expect(playbooks[playbook], `missing playbook "${playbook}"`).toBeDefined();
  });
  it.each(Object.values(playbooks).map((p) => [p.id, p] as const))('%s has every section', (_id, p) => {
    for (const part of [p.revoke, p.replace, p.deploy, p.audit]) expect(part.length).toBeGreaterThan(0);
  });
  it('signing and session secrets get the zero-downtime two-key rotation', () => {
    for (const id of ['jwt', 'session', 'webhook-signing']) expect(playbooks[id]!.zeroDowntime!.join(' ')).toMatch(/BESIDE the old one.*either key.*only with the new key.*longest lifetime.*Remove the old key/s);
  });
  it('database rotation creates the new credential before revoking the old', () => {
    const steps = playbooks.database!.replace.join('\n');
    const create = steps.indexOf('Create a NEW');
    const revoke = steps.indexOf('Revoke the old');
    // Both steps are there (indexOf says -1 for a missing one, which is "less than" anything).
    expect(create).toBeGreaterThanOrEqual(0);
    expect(revoke).toBeGreaterThanOrEqual(0);
    expect(create).toBeLessThan(revoke);
  });
  it('resolves rule ids, fingerprints, providers and playbook ids', () => {
    expect(resolvePlaybook('github-ghp')?.playbook.id).toBe('github');
    expect(resolvePlaybook('stripe-secret-key:0123456789abcdef0123')?.playbook.id).toBe('stripe');
    expect(resolvePlaybook('AWS')?.playbook.id).toBe('aws');
    expect(resolvePlaybook('database')?.playbook.id).toBe('database');
    expect(resolvePlaybook('dotenv-file')?.playbook.id).toBe('generic');
    expect(resolvePlaybook('no-such-thing')).toBeUndefined();
  });
});

describe('secret generation', () => {
  it('makes 256-bit secrets in the asked format, different every time', () => {
    expect(generateSecret()).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(generateSecret(16, 'hex')).toMatch(/^[0-9a-f]{32}$/);
    expect(generateSecret(32, 'base64')).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    expect(generateSecret()).not.toBe(generateSecret());
  });
  it('upsertEnv replaces an existing key in place and keeps every other line', () => {
    expect(upsertEnv('A=1\n# c\nexport B=2\nC=3\n', 'B', 'x')).toBe('A=1\n# c\nexport B=x\nC=3\n');
    expect(upsertEnv('A=1', 'B', 'x')).toBe('A=1\nB=x\n');
    expect(upsertEnv('', 'B', 'x')).toBe('B=x\n');
  });
});

describe('rotate and gen commands', () => {
  it('rotate prints the ordered playbook; unknown kinds fail with the list', () => {
    const repo = makeRepo();
    const r = repo.cli(['rotate', 'jwt']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/1\. Revoke or roll[\s\S]*2\. Create the replacement[\s\S]*Zero-downtime[\s\S]*3\. Deploy[\s\S]*4\. Look for misuse/);
    expect(repo.cli(['rotate']).stdout).toContain('database');
    const bad = repo.cli(['rotate', 'nope']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('one of:');
  });

  it('gen --env writes .env without printing the value and gitignores it', () => {
    const repo = makeRepo();
    repo.write('.env', 'KEEP=1\nSESSION_SECRET=old\n');
    const r = repo.cli(['gen', '--env', 'SESSION_SECRET']);
    expect(r.code).toBe(0);
    const env = readFileSync(join(repo.dir, '.env'), 'utf8');
    const value = /SESSION_SECRET=(.*)/.exec(env)![1]!;
    expect(value).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(env.startsWith('KEEP=1\n')).toBe(true);
    expect(r.stdout).not.toContain(value);
    expect(repo.git('check-ignore', '.env').trim()).toBe('.env');
    expect(repo.cli(['gen', '--bytes', '8']).code).toBe(2);
    expect(repo.cli(['gen']).stdout.trim()).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });
});
