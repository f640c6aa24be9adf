import type { Rule } from '../detect/types.js';
import { printableBase64 } from '../detect/decode.js';
import { isPlaceholder } from '../detect/placeholders.js';
import { looksRandom } from '../detect/randomness.js';
import { fake } from './fake.js';

const b64 = (s: string) => Buffer.from(s).toString('base64');


/** Credential files whose format says "this is a secret" regardless of provider. */
export const structuralRules: Rule[] = [
  {
    id: 'docker-config-auth',
    title: 'Registry credentials in a Docker config.json',
    provider: 'Docker',
    keywords: ['"auth"'],
    scope: 'line',
    regex: /"auth"\s*:\s*"([A-Za-z0-9+/]{8,}={0,2})"/g,
    confidence: 'high',
    playbook: 'ci-token',
    validate: (s) => {
      const d = printableBase64(s);
      const colon = d?.indexOf(':') ?? -1;
      return !!d && colon > 0 && d.length - colon > 4 && !isPlaceholder(d.slice(colon + 1));
    },
    tps: () => [`{"auths":{"ghcr.io":{"auth":"${b64(`deploy:${fake.alnum(24)}`)}"}}}`, `      "auth": "${b64(`_json_key:${fake.alnum(40)}`)}"`],
    fps: ['"auth": "dXNlcjo="', `"auth": "${b64('user:<password>')}"`],
  },
  {
    id: 'netrc-password',
    title: 'Password in a .netrc file',
    provider: 'netrc',
    keywords: ['password'],
    appliesTo: (p) => /(^|\/)[._]netrc$/.test(p),
    regex: /\bpassword\s+(\S{4,})/g,
    confidence: 'high',
    playbook: 'generic',
    validate: (s) => !isPlaceholder(s),
    tps: () => [`machine api.acme.io login deploy password ${fake.alnum(24)}`, `machine github.com\n  login me\n  password ${fake.alnum(16)}`],
    fps: ['machine api.acme.io login deploy password <token>', 'default login anonymous password $PASSWORD'],
  },
  {
    id: 'htpasswd-hash',
    title: 'Password hash in htpasswd format (crackable offline)',
    provider: 'htpasswd',
    keywords: ['$apr1$', '$2y$', '$2a$', '$2b$', '$6$', '$5$'],
    regex: /^[A-Za-z0-9_.@-]{1,64}:(\$(?:2[aby]|apr1|5|6)\$[./A-Za-z0-9$]{20,120})\s*$/gm,
    confidence: 'medium',
    playbook: 'generic',
    tps: () => [`admin:$apr1$${fake.alnum(8)}$${fake.alnum(22)}`, `deploy:$2y$10$${fake.alnum(53)}`],
    fps: ['admin:$apr1$...', '# user:$2y$10$<hash>'],
  },
  {
    id: 'kubernetes-secret-data',
    title: 'Kubernetes Secret with data in the manifest',
    provider: 'Kubernetes',
    keywords: ['kind: secret'],
    // The secret values of a Secret manifest are base64 (`data:`) or plain (`stringData:`);
    // the decoded values are scanned too (see src/detect/decode.ts). This rule reports the
    // manifest itself when it holds real-looking data.
    // The keyword gates it to manifests that say `kind: Secret`; the pattern itself
    // only reads the first entry of the data block (horizontal whitespace only, so
    // no two parts compete for newlines: linear).
    regex: /^(?:data|stringData):[ \t]*\r?\n[ \t]+[\w.-]+:[ \t]*["']?([^\s"'#]{8,})/gm,
    confidence: 'medium',
    playbook: 'generic',
    reportAt: 'secret',
    // Names and settings sit in Secrets too (`type: postgresql`, `username: admin`); name-aware detectors
    // judge the decoded entries (src/detect/decode.ts), so this rule reports only random-looking data.
    validate: (s) => !isPlaceholder(s) && !/^\$\{|^\{\{/.test(s) && looksRandom(printableBase64(s) ?? s, 16) && !isPlaceholder(printableBase64(s) ?? s),
    tps: () => [
      `apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ntype: Opaque\ndata:\n  config.json: ${b64(`{"k":"${fake.alnum(20)}"}`)}\n`,
      `kind: Secret\nstringData:\n  token: ${fake.alnum(32)}\n`,
    ],
    fps: ['kind: Secret\nstringData:\n  type: "postgresql"\n  password: "pass"\n', 'kind: Secret\ndata:\n  password: {{ .Values.password | b64enc }}\n', 'kind: Secret\ndata:\n  password: ${DB_PASSWORD}\n', 'kind: ConfigMap\ndata:\n  mode: production-settings\n'],
  },
  {
    id: 'pypirc-password',
    title: 'Password in a .pypirc file',
    provider: 'PyPI',
    keywords: ['password'],
    appliesTo: (p) => /(^|\/)\.pypirc$/.test(p),
    regex: /^[ \t]*password[ \t]*[=:][ \t]*(\S{6,})/gm,
    confidence: 'high',
    playbook: 'pypi',
    validate: (s) => !isPlaceholder(s),
    tps: () => [`[pypi]\nusername = __token__\npassword = ${fake.alnum(30)}`, `password: ${fake.alnum(12)}!`],
    fps: ['password = <your token>', 'password = ${PYPI_TOKEN}'],
  },
  {
    id: 'git-credentials-url',
    title: 'Credentials in a .git-credentials file',
    provider: 'git',
    keywords: ['://'],
    appliesTo: (p) => /(^|\/)\.git-credentials$/.test(p),
    regex: /^[a-z][a-z0-9+.-]*:\/\/[^:\s@/]+:([^@\s]{4,})@/gm,
    confidence: 'high',
    playbook: 'generic',
    validate: (s) => !isPlaceholder(s),
    tps: () => [`https://me:${fake.alnum(30)}@github.com`, `https://deploy:${fake.alnum(20)}@gitlab.acme.io`],
    fps: ['https://me:<token>@github.com', 'https://github.com/org/repo'],
  },
];
