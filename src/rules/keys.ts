import { fake } from './fake.js';
import { matchStart } from './define.js';
import { base64Json } from '../detect/decode.js';
import { heldAsIdentifier } from '../detect/holder.js';
import type { Rule } from '../detect/types.js';

const pemBody = () => Array.from({ length: 4 }, () => fake.base64(64)).join('\n');

/** A PEM block as it appears in a file, in a `\n`-escaped JSON string, or with headers. */
const pem = (kind: string, sep = '\n') =>
  [`-----BEGIN ${kind}-----`, ...pemBody().split('\n'), `-----END ${kind}-----`].join(sep);

/**
 * Documentation shows private keys cut short (`-----BEGIN RSA PRIVATE KEY----- MIIEpQIBAAK… -----END`).
 * A DER key starts with a SEQUENCE whose length says how long the key is
 * (`MIIEpQ` is 0x30 0x82 0x04 0xa5: 1,189 bytes); when the material up to the
 * END line is far shorter, or is elided with "...", it is an example, not a key.
 */
function isTruncatedKey(match: RegExpExecArray): boolean {
  const text = match.input;
  const from = match.index + match[0].length - match[1]!.length;
  const end = text.indexOf('-----END', from);
  const block = text.slice(from, end === -1 ? Math.min(text.length, from + 16384) : end);
  if (/\.\.\.|…/.test(block)) return true;
  const body = block.replace(/\\[rn]|[^A-Za-z0-9+/=]/g, '');
  const head = Buffer.from(body.slice(0, 8), 'base64');
  if (head[0] !== 0x30 || end === -1) return false;
  const declared = head[1] === 0x82 ? (head[2]! << 8) + head[3]! + 4 : head[1] === 0x81 ? head[2]! + 3 : head[1]! < 0x80 ? head[1]! + 2 : 0;
  return declared > 0 && (body.length * 3) / 4 < declared * 0.9;
}

/** Secrets that tutorials sign their JWTs with: a token signed with one of these can be forged by anyone. */
const DEMO_JWT_SECRETS = [
  'your-256-bit-secret', 'your-384-bit-secret', 'your-512-bit-secret', 'secret', 'your-secret', 'your-secret-key', 'your_secret_key',
  'shhhhh', 'shhhhhhared-secret', 'mysecret', 'my-secret', 'supersecret', 'super-secret', 'changeme', 'jwt-secret', 'jwtsecret',
  'secretkey', 'secret-key', 'keyboard cat', 'test', 'testsecret', 'test-secret', 'qwertyuiopasdfghjklzxcvbnm123456',
  'super-secret-jwt-token-with-at-least-32-characters-long',
];

function signedWithDemoSecret(token: string, header: Record<string, unknown>): boolean {
  const alg = typeof header.alg === 'string' ? header.alg : '';
  const hash = ({ HS256: 'sha256', HS384: 'sha384', HS512: 'sha512' } as Record<string, string>)[alg];
  if (!hash) return false;
  const crypto = process.getBuiltinModule('node:crypto') as typeof import('node:crypto');
  const dot = token.lastIndexOf('.');
  const signed = token.slice(0, dot);
  const signature = token.slice(dot + 1);
  return DEMO_JWT_SECRETS.some((k) => crypto.createHmac(hash, k).update(signed).digest('base64url') === signature);
}

/**
 * What may stand between a PEM block's lines besides a newline: `\n` escapes (twice escaped in JSON
 * inside JSON), a comment marker on every line (`//`, `#`, ` * `, `--`, `;`, `> `) and string
 * concatenation (`"…\n" +` then `"MIIE…"`, or a list of lines `"…", "MIIE…"`). Only punctuation and
 * whitespace: a word between the header and the material (`' && line !== …`) ends the match. `+` and
 * `/` are key material too, so they count as separators only where no material follows them, which
 * keeps one way to split a run (linear matching; test/rules/redos).
 */
const LINE_BREAK = String.raw`(?:\s|\\{1,2}[rn]|["'\x60,;#*|(>-]|\/{1,3}(?![A-Za-z0-9+/=])|\+(?![A-Za-z0-9+/=]))*`;

