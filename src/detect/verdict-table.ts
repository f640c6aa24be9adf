import { declaredInsecure, minifiedLine, testModeKeyOutsideCode, hashOutsideAccountStore, replaceMeComment, replaceMeCommentAbove, seedRow, exampleAddressOnLine, exampleKindOfLine, exampleKindOfName, localStack, pathEvidence, peerSuppression, vendoredTestOrDoc, type WarningReason } from './demote.js';
import type { Chunk, MatchContext, Rule } from './types.js';
import { unusedText } from './unused-text.js';
import { environmentSection } from './environment-section.js';
import { encryptedContainer } from './encrypted-container.js';
import { siteSearchKey } from './site-search-key.js';
import { gpgKeyName, rsaBlock } from './public-key-material.js';
import { trailingComment } from './trailing-comment.js';
import type { Place } from './lines-back.js';

/**
 * What decides whether a match blocks a commit or is only a warning, in one place: the evidence about
 * the finding, each piece named, and the verdict it leads to, weighed in this order. The first row
 * whose evidence is present decides; when none is, the finding blocks. `leakguard explain` and the
 * `why` of every report quote the row.
 *
 * Which rules a row applies to:
 *  - every rule: evidence anyone can see on the line (another scanner's reviewed suppression) or the
 *    rule's own judgement of its value (a guessable password, a key meant to be public);
 *  - shape rules (generic detectors, and formats with no provider prefix: `demoteInExamples`): where a
 *    value sits, since a shape alone does not say "secret" in a test or a document;
 *  - comment-demotable rules: a comment line in code that shows a shape the code does not use;
 *  - verifier rules (a password hash): whether it sits where accounts are kept, since a hash logs nobody in.
 * A provider format (a prefix and checksum, a structure of its own) blocks wherever it is found:
 * a live token in a test file is a live token. The exceptions are what the format itself says cannot reach a
 * real account by the time anyone reads it (a test-mode key in a test or an example, a token that expires
 * within hours in a test), and another project's tests and documents, vendored with its code.
 *
 * (Values that are no secret at all: placeholders, references, identifiers, are dropped before this
 * table, by the rule's own checks and the engine's; explain names those too.)
 */
export interface VerdictFacts {
  rule: Rule;
  secret: string;
  match: RegExpExecArray;
  chunk: Pick<Chunk, 'path' | 'text' | 'lineNumbers'>;
  lineText: string;
  /** Offset of the secret in the chunk's text, and the index of its line there. */
  at: number;
  lineIndex: number;
  /** 1-based column of the secret in the line. */
  column: number;
  inlineAllow: boolean;
  /** The rule is a shape rule (see above). */
  shape: boolean;
  /** The rule is demoted on comment lines. */
  inComments: boolean;
}

export interface VerdictRow {
  /** The evidence's name, as explain and the tests call it. */
  evidence: string;
  appliesTo: 'every rule' | 'shape rules' | 'comment-demotable rules' | 'verifier rules';
  /** The warning the evidence leads to, if present. */
  find(f: VerdictFacts): WarningReason | undefined;
  /** Why, in explain's words. */
  why(reason: WarningReason, f: VerdictFacts): string;
}

