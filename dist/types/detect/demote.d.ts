import { type Place } from './lines-back.js';
/**
 * Findings that are worth showing but never worth blocking a commit for.
 *
 * A hook that blocks ordinary commits gets bypassed with --no-verify and then
 * guards nothing, so the generic layer (which recognises a secret by where it
 * sits, not by its format) is demoted to a warning when the value or the place
 * says "not a live credential": a guessable demo password, a test fixture, a
 * documentation example. Provider-specific tokens are never demoted by path:
 * a real-format Stripe key in a test file is a real leak, and they often are.
 */
export type WarningReason = 'weak password' | 'weak secret' | 'test fixture' | 'documentation example' | 'third-party code' | 'public by design' | 'demo value' | 'holds no secret yet' | 'named only "key"' | "only a provider's name beside it" | `suppressed on the line (${string})`;
export declare function peerSuppression(line: string): WarningReason | undefined;
/**
 * A comment in source code (`// record.SetRaw("password", "$2a$10$…")`, a JSDoc example): the code
 * does not use what it shows, so it documents a shape.
 */
export declare function exampleKindOfLine(path: string, line: string): 'documentation example' | undefined;
/** Any compose file (judged by what it runs: localStack), with the words of its name after `compose` (`.dev`, `-cypress`). */
export declare const COMPOSE_FILE: RegExp;
/**
 * An `image:` line of a service a local stack seeds with data (a database, a directory, an identity server, a mail
 * catcher, an emulator): what a compose file mounts into it is the stack's data (compose-mounts.ts).
 */
export declare function seedsLocalService(imageLine: string): boolean;
/**
 * A compose file that runs a local stack, by content: service images a developer runs beside the
 * app (postgres, redis, keycloak…) or ports bound to the loopback address. The passwords in it are
 * the local containers'; values of shape rules there warn (provider formats still block).
 */
export declare function localStack(path: string, text: string): 'test fixture' | undefined;
/**
 * What holds the value says it is a stand-in: a word of the name it is assigned to, the text before the
 * match back to the last `,;{}` (so `{"sampleRate":1,"apiSecret":"…` is not one; `dummyBcryptHash =
 * []byte("…` is) and within 80 characters. Bitwarden's Rust SDK has 100 test keys named this way.
 */
export declare function exampleKindOfName(before: string): 'test fixture' | undefined;
export declare function exampleAddressOnLine(line: string): 'demo value' | undefined;
export declare function declaredInsecure(secret: string): 'demo value' | undefined;
/**
 * A row that an install or migration script seeds (the first admin's hash, an instance token the schema
 * dump was taken with): every installation's starting default, replaced on setup, not the secret of a
 * running one. Only data rows: `CREATE USER … PASSWORD` in the same script sets a database role's
 * password, in production too, and blocks; a dump by any other name (`backup.sql`) says nothing.
 */
export declare function seedRow(path: string, line: string): string | undefined;
export declare function replaceMeComment(afterValue: string): 'demo value' | undefined;
/**
 * The comment lines right above the value tell the reader to replace it (`# Please regenerate the APP_KEY value … Copy
 * paste the value here`, `// change this before deploying`): the same default as a trailing comment's, written on its
 * own line. Up to three comment lines, never across code or a gap between added lines.
 */
export declare function replaceMeCommentAbove(p: Place): 'demo value' | undefined;
/** Why a path holds examples rather than configuration: tests and fixtures, or documentation. */
export declare function exampleKindOfPath(path: string): PathKind | undefined;
export type PathKind = 'test fixture' | 'documentation example' | 'third-party code';
/** What in a path says it holds examples, and which part says so (for `leakguard explain` and JSON `why`). */
export declare function pathEvidence(path: string): {
    kind: PathKind;
    because: string;
} | undefined;
export declare function testModeKeyOutsideCode(secret: string, path: string): 'test fixture' | 'documentation example' | undefined;
/**
 * A test or a document inside code brought in from elsewhere (`vendor/…/storage/recordings/…`, `node_modules/x/test/…`,
 * a vendored project's `website/source/docs/…`): another project's test data or published examples, committed with
 * the dependency. Its provider-format values are that project's, published with its source; this project has
 * nothing to rotate, and a commit that updates a dependency should not stop on them. Returns the folder and the
 * evidence, for explain.
 */
export declare function vendoredTestOrDoc(path: string): string | undefined;
/**
 * A password hash blocks only where accounts are kept or provisioned; everywhere else it is a seeded, default or
 * sample account's (program code, a schema's seed rows, an API's documented response, an installer's first
 * administrator, an app's bundled data). Of the 96 password hashes triaged in `npm run wild`'s repositories, one was a
 * real account's (in code that provisions production), and a hash logs nobody in: what it risks is the offline
 * cracking of a weak password, which matters where real accounts are.
 * Where they are: an account store by name (htpasswd, shadow, a users or credentials file, an LDIF, a dump or a
 * backup, a dotenv file), such a store's record copied anywhere (`deploy:$apr1$…`, `root:$6$…:19000:…`,
 * `userPassword: {SSHA}…`, a table's row outside SQL), and whatever provisions production.
 */
export declare function hashOutsideAccountStore(path: string, line: string): 'demo value' | undefined;
export declare function minifiedLine(path: string, line: string): 'third-party code' | undefined;
/** The warning for a guessable value under a secret name, if it is one: a weak password, or a weak secret for key/token names. */
export declare function weakValueWarning(value: string, kind: 'password' | 'secret' | undefined, context: {
    path?: string;
    line?: string;
}): WarningReason | undefined;
/**
 * A password a person or a demo chose: one to three words (possibly in
 * leetspeak), a short number, at most two symbols — `foobar`, `password123`,
 * `Test1234!`, `P@ssw0rd`, `mysecretpassword` — or the name of the service it
 * protects (`POSTGRES_PASSWORD=postgres`, `nextcloud` in nextcloud/compose.yaml).
 * Random-looking values, however short, are never weak by this test: they are
 * what generated credentials look like.
 */
export declare function isWeakPassword(value: string, context?: {
    path?: string;
    line?: string;
}): boolean;
