import { describe, expect, it } from 'vitest';
import { mountHolding, seedMounts } from '../../src/detect/compose-mounts.js';

describe('what a compose file mounts into its data services', () => {
  it.each([
    ['short syntax, relative to the compose file', 'docker/compose.dev.yml', 'services:\n  db:\n    image: postgres:16\n    volumes:\n      - ./ci/postgres:/docker-entrypoint-initdb.d\n', ['docker/ci/postgres@docker/compose.dev.yml:5']],
    ['quoted, with a mode, CRLF', 'compose.yaml', 'services:\r\n  db:\r\n    image: "mariadb:11"\r\n    volumes:\r\n      - "./sql/init.sql:/docker-entrypoint-initdb.d/init.sql:ro"\r\n', ['sql/init.sql@compose.yaml:5']],
    ['long syntax', 'deploy/local/docker-compose.yml', 'services:\n  kc:\n    image: quay.io/keycloak/keycloak:26\n    volumes:\n      - type: bind\n        source: ../../realms\n        target: /opt/keycloak/data/import\n', ['realms@deploy/local/docker-compose.yml:6']],
    ['the image after the volumes', 'compose.yml', 'services:\n  ldap:\n    volumes:\n      - ./ldif:/ldif\n    image: osixia/openldap:1.5\n', ['ldif@compose.yml:4']],
    ['an app, a proxy, a named volume: none', 'compose.yml', 'services:\n  web:\n    build: .\n    volumes:\n      - ./config:/app/config\n  proxy:\n    image: nginx:1.27\n    volumes:\n      - ./tls:/etc/nginx/tls\n  db:\n    image: postgres:16\n    volumes:\n      - pgdata:/var/lib/postgresql/data\nvolumes:\n  pgdata:\n', []],
    ['outside the repository, or all of it: none', 'compose.yml', 'services:\n  db:\n    image: postgres:16\n    volumes:\n      - ../other:/x\n      - .:/src\n', []],
    ['a commented-out mount: none', 'compose.yml', 'services:\n  db:\n    image: postgres:16\n    volumes:\n      # - ./seed:/docker-entrypoint-initdb.d\n', []],
  ])('%s', (_name, path, text, expected) => {
    expect(seedMounts(path, text).map((m) => `${m.path}@${m.where}`)).toEqual(expected);
  });

  it('holds a file at or below the mount, not a sibling with the same prefix', () => {
    const mounts = seedMounts('compose.yml', 'services:\n  db:\n    image: postgres:16\n    volumes:\n      - ./seed:/docker-entrypoint-initdb.d\n');
    expect(mountHolding(mounts, 'seed/a.sql')?.path).toBe('seed');
    expect(mountHolding(mounts, 'seed/dump.sql.gz!dump.sql')?.path).toBe('seed');
    expect(mountHolding(mounts, 'seeds/a.sql')).toBeUndefined();
  });
});
