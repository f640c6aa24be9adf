import { extensionOf } from './file-kind.js';
import { linesBack, type Place } from './lines-back.js';

/**
 * A value in the section of an environment-keyed configuration file that configures a developer's machine
 * or the test run: Rails' `config/secrets.yml` and `database.yml` as generated (`development:` and `test:`
 * beside `production:`), an INI or TOML `[test]` table. Frameworks write a fresh key into those sections when
 * they create the project; the production section reads the environment. The section's name is the
 * evidence; a `production:` or any other section says nothing, and the finding blocks.
 */

/** Sections named for a local or test environment. */
const LOCAL_SECTIONS = new Set(['development', 'dev', 'develop', 'local', 'test', 'tests', 'testing', 'ci', 'e2e', 'cucumber']);

const YAML = new Set(['yml', 'yaml']);
const TABLES = new Set(['ini', 'cfg', 'conf', 'toml']);

/** A top-level YAML key that opens a mapping (`development:`, `test: &test`, `dev: # local`). */
const YAML_SECTION = /^([A-Za-z_][\w-]*):[ \t]*(?:&[\w-]+[ \t]*)?(?:#.*)?$/;
/** An INI or TOML table header (`[test]`, `[development.database]`). */
const TABLE_HEADER = /^[ \t]*\[([A-Za-z_][\w-]*)(?:\.[\w.-]*)?\][ \t]*(?:[#;].*)?$/;

export function environmentSection(p: Place): string | undefined {
  const ext = extensionOf(p.path);
  const yaml = YAML.has(ext);
  if (!yaml && !TABLES.has(ext)) return undefined;
  let first = true;
  for (const line of linesBack(p)) {
    if (yaml) {
      // The value's own line (cut at the value) or a line above with no indentation: the enclosing top-level key, or none.
      if (line.length === 0 || /^[ \t]|^#|^---/.test(line)) {
        first = false;
        continue;
      }
      if (first) return undefined;
      const m = YAML_SECTION.exec(line);
      return m && LOCAL_SECTIONS.has(m[1]!.toLowerCase()) ? m[1] : undefined;
    }
    const m = TABLE_HEADER.exec(line);
    if (m) return LOCAL_SECTIONS.has(m[1]!.toLowerCase()) ? m[1] : undefined;
    first = false;
  }
  return undefined;
}
