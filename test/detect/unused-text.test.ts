import { describe, expect, it } from 'vitest';
import { insideBlockComment, insideDocstring, insideMarkupComment } from '../../src/detect/unused-text.js';
import { place } from '../helpers/place.js';

describe('block comments', () => {
  it.each([
    ['a sample response in a Go block comment', 'idp/lark.go', '/*\n{\n  "access_token": "@@"\n}\n*/'],
    ['a Javadoc block, value on a line with no star', 'src/Client.java', '  /**\n   Example:\n   token = "@@"\n   */'],
    ['an opener on the value\'s own line', 'src/a.php', '/* $password = "@@";'],
  ])('inside: %s', (_what, path, text) => {
    expect(insideBlockComment(place(path, text))).toBe(true);
  });

  it.each([
    ['code after a closed comment', 'src/a.go', '/*\n sample\n*/\nvar token = "@@"'],
    ['a one-line comment above', 'src/a.ts', '/* the key */\nconst key = "@@"'],
    ['code after a comment closed on the opener line', 'src/a.ts', '/* note */ const key = "@@"'],
    ['a glob in a string, not an opener', 'src/a.ts', 'const files = "src/**/*.ts";\nconst key = "@@"'],
    ['a language without /* */ comments', 'config.yml', '/*\nkey: "@@"'],
    ['Python', 'a.py', '/*\nkey = "@@"'],
  ])('not inside: %s', (_what, path, text) => {
    expect(insideBlockComment(place(path, text))).toBe(false);
  });

  it('does not reach over lines a change did not add: the opener is unknown, so nothing is claimed', () => {
    // Lines 1 and 40 of the file: the comment opened on line 1 may have closed in between.
    expect(insideBlockComment(place('src/a.go', '/*\nvar token = "@@"', [1, 40]))).toBe(false);
    expect(insideBlockComment(place('src/a.go', '/*\ntoken: "@@"', [39, 40]))).toBe(true);
  });
});

describe('docstrings', () => {
  it.each([
    ['under a def header', 'api/views.py', 'def get(self):\n    """\n    {"session_key": "@@"}\n    """'],
    ['text after the opening quotes', 'api/views.py', '    """Return a session like:\n    key = "@@"'],
    ['a class docstring with single quotes', 'api/views.py', "class View:\n    '''\n    token: @@\n"],
  ])('inside: %s', (_what, path, text) => {
    expect(insideDocstring(place(path, text))).toBe(true);
  });

  it.each([
    ['an assigned triple-quoted string', 'a.py', 'TEMPLATE = """\nkey = "@@"'],
    ['after a closed one-line docstring', 'a.py', 'def f():\n    """Doc."""\n    key = "@@"'],
    ['after a docstring closed on its own line', 'a.py', 'def f():\n    """\n    Doc.\n    """\n    key = "@@"'],
    ['a bare opener not under a header', 'a.py', 'x = 1\n"""\nkey = "@@"'],
    ['a passed string', 'a.py', 'run(\n    """\n    key = "@@"'],
    ['not Python', 'a.rb', 'def f\n  """\n  key = "@@"'],
  ])('not inside: %s', (_what, path, text) => {
    expect(insideDocstring(place(path, text))).toBe(false);
  });
});

describe('markup comments', () => {
  it.each([
    ['a commented-out setting in XML embedded in a compose file', 'templates/compose/analytics.yaml', '        content: |\n          <users>\n            <!-- Password could be given in SHA256.\n                Example:\n            <password_sha256_hex>@@</password_sha256_hex>\n            -->'],
    ['an opener before the value on its line', 'conf/web.config', '<!-- <add key="ApiSecret" value="@@"/> -->'],
    ['an HTML comment above', 'public/index.html', '<!--\n  <script>const apiKey = "@@"</script>'],
  ])('inside: %s', (_what, path, text) => {
    expect(insideMarkupComment(place(path, text))).toBe(true);
  });

  it.each([
    ['a setting after a closed comment', 'conf/web.config', '<!-- the database -->\n<add key="DbPassword" value="@@"/>'],
    ['a setting after a comment closed on its line', 'conf/web.config', '<!-- db --> <add key="DbPassword" value="@@"/>'],
    ['no comment at all', 'conf/users.xml', '<users>\n  <password>@@</password>'],
    ['a string in a program\'s source', 'src/render.ts', "const start = '<!--';\nconst key = '@@'"],
    ['a string in Python', 'app/render.py', "START = '<!--'\nKEY = '@@'"],
  ])('outside: %s', (_what, path, text) => {
    expect(insideMarkupComment(place(path, text))).toBe(false);
  });
});
