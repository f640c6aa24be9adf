/** How sure a rule is that a match is a live credential. */
export type Confidence = 'low' | 'medium' | 'high';

export const CONFIDENCE_ORDER: Record<Confidence, number> = { low: 0, medium: 1, high: 2 };

/** Whether a finding fails a scan (blocks a commit or push) at this fail-on level. */
export function isBlocking(f: Pick<Finding, 'confidence' | 'warning' | 'failOn'>, failOn: Confidence = 'low'): boolean {
  return f.warning === undefined && CONFIDENCE_ORDER[f.confidence] >= CONFIDENCE_ORDER[f.failOn ?? failOn];
}

/**
 * A detection rule. Provider rules are a keyword prefilter plus a regex whose
 * capture group is the secret; generic detectors (assignments, URLs, entropy)
 * implement `detect` over a line instead.
 */
export interface Rule {
  /** Stable id, used in config, fingerprints and `leakguard rotate <id>`. */
  id: string;
  title: string;
  /** The provider or family a rule belongs to (`GitHub`, `Private key`, `Generic`). */
  provider: string;
  /**
   * Lower-case literals; the regex runs only on text that contains one of them.
   * A rule without keywords runs on every chunk, so built-in rules always have some.
   */
  keywords: string[];
  /** Must be global (`g`); capture group `secretGroup` (default 1, else the whole match) is the secret. */
  regex: RegExp;
  /** Which capture group is the secret; with several, the first that matched. */
  secretGroup?: number | number[];
  /** Minimum Shannon entropy (bits per character) of the secret. */
  entropy?: number;
  confidence: Confidence;
  /** Known documentation/example values that are never real. */
  examples?: string[];
  /** Extra structural check (a checksum, a decoded payload, context); false drops the match. */
  validate?: (secret: string, context: MatchContext) => boolean;
  /**
   * Why validate said no, in explain's words. A rule whose validate is `explainRejection(…) === undefined` decides
   * in one place; its reasons are constant strings, so the scan's path builds no text for them.
   */
  explainRejection?: (secret: string, context: MatchContext) => string | undefined;
  /**
   * `text` (default): the regex runs over the whole chunk, so it can span lines
   * (private key blocks). `line`: it runs only on lines that contain a keyword,
   * which lets generic detectors use patterns that would be too slow over
   * whole files.
   */
  scope?: 'text' | 'line';
  /**
   * Where to point the user: at the secret (default), or at the start of the
   * match, for multi-line secrets whose first line is the recognisable one
   * (`-----BEGIN … PRIVATE KEY-----`).
   */
  reportAt?: 'secret' | 'match';
  /**
   * The rule judges placeholders itself (in `validate`): for tokens whose fixed
   * prefix would look like filler to the generic check (`AAAAAAAAAAAAAAAAAAAAA…`).
   */
  ownExampleCheck?: boolean;
  /**
   * The match always begins where one of the keywords begins (a token's fixed
   * prefix, matched case-sensitively by the regex): the engine then tries the
   * regex only at keyword occurrences instead of searching the whole text.
   */
  anchored?: boolean;
  /**
   * With `anchored`: where the match begins relative to the keyword, when the
   * keyword is a fixed suffix at a fixed distance (Mailchimp's `-us` after 32
   * hex digits: -32). Without it a rule like that ran its regex over every text
   * holding `-us` (`--use-tabs`…): a second of CPU in prettier's history.
   */
  anchorOffset?: number;
  /**
   * Whether a match is a warning rather than a block, and why: a weak demo
   * password, a key that is public by design. Runs after `validate`.
   */
  warning?: (secret: string, context: MatchContext) => import('./demote.js').WarningReason | undefined;
  /**
   * The value verifies a secret rather than being one (a password hash): it logs nobody in, and only a weak
   * password behind it can be recovered, offline. See the verdict table's row for one in program code.
   */
  verifier?: boolean;
  /**
   * How long the credential lives, when its own format says it expires within hours (Google's OAuth access
   * token, AWS's temporary keys, a GitHub App's installation token): the verdict table's row for one in a test,
   * a recorded request or response. Undefined when this match is a long-lived credential.
   */
  shortLived?: (secret: string, context: MatchContext) => string | undefined;
  /**
   * Matches in tests, fixtures and documentation are warnings. Defaults to true
   * for rules recognised by shape rather than by a provider's format (generic
   * assignments, private keys, JWTs); provider tokens are never demoted by path.
   */
  demoteInExamples?: boolean;
  /**
   * A match on a comment line of source code is a documentation example (default: as demoteInExamples).
   * Not for a private key whole enough to use: commented out, it is still committed.
   */
  demoteInComments?: boolean;
  /** After a rejected match, look for another inside its value (assignments nested in a quoted value). */
  retryInside?: boolean;
  /** Restricts the rule to some files (dotenv files, manifests); checked before any text is read. */
  appliesTo?: (path: string) => boolean;
  /** Rotation playbook id (see `leakguard rotate`). */
  playbook: string;
  /** True-positive lines, built at run time so this repository passes its own scan. */
  tps: () => string[];
  /** False-positive lines that must not match. */
  fps: string[];
}

