import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fake } from '../../src/rules/fake.js';
import { makeRepo } from '../helpers/repo.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

describe('CI integrations', () => {
  it('action.yml is a composite action that scans a range with the bundled CLI and uploads SARIF', () => {
    const action = parse(readFileSync(`${ROOT}/action.yml`, 'utf8'));
    expect(action.runs.using).toBe('composite');
    const scan = action.runs.steps.find((s: { id?: string }) => s.id === 'scan');
    expect(scan.run).toContain('dist/cli.cjs" scan --range "$range"');
    expect(scan.run).toContain('--format sarif');
    expect(action.runs.steps.some((s: { uses?: string }) => s.uses?.startsWith('github/codeql-action/upload-sarif'))).toBe(true);
    // Inputs reach the shell through env, never interpolated into the script (no injection).
    expect(scan.run).not.toMatch(/\$\{\{/);
  });

  it('the GitLab template writes the secret-detection report the job declares', () => {
    const tpl = parse(readFileSync(`${ROOT}/ci/gitlab-leakguard.yml`, 'utf8'));
    expect(tpl.leakguard.artifacts.reports.secret_detection).toBe('gl-secret-detection-report.json');
    expect(tpl.leakguard.script.join('\n')).toContain('--format gitlab --report gl-secret-detection-report.json');
  });

  it('--format gitlab produces a secret-detection report with redacted findings', () => {
    const repo = makeRepo();
    const token = fake.checksummed('ghp_');
    repo.write('a.js', `t = "${token}"\n`);
    repo.git('add', '.');
    repo.commit('leak');
    const r = repo.cli(['scan', '--range', 'HEAD', '--format', 'gitlab']);
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout);
    expect(doc.scan.type).toBe('secret_detection');
    expect(doc.vulnerabilities[0]).toMatchObject({ category: 'secret_detection', location: { file: 'a.js', start_line: 1 } });
    expect(doc.vulnerabilities[0].location.commit.sha).toMatch(/^[0-9a-f]{40}$/);
    expect(r.stdout).not.toContain(token);
  });
});
