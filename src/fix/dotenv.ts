/**
 * The project's .env as fix sees it: names and values, so a value already there keeps its name and a
 * name already taken by another value is never overwritten (a suffixed name instead). Values are
 * written as dotenv parsers read them back unchanged (Node's --env-file, dotenv, python-dotenv):
 * bare when plain, else single-quoted (literal), else backquoted.
 */
export class DotEnv {
  private readonly byName = new Map<string, string>();
  private readonly byValue = new Map<string, string>();
  private readonly added: [string, string][] = [];

  constructor(readonly text: string | undefined) {
    for (const line of (text ?? '').split(/\r?\n/)) {
      const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=\s*(.*?)\s*$/.exec(line);
      if (!m) continue;
      const value = unquote(m[2]!);
      this.byName.set(m[1]!, value);
      if (!this.byValue.has(value)) this.byValue.set(value, m[1]!);
    }
  }

  /** A copy to go back to when a file's rewrite is abandoned (its names must not stay taken). */
  clone(): DotEnv {
    const c = new DotEnv(this.text);
    for (const [k, v] of this.added) c.nameFor(k, v);
    return c;
  }

  /** The name to use for `value`, wanting `desired`: its existing name, else `desired`, else `desired_2`… */
  nameFor(desired: string, value: string): string {
    const existing = this.byValue.get(value);
    if (existing) return existing;
    let name = desired;
    for (let n = 2; this.byName.has(name); n++) name = `${desired}_${n}`;
    this.byName.set(name, value);
    this.byValue.set(value, name);
    this.added.push([name, value]);
    return name;
  }

  /** Names added by this run whose value had none, and that differ from what was asked ("STRIPE_KEY_2"). */
  get additions(): readonly [string, string][] {
    return this.added;
  }

  /** The file with the additions appended, its line endings kept; undefined when nothing was added. */
  render(): string | undefined {
    if (!this.added.length) return undefined;
    const base = this.text ?? '';
    const eol = base.includes('\r\n') ? '\r\n' : '\n';
    const sep = base === '' || base.endsWith('\n') ? '' : eol;
    return base + sep + this.added.map(([k, v]) => `${k}=${quote(v)}`).join(eol) + eol;
  }
}

function unquote(v: string): string {
  const q = v[0];
  if ((q === '"' || q === "'" || q === '`') && v.endsWith(q) && v.length >= 2) return v.slice(1, -1);
  return v.replace(/\s+#.*$/, '');
}

export function quote(v: string): string {
  if (/^[A-Za-z0-9_\-.,/:@+=~%^!*?&]*$/.test(v)) return v;
  if (!v.includes("'") && !/[\r\n]/.test(v)) return `'${v}'`;
  if (!v.includes('`') && !/[\r\n]/.test(v)) return `\`${v}\``;
  return JSON.stringify(v);
}

/** `.env.example`: `NAME=` lines for the names it lacks, with a placeholder, its line endings kept. */
export function withExampleKeys(text: string | undefined, names: string[]): string | undefined {
  const have = new Set((text ?? '').split(/\r?\n/).map((l) => /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=/.exec(l)?.[1]).filter(Boolean));
  const missing = [...new Set(names)].filter((n) => !have.has(n));
  if (!missing.length) return undefined;
  const base = text ?? '';
  const eol = base.includes('\r\n') ? '\r\n' : '\n';
  const sep = base === '' || base.endsWith('\n') ? '' : eol;
  return base + sep + missing.map((n) => `${n}=<${n.toLowerCase().replace(/_+/g, ' ').trim()}>`).join(eol) + eol;
}
