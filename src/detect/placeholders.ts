/**
 * Values that stand for a secret without being one: references to where the
 * real secret lives, template placeholders, and filler. Reporting these is what
 * makes generic detectors unusable, so each pattern here is a false positive
 * someone hit in practice.
 */

// References: {name} (format strings), ${VAR}, $VAR ($$VAR, compose's escaped one; \$VAR, a shell's variable escaped in a
// PHP, Perl or Groovy string that builds the command), PHP's {$var} and {$this->field}, $(cmd), %(name)s, {{ secrets.X }}, <YOUR_KEY>, #{x}, %VAR%, @VAR@, ENC[...],
// a JSON pointer into a document (`#/components/schemas/UpdatePassword`, OpenAPI's and JSON Schema's $ref, also after a file's path),
// and a secret's name after `@` (`@neo4j-password`: Vercel's now.json reads the secret so named; lower case, words joined).
const REFERENCE =
  /^(?:@[a-z][a-z0-9]{0,40}(?:[-_][a-z0-9]{1,40}){1,8}|[\w./-]{0,200}#\/[\w/.~%-]{1,200}|\{[\w.]{1,100}\}|\{\$[^{}]{1,200}\}|\\?\$\$?\{[^}]{1,200}\}|\\?\$\$?[A-Za-z_][\w.]{0,100}|\$\([^)]{1,200}\)|%\(\w{1,100}\)[sd]|\{\{[^}]{0,200}\}\}|\{%[^%]{0,200}%\}|<[^<>]{1,100}>|#\{[^}]{1,200}\}|%[A-Za-z_]\w{0,100}%|@[A-Za-z_]\w{0,100}@|\[\[?[A-Za-z _-]{1,100}\]\]?|ENC\[[^\]]*\]?)$/;

// Code that looks a secret up instead of containing it (`.Values.x` is a Helm template reading the chart's values, `$(…` a shell command's output).
const LOOKUP =
  /process\.env|import\.meta\.env|os\.environ|os\.getenv|getenv\(|System\.getenv|Deno\.env|ENV\[|ENV\.fetch|env\(|Environment\.GetEnvironmentVariable|secrets\.|vault:|\$ANSIBLE_VAULT|!vault|arn:aws:secretsmanager|sops:|^\$?\.Values\.|^\$\(/i;

const FILLER_WORDS =
  /^(?:your|my|the|some|a|an|insert|enter|put|add|replace|change|set|fill)?[-_ .]?(?:own[-_ .]?)?(?:api[-_ .]?)?(?:key|token|secret|password|passwd|pass|pwd|value|here|credentials?)?[-_ .]?(?:here|goes[-_ .]?here)?$/i;

// A value starting "your" tells the reader to put theirs in (`yourStrong(!)Password`, Microsoft's SQL Server samples);
// `x-oauth-basic` and `x-access-token` are the fixed words GitHub and Gogs take beside a token in a clone URL.
const PLACEHOLDER_WORDS =
  /changeme|change[-_ ]?me|change[-_ ]?this|replace[-_ ]?(?:me|this|with)|placeholder|example|sample|dummy|redacted|removed|masked|random[-_ ]?(?:string|chars|characters|value)|your[-_ ]?(?:own[-_ ]?)?(?:api|access|secret|private|client|auth|app|db|database)?[-_ ]?(?:key|token|secret|password|pass|pwd)|(?:api|access|secret)[-_ ]?key[-_ ]?here|insert[-_ ]|^your[a-z]|<[^<>]*>|should[-_ ]?be[-_ ]?changed|must[-_ ]?be[-_ ]?changed|change[-_ ]?(?:it|in[-_ ]?prod(?:uction)?)\b|do[-_ ]?not[-_ ]?use|not[-_ ]?for[-_ ]?prod(?:uction)?|^x-oauth-basic$|^x-access-token$|^todo$|^fixme$|^tbd$|^none$|^null$|^nil$|^undefined$|^empty$|^true$|^false$|^required$|^optional$|^string$|^password$|^secret$|^token$|^notasecret$/i;

/**
 * Digests of nothing: the MD5, SHA-1, SHA-224/256/384/512 of the empty input, and git's empty blob and
 * tree. Code compares a stored hash to them to mean "no password set" or "empty file"; they are
 * published constants, the same in every program, never anyone's secret.
 */
const EMPTY_DIGESTS = new Set([
  'd41d8cd98f00b204e9800998ecf8427e',
  'da39a3ee5e6b4b0d3255bfef95601890afd80709',
  'd14a028c2a3a2bc9476102bb288234c415a2b01f828ea62ac5b3e42f',
  'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  '38b060a751ac96384cd9327eb1b1e36a21fdb71114be07434c0cc7bf63f6e1da274edebfe76f65fbd51ad2f14898b95b',
  'cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e',
  'e69de29bb2d1d6434b8b29ae775ad8c2e48c5391',
  '4b825dc642cb6eb9a060e54bf8d69288fbee4904',
]);

/**
 * Crowdin's in-context pseudo-language (`crwdns12345:0crwdne12345:0`): each string replaced by markers that
 * point the in-context editor at it. Every project that offers in-context translation commits a locale of them.
 */
const TRANSLATION_MARKER = /^crwdn[se]?\d{1,12}:\d{1,6}/;

/** True when the value is a reference or a placeholder, not a secret. */
export function isPlaceholder(value: string): boolean {
  const v = value.trim();
  if (v.length === 0) return true;
  if (v.length >= 32 && v.length <= 128 && EMPTY_DIGESTS.has(v.toLowerCase())) return true;
  if (REFERENCE.test(v)) return true;
  if (LOOKUP.test(v)) return true;
  if (TRANSLATION_MARKER.test(v)) return true;
  if (FILLER_WORDS.test(v)) return true;
  if (PLACEHOLDER_WORDS.test(v)) return true;
  // The same words in leetspeak (`ch4n63m3`, `S0m3R@nd0mString`): a stand-in dressed up to pass a strength check.
  if (LEET.test(v) && LEET_PLACEHOLDER.test(unleet(v, true))) return true;
  return isFiller(v);
}

const LEET = /[013456789@$!]/;
/** The placeholder phrases (not the bare words: `P@ssw0rd` is a weak password, which is reported as one). */
const LEET_PLACEHOLDER = /change[-_ ]?me|change[-_ ]?this|replace[-_ ]?(?:me|this)|placeholder|example|sample|dummy|redacted|masked|random[-_ ]?(?:string|chars|characters|value)/i;
/**
 * Leetspeak back to letters, so `P@ssw0rd` reads as `password`; `all` also reads 6, 8 and 9 as g, b and g
 * (`ch4n63m3`), for placeholder phrases only: the weak-password test keeps those digits out of its words.
 */
export function unleet(s: string, all = false): string {
  return s.replace(all ? /[0@4$5371!689]/g : /[0@4$5371!]/g, (c) => LEET_LETTERS[c]!);
}
const LEET_LETTERS: Record<string, string> = { '0': 'o', '@': 'a', '4': 'a', $: 's', '5': 's', '3': 'e', '7': 't', '1': 'i', '!': 'i', '6': 'g', '8': 'b', '9': 'g' };

/**
 * Masked or repetitive filler: `xxxxxxxx`, `********`, `sk_live_000000000000`,
 * `abcdefgh12345678`. A run of eight identical characters, or a value that is
 * mostly one character, does not occur in generated secrets of useful length.
 */
export function isFiller(v: string): boolean {
  if (/(.)\1{7,}/.test(v)) return true;
  if (/^[xX*•#.\-_ ]+$/.test(v)) return true;
  // An ellipsis, also written as an escape in source (`"\u2026"`, `"&hellip;"`).
  if (/x{4,}|X{4,}|\*{3,}|•{3,}|\.\.\.|…|\\u2026|&hellip/i.test(v)) return true;
  const lower = v.toLowerCase();
  if (/0123456|1234567|abcdefg|qwertyu/.test(lower) && v.length < 24) return true;
  // A full counting run is typed, not generated, at any length (gitleaks' own negative: dapi1234567890123…).
  if (/0123456789|1234567890/.test(v)) return true;
  return hasAlphabetRun(v, 10);
}

/**
 * Ten letters in alphabet order (`klmnopqrst`), as people type a stand-in; a random draw from 62
 * symbols makes one with probability about 62^-9 per position: never.
 */
function hasAlphabetRun(v: string, n: number): boolean {
  let run = 1;
  for (let i = 1; i < v.length; i++) {
    const c = v.charCodeAt(i);
    const isLetter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
    run = isLetter && c === v.charCodeAt(i - 1) + 1 ? run + 1 : 1;
    if (run >= n) return true;
  }
  return false;
}

/** Secrets from providers' documentation that are published on purpose. */
export const DOCUMENTED_EXAMPLES = new Set<string>([
  // AWS documentation examples.
  'AKIAIOSFODNN7EXAMPLE',
  'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  'ASIAIOSFODNN7EXAMPLE',
  // MinIO's public playground (play.min.io), in MinIO's and every S3 client's documentation and tests.
  'Q3AM3UQ867SPQQA43P2F',
  'zuf+tfteSlswRu7BJ86wekitnifILbZam1KYY3TG',
  // RFC 7617's Basic authentication example ("Aladdin:open sesame").
  'QWxhZGRpbjpvcGVuIHNlc2FtZQ==',
  // Sample Firebase/Google API keys from Google's own SDK repositories and docs (gitleaks lists them too).
  'AIzaSyabcdefghijklmnopqrstuvwxyz1234567',
  'AIzaSyAnLA7NfeLquW1tJFpx_eQCxoX-oo6YyIs',
  'AIzaSyCkEhVjf3pduRDt6d1yKOMitrUEke8agEM',
  'AIzaSyDMAScliyLx7F0NPDEJi1QmyCgHIAODrlU',
  'AIzaSyD3asb-2pEZVqMkmL6M9N6nHZRR_znhrh0',
  'AIzayDNSXIbFmlXbIE6mCzDLQAqITYefhixbX4A',
  'AIzaSyAdOS2zB6NCsk1pCdZ4-P6GBdi_UUPwX7c',
  'AIzaSyASWm6HmTMdYWpgMnjRBjxcQ9CKctWmLd4',
  'AIzaSyANUvH9H9BsUccjsu2pCmEkOPjjaXeDQgY',
  'AIzaSyA5_iVawFQ8ABuTZNUdcwERLJv_a_p4wtM',
  'AIzaSyA4UrcGxgwQFTfaI3no3t7Lt1sjmdnP5sQ',
  'AIzaSyDSb51JiIcB6OJpwwMicseKRhhrOq1cS7g',
  'AIzaSyBF2RrAIm4a0mO64EShQfqfd2AFnzAvvuU',
  'AIzaSyBcE-OOIbhjyR83gm4r2MFCu4MJmprNXsw',
  'AIzaSyB8qGxt4ec15vitgn44duC5ucxaOi4FmqE',
  'AIzaSyA8vmApnrHNFE0bApF4hoZ11srVL_n0nvY',
  // The Azure Storage emulator's (Azurite's) account key, the same for everyone
  // (https://learn.microsoft.com/azure/storage/common/storage-use-azurite#http-connection-strings).
  'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==',
  // OAuth's own examples, quoted in the docstrings of every OAuth library (oauthlib, vendored in requests):
  // RFC 6749 §4.1.4 and §5.1 (OAuth 2.0 tokens), RFC 5849 §3.1, §3.4.1 and §3.5.1 (OAuth 1.0 keys, tokens, signatures).
  '2YotnFZFEjr1zCsicMWpAA',
  'tGzv3JOkF0XG5Qx2TlKWIA',
  '9djdj82h48djs9d2',
  'kkk9d7dh3k39sjv7',
  '0685bd9184jfhq22',
  'ad180jjd733klru7',
  'bYT5CMsGcbgUdFHObYMEfcx6bsw=',
  'wOJIO9A2W5mFwDgiDvZbTSMK/PY=',
  'djosJKDKJSD8743243/jdk33klY=',
  // JWT from jwt.io's debugger ("John Doe"), signed with the string "your-256-bit-secret".
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
]);

/** True for documented example values or anything that declares itself an example. */
export function isExampleValue(secret: string): boolean {
  if (DOCUMENTED_EXAMPLES.has(secret)) return true;
  // A whole value that carries one: the emulator's connection string, a .env line's value.
  if (secret.length > 20) for (const ex of DOCUMENTED_EXAMPLES) if (secret.includes(ex)) return true;
  return /example|sample|dummy|placeholder|redacted|replace|your[_-]|insert[_-]|changeme/i.test(secret) || isFiller(secret);
}