export const VERDICT_TABLE: readonly VerdictRow[] = [
  {
    evidence: "another scanner's suppression",
    appliesTo: 'every rule',
    find: (f) => (f.inlineAllow ? peerSuppression(f.lineText) : undefined),
    why: (r) => `warning: another scanner's suppression on the line is a reviewed decision (${r.slice(r.indexOf('(') + 1, -1)})`,
  },
  {
    evidence: "the rule's own judgement",
    appliesTo: 'every rule',
    find: (f) => f.rule.warning?.(f.secret, matchContext(f)),
    why: (r) => `warning: the rule's own judgement (${r})`,
  },
  {
    evidence: "a provider's test-mode key in a test or an example",
    appliesTo: 'every rule',
    find: (f) => testModeKeyOutsideCode(f.secret, f.chunk.path),
    why: (_r, f) => `warning (${pathEvidence(f.chunk.path)?.kind}): the provider's own prefix says test mode or sandbox, and ${pathEvidence(f.chunk.path)?.because ?? 'the path says tests'}: it reaches no real account (in the program's own code it would block)`,
  },
  {
    evidence: 'a short-lived credential in a test',
    appliesTo: 'every rule',
    find: (f) => (shortLived(f) && pathEvidence(f.chunk.path)?.kind === 'test fixture' ? 'test fixture' : undefined),
    why: (_r, f) => `warning (test fixture): the provider's format says it expires within ${shortLived(f)}, and ${pathEvidence(f.chunk.path)?.because}: a request or response recorded for the suite, expired before anyone reads it (anywhere else it would block: it is live when committed)`,
  },
  {
    evidence: "an input's placeholder text",
    appliesTo: 'every rule',
    find: (f) => (PLACEHOLDER_ATTRIBUTE.test(textBefore(f)) ? 'documentation example' : undefined),
    why: () => "warning (documentation example): the value is an input's placeholder (placeholder=\"…\"), the example a form shows in an empty field: every visitor of the page sees it",
  },
  {
    evidence: 'a test or a document inside third-party code',
    appliesTo: 'every rule',
    find: (f) => (vendoredTestOrDoc(f.chunk.path) ? 'third-party code' : undefined),
    why: (_r, f) => `warning (third-party code): a test or a document of code brought in from elsewhere (${vendoredTestOrDoc(f.chunk.path)}): that project's published test data or examples, not this project's to rotate (in this project's own tests or documents a provider format would block)`,
  },
  {
    evidence: 'the path',
    appliesTo: 'shape rules',
    find: (f) => (f.shape ? pathEvidence(f.chunk.path)?.kind : undefined),
    why: (r, f) => `warning (${r}): ${pathEvidence(f.chunk.path)?.because ?? 'the path says so'}`,
  },
  {
    evidence: 'a minified line',
    appliesTo: 'shape rules',
    find: (f) => (f.shape ? minifiedLine(f.chunk.path, f.lineText) : undefined),
    why: (_r, f) => `warning (third-party code): a script or style line of ${f.lineText.length} characters, a build's or a library's output: a shape there is not this project's setting`,
  },
  {
    evidence: 'the value calls itself insecure',
    appliesTo: 'shape rules',
    find: (f) => (f.shape ? declaredInsecure(f.secret) : undefined),
    why: () => 'warning (demo value): the value starts by saying it is not for production (django-insecure-, dev-only-, insecure-): a generated development key',
  },
  {
    evidence: "a comment says to replace it",
    appliesTo: 'shape rules',
    find: (f) => (f.shape ? (replaceMeComment(f.lineText.slice(f.column - 1 + f.secret.length)) ?? replaceMeCommentAbove(place(f))) : undefined),
    why: () => "warning (demo value): the comment after the value, or the comment lines right above it, say to replace it (replace with…, change me, regenerate, generate your own): a default meant to be overwritten",
  },
  {
    evidence: 'a seed row of an install script',
    appliesTo: 'shape rules',
    find: (f) => (f.shape && seedRow(f.chunk.path, f.lineText) ? 'demo value' : undefined),
    why: (_r, f) => `warning (demo value): a data row of a database install or migration script (${seedRow(f.chunk.path, f.lineText)}): the default every installation starts from and replaces on setup`,
  },
  {
    evidence: "a local environment's section",
    appliesTo: 'shape rules',
    find: (f) => (f.shape && environmentSection(place(f)) ? 'test fixture' : undefined),
    why: (_r, f) => `warning (test fixture): the value sits in the "${environmentSection(place(f))}" section of a configuration keyed by environment, the one for a developer's machine or the test run (production's section would block)`,
  },
  {
    evidence: 'an encrypted block',
    appliesTo: 'shape rules',
    find: (f) => (f.shape && encryptedContainer(place(f)) ? 'public by design' : undefined),
    why: (_r, f) => `warning (public by design): the value sits in "${encryptedContainer(place(f))}", a block its tool encrypts to a public key before it is committed (Renovate, Sealed Secrets, Travis CI, SOPS): only the tool's server can read it`,
  },
  {
    evidence: 'an RSA block',
    appliesTo: 'shape rules',
    find: (f) => (f.shape && rsaBlock(f.secret) ? 'public by design' : undefined),
    why: (_r, f) => `warning (public by design): base64 of exactly ${rsaBlock(f.secret)! / 8} bytes, an RSA-${rsaBlock(f.secret)} ciphertext or signature (a CI service's encrypted variable, a signed licence): only the private key's holder can read it, and a generated secret is 16 to 64 bytes`,
  },
  {
    evidence: "a key's name for gpg",
    appliesTo: 'shape rules',
    find: (f) => (f.shape && gpgKeyName(f.secret, textBefore(f), f.chunk.text) ? 'public by design' : undefined),
    why: (_r, f) => `warning (public by design): a GPG key's fingerprint, and the file hands ${gpgKeyName(f.secret, textBefore(f), f.chunk.text)} to gpg as the key to use (--default-key, --local-user, --recipient): it names a public key, the private key stays in the keyring`,
  },
  {
    evidence: "a site search's key beside its index",
    appliesTo: 'shape rules',
    find: (f) => (f.shape && siteSearch(f) ? 'public by design' : undefined),
    why: (_r, f) => `warning (public by design): a search-only API key configured with its index (${siteSearch(f)} nearby), as a site's search box (Algolia DocSearch, InstantSearch) is: it ships in every page the site serves`,
  },
  {
    evidence: "the holder's name",
    appliesTo: 'shape rules',
    find: (f) => (f.shape ? exampleKindOfName(textBefore(f)) : undefined),
    why: () => 'warning (test fixture): the name holding the value says it is a stand-in (fake, dummy, mock, example, sample, test, placeholder, redacted)',
  },
  {
    evidence: 'an example address on the line',
    appliesTo: 'shape rules',
    find: (f) => (f.shape ? exampleAddressOnLine(f.lineText) : undefined),
    why: () => 'warning (demo value): the line holds an address at a domain reserved for examples (example.com, .test, .invalid), so its credential is a make-believe account\'s',
  },
  {
    evidence: 'a local stack',
    appliesTo: 'shape rules',
    find: (f) => (f.shape ? localStack(f.chunk.path, f.chunk.text) : undefined),
    why: () => 'warning (test fixture): a compose file that runs a local stack (service images or loopback ports)',
  },
  {
    evidence: 'a comment line',
    appliesTo: 'comment-demotable rules',
    find: (f) => (f.inComments ? exampleKindOfLine(f.chunk.path, f.lineText) : undefined),
    why: () => 'warning (documentation example): a comment line in code shows a shape, the code does not use it',
  },
  {
    evidence: "the comment after the line's code",
    appliesTo: 'comment-demotable rules',
    find: (f) => (f.inComments && trailingComment(f.chunk.path, textBefore(f)) ? 'documentation example' : undefined),
    why: (_r, f) => `warning (documentation example): the value sits in the comment after the line's code (${trailingComment(f.chunk.path, textBefore(f))} e.g. …): the code before it does not use it`,
  },
  {
    evidence: 'text the program never runs',
    appliesTo: 'comment-demotable rules',
    find: (f) => (f.inComments ? unusedText(place(f)) : undefined),
    why: () => 'warning (documentation example): inside a block comment, a docstring or a markup comment (a sample response, an example session, a commented-out setting): the program never runs it',
  },
  {
    evidence: 'a password hash outside an account store',
    appliesTo: 'verifier rules',
    find: (f) => (f.rule.verifier ? hashOutsideAccountStore(f.chunk.path, f.lineText) : undefined),
    why: () => "warning (demo value): a password hash outside an account store, a seeded, default or sample account's (in code, a seed, a document, an app's bundled data): a hash logs nobody in (in an htpasswd, shadow, users or credentials file, a dump, a dotenv file, as such a record copied anywhere, or where production is provisioned, it would block)",
  },
];

