/** One `KEY=value` line of a dotenv file, its value unquoted, with its 1-based line. */
export interface EnvEntry {
  key: string;
  value: string;
  line: number;
}

/**
 * The assignments of a dotenv file as dotenv parsers read them: `export` allowed, a quoted value
 * (", ' or `) taken up to its closing quote, an unquoted one up to a ` #` comment. Comments, blank
 * lines and anything else are skipped.
 */
export function parseDotenv(text: string): EnvEntry[] {
  const out: EnvEntry[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=(.*)$/.exec(raw);
    if (!m) return;
    let value = m[2]!.trim();
    const q = value[0];
    if ((q === '"' || q === "'" || q === '`') && value.lastIndexOf(q) > 0) value = value.slice(1, value.lastIndexOf(q));
    else value = withoutComment(value);
    out.push({ key: m[1]!, value, line: i + 1 });
  });
  return out;
}

/** An unquoted value without its ` # comment` (the first whitespace before a `#` starts one), found in one pass. */
export function withoutComment(value: string): string {
  const at = value.search(/\s#/);
  return at < 0 ? value : value.slice(0, at).trimEnd();
}
