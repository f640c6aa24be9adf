/**
 * A site's search box (Algolia DocSearch, InstantSearch) is configured with an application id, an index's name
 * and a search-only API key, and the key ships in every page the site serves
 * (https://docsearch.algolia.com/docs/api#apikey): public by design. Such a key is known by the company it keeps,
 * whatever the file: 32 hex digits under an API-key name, with the index's name written within a few lines.
 * An admin key written beside an index name has the same shape; the Algolia admin key rule, which needs the
 * provider's name, is a provider rule and is not weighed by this evidence.
 */
/** The index name beside the key, or undefined. */
export declare function siteSearchKey(secret: string, textBefore: string, text: string, at: number): string | undefined;
