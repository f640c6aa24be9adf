/**
 * Which families of the catalog a run needs, for a scan that builds them as
 * needed: a family is needed once some text it scans holds one of the
 * family's keywords (case-insensitively, as the scanner's prefilter finds
 * them), or one of the decoded views the scanner also scans (see
 * detect/decode.ts); a family with a rule that has no keyword is needed from
 * the start. The scanner tries a rule only where one of its keywords occurs,
 * so a scanner built from the needed families finds exactly what the whole
 * catalog finds in those texts.
 *
 * The keywords come from families.generated.ts, which scripts/build.mjs writes
 * from the catalog itself (a test checks it), so nothing is built to learn
 * them. Plain code holds generic keywords (key, token, password) and few
 * providers' prefixes: the bench's 20-file commit needs 4 of the 13 families.
 */
export declare class FamilySelector {
    private readonly needed;
    private missing;
    private matcher;
    /** Keyword id (in the matcher) → families that use it. */
    private familiesOf;
    constructor();
    /** Family indexes (into familyNames) needed so far, in precedence order. */
    families(): number[];
    /** Marks what text needs; true when that added a family. */
    need(text: string): boolean;
    private build;
}
