import { baseName } from '../detect/file-kind.js';

/**
 * How each kind of file reads an environment variable, for `leakguard fix`. `quotes`: the string
 * literals the language has whose content is the text as written (no interpolation where the value
 * sits); `scalar`: a bare `key: value` / `key=value` value may be replaced too (configuration formats).
 * `expression` replaces the literal, quotes included, unless `keepQuotes` (the format substitutes
 * variables inside its own strings: compose, shell). `prepare` adds what the expression needs (an import).
 */
export interface Target {
  id: string;
  /** For messages: "JavaScript", "Python"… */
  label: string;
  quotes: string[];
  scalar?: boolean;
  expression(name: string): string;
  /** Replace only the literal's content, keeping its quotes (compose and shell substitute inside strings). */
  keepQuotes?: boolean;
  prepare?(text: string, name: string): string;
  /** The variable's name as this format must spell it (Terraform's TF_VAR_ prefix). */
  envName?(name: string): string;
  /** Where the program gets the variable from, when the project does not say already (fix/loading.ts). */
  kind: 'node' | 'python' | 'go' | 'ruby' | 'php' | 'jvm' | 'dotnet' | 'shell' | 'compose' | 'actions' | 'spring' | 'terraform';
}

const EXT = (...e: string[]) => new RegExp(`\\.(?:${e.join('|')})$`, 'i');

const TARGETS: { test: (path: string) => boolean; target: Target }[] = [
  {
    test: (p) => /(?:^|\/)\.github\/workflows\/[^/]+\.ya?ml$/.test(p),
    // Repository secrets may not start with GITHUB_.
    target: { id: 'actions', label: 'GitHub Actions workflow', kind: 'actions', quotes: ['"', "'"], scalar: true, envName: (n) => n.replace(/^GITHUB_/, 'GH_'), expression: (n) => `\${{ secrets.${n} }}` },
  },
  {
    test: (p) => /^(?:docker-)?compose(?:[.-][\w.-]+)?\.ya?ml$/i.test(baseName(p)),
    target: { id: 'compose', label: 'docker compose file', kind: 'compose', quotes: ['"', "'"], scalar: true, keepQuotes: true, expression: (n) => `\${${n}}` },
  },
  {
    test: (p) => /^application(?:-[\w.-]+)?\.(?:properties|ya?ml)$/i.test(baseName(p)),
    target: { id: 'spring', label: 'Spring/Quarkus configuration', kind: 'spring', quotes: ['"', "'"], scalar: true, keepQuotes: true, expression: (n) => `\${${n}}` },
  },
  {
    test: (p) => EXT('js', 'mjs', 'cjs', 'jsx', 'ts', 'mts', 'cts', 'tsx', 'vue', 'svelte').test(p) && !/\.min\.js$|(?:^|\/)(?:dist|build|vendor)\//.test(p),
    target: { id: 'js', label: 'JavaScript/TypeScript', kind: 'node', quotes: ['"', "'", '`'], expression: (n) => `process.env.${n}` },
  },
  {
    test: (p) => EXT('py').test(p),
    target: { id: 'python', label: 'Python', kind: 'python', quotes: ['"', "'"], expression: (n) => `os.environ["${n}"]`, prepare: addPythonImport },
  },
  {
    test: (p) => EXT('go').test(p),
    target: { id: 'go', label: 'Go', kind: 'go', quotes: ['"', '`'], expression: (n) => `os.Getenv("${n}")`, prepare: addGoImport },
  },
  { test: (p) => EXT('rb').test(p), target: { id: 'ruby', label: 'Ruby', kind: 'ruby', quotes: ['"', "'"], expression: (n) => `ENV.fetch("${n}")` } },
  {
    // Laravel reads configuration through env() in config/*.php (getenv() there breaks config caching).
    test: (p) => /(?:^|\/)config\/[^/]+\.php$/.test(p),
    target: { id: 'laravel', label: 'Laravel config', kind: 'php', quotes: ['"', "'"], expression: (n) => `env('${n}')` },
  },
  { test: (p) => EXT('php').test(p), target: { id: 'php', label: 'PHP', kind: 'php', quotes: ['"', "'"], expression: (n) => `getenv('${n}')` } },
  { test: (p) => EXT('java', 'kt', 'kts', 'scala', 'groovy').test(p), target: { id: 'jvm', label: 'Java/Kotlin', kind: 'jvm', quotes: ['"'], expression: (n) => `System.getenv("${n}")` } },
  { test: (p) => EXT('cs').test(p), target: { id: 'csharp', label: 'C#', kind: 'dotnet', quotes: ['"'], expression: (n) => `System.Environment.GetEnvironmentVariable("${n}")` } },
  {
    test: (p) => EXT('sh', 'bash', 'zsh', 'ksh').test(p) || baseName(p) === '.envrc',
    target: { id: 'shell', label: 'shell script', kind: 'shell', quotes: ['"', "'"], scalar: true, keepQuotes: true, expression: (n) => `\${${n}}` },
  },
  {
    // Terraform reads a variable from TF_VAR_<name>: that is the name in .env.
    test: (p) => EXT('tf').test(p),
    target: { id: 'terraform', label: 'Terraform', kind: 'terraform', quotes: ['"'], envName: (n) => `TF_VAR_${n.replace(/^TF_VAR_/, '').toLowerCase()}`, expression: (n) => `var.${n.replace(/^TF_VAR_/, '')}`, prepare: addTerraformVariable },
  },
];

