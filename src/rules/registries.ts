import { hasBase62Crc32 } from '../detect/checksum.js';
import { isPlaceholder } from '../detect/placeholders.js';
import { fake } from './fake.js';
import type { Rule } from '../detect/types.js';

export const registryRules = (): Rule[] => [
  {
    id: 'npm-access-token',
    title: 'npm access token',
    provider: 'npm',
    // https://github.blog/2021-09-23-announcing-npms-new-access-token-format/ (same CRC32 scheme as GitHub)
    keywords: ['npm_'],
    anchored: true,
    regex: /(?<![A-Za-z0-9_])(npm_[A-Za-z0-9]{36})(?![A-Za-z0-9_])/g,
    validate: (s) => hasBase62Crc32(s, 4),
    confidence: 'high',
    playbook: 'npm',
    tps: () => [`//registry.npmjs.org/:_authToken=${fake.checksummed('npm_')}`, `NPM_TOKEN=${fake.checksummed('npm_')}`],
    fps: ['NPM_TOKEN=npm_R8fQz2LmW0pXc4VbN7sKd1TjY6hGe3Ua9oIi', '//registry.npmjs.org/:_authToken=${NPM_TOKEN}'],
  },
  {
    id: 'npmrc-auth-token',
    title: 'npm registry credential in .npmrc',
    provider: 'npm',
    keywords: ['_authtoken', '_auth=', '_password='],
    scope: 'line',
    // `//host/:_authToken=…` or `_auth=…` at the start of a line; not `db_password=`.
    regex: /(?:^|:)_(?:authToken|auth|password)\s{0,3}=\s{0,3}["']?([^\s"'$]{8,512})/g,
    entropy: 3.0,
    confidence: 'high',
    playbook: 'npm',
    validate: (s) => !s.startsWith('${') && !isPlaceholder(s),
    tps: () => [`//npm.pkg.github.com/:_authToken=${fake.alnum(40)}`, `_auth=${fake.base64(32)}`],
    fps: ['//registry.npmjs.org/:_authToken=${NPM_TOKEN}', '_authToken=$NODE_AUTH_TOKEN'],
  },
  {
    id: 'pypi-upload-token',
    title: 'PyPI upload token',
    provider: 'PyPI',
    // Macaroon whose base64 starts with the serialised location "pypi.org".
    keywords: ['pypi-ageichlwas5vcmc'],
    anchored: true,
    regex: /(pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,1000})/g,
    confidence: 'high',
    playbook: 'pypi',
    tps: () => [`password = pypi-AgEIcHlwaS5vcmc${fake.base64url(150)}`, `TWINE_PASSWORD=pypi-AgEIcHlwaS5vcmc${fake.base64url(80)}`],
    fps: ['password = pypi-AgEIcHlwaS5vcmc', 'tokens start with pypi-AgEIcHlwaS5vcmc and are long'],
  },
];
