import type { Formatter } from './types.js';

const time = () => new Date().toISOString().slice(0, 19);

/**
 * GitLab's secret-detection report (artifacts:reports:secret_detection,
 * schema 15.x), so findings show in merge requests and the security
 * dashboard. Descriptions carry the redacted preview only.
 */
export const formatGitlab: Formatter = (result, meta) => {
  const tool = { id: 'leakguard', name: 'leakguard', version: meta.version, vendor: { name: 'leakguard' } };
  const doc = {
    version: '15.0.7',
    vulnerabilities: result.findings.map((f) => ({
      id: f.fingerprint.replace(/[^A-Za-z0-9-]/g, '-'),
      category: 'secret_detection',
      name: f.title,
      description: `${f.title} (${f.provider}): ${f.preview}.${f.warning ? ` Warning only: ${f.warning}.` : ''}${f.verification ? ` Verified ${f.verification.status}: ${f.verification.detail}.` : ''} Rotate it (leakguard rotate ${f.ruleId}), then remove it from history (leakguard purge --finding ${f.fingerprint}).`,
      severity: f.warning ? 'Low' : f.confidence === 'high' ? 'Critical' : f.confidence === 'medium' ? 'High' : 'Medium',
      solution: `Rotate the credential, read it from the environment, and purge it from history.`,
      scanner: { id: tool.id, name: tool.name },
      location: { file: f.file, commit: { sha: f.commit ?? '0000000000000000000000000000000000000000' }, start_line: Math.max(1, f.line), end_line: Math.max(1, f.line) },
      identifiers: [{ type: 'leakguard_rule_id', name: `leakguard rule ${f.ruleId}`, value: f.ruleId }],
    })),
    scan: { analyzer: tool, scanner: tool, type: 'secret_detection', start_time: time(), end_time: time(), status: 'success' },
  };
  return JSON.stringify(doc, null, 2) + '\n';
};
