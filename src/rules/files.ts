import { baseName } from '../detect/file-kind.js';
/**
 * Files that should never be committed, whatever they contain: the file is the
 * leak (a keystore is binary, a .env holds many secrets at once). Matched on the
 * file's name, so binary files are covered too.
 */
export interface FileRule {
  id: string;
  title: string;
  /** Tested against the file's base name (lower-cased). */
  name: RegExp;
  playbook: string;
  /**
   * Report the file whatever it contains. Otherwise a readable text file is
   * judged by its content (a .pem holding only a certificate is not a leak, one
   * holding a private key is one finding, not two) and the name alone decides
   * only for binary or unreadable files (keystores, .p12).
   */
  byName?: boolean;
  /** A text file of this kind with nothing secret in it is still worth a warning (it belongs in .gitignore). */
  warnWhenClean?: boolean;
  /** The warning's reason then (default "holds no secret yet"). */
  cleanWarning?: 'holds no secret yet' | 'weak password';
  /** Also tested against the whole path (`config/credentials/production.key`), where the name alone says too little. */
  path?: RegExp;
  /** Paths that must match and paths that must not. */
  tps: string[];
  fps: string[];
}

export const fileRules: FileRule[] = [
  {
    // Rails' master key decrypts config/credentials.yml.enc: 32 hex characters no content rule can tell
    // from any other hex, so the name and place decide. (Before the private-key rule, which takes *.key.)
    id: 'rails-master-key',
    title: 'Rails master key staged (decrypts config/credentials)',
    name: /^[\w-]+\.key$/,
    path: /(?:^|\/)config\/(?:master\.key|credentials\/[\w-]+\.key)$/,
    byName: true,
    playbook: 'generic',
    tps: ['config/master.key', 'config/credentials/production.key', 'app/config/credentials/staging.key'],
    fps: ['config/master.key.example', 'certs/server.key', 'config/master.pem'],
  },
  {
    id: 'dotenv-file',
    title: 'Environment file (.env) staged',
    name: /^\.env(?:\.(?!example$|sample$|template$|dist$|defaults$|schema$|test\.example$)[\w.-]+)?$/,
    warnWhenClean: true,
    playbook: 'generic',
    tps: ['.env', 'app/.env.local', '.env.production', '.env.development.local'],
    fps: ['.env.example', '.env.sample', '.env.template', 'docs/env.md', '.envrc.example', 'dotenv.ts'],
  },
  {
    id: 'private-key-file',
    title: 'Private key or certificate bundle file staged',
    name: /(?:^id_(?:rsa|dsa|ecdsa|ed25519)(?:_sk)?$|\.(?:pem|key|p12|pfx|keystore|jks|ppk|asc|gpg|p8)$)/,
    playbook: 'private-key',
    tps: ['id_rsa', '.ssh/id_ed25519', 'certs/server.key', 'tls/server.pem', 'ios/dist.p12', 'android/release.keystore', 'app.jks', 'deploy.ppk', 'AuthKey_ABC123.p8'],
    fps: ['id_rsa.pub', 'keys.ts', 'src/keyboard.js', 'monkey.txt', 'id_rsa.md'],
  },
  {
    id: 'credentials-file',
    title: 'Credentials file staged',
    name: /^(?:\.git-credentials|credentials\.json|client_secret[\w.-]*\.json|service[-_]account[\w.-]*\.json|\.htpasswd|\.s3cfg|\.boto|\.dockercfg)$/,
    playbook: 'generic',
    tps: ['.git-credentials', 'credentials.json', 'client_secret_1234-abc.apps.googleusercontent.com.json', 'service-account.json', '.htpasswd'],
    fps: ['credentials.example.json', 'credentials.ts', 'docs/credentials.md'],
  },
  {
    // Files that hold passwords by design (PostgreSQL, netrc, mail clients, DBeaver's saved connections):
    // a committed one is a leak whatever its password, so one whose password is too weak for the content
    // rules to report is still a warning, never silence.
    id: 'password-store-file',
    title: 'Password file staged (.pgpass, .netrc, mail client or DBeaver credentials)',
    name: /^(?:\.pgpass|\.netrc|_netrc|\.msmtprc|\.fetchmailrc|\.esmtprc|credentials-config\.json)$/,
    warnWhenClean: true,
    cleanWarning: 'weak password',
    playbook: 'database',
    tps: ['.pgpass', 'home/.netrc', '_netrc', '.msmtprc', '.fetchmailrc', '.esmtprc', '.dbeaver/credentials-config.json'],
    fps: ['pgpass.md', 'netrc.py', 'msmtprc.example'],
  },
  {
    id: 'terraform-state',
    title: 'Terraform state file staged (holds resource secrets in plain text)',
    name: /\.tfstate(?:\.backup)?$/,
    // State holds resource attributes (generated passwords, keys) under names no detector knows.
    byName: true,
    playbook: 'generic',
    tps: ['terraform.tfstate', 'envs/prod/terraform.tfstate.backup'],
    fps: ['main.tf', 'terraform.tfvars.example', 'tfstate.md'],
  },
];

const EXAMPLE_SUFFIX = /[.-](?:example|sample|template|dist|defaults)(?:\.|$)/;

export function matchFileRule(path: string): FileRule | undefined {
  const base = baseName(path).toLowerCase();
  if (EXAMPLE_SUFFIX.test(base) && !base.startsWith('.env')) return undefined;
  // Inside an archive (`release.zip!config/master.key`) a place is judged from the archive's own root.
  const within = path.slice(path.lastIndexOf('!') + 1);
  return fileRules.find((r) => r.name.test(base) && (!r.path || r.path.test(within)));
}
