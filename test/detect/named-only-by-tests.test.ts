import { describe, expect, it } from 'vitest';
import { distinctiveName, onlyTestsName } from '../../src/detect/named-only-by-tests.js';

describe('a file only tests name', () => {
  it.each([
    ['server/configs/tls.conf', 'configs/tls.conf'],
    ['internal/suites/OIDC/users.yml', 'OIDC/users.yml'],
    ['testsetup/postgresql_setup.sql', 'testsetup/postgresql_setup.sql'],
    ['tox.ini', undefined],
    ['users.yml', undefined],
    ['packages/api/pyproject.toml', undefined],
    ['backend/tox.ini', undefined],
    ['lib/phoenix/endpoint.ex', undefined],
    ['server/con\nfigs/tls.conf', undefined],
    ['src/config/keys.ts', undefined],
    ['scripts/deploy/release.sh', undefined],
    ['server/configs/certs/server-key.pem', 'certs/server-key.pem'],
    ['config/database.yml', undefined],
    ['src/Web/appsettings.Development.json', undefined],
    ['app/settings.py', undefined],
    ['.env.test', undefined],
    ['deploy/production.yaml', undefined],
    ['keys/id_rsa', undefined],
    ['a.yml', undefined],
    ['Makefile', undefined],
  ])('the name looked for in %s is %s', (path, name) => {
    expect(distinctiveName(path)).toBe(name);
  });

  it.each<[string, string[], string[] | undefined]>([
    ['tests name it', ['server/opts_test.go', 'server/tls_test.go'], ['server/opts_test.go', 'server/tls_test.go']],
    ['documentation and siblings say nothing either way', ['README.md', 'docs/tls.md', 'server/configs/all.conf', 'server/opts_test.go'], ['server/opts_test.go']],
    ['program code names it', ['server/opts_test.go', 'server/opts.go'], undefined],
    ['a build file names it', ['test/run_test.py', 'Makefile'], undefined],
    ['only documentation names it', ['README.md'], undefined],
    ['nothing else names it', ['server/configs/tls.conf'], undefined],
  ])('%s', (_what, naming, tests) => {
    expect(onlyTestsName('server/configs/tls.conf', naming)).toEqual(tests);
  });
});