/**
 * HTML's, JSX's and Vue's placeholder attribute, or a component's placeholder option, then the string that holds the
 * value: the whole string, or a connection string around a password (`placeholder: 'mongodb+srv://user:…@host'`).
 */
const PLACEHOLDER_ATTRIBUTE = /\bplaceholder(?:Text)?["']?\s{0,3}[=:]\s{0,3}\{?\s{0,3}["'`]{1,2}[^"'`\n]{0,200}$/i;

function shortLived(f: VerdictFacts): string | undefined {
  return f.rule.shortLived?.(f.secret, matchContext(f));
}

function matchContext(f: VerdictFacts): MatchContext {
  return { path: f.chunk.path, line: f.lineText, match: f.match, around: { text: f.chunk.text, at: f.at } };
}

function siteSearch(f: VerdictFacts): string | undefined {
  return siteSearchKey(f.secret, textBefore(f), f.chunk.text, f.at);
}

/** The value's line up to the value: where its holder's name and any comment marker are. */
function textBefore(f: VerdictFacts): string {
  return f.lineText.slice(0, f.column - 1);
}

/** Where the value sits in its chunk, for the evidence that reads the lines around it. */
function place(f: VerdictFacts): Place {
  return { path: f.chunk.path, text: f.chunk.text, at: f.at, lineNumbers: f.chunk.lineNumbers, lineIndex: f.lineIndex };
}

/** The first row whose evidence is present, or the block and its reason. */
export function decideVerdict(f: VerdictFacts): { warning?: WarningReason; why: string; evidence?: string } {
  for (const row of VERDICT_TABLE) {
    const reason = row.find(f);
    if (!reason) continue;
    return { warning: reason, why: row.why(reason, f), evidence: row.evidence };
  }
  return { why: f.shape ? 'blocks: nothing says test, example, stand-in or local setup' : 'blocks: a provider format blocks wherever it is found, tests and documentation included' };
}
