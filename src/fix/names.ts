import type { Finding } from '../detect/types.js';
import { trimEndOf, trimStartOf } from '../trim.js';

/** `stripeKey` → `STRIPE_KEY`, `APIKey` → `API_KEY`, `db.password` → `DB_PASSWORD`, `$api_key` → `API_KEY`. */
export function screamingSnake(name: string): string {
  const snake = name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z])(?=[A-Z][a-z])/g, '$1_')
    .replace(/[^A-Za-z0-9]+/g, '_');
  return trimEndOf(trimStartOf(snake, '_'), '_')
    .replace(/^(\d)/, '_$1')
    .toUpperCase();
}

/**
 * The name a literal is assigned to, from the text before its opening quote on the line: `const stripeKey =`,
 * `API_KEY = `, `apiKey := `, `"api_key" => `, `password: `, `config.secret = `, `$token = `, `-e DB_PASSWORD=`.
 * Undefined where the literal is an argument or an element (`new Stripe(`, `[`).
 */
export function assignedName(before: string): string | undefined {
  const m =
    /["']([A-Za-z_$][\w.$-]{0,80})["']\s*(?::|=>|,)\s*$/.exec(before) ?? // "api_key": / 'api_key' => / Go map / tuple key
    /(?<![\w$.-])([A-Za-z_$][\w$]{0,80}(?:[.-][A-Za-z_$][\w$]{0,80}){0,6})\s*(?::=|\?\?=|\|\|=|=>|[:=])\s*(?:\w+\s*)?$/.exec(before);
  if (!m) return undefined;
  // The last part of a dotted path names the thing (config.stripe.secretKey → SECRET_KEY would lose "stripe": keep two).
  const parts = m[1]!.replace(/^\$/, '').split(/[.]/).filter(Boolean);
  const name = parts.slice(-2).join('_');
  const snake = screamingSnake(name);
  return snake.length >= 2 && /[A-Z]/.test(snake) ? snake : undefined;
}

/** Providers' own names for their credentials, as their SDKs read them from the environment. */
const CONVENTIONAL: [RegExp, string][] = [
  [/^aws-access-key|^aws-access-key-id/, 'AWS_ACCESS_KEY_ID'],
  [/^aws-secret/, 'AWS_SECRET_ACCESS_KEY'],
  [/^aws-session/, 'AWS_SESSION_TOKEN'],
  [/^stripe/, 'STRIPE_SECRET_KEY'],
  [/^github/, 'GITHUB_TOKEN'],
  [/^gitlab/, 'GITLAB_TOKEN'],
  [/^openai/, 'OPENAI_API_KEY'],
  [/^anthropic/, 'ANTHROPIC_API_KEY'],
  [/^slack-webhook|^slack-workflow/, 'SLACK_WEBHOOK_URL'],
  [/^slack/, 'SLACK_TOKEN'],
  [/^discord-webhook/, 'DISCORD_WEBHOOK_URL'],
  [/^sendgrid/, 'SENDGRID_API_KEY'],
  [/^twilio/, 'TWILIO_AUTH_TOKEN'],
  [/^npm/, 'NPM_TOKEN'],
  [/^google-api|^gcp-api/, 'GOOGLE_API_KEY'],
  [/^huggingface/, 'HF_TOKEN'],
  [/^datadog/, 'DD_API_KEY'],
  [/^mailgun/, 'MAILGUN_API_KEY'],
  [/^(?:url-credentials|connection-string|.*database-url|.*-uri$)/, 'DATABASE_URL'],
  [/private-key/, 'PRIVATE_KEY'],
  [/^jwt/, 'JWT'],
];

/** The conventional variable name for a finding with no assigned name: the provider's, else from its rule. */
export function conventionalName(f: Pick<Finding, 'ruleId' | 'provider' | 'title'>, value: string): string {
  if (/^[a-z][a-z0-9+.-]*:\/\/[^/\s]*@/i.test(value)) return /^(?:https?|wss?):/i.test(value) ? 'SERVICE_URL' : 'DATABASE_URL';
  for (const [re, name] of CONVENTIONAL) if (re.test(f.ruleId)) return name;
  if (f.provider && !/^(?:generic|custom|sensitive file)$/i.test(f.provider)) {
    const kind = /webhook/i.test(f.title) ? 'WEBHOOK_URL' : /password/i.test(f.title) ? 'PASSWORD' : /token/i.test(f.title) ? 'TOKEN' : /secret/i.test(f.title) ? 'SECRET' : 'API_KEY';
    return `${screamingSnake(f.provider)}_${kind}`;
  }
  return /password/i.test(f.title) ? 'PASSWORD' : 'SECRET';
}
