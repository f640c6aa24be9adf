import { describe, expect, it } from 'vitest';
import { fake } from '../../src/rules/fake.js';
import { makeRepo, type TestRepo } from '../helpers/repo.js';

/** A compose file that runs SQL Server for the app's containerised run, and the app's settings for that run. */
function compose(password: string, image = 'mcr.microsoft.com/mssql/server:2022-latest'): string {
  return `services:\n  sqldata:\n    image: ${image}\n    environment:\n      - SA_PASSWORD=${password}\n      - ACCEPT_EULA=Y\n`;
}
function settings(password: string): string {
  return `{\n  "ConnectionStrings": {\n    "CatalogConnection": "Server=sqldata,1433;Database=Catalog;User Id=sa;Password=${password};TrustServerCertificate=true"\n  }\n}\n`;
}
function json(r: { stdout: string }): { file: string; warning?: string; why: string[] }[] {
  return (JSON.parse(r.stdout) as { findings: { file: string; warning?: string; why: string[] }[] }).findings;
}
function withCompose(password: string, image?: string): TestRepo {
  const repo = makeRepo();
  repo.write('docker-compose.yml', compose(password, image));
  repo.git('add', '.');
  repo.commit('the local stack');
  return repo;
}

describe('evidence across files: the password a local stack gives its container', () => {
  it('a staged settings file repeating the compose file\'s password warns, naming the compose file; its own value blocks', () => {
    const pw = `Zq${fake.alnum(18)}`;
    const repo = withCompose(pw);
    repo.write('src/Web/appsettings.Docker.json', settings(pw));
    repo.git('add', '.');
    const same = repo.cli(['scan', '--staged', '--format', 'json']);
    expect(same.code, same.stderr).toBe(0);
    const [f] = json(same);
    expect(f).toMatchObject({ file: 'src/Web/appsettings.Docker.json', warning: 'test fixture' });
    expect(f!.why[1]).toMatch(/the same value is what a local stack's compose file gives its containers \(docker-compose\.yml:5\)/);
    // Nothing was changed by reading the index.
    expect(repo.git('status', '--porcelain')).toBe('A  src/Web/appsettings.Docker.json\n');

    repo.write('src/Web/appsettings.Production.json', settings(`Zq${fake.alnum(18)}`));
    repo.git('add', '.');
    const own = repo.cli(['scan', '--staged']);
    expect(own.code).toBe(1);
    expect(own.stdout).toMatch(/src\/Web\/appsettings\.Production\.json:3:\d+ {2}Password in a connection string\n/);
    for (const r of [same, own]) expect(r.stdout + r.stderr).not.toContain(pw);
  });

  it('a compose file that runs no local service gives no such evidence: the same value blocks in both files', () => {
    const pw = `Zq${fake.alnum(18)}`;
    const repo = withCompose(pw, 'registry.acme.io/shop/web:1.4');
    repo.write('src/Web/appsettings.Docker.json', settings(pw));
    repo.git('add', '.');
    expect(repo.cli(['scan', '--staged']).code).toBe(1);
    const tree = repo.cli(['scan', '--format', 'json']);
    expect(json(tree).filter((f) => !f.warning).map((f) => f.file).sort()).toEqual(['docker-compose.yml', 'src/Web/appsettings.Docker.json']);
  });

  it('a whole-tree scan, a history scan and explain weigh it the same way', () => {
    const pw = `Zq${fake.alnum(18)}`;
    const repo = withCompose(pw);
    repo.write('src/Web/appsettings.Docker.json', settings(pw));
    repo.git('add', '.');
    repo.commit('settings');
    for (const args of [['scan'], ['scan', '--history']]) {
      const r = repo.cli([...args, '--format', 'json']);
      expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(0);
      expect(json(r).find((f) => f.file === 'src/Web/appsettings.Docker.json')).toMatchObject({ warning: 'test fixture' });
    }
    const why = repo.cli(['explain', 'src/Web/appsettings.Docker.json:3', '--no-color']);
    expect(why.stdout).toMatch(/connection-string-password .+ — warning: test fixture\n.*\n {4}· warning \(test fixture\): the same value is what a local stack's compose file gives its containers \(docker-compose\.yml:5\)/);
    expect(why.stdout).not.toContain(pw);
  });

  it('a provider format is no local credential, wherever it repeats', () => {
    const key = fake.join('sk_live_', fake.alnum(24));
    const repo = withCompose(key);
    repo.write('src/app.env', `STRIPE_KEY=${key}\n`);
    repo.git('add', '.');
    const r = repo.cli(['scan', '--staged']);
    expect(r.code).toBe(1);
    expect(r.stdout).not.toContain(key);
  });
});

/** A local stack whose database runs the scripts of a folder at its first start, and an identity server importing a realm. */
function seededCompose(initSource: string, image = 'postgres:16'): string {
  return [
    'services:',
    '  db:',
    `    image: ${image}`,
    '    volumes:',
    `      - ${initSource}:/docker-entrypoint-initdb.d:ro`,
    '      - pgdata:/var/lib/postgresql/data',
    '  idp:',
    '    image: quay.io/keycloak/keycloak:26.0',
    '    volumes:',
    '      - type: bind',
    '        source: ../realms/acme.json',
    '        target: /opt/keycloak/data/import/realm.json',
    '  web:',
    '    build: .',
    '    volumes:',
    '      - ./config:/app/config',
    'volumes:',
    '  pgdata:',
    '',
  ].join('\n');
}

describe('evidence across files: data a local stack mounts into its services', () => {
  const dump = (pw: string) => `CREATE ROLE app WITH LOGIN PASSWORD '${pw}';\n`;
  // A DER sequence's header, then random bytes: what a key looks like to the rule wherever it is written.
  const key = () => {
    const der = Buffer.concat([Buffer.from([0x30, 0x82, 0x04, 0xa6]), Buffer.from(fake.hex(1190 * 2), 'hex')]).toString('base64');
    return `-----BEGIN RSA PRIVATE KEY-----\n${der.match(/.{1,64}/g)!.join('\n')}\n-----END RSA PRIVATE KEY-----\n`;
  };

  it("a database's init scripts and an identity server's realm export warn, naming the compose file's line; the app's own mount blocks", () => {
    const repo = makeRepo();
    repo.write('docker/compose.ci.yml', seededCompose('./ci/postgres'));
    repo.write('docker/ci/postgres/init.sql', dump(`Zq${fake.alnum(20)}`));
    repo.write('realms/acme.json', `{\n  "realm": "dev",\n  "clients": [{ "clientId": "web", "secret": "${fake.alnum(32)}" }]\n}\n`);
    repo.write('docker/config/app.ini', `api_secret = ${fake.alnum(32)}\n`);
    repo.git('add', '.');
    const r = repo.cli(['scan', '--staged', '--format', 'json']);
    const byFile = Object.fromEntries(json(r).map((f) => [f.file, f]));
    expect(byFile['docker/ci/postgres/init.sql']).toMatchObject({ warning: 'test fixture' });
    expect(byFile['docker/ci/postgres/init.sql']!.why.at(-1)).toMatch(/a local stack's compose file mounts docker\/ci\/postgres into a data service's container \(docker\/compose\.ci\.yml:5\)/);
    expect(byFile['realms/acme.json']).toMatchObject({ warning: 'test fixture' });
    expect(byFile['realms/acme.json']!.why.at(-1)).toMatch(/\(docker\/compose\.ci\.yml:11\)/);
    // The app's container is no data service: what it mounts is the app's settings.
    expect(byFile['docker/config/app.ini']?.warning).toBeUndefined();
    expect(byFile['docker/config/app.ini']).toBeDefined();
    expect(r.code).toBe(1);
    expect(repo.git('status', '--porcelain').split('\n').filter(Boolean).every((l) => l.startsWith('A  '))).toBe(true);
  });

  it('a private key in a mounted dump warns too; a key outside the mount blocks', () => {
    const repo = makeRepo();
    repo.write('compose.yaml', seededCompose('./db-init'));
    repo.write('db-init/keys.sql', `INSERT INTO keys VALUES ('${key()}');\n`);
    repo.write('certs/server.key', key());
    repo.git('add', '.');
    const found = json(repo.cli(['scan', '--staged', '--format', 'json']));
    expect(found.filter((f) => !f.warning).map((f) => f.file)).toEqual(['certs/server.key']);
    expect(found.find((f) => f.file === 'db-init/keys.sql')).toMatchObject({ warning: 'test fixture' });
  });

  it("a proxy's mounts, a mount outside the repository and an image that is no data service give no evidence", () => {
    const repo = makeRepo();
    repo.write('compose.yaml', ['services:', '  proxy:', '    image: nginx:1.27', '    volumes:', '      - ./tls:/etc/nginx/tls', '  db:', '    image: postgres:16', '    volumes:', '      - ../shared/init:/docker-entrypoint-initdb.d', ''].join('\n'));
    repo.write('tls/site.key', key());
    repo.write('init/app.sql', dump(`Zq${fake.alnum(20)}`));
    repo.git('add', '.');
    const found = json(repo.cli(['scan', '--staged', '--format', 'json']));
    expect(found.filter((f) => !f.warning).map((f) => f.file).sort()).toEqual(['init/app.sql', 'tls/site.key']);
  });

  it('explain and a whole-tree scan say the same', () => {
    const repo = makeRepo();
    repo.write('compose.yaml', seededCompose('./db-init'));
    repo.write('db-init/init.sql', dump(`Zq${fake.alnum(20)}`));
    repo.git('add', '.');
    repo.commit('the local stack');
    expect(json(repo.cli(['scan', '--format', 'json'])).find((f) => f.file === 'db-init/init.sql')).toMatchObject({ warning: 'test fixture' });
    expect(repo.cli(['explain', 'db-init/init.sql:1', '--no-color']).stdout).toMatch(/mounts db-init into a data service's container \(compose\.yaml:5\)/);
  });
});

describe('evidence across files: a file only the test suite names', () => {
  function fixtureRepo(): { repo: TestRepo; pw: string } {
    const repo = makeRepo();
    const pw = fake.alnum(32);
    repo.write('server/configs/authz.conf', `authorization {\n  user: derek\n  password: "${pw}"\n}\n`);
    repo.write('server/opts_test.go', 'package server\n\nfunc TestAuthorization(t *testing.T) {\n\topts := LoadConfig("./configs/authz.conf")\n}\n');
    repo.write('README.md', 'See server/configs/authz.conf for an example.\n');
    return { repo, pw };
  }

  it('warns on a staged configuration that only tests name (documentation naming it says nothing), naming them', () => {
    const { repo, pw } = fixtureRepo();
    repo.git('add', '.');
    const r = repo.cli(['scan', '--staged', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const [f] = json(r);
    expect(f).toMatchObject({ file: 'server/configs/authz.conf', warning: 'test fixture' });
    expect(f!.why[1]).toBe('warning (test fixture): only tests name this file (server/opts_test.go): a fixture the test suite loads (a file the program names would block)');
    expect(r.stdout).not.toContain(pw);
  });

  it('odd file names (spaces, unicode) are looked for as written', () => {
    const repo = makeRepo();
    repo.write('srv/cönf igs/a uth.conf', `password: "${fake.alnum(32)}"\n`);
    repo.write('srv/x_test.go', 'func TestX(t *testing.T) { load("cönf igs/a uth.conf") }\n');
    repo.git('add', '.');
    const r = repo.cli(['scan', '--staged', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(json(r)[0]).toMatchObject({ file: 'srv/cönf igs/a uth.conf', warning: 'test fixture' });
  });

  it('blocks once program code names it too, or when nothing names it', () => {
    const { repo } = fixtureRepo();
    repo.write('server/opts.go', 'package server\n\nconst defaultConfig = "./configs/authz.conf"\n');
    repo.git('add', '.');
    expect(repo.cli(['scan', '--staged']).code).toBe(1);
    const alone = makeRepo();
    alone.write('server/configs/authz.conf', `password: "${fake.alnum(32)}"\n`);
    alone.git('add', '.');
    expect(alone.cli(['scan', '--staged']).code).toBe(1);
  });

  it('a file at the top of the repository is a tool\'s settings, found by name: CI naming it says nothing', () => {
    const repo = makeRepo();
    repo.write('tox.ini', `[testenv:coverage]\ncommands = codecov -e TOXENV --token=${fake.hex(8)}-${fake.hex(4)}-${fake.hex(4)}-${fake.hex(4)}-${fake.hex(12)} --required\n`);
    repo.write('.github/workflows/ci.yml', 'jobs:\n  test:\n    steps:\n      - run: tox -c tox.ini\n');
    repo.git('add', '.');
    expect(repo.cli(['scan', '--staged']).code).toBe(1);
  });

  it('source code is loaded by its module, not its path: a test naming it (an installer asserting what it generates) says nothing', () => {
    const repo = makeRepo();
    repo.write('lib/app_web/endpoint.ex', `defmodule AppWeb.Endpoint do\n  @session_options [signing_salt: "x", secret_key_base: "${fake.alnum(48)}"]\nend\n`);
    repo.write('installer/test/phx_new_test.exs', 'assert_file "phx_blog/lib/app_web/endpoint.ex"\n');
    repo.git('add', '.');
    expect(repo.cli(['scan', '--staged']).code).toBe(1);
  });

  it('a name a framework loads by itself is never taken this way, whoever names it', () => {
    const repo = makeRepo();
    repo.write('config/database.yml', `production:\n  password: "${fake.alnum(32)}"\n`);
    repo.write('spec/config_spec.rb', 'describe "config" do\n  it { expect(File.read("config/database.yml")).to include("production") }\nend\n');
    repo.git('add', '.');
    expect(repo.cli(['scan', '--staged']).code).toBe(1);
  });

  it("a history scan weighs a fixture deleted since by its own commit's tree; with nothing naming it there, it blocks", () => {
    const { repo, pw } = fixtureRepo();
    repo.git('add', '.');
    repo.commit('fixtures');
    repo.git('rm', '-q', '-r', 'server');
    repo.commit('the server moves out');
    const hist = repo.cli(['scan', '--history', '--format', 'json']);
    expect(hist.code, hist.stderr).toBe(0);
    expect(json(hist)[0]).toMatchObject({ file: 'server/configs/authz.conf', warning: 'test fixture' });
    expect(json(hist)[0]!.why[1]).toMatch(/^warning \(test fixture\): only tests name this file \(server\/opts_test\.go\)/);
    expect(hist.stdout).not.toContain(pw);
    const alone = makeRepo();
    alone.write('server/configs/authz.conf', `password: "${fake.alnum(32)}"\n`);
    alone.git('add', '.');
    alone.commit('config');
    alone.git('rm', '-q', '-r', 'server');
    alone.commit('gone');
    expect(alone.cli(['scan', '--history']).code).toBe(1);
  });

  it('a file HEAD still has is judged by HEAD\'s tree: once no test names it there, its history blocks', () => {
    const { repo } = fixtureRepo();
    repo.git('add', '.');
    repo.commit('fixtures');
    repo.git('rm', '-q', 'server/opts_test.go');
    repo.commit('the test goes');
    expect(repo.cli(['scan', '--history']).code).toBe(1);
  });

  it("a push of a branch other than HEAD is weighed by that branch's compose file, not the checkout's", () => {
    const pw = `Zq${fake.alnum(18)}`;
    const repo = makeRepo();
    repo.write('README.md', 'shop\n');
    repo.git('add', '.');
    repo.commit('start');
    repo.git('checkout', '-q', '-b', 'containers');
    repo.write('docker-compose.yml', compose(pw));
    repo.git('add', '.');
    repo.commit('the local stack');
    const pushed = repo.git('rev-parse', 'HEAD').trim();
    repo.write('src/Web/appsettings.Docker.json', settings(pw));
    repo.git('add', '.');
    repo.commit('settings for the containerised run');
    const tip = repo.git('rev-parse', 'HEAD').trim();
    repo.git('checkout', '-q', 'main');
    const push = repo.cli(['pre-push', 'origin'], `refs/heads/containers ${tip} refs/heads/containers ${pushed}\n`);
    expect(push.code, push.stdout + push.stderr).toBe(0);
    expect(push.stdout + push.stderr).not.toContain(pw);
    expect(repo.git('status', '--porcelain')).toBe('');
  });

  it('a history scan weighs it by HEAD; explain says the same; the index and working tree are untouched', () => {
    const { repo, pw } = fixtureRepo();
    repo.git('add', '.');
    repo.commit('fixtures');
    const hist = repo.cli(['scan', '--history', '--format', 'json']);
    expect(hist.code, hist.stderr).toBe(0);
    expect(json(hist)[0]).toMatchObject({ file: 'server/configs/authz.conf', warning: 'test fixture' });
    const why = repo.cli(['explain', 'server/configs/authz.conf:3', '--no-color']);
    expect(why.stdout).toContain('· warning (test fixture): only tests name this file (server/opts_test.go)');
    expect(why.stdout + hist.stdout).not.toContain(pw);
    expect(repo.git('status', '--porcelain')).toBe('');
  });
});

describe("evidence outside a commit's patch: its finding judged in the whole file as the commit has it", () => {
  /** A method whose docstring shows an example response, long enough that a patch's three lines of context miss its opening quotes. */
  function handler(token: string): string {
    const filler = Array.from({ length: 12 }, (_, i) => `            "field_${i}": "value ${i}",`).join('\n');
    return `def get_settings(self):\n    """ Return the notifier's settings.\n\n    Returns:\n        json:\n            {\n${filler}\n            "bot_token": "${token}",\n            "chat_id": "123456"\n            }\n    """\n    return self.settings\n`;
  }

  it('a value a patch shows without its docstring is a warning when staged and in the history; the same value in code still blocks', () => {
    const repo = makeRepo();
    repo.write('plexpy/webserve.py', handler('placeholder'));
    repo.git('add', '.');
    repo.commit('the handler');
    const token = `Zq${fake.alnum(22)}`;
    repo.write('plexpy/webserve.py', handler(token));
    repo.git('add', '.');
    // The staged change shows the line without the docstring's opening; the whole staged file shows it.
    const staged = repo.cli(['scan', '--staged', '--format', 'json']);
    expect(staged.code, staged.stderr).toBe(0);
    expect(json(staged)[0]).toMatchObject({ file: 'plexpy/webserve.py', warning: 'documentation example' });
    expect(json(staged)[0]!.why.join('\n')).toMatch(/judged in the whole file as staged/);
    expect(repo.git('status', '--porcelain')).toBe('M  plexpy/webserve.py\n');
    repo.commit('document the response');
    const history = repo.cli(['scan', '--history', '--format', 'json']);
    expect(history.code, history.stdout).toBe(0);
    const [f] = json(history);
    expect(f).toMatchObject({ file: 'plexpy/webserve.py', warning: 'documentation example' });
    expect(f!.why.join('\n')).toMatch(/judged in the whole file as commit [0-9a-f]{12} has it/);

    // The same value put in code, in a later commit, blocks there.
    repo.write('plexpy/notifiers.py', `BOT_TOKEN = "${token}"\n`);
    repo.git('add', '.');
    repo.commit('hard-code it');
    const again = repo.cli(['scan', '--history', '--format', 'json']);
    expect(again.code).toBe(1);
    expect(json(again).filter((x) => !x.warning).map((x) => x.file)).toEqual(['plexpy/notifiers.py']);
    for (const r of [staged, history, again]) expect(r.stdout + r.stderr).not.toContain(token);
  });
  it('reads the whole file under an odd name (spaces, accents) from the index and from its commit', () => {
    const repo = makeRepo();
    const file = 'docs api/réponse exemple.py';
    repo.write(file, handler('placeholder'));
    repo.git('add', '.');
    repo.commit('the handler');
    const token = `Zq${fake.alnum(22)}`;
    repo.write(file, handler(token));
    repo.git('add', '.');
    const staged = repo.cli(['scan', '--staged', '--format', 'json']);
    expect(staged.code, staged.stdout).toBe(0);
    expect(json(staged)[0]).toMatchObject({ file, warning: 'documentation example' });
    repo.commit('document the response');
    const history = repo.cli(['scan', '--history', '--format', 'json']);
    expect(history.code, history.stdout).toBe(0);
    expect(json(history)[0]).toMatchObject({ file, warning: 'documentation example' });
    for (const r of [staged, history]) expect(r.stdout + r.stderr).not.toContain(token);
  });
});
