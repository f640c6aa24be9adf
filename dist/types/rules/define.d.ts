import type { Confidence, MatchContext, Rule } from '../detect/types.js';
interface Common {
    id: string;
    title: string;
    provider: string;
    playbook?: string;
    confidence?: Confidence;
    entropy?: number;
    validate?: Rule['validate'];
    warning?: Rule['warning'];
}
/**
 * A token with a fixed prefix and a body of one alphabet: `dop_v1_<64 hex>`.
 * len is the body length, exact or [min, max].
 */
export declare function prefixed(o: Common & {
    prefix: string | string[];
    body: string;
    len: number | [number, number];
    suffix?: string; /** A valid token, when validate asks more than the alphabet (a structure inside). */
    sample?: () => string;
}): Rule;
/**
 * A body written like a name, not drawn at random: lower-case words joined by `-` or `_`
 * (`--md-default-fg-color--light`, a CSS custom property; `sk-proj-settings-panel`), where the
 * format's alphabet has capitals. A random body of 16+ characters from an alphabet with capitals
 * has none with probability (36/62)^16 < 0.02%, and two separators besides: practically never.
 */
export declare function readsAsIdentifier(body: string, alphabet: string): boolean;
/**
 * A secret with no prefix of its own, recognised by the provider's name in the
 * key it is assigned to: `HEROKU_API_KEY=<uuid>`, `"datadog_api_key": "<32 hex>"`.
 * value is a regex source without capture groups.
 */
export declare function contextual(o: Common & {
    keywords: string[];
    value: string;
    example: () => string;
    plain?: boolean;
}): Rule;
/** A word between a provider's name and a value that says the value is a credential. */
export declare const CREDENTIAL_WORD: RegExp;
/**
 * The long tail by proximity, as trufflehog's detectors find it: the provider's name, then within 40
 * characters (on the value's line or the one above) a value of exactly the shape the provider issues (`KANBANTOOL_TOKEN=…`, `ipinfo
 * token = '…'`, `kucoin: <24 hex> <uuid>`). With a word between them that says credential (key, token,
 * secret…) it blocks, as a named key does; with the provider's name alone it is a warning: a hook cannot
 * ask hundreds of providers whether a random string near their name is theirs, and blocking on that is
 * the noise hooks get bypassed for, but the reviewer should see it.
 *
 * The pattern is the value alone, taken whole ((?=(x))\1, longest alternative first) and bordered by
 * characters outside edge (its own alphabet, so a longer token is not read from its middle): linear. The
 * rule runs only on files that hold a name (its keywords), and the name is looked for in the 40 characters
 * before the value, where a pattern with a gap between name and value would retry the gap at every name.
 */
export declare function nearName(o: Common & {
    names: string[];
    value: string;
    edge?: string;
    example: () => string;
}): Rule;
/** Where the match starts in its line (line-scoped rules run on the line itself, others on the whole text). */
export declare function matchStart({ line, match }: MatchContext): number;
export declare const gen: {
    hex: (n: number) => () => string;
    HEX: (n: number) => () => string;
    alnum: (n: number) => () => string;
    lowerAlnum: (n: number) => () => string;
    upperAlnum: (n: number) => () => string;
    base64url: (n: number) => () => string;
    uuid: () => () => string;
};
export declare const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
export {};
