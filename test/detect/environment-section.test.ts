import { describe, expect, it } from 'vitest';
import { environmentSection } from '../../src/detect/environment-section.js';
import { place } from '../helpers/place.js';

describe('an environment section', () => {
  it.each([
    ["Rails' generated secrets.yml, development", 'config/secrets.yml', '# Do not keep production secrets\ndevelopment:\n  secret_key_base: @@\n', 'development'],
    ['the test section, after production', 'config/secrets.yml', 'production:\n  secret_key_base: <%= ENV["SECRET_KEY_BASE"] %>\n\ntest:\n  secret_key_base: @@\n', 'test'],
    ['an anchored section, nested key', 'config/database.yml', 'test: &test\n  primary:\n    password: @@\n', 'test'],
    ['CRLF line ends', 'config/database.yml', 'development:\r\n  password: @@\r\n', 'development'],
    ['a TOML table', 'config.toml', '[test.database]\npassword = "@@"\n', 'test'],
    ['an INI section', 'settings.ini', '[development]\n; local only\nsecret = @@\n', 'development'],
  ])('%s', (_what, path, text, section) => {
    expect(environmentSection(place(path, text))).toBe(section);
  });

  it.each([
    ['the production section', 'config/secrets.yml', 'production:\n  secret_key_base: @@\n'],
    ['a top-level key', 'config/app.yml', 'secret_key_base: @@\n'],
    ['a section of another name', 'config/app.yml', 'development:\n  a: 1\nshared:\n  api_key: @@\n'],
    ['a value line at the top level under a dev section', 'config/app.yml', 'development:\n  a: 1\napi_key: @@\n'],
    ['a production table', 'config.toml', '[test]\na = 1\n[production]\nsecret = "@@"\n'],
    ['not a configuration file', 'src/app.py', 'development:\n  secret = "@@"\n'],
  ])('none: %s', (_what, path, text) => {
    expect(environmentSection(place(path, text))).toBeUndefined();
  });

  it('does not claim a header across lines a change did not add', () => {
    expect(environmentSection(place('config/secrets.yml', 'development:\n  secret_key_base: @@\n', [3, 30]))).toBeUndefined();
    expect(environmentSection(place('config/secrets.yml', 'development:\n  secret_key_base: @@\n', [29, 30]))).toBe('development');
  });
});
