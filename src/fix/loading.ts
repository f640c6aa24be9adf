import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Target } from './languages.js';

function read(root: string, name: string): string {
  try {
    return readFileSync(join(root, name), 'utf8');
  } catch {
    return '';
  }
}

/**
 * How the program will receive the variables, said once per kind of file fixed: what the project
 * already uses to load .env, or the one step that makes it (Node's --env-file, python-dotenv, a CI
 * secret). Read from the project's manifests, never guessed from the code fix just wrote.
 */
export function loadingHints(root: string, kinds: Map<Target['kind'], string[]>): string[] {
  const out: string[] = [];
  const pkg = read(root, 'package.json');
  const deps = /"(?:dotenv|@dotenvx\/dotenvx|dotenv-flow)"\s*:/.test(pkg);
  if (kinds.has('node')) {
    if (/"(?:next|vite|nuxt|@sveltejs\/kit|astro)"\s*:/.test(pkg)) out.push('Node: your framework (Next.js, Vite, Nuxt, SvelteKit, Astro) loads .env itself on the server side.');
    else if (deps) out.push('Node: the project already depends on dotenv: make sure the entry point loads it first (import "dotenv/config").');
    else out.push('Node: start the program with node --env-file=.env (Node 20.6 or newer), or npm install dotenv and import "dotenv/config" first.');
  }
  if (kinds.has('python')) {
    const py = read(root, 'requirements.txt') + read(root, 'pyproject.toml') + read(root, 'Pipfile') + read(root, 'setup.cfg');
    if (/django-environ|python-dotenv|pydantic-settings/i.test(py)) out.push('Python: the project already uses a .env loader (python-dotenv, django-environ or pydantic-settings): make sure it runs before the setting is read.');
    else out.push('Python: pip install python-dotenv, then from dotenv import load_dotenv; load_dotenv() at start-up (or export the variables before running).');
  }
  const shellLoad = existsSync(join(root, '.envrc')) ? 'direnv loads it (add "dotenv" to .envrc)' : 'set -a; . ./.env; set +a before running it (or direnv: echo dotenv >> .envrc)';
  if (kinds.has('go')) out.push(`Go: ${shellLoad}, or github.com/joho/godotenv.`);
  if (kinds.has('ruby')) out.push(`Ruby: the dotenv gem (Rails: dotenv-rails) loads .env; or ${shellLoad}.`);
  if (kinds.has('php')) out.push(existsSync(join(root, 'artisan')) ? 'PHP: Laravel loads .env itself.' : `PHP: vlucas/phpdotenv loads .env; or ${shellLoad}.`);
  if (kinds.has('jvm') || kinds.has('spring')) out.push(`JVM: ${shellLoad} (Spring Boot resolves \${NAME} from the environment).`);
  if (kinds.has('dotnet')) out.push(`.NET: ${shellLoad}, or DotNetEnv.`);
  if (kinds.has('shell')) out.push(`Shell: ${shellLoad}.`);
  if (kinds.has('compose')) out.push('docker compose reads .env beside the compose file (or docker compose --env-file .env).');
  if (kinds.has('terraform')) out.push(`Terraform reads TF_VAR_ names from the environment: ${shellLoad} before terraform plan.`);
  if (kinds.has('actions')) out.push(`GitHub Actions: add ${[...new Set(kinds.get('actions'))].join(', ')} as repository secrets (gh secret set <NAME>, pasting the value from .env), then delete them from .env if nothing local needs them.`);
  return out;
}
