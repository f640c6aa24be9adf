import { decodedViews } from '../detect/decode.js';
import { KeywordMatcher } from '../detect/prefilter.js';
import { FAMILY_KEYWORDS } from './families.generated.js';

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
export class FamilySelector {
  private readonly needed: boolean[];
  private missing: number;
  private matcher: KeywordMatcher | undefined;
  /** Keyword id (in the matcher) → families that use it. */
  private familiesOf: number[][] = [];

  constructor() {
    this.needed = FAMILY_KEYWORDS.map(([always]) => always);
    this.missing = this.needed.filter((n) => !n).length;
  }

  /** Family indexes (into familyNames) needed so far, in precedence order. */
  families(): number[] {
    return this.needed.flatMap((n, i) => (n ? [i] : []));
  }

  /** Marks what text needs; true when that added a family. */
  need(text: string): boolean {
    if (this.missing === 0) return false;
    const before = this.missing;
    const matcher = (this.matcher ??= this.build());
    const onHit = (kw: number) => {
      for (const f of this.familiesOf[kw]!) {
        if (!this.needed[f]) {
          this.needed[f] = true;
          this.missing--;
        }
      }
    };
    matcher.scan(text, onHit);
    for (const view of decodedViews(text)) matcher.scan(view.text, onHit);
    return this.missing < before;
  }

  private build(): KeywordMatcher {
    const ids = new Map<string, number>();
    FAMILY_KEYWORDS.forEach(([always, keywords], f) => {
      if (always) return;
      for (const k of keywords) {
        let id = ids.get(k);
        if (id === undefined) {
          ids.set(k, (id = ids.size));
          this.familiesOf.push([]);
        }
        this.familiesOf[id]!.push(f);
      }
    });
    return new KeywordMatcher([...ids.keys()]);
  }
}