export interface MatchContext {
  path: string;
  /** The full line the match starts on. */
  line: string;
  match: RegExpExecArray;
  /**
   * The whole text the match is in and the value's offset there, for a check that reads the lines around
   * (a line-scoped rule's `match.input` is its line only). Given to `warning` and `shortLived`, not `validate`.
   */
  around?: { text: string; at: number };
}

/** One piece of text to scan, with where it came from. */
export interface Chunk {
  /** Repository-relative path with `/` separators, or `(stdin)`. */
  path: string;
  text: string;
  /**
   * Line number in the original file of each line of `text` (1-based); absent
   * when `text` is the whole file starting at line 1. Staged scans pass only
   * added lines, so numbers jump.
   */
  lineNumbers?: number[];
  /** Commit the text belongs to, for history scans. */
  commit?: string;
  /** Line number of the first line when `text` is a later window of a large file (default 1). */
  firstLine?: number;
}

export interface Finding {
  ruleId: string;
  title: string;
  provider: string;
  confidence: Confidence;
  file: string;
  /** 1-based line and column in the original file; line 0 for file-level findings. */
  line: number;
  column: number;
  /** The secret with all but a short prefix masked. Never the whole secret. */
  preview: string;
  /** The source line with the secret replaced by `preview`, trimmed around it. */
  context: string;
  /** Stable across runs and line moves: hash of rule, path and secret. */
  fingerprint: string;
  playbook: string;
  commit?: string;
  /** History scans: the commit's author ("Name <email>") and author date. */
  author?: string;
  date?: string;
  /** History scans, when asked: whether the secret is still in the file at HEAD, and the commit that removed it. */
  presentAtHead?: boolean;
  removedIn?: { commit: string; date: string };
  /** History scans: how many commits add this same finding (reported once, at the oldest). */
  occurrences?: number;
  /** History scans: the other commits that add it again (newest first, at most 20). */
  alsoIn?: string[];
  /**
   * The same secret found again in other files (a vendored bundle copied into
   * many release files): one finding, every other place listed here.
   */
  locations?: { file: string; line: number; commit?: string; fingerprint: string }[];
  /** The fail-on level of the file's own settings, when a config override sets one (monorepo packages). */
  failOn?: Confidence;
  /** The `.leakguardignore` entry that allowed this finding until it expired: it blocks again. */
  allowExpired?: { line: number; by?: string; until: string; reason?: string };
  /**
   * Why this finding is a warning whatever the fail-on level: `weak password`,
   * `test fixture`, `documentation example`, `public by design`. Warnings are
   * reported (a weak password is still worth changing) but never block.
   */
  warning?: string;
  /**
   * The evidence that decided the verdict, in words (`leakguard explain`, JSON `why`): the rule that
   * matched, and what made it a warning (a test directory, another scanner's marker, a local stack) or
   * why it blocks. Never the secret.
   */
  why?: string[];
  /** With --verify: whether the provider still accepts the credential (see src/verify). */
  verification?: import('../verify/types.js').Verification;
  /**
   * The raw secret, kept in memory only so purge/baseline logic can act on it.
   * Non-enumerable: JSON.stringify and reporters never see it.
   */
  readonly secret?: string;
  /** The unredacted text around the secret, in memory only (non-enumerable, like `secret`), for verifiers. */
  readonly around?: string;
  /** The lines either side of it, unredacted, in memory only (non-enumerable): for verifiers (a self-hosted host, a Datadog site). */
  readonly surroundings?: string;
}
