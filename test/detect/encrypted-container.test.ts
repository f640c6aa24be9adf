import { describe, expect, it } from 'vitest';
import { encryptedContainer } from '../../src/detect/encrypted-container.js';
import { place } from '../helpers/place.js';

describe('a value inside a block its tool encrypted', () => {
  it.each([
    ['Renovate', 'renovate.json', '{\n  "hostRules": [\n    {\n      "encrypted": {\n        "token": "@@"\n      }\n    }\n  ]\n}\n', 'encrypted'],
    ['Sealed Secrets', 'k8s/sealed.yaml', 'kind: SealedSecret\nspec:\n  encryptedData:\n    api_token: @@\n', 'encryptedData'],
    ['Travis CI on the line', '.travis.yml', 'env:\n  global:\n    - secure: "@@"\n', 'secure'],
    ['Travis CI as a block', '.travis.yml', 'deploy:\n  api_key:\n    secure: @@\n', 'secure'],
    ['a blank line inside the block', 'renovate.json', '{\n  "encrypted": {\n\n    "npmToken": "@@"\n  }\n}\n', 'encrypted'],
    ['a plain block', 'config/app.json', '{\n  "auth": {\n    "token": "@@"\n  }\n}\n', undefined],
    ['encrypted is a sibling, not a parent', 'config/app.yml', 'encrypted:\n  enabled: true\napi_token: @@\n', undefined],
    ['a flag named encrypted beside the value', 'config/app.yml', 'auth:\n  encrypted: false\n  api_token: @@\n', undefined],
  ])('%s', (_name, path, text, expected) => {
    expect(encryptedContainer(place(path, text))).toBe(expected);
  });

  it('claims nothing across a gap between added lines', () => {
    // Only the value's line and a line far above were added: the block header may not enclose the value.
    const p = place('renovate.json', '  "encrypted": {\n        "token": "@@"\n', [3, 40]);
    expect(encryptedContainer(p)).toBeUndefined();
  });
});
