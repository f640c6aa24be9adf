import { isBlocking, type Confidence, type Finding } from '../detect/types.js';
import type { Formatter } from './types.js';
import { COMMIT_MESSAGE, isMessagePath } from '../sources/types.js';

/**
 * SARIF 2.1.0, as GitHub code scanning ingests it: one run, a rule per rule id,
 * a result per finding with a physical location and a partial fingerprint (so
 * code scanning tracks the same alert across pushes). Messages carry only the
 * redacted preview.
 */
export const formatSarif: Formatter = (result, meta) => {
  const ruleIds = [...new Set(result.findings.map((f) => f.ruleId))];
  const rules = ruleIds.map((id) => {
    const f = result.findings.find((x) => x.ruleId === id)!;
    return {
      id,
      name: id.replace(/(^|-)([a-z])/g, (_m, _d, c: string) => c.toUpperCase()),
      shortDescription: { text: f.title },
      fullDescription: { text: `${f.title} (${f.provider}). Committed secrets must be rotated, then removed from history.` },
      help: { text: `Rotate the credential (leakguard rotate ${id}), move it to an environment variable or secret manager, and purge it from history (leakguard purge).` },
      properties: { tags: ['security', 'secret', f.provider], precision: f.confidence === 'high' ? 'very-high' : f.confidence === 'medium' ? 'high' : 'medium', 'security-severity': '9.0' },
    };
  });
  const doc = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'leakguard', version: meta.version, semanticVersion: /^\d+\.\d+\.\d+/.test(meta.version) ? meta.version : undefined, informationUri: 'https://www.npmjs.com/package/leakguard', rules } },
        results: result.findings.map((f) => sarifResult(f, ruleIds.indexOf(f.ruleId), meta.failOn)),
        ...(result.skipped.length
          ? { invocations: [{ executionSuccessful: true, toolExecutionNotifications: result.skipped.map((s) => ({ level: 'note', message: { text: `skipped ${s.path}: ${s.reason}` } })) }] }
          : {}),
      },
    ],
  };
  return JSON.stringify(doc, null, 2) + '\n';
};

function sarifResult(f: Finding, ruleIndex: number, failOn: Confidence | undefined) {
  const region = f.line > 0 ? { startLine: f.line, startColumn: Math.max(1, f.column) } : { startLine: 1 };
  return {
    ruleId: f.ruleId,
    ruleIndex,
    // Warnings (weak demo passwords, fixtures, public keys) never fail the scan.
    level: !isBlocking(f, failOn) || f.confidence === 'low' ? 'warning' : 'error',
    message: { text: `${f.title}: ${f.preview}${f.commit ? ` (commit ${f.commit.slice(0, 12)})` : ''}` },
    // A message is no file: a logical location names the commit (or tag) whose message it is.
    locations: isMessagePath(f.file)
      ? [{ logicalLocations: [{ name: f.file === COMMIT_MESSAGE ? 'commit message' : 'tag message', fullyQualifiedName: `${f.file === COMMIT_MESSAGE ? 'commit' : 'tag'}/${f.commit ?? ''}/message:${f.line}`, kind: 'object' }] }]
      : [{ physicalLocation: { artifactLocation: { uri: encodeURI(f.file) }, region } }],
    ...(f.locations?.length
      ? { relatedLocations: f.locations.map((l, id) => ({ id, physicalLocation: { artifactLocation: { uri: encodeURI(l.file) }, region: { startLine: Math.max(1, l.line) } } })) }
      : {}),
    partialFingerprints: { 'leakguard/v1': f.fingerprint },
    ...(f.commit || f.warning || f.verification
      ? { properties: { ...(f.commit ? { commit: f.commit, author: f.author, date: f.date } : {}), ...(f.warning ? { warning: f.warning } : {}), ...(f.verification ? { verification: f.verification } : {}) } }
      : {}),
  };
}
