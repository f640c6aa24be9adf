import { quotePath } from '../../report/quote-path.js';
import type { Check } from '../types.js';
import { findCallsWithSecrets, SECRET_REF } from './code-scan.js';

/** Thrown errors, Python raises and HTTP response bodies. */
const ERROR_CALL = /\b(?:throw\s+new\s+\w*Error|raise\s+\w+|new\s+\w*Error|res\.(?:send|json|end|write)|response\.(?:send|json|write)|reply\.send|ctx\.body\s*=|return\s+(?:Response|JsonResponse|HttpResponse|jsonify)|abort(?=\s*\())\s*\(?/;

/** Connection strings carry a password: `${databaseUrl}`, DATABASE_URL, dsn. */
const CONNECTION_REF = /\b[\w$.]*(?:database_?url|db_?url|connection_?string|conn_?str|dsn|mongo_?uri|redis_?url)\b/i;
const ANY_SECRET_REF = new RegExp(`${SECRET_REF.source}|${CONNECTION_REF.source}`, 'i');

export const secretsInErrors: Check = {
  id: 'no-secrets-in-errors',
  title: 'Secrets and connection strings are not put in error messages or responses',
  async run(ctx) {
    const hits = await findCallsWithSecrets(ctx, ERROR_CALL, ANY_SECRET_REF);
    if (!hits.length) return { status: 'pass', evidence: ['no error or response interpolates a secret'] };
    return {
      status: 'fail',
      evidence: hits.slice(0, 15).map((h) => `${quotePath(h.file)}:${h.line} ${h.text}`),
      fix: 'Name what is wrong ("DB_PASSWORD is not set", "could not connect to db.internal:5432") without the value; errors end up in logs, bug trackers and API clients.',
    };
  },
};