export const keyRules = (): Rule[] => [
  {
    id: 'private-key',
    title: 'Private key',
    provider: 'Private key',
    keywords: ['private key'],
    // The secret is the first run of key material after the header, past any
    // RFC 1421 headers (Proc-Type, DEK-Info) and what separates lines (LINE_BREAK).
    // Public keys and certificates have no "PRIVATE KEY" header, so never match.
    // Header values stop at a newline and never hold ':' so there is one way to
    // split a header block, which keeps matching linear.
    regex: new RegExp(`-----BEGIN[ A-Z0-9]{0,40}PRIVATE KEY(?: BLOCK)?-----${LINE_BREAK}(?:[A-Za-z-]{1,30}: [^\\r\\n\\\\:]*(?:\\r?\\n|\\\\r?\\\\n)${LINE_BREAK})*([A-Za-z0-9+/=]{32,})`, 'g'),
    reportAt: 'match',
    confidence: 'high',
    playbook: 'private-key',
    validate: (_s, { match }) => !isTruncatedKey(match),
    // Cut-short examples are not matches at all (isTruncatedKey); a whole key in a comment was commented out.
    demoteInComments: false,
    tps: () => [
      pem('RSA PRIVATE KEY'),
      pem('OPENSSH PRIVATE KEY'),
      pem('PRIVATE KEY', '\\n'),
      pem('EC PRIVATE KEY', '\r\n'),
      `-----BEGIN PGP PRIVATE KEY BLOCK-----\nVersion: GnuPG v2\n\n${pemBody()}\n-----END PGP PRIVATE KEY BLOCK-----`,
      `-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,${fake.HEX(32)}\n\n${pemBody()}\n-----END RSA PRIVATE KEY-----`,
      // Commented out, line by line.
      pem('RSA PRIVATE KEY', '\n// '),
      pem('OPENSSH PRIVATE KEY', '\n# '),
      `/**\n * ${pem('PRIVATE KEY', '\n * ')}\n */`,
      `-- ${pem('EC PRIVATE KEY', '\n-- ')}`,
      `# -----BEGIN RSA PRIVATE KEY-----\n# Proc-Type: 4,ENCRYPTED\n# DEK-Info: AES-128-CBC,${fake.HEX(32)}\n#\n# ${pemBody().split('\n').join('\n# ')}`,
      // Built up in code: concatenated string literals, a list of lines, JSON inside a JSON string.
      `String key = "${pem('RSA PRIVATE KEY', '\\n" +\n        "')}";`,
      `KEY = ("${pem('PRIVATE KEY', '\\n"\n       "')}")`,
      `lines: [${pem('PRIVATE KEY', '", "').replace(/^/, '"')}"]`,
      `{"config": "{\\"key\\": \\"${pem('PRIVATE KEY', '\\\\n')}\\"}"}`,
    ],
    fps: [
      '-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo\n-----END PUBLIC KEY-----',
      '-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUFADBaMQswCQYDVQQGEwJJ\n-----END CERTIFICATE-----',
      'if (pem.startsWith("-----BEGIN PRIVATE KEY-----")) {',
      "const header = '-----BEGIN RSA PRIVATE KEY-----\\n' + body;",
      // Code that handles PEM text: only punctuation may stand between the header and the material.
      "const body = pem.split('\\n').filter((l) => l !== '-----BEGIN PRIVATE KEY-----' && l !== '-----END PRIVATE KEY-----');",
      "const markers = [\n  '-----BEGIN PRIVATE KEY-----',\n  '-----END PRIVATE KEY-----',\n];",
      "return '-----BEGIN RSA PRIVATE KEY-----' + '\\n' + wrapLines(base64Body, 64) + '\\n' + '-----END RSA PRIVATE KEY-----';",
      '// -----BEGIN PRIVATE KEY-----\n// (paste the service account key here)\n// -----END PRIVATE KEY-----',
      // Documentation that shows a key cut short.
      'For example, `-----BEGIN RSA PRIVATE KEY----- MIIEpQIBAAKCAQEAuyf/lNrH9ck8DmNyo3fGgvCI1l9s+cmBY3WIz+cUDqmxiieR. -----END RSA PRIVATE KEY-----`',
      '-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA3Tz2mr7SZiAMfQyuvBjM9Oi..Z1BjP5CE/Wm/Rr500P\n...\n-----END RSA PRIVATE KEY-----',
    ],
  },
  {
    id: 'jwk-private-key',
    title: 'Private key (JSON Web Key)',
    provider: 'Private key',
    // RFC 7517/7518: "d" is the private part of an RSA, EC or OKP key, "k" the key of a symmetric ("oct")
    // one; "kty" says the object is a key. .NET writes the members capitalised ("Kty", "D").
    keywords: ['"kty"'],
    regex: /"[dDkK]"\s{0,4}:\s{0,4}"([A-Za-z0-9_-]{22,})"/g,
    confidence: 'high',
    playbook: 'private-key',
    tps: () => [
      `{\n  "kty": "RSA",\n  "n": "${fake.base64url(342)}",\n  "e": "AQAB",\n  "d": "${fake.base64url(342)}",\n  "p": "${fake.base64url(171)}"\n}`,
      `{"AdditionalData":{},"Alg":"RS256","D":"${fake.base64url(342)}","E":"AQAB","HasPrivateKey":true,"Kty":"RSA"}`,
      `{"kty":"EC","crv":"P-256","x":"${fake.base64url(43)}","y":"${fake.base64url(43)}","d":"${fake.base64url(43)}"}`,
      `{ "kty": "oct", "k": "${fake.base64url(43)}", "alg": "HS256" }`,
    ],
    fps: [
      // Public keys (a JWKS) have no "d".
      '{"keys":[{"kty":"RSA","use":"sig","kid":"2011-04-29","e":"AQAB","n":"0vx7agoebGcQSuu"}]}',
      '{"kty": "EC", "crv": "P-256", "d": "<base64url private key>"}',
      '{"kty": "oct", "d": "2024-01-01T00:00:00Z"}',
    ],
  },
  {
    id: 'putty-private-key',
    title: 'PuTTY private key',
    provider: 'Private key',
    // "Private-Lines:" is unique to PuTTY's .ppk format; anchoring on it avoids
    // a lazy scan from the file header.
    keywords: ['private-lines:'],
    regex: /Private-Lines: \d{1,3}\r?\n([A-Za-z0-9+/=]{32,})/g,
    confidence: 'high',
    playbook: 'private-key',
    tps: () => [`PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: k\nPublic-Lines: 2\n${fake.base64(64)}\n${fake.base64(20)}\nPrivate-Lines: 1\n${fake.base64(44)}\nPrivate-MAC: ${fake.hex(64)}`, `PuTTY-User-Key-File-2: ssh-rsa\r\nPrivate-Lines: 14\r\n${fake.base64(64)}\r\n`],
    fps: ['PuTTY-User-Key-File-2: ssh-rsa', 'Private-Lines: 14', 'Private-Lines: 14\nAAAA'],
  },
  {
    id: 'jwt',
    title: 'JSON Web Token',
    provider: 'JWT',
    keywords: ['eyj'],
    anchored: true,
    regex: /(?<![A-Za-z0-9_-])(eyJ[A-Za-z0-9_-]{10,2000}\.eyJ[A-Za-z0-9_-]{10,8000}\.[A-Za-z0-9_-]{16,2000})(?![A-Za-z0-9_.-])/g,
    confidence: 'medium',
    playbook: 'jwt',
    validate: (token, ctx) => {
      const [h, p] = token.split('.');
      const header = base64Json(h!);
      // A signed JWT's claims are JSON too: a payload that does not decode is a look-alike (a test's corrupted token).
      if (!header || typeof header.alg !== 'string' || header.alg.toLowerCase() === 'none' || !base64Json(p!)) return false;
      // A signed id (`{"id":"eyJ…","title":…}`, a share link's track ids): it names something, it grants nothing.
      const at = matchStart(ctx);
      return !heldAsIdentifier(ctx.line.slice(Math.max(0, at - 40), at));
    },
    warning: (token) => {
      const [h, p] = token.split('.');
      // Supabase's anon key is a JWT made for browsers (row-level security guards the data); service_role is not.
      if (base64Json(p!)?.role === 'anon') return 'public by design';
      return signedWithDemoSecret(token, base64Json(h!) ?? {}) ? 'demo value' : undefined;
    },
    tps: () => [
      `Authorization: Bearer ${fake.jsonSegment({ alg: 'HS256', typ: 'JWT' })}.${fake.jsonSegment({ sub: fake.digits(8), iat: 1700000000 })}.${fake.base64url(43)}`,
      `token = "${fake.jsonSegment({ alg: 'RS256', kid: fake.hex(8) })}.${fake.jsonSegment({ iss: 'https://auth.example.org', exp: 1900000000 })}.${fake.base64url(342)}"`,
    ],
    fps: [
      // The jwt.io debugger's sample token.
      'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
      'const prefix = "eyJhbGciOi"',
      // A segment that is not JSON.
      'eyJzzzzzzzzzzzzzz.eyJzzzzzzzzzzzzzzz.abcdefghijklmnopqrstu',
      // A real header over claims that stop being JSON halfway (trufflehog's corrupted Livestorm token, rebuilt).
      `${fake.jsonSegment({ alg: 'HS256' })}.${Buffer.from('{"aud":"api.acme.io","jti":"').toString('base64url')}${fake.base64url(120)}.${fake.base64url(43)}`,
    ],
  },
];
