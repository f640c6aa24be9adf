/**
 * A site's search box (Algolia DocSearch, InstantSearch) is configured with an application id, an index's name
 * and a search-only API key, and the key ships in every page the site serves
 * (https://docsearch.algolia.com/docs/api#apikey): public by design. Such a key is known by the company it keeps,
 * whatever the file: 32 hex digits under an API-key name, with the index's name written within a few lines.
 * An admin key written beside an index name has the same shape; the Algolia admin key rule, which needs the
 * provider's name, is a provider rule and is not weighed by this evidence.
 */

const KEY_SHAPE = /^[a-f0-9]{32}$/;
/** The value's holder, at the end of the text before it: `apiKey: "`, `search_api_key = '`, `"apiKey":"`. */
const KEY_HOLDER = /(?:api|search)[_-]?key["']?\s{0,4}[:=]\s{0,4}["']?$/i;
const INDEX_NAME = /\bindex_?name\b/i;
/** A DocSearch or InstantSearch block fits in a dozen lines either side. */
const WINDOW = 500;

/** The index name beside the key, or undefined. */
export function siteSearchKey(secret: string, textBefore: string, text: string, at: number): string | undefined {
  if (!KEY_SHAPE.test(secret) || !KEY_HOLDER.test(textBefore)) return undefined;
  const around = text.slice(Math.max(0, at - WINDOW), at + secret.length + WINDOW);
  return INDEX_NAME.exec(around)?.[0];
}