/** The rewrite target for a path, or undefined: no safe rewrite is known (data files, other languages). */
export function targetFor(path: string): Target | undefined {
  return TARGETS.find((t) => t.test(path))?.target;
}

/** `import os` once, after the module docstring, comments and `from __future__` imports. */
function addPythonImport(text: string): string {
  if (/^[ \t]*import[ \t]+(?:[\w.]+[ \t]*,[ \t]*)*os\b(?!\.)/m.test(text) || /^[ \t]*import[ \t]+os[ \t]*$/m.test(text)) return text;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = text.split(/\r?\n/);
  let at = 0;
  while (at < lines.length && (/^\s*#/.test(lines[at]!) || lines[at]!.trim() === '')) at++;
  const doc = /^\s*[rRuU]?("""|''')/.exec(lines[at] ?? '');
  if (doc) {
    const q = doc[1]!;
    const first = lines[at]!;
    const closesOnFirst = first.indexOf(q, first.indexOf(q) + 3) >= 0;
    if (!closesOnFirst) while (++at < lines.length && !lines[at]!.includes(q));
    at++;
  }
  while (at < lines.length && /^from\s+__future__\s+import/.test(lines[at]!)) at++;
  lines.splice(at, 0, 'import os');
  return lines.join(eol);
}

/** `"os"` in the import block, or an `import "os"` after the package clause. */
function addGoImport(text: string): string {
  if (/^[ \t]*(?:import[ \t]+)?(?:\w+[ \t]+)?"os"[ \t]*$/m.test(text)) return text;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const block = /^import\s*\(\s*$/m.exec(text);
  if (block) return text.slice(0, block.index + block[0].length) + `${eol}\t"os"` + text.slice(block.index + block[0].length);
  const single = /^import\s+(?:\w+\s+)?"[^"]+"\s*$/m.exec(text);
  if (single) return text.slice(0, single.index + single[0].length) + `${eol}import "os"` + text.slice(single.index + single[0].length);
  const pkg = /^package\s+\w+.*$/m.exec(text);
  if (!pkg) return text;
  return text.slice(0, pkg.index + pkg[0].length) + `${eol}${eol}import "os"` + text.slice(pkg.index + pkg[0].length);
}

/** A `variable` block marked sensitive, once, at the end of the file that uses it. */
function addTerraformVariable(text: string, name: string): string {
  const v = name.replace(/^TF_VAR_/, '');
  if (new RegExp(`^\\s*variable\\s+"${v}"`, 'm').test(text)) return text;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const sep = text.endsWith('\n') ? '' : eol;
  return `${text}${sep}${eol}variable "${v}" {${eol}  type      = string${eol}  sensitive = true${eol}}${eol}`;
}
