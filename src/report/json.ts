import { isBlocking } from '../detect/types.js';
import type { Formatter } from './types.js';

/**
 * Stable JSON schema, version 1:
 * {
 *   "schema": "leakguard/scan@1",
 *   "tool": { "name": "leakguard", "version": "x.y.z" },
 *   "target": string, "mode": "staged" | "files" | "stdin" | "history" | "push",
 *   "summary": { "findings": n, "files": n, "bytes": n, "skipped": n, "ignored": n },
 *   "findings": [{ "ruleId", "title", "provider", "confidence", "blocking" (fails the scan at this fail-on level),
 *                  "warning"? (why it never blocks: "weak password", "test fixture", …), "file", "line", "column",
 *                  "verification"? ({ "status": "live" | "revoked" | "unknown", "detail", "checkedAt" }, with --verify),
 *                  "locations"? (the same value elsewhere: [{ file, line, commit?, fingerprint }]),
 *                  "why"? (the evidence that decided blocking or warning, in words: what `leakguard explain` prints),
 *                  "preview", "context", "fingerprint", "playbook", "commit"?, "author"?, "date"?, "occurrences"?, "alsoIn"? (other commits adding it), "presentAtHead"?, "removedIn"? }],
 *   "skipped": [{ "path", "reason", "unscanned"? (text that could hold a secret went unread: hooks block), "commit"? }]
 * }
 * `preview` and `context` are redacted; the secret itself is never serialised.
 * New fields may be added; existing ones keep their meaning.
 */
export const formatJson: Formatter = (result, meta) => {
  const doc = {
    schema: 'leakguard/scan@1',
    tool: { name: 'leakguard', version: meta.version },
    target: meta.target,
    mode: meta.mode,
    summary: {
      findings: result.findings.length,
      blocking: result.findings.filter((f) => isBlocking(f, meta.failOn)).length,
      files: result.files,
      bytes: result.bytes,
      skipped: result.skipped.length,
      ignored: result.ignored,
    },
    findings: result.findings.map((f) => ({
      ruleId: f.ruleId,
      title: f.title,
      provider: f.provider,
      confidence: f.confidence,
      blocking: isBlocking(f, meta.failOn),
      ...(f.warning ? { warning: f.warning } : {}),
      file: f.file,
      line: f.line,
      column: f.column,
      preview: f.preview,
      context: f.context,
      fingerprint: f.fingerprint,
      playbook: f.playbook,
      ...(f.commit ? { commit: f.commit, author: f.author, date: f.date } : {}),
      ...(f.occurrences ? { occurrences: f.occurrences, alsoIn: f.alsoIn } : {}),
      ...(f.presentAtHead !== undefined ? { presentAtHead: f.presentAtHead } : {}),
      ...(f.verification ? { verification: f.verification } : {}),
      ...(f.removedIn ? { removedIn: f.removedIn } : {}),
      ...(f.locations?.length ? { locations: f.locations } : {}),
      ...(f.why?.length ? { why: f.why } : {}),
      ...(f.allowExpired ? { allowExpired: f.allowExpired } : {}),
    })),
    skipped: result.skipped,
  };
  return JSON.stringify(doc, null, 2) + '\n';
};
