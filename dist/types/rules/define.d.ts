import type { Confidence, Rule } from '../detect/types.js';
interface Common {
    id: string;
    title: string;
    provider: string;
    playbook?: string;
    confidence?: Confidence;
    entropy?: number;
    validate?: Rule['validate'];
}
/**
 * A token with a fixed prefix and a body of one alphabet: `dop_v1_<64 hex>`.
 * len is the body length, exact or [min, max].
 */
export declare function prefixed(o: Common & {
    prefix: string | string[];
    body: string;
    len: number | [number, number];
    suffix?: string;
}): Rule;
/**
 * A secret with no prefix of its own, recognised by the provider's name in the
 * key it is assigned to: `HEROKU_API_KEY=<uuid>`, `"datadog_api_key": "<32 hex>"`.
 * value is a regex source without capture groups.
 */
export declare function contextual(o: Common & {
    keywords: string[];
    value: string;
    example: () => string;
}): Rule;
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
