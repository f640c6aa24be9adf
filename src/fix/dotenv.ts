import { parseDotenv } from '../dotenv-file.js';
import { placeholder } from '../init/env-example.js';
import { appendLines } from '../text-file.js';

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
    for (const { key, value } of parseDotenv(text ?? '')) {
      this.byName.set(key, value);
      if (!this.byValue.has(value)) this.byValue.set(value, key);
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
    return this.added.length ? appendLines(this.text, this.added.map(([k, v]) => `${k}=${quote(v)}`)) : undefined;
  }
}

export function quote(v: string): string {
  if (/^[A-Za-z0-9_\-.,/:@+=~%^!*?&]*$/.test(v)) return v;
  if (!v.includes("'") && !/[\r\n]/.test(v)) return `'${v}'`;
  if (!v.includes('`') && !/[\r\n]/.test(v)) return `\`${v}\``;
  return JSON.stringify(v);
}

/** `.env.example`: `NAME=` lines for the names it lacks, with a placeholder, its line endings kept. */
export function withExampleKeys(text: string | undefined, names: string[]): string | undefined {
  const have = new Set(parseDotenv(text ?? '').map((e) => e.key));
  const missing = [...new Set(names)].filter((n) => !have.has(n));
  return missing.length ? appendLines(text, missing.map((n) => `${n}=${placeholder(n)}`)) : undefined;
}
