import { quotePath } from '../../report/quote-path.js';
import type { Check } from '../types.js';
import { findCallsWithSecrets } from './code-scan.js';

/** console.*, common JS/TS and Python loggers, print. */
const LOG_CALL = /\b(?:console\.(?:log|info|warn|error|debug|trace)|(?:logger|log|logging|winston|pino|bunyan|this\.logger|ctx\.log)\.(?:log|info|warn|warning|error|debug|trace|fatal|critical|exception)|print|println|fmt\.Print(?:f|ln)?|System\.out\.print(?:ln)?)\s*\(/;

export const secretsInLogs: Check = {
  id: 'no-secrets-in-logs',
  title: 'Secrets are not written to logs',
  async run(ctx) {
    const hits = await findCallsWithSecrets(ctx, LOG_CALL);
    if (!hits.length) return { status: 'pass', evidence: ['no logging call takes a secret-named value'] };
    return {
      status: 'fail',
      evidence: hits.slice(0, 15).map((h) => `${quotePath(h.file)}:${h.line} ${h.text}`),
      fix: 'Log that a secret is present (or its length, or a short hash), never its value; logs are copied to places with weaker access control.',
    };
  },
};
