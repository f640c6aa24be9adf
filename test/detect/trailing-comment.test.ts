import { describe, expect, it } from 'vitest';
import { trailingComment } from '../../src/detect/trailing-comment.js';

describe('a value in the comment after a line\'s code', () => {
  it.each([
    ['Go, an example after a constant', 'pkg/signer/streaming.go', '\tsignatureStrLen = 64 // e.g. "', '//'],
    ['TypeScript', 'src/client.ts', 'const TOKEN_LENGTH = 40; // looks like ', '//'],
    ['Python', 'app/settings.py', 'KEY_BYTES = 32  # for example ', '#'],
    ['Ruby after a string', 'lib/acme.rb', 'PREFIX = "ak_" # then ', '#'],
  ])('in: %s', (_what, path, before, marker) => {
    expect(trailingComment(path, before)).toBe(marker);
  });

  it.each([
    ['the value before any comment', 'src/client.ts', 'const token = "'],
    ['a URL\'s slashes inside a string', 'src/db.ts', 'const url = "postgres://deploy:'],
    ['a comment line (the comment-line evidence\'s)', 'src/client.go', '// token = "'],
    ['a hash inside a Python string', 'app/settings.py', 'COLOR = "#fff"; SECRET = "'],
    ['a hash with no space before it', 'deploy.sh', 'echo ${#ARGS} TOKEN='],
    ['a PHP attribute', 'src/Client.php', '#[Sensitive] $token = "'],
    ['`//` in a language without it', 'config/app.yml', 'url: x // api_key: '],
    ['an escaped quote inside a string', 'src/a.ts', 'const s = "a \\" // b"; const key = "'],
  ])('not: %s', (_what, path, before) => {
    expect(trailingComment(path, before)).toBeUndefined();
  });
});
