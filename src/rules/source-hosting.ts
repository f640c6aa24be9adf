import { hasBase62Crc32 } from '../detect/checksum.js';
import { fake } from './fake.js';
import type { Rule } from '../detect/types.js';

// https://github.blog/2021-04-05-behind-githubs-new-authentication-token-formats/
// prefix + 30 random base62 characters + 6-character base62 CRC32 of those 30.
const githubKinds: [string, string][] = [
  ['ghp', 'GitHub personal access token (classic)'],
  ['gho', 'GitHub OAuth access token'],
  ['ghu', 'GitHub user-to-server token'],
  ['ghs', 'GitHub server-to-server (app installation) token'],
  ['ghr', 'GitHub refresh token'],
];

const githubChecksummed: Rule[] = githubKinds.map(([prefix, title]) => ({
  id: `github-${prefix}`,
  title,
  provider: 'GitHub',
  keywords: [`${prefix}_`],
  anchored: true,
  regex: new RegExp(`(?<![A-Za-z0-9_])(${prefix}_[A-Za-z0-9]{36})(?![A-Za-z0-9_])`, 'g'),
  validate: (s: string) => hasBase62Crc32(s, 4),
  confidence: 'high' as const,
  playbook: 'github',
  // https://docs.github.com/en/apps/creating-github-apps/authenticating-with-a-github-app/generating-an-installation-access-token-for-a-github-app
  ...(prefix === 'ghs' ? { shortLived: () => 'an hour (a GitHub App installation token)' } : {}),
  tps: () => [`GITHUB_TOKEN=${fake.checksummed(`${prefix}_`)}`, `  token: "${fake.checksummed(`${prefix}_`)}"`],
  fps: [
    // Right shape, wrong checksum: a look-alike, not a token.
    `token = "${prefix}_R8fQz2LmW0pXc4VbN7sKd1TjY6hGe3Ua9oIi"`,
    `const re = /${prefix}_[A-Za-z0-9]{36}/`,
  ],
}));

export const sourceHostingRules = (): Rule[] => [
  {
    // https://sourcegraph.com/docs/cli/how-tos/creating_an_access_token — sgp_<16 hex instance id | local>_<40 hex>, or legacy sgp_<40 hex>.
    id: 'sourcegraph-token',
    title: 'Sourcegraph access token',
    provider: 'Sourcegraph',
    keywords: ['sgp_'],
    anchored: true,
    regex: /(?<![A-Za-z0-9_])(sgp_(?:(?:[a-fA-F0-9]{16}|local)_)?[a-fA-F0-9]{40})(?![A-Za-z0-9_])/g,
    entropy: 3,
    confidence: 'high',
    playbook: 'api-token',
    tps: () => [`SRC_ACCESS_TOKEN=sgp_${fake.hex(16)}_${fake.hex(40)}`, `token: "sgp_local_${fake.hex(40)}"`, `sgp_${fake.hex(40)}`],
    fps: ['sgp_<token>', `sgp_${'0'.repeat(40)}`],
  },
  ...githubChecksummed,
  {
    id: 'github-fine-grained-pat',
    title: 'GitHub fine-grained personal access token',
    provider: 'GitHub',
    keywords: ['github_pat_'],
    anchored: true,
    regex: /(github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})(?![A-Za-z0-9_])/g,
    entropy: 4.0,
    confidence: 'high',
    playbook: 'github',
    tps: () => [`GH_TOKEN=${fake.join('github_pat_', fake.alnum(22), '_', fake.alnum(59))}`, `"token": "${fake.join('github_pat_', fake.alnum(22), '_', fake.alnum(59))}"`],
    fps: ['GH_TOKEN=github_pat_${TOKEN}', 'tokens look like github_pat_<22 chars>_<59 chars>'],
  },
  {
    id: 'gitlab-pat',
    title: 'GitLab personal, project or group access token',
    provider: 'GitLab',
    keywords: ['glpat-'],
    anchored: true,
    // (?=(x))\2 is an atomic group: the body is matched once, never re-tried at
    // shorter lengths, which keeps runs of "glpat-glpat-…" linear.
    regex: /(glpat-(?=([0-9A-Za-z_-]{20,64}))\2(?:\.[0-9a-z]{2}\.[0-9a-z]{7,9})?)(?![0-9A-Za-z_-])/g,
    entropy: 3.0,
    confidence: 'high',
    playbook: 'gitlab',
    tps: () => [`GITLAB_TOKEN=glpat-${fake.base64url(20)}`, `private_token: "glpat-${fake.alnum(27)}.01.${fake.lowerAlnum(9)}"`],
    fps: ['GITLAB_TOKEN=glpat-xxxxxxxxxxxxxxxxxxxx', 'use a glpat- token'],
  },
  {
    id: 'gitlab-runner-token',
    title: 'GitLab runner authentication or registration token',
    provider: 'GitLab',
    keywords: ['glrt-', 'gr1348941'],
    anchored: true,
    regex: /((?:glrt-|GR1348941)(?=([0-9A-Za-z_-]{20,64}))\2)(?![0-9A-Za-z_-])/g,
    entropy: 3.0,
    confidence: 'high',
    playbook: 'gitlab',
    tps: () => [`token = "glrt-${fake.base64url(20)}"`, `--registration-token GR1348941${fake.alnum(20)}`],
    fps: ['token = "glrt-REPLACE_WITH_TOKEN_VALUE"', 'GR1348941 is the old registration prefix'],
  },
  {
    id: 'gitlab-deploy-token',
    title: 'GitLab deploy, feed, job, SCIM, OAuth application, incoming mail or agent token',
    provider: 'GitLab',
    keywords: ['gldt-', 'glft-', 'glcbt-', 'glsoat-', 'gloas-', 'glimt-', 'glagent-'],
    anchored: true,
    regex: /((?:gldt|glft|glcbt|glsoat|gloas|glimt|glagent)-(?=([0-9A-Za-z_-]{20,64}))\2)(?![0-9A-Za-z_-])/g,
    entropy: 3.0,
    confidence: 'high',
    playbook: 'gitlab',
    tps: () => [`DEPLOY_TOKEN=gldt-${fake.base64url(20)}`, `SCIM_TOKEN=glsoat-${fake.base64url(20)}`],
    fps: ['DEPLOY_TOKEN=gldt-<token>', 'deploy tokens begin with gldt-'],
  },
  {
    // A pipeline trigger token (glptt-, 40 hex characters today) starts pipelines with the variables it is given.
    id: 'gitlab-pipeline-trigger-token',
    title: 'GitLab pipeline trigger token',
    provider: 'GitLab',
    keywords: ['glptt-'],
    anchored: true,
    regex: /(?<![0-9A-Za-z_-])(glptt-(?=([0-9A-Za-z_-]{20,64}))\2)(?![0-9A-Za-z_-])/g,
    entropy: 3.0,
    confidence: 'high',
    playbook: 'gitlab',
    tps: () => [`curl -F token=glptt-${fake.hex(40)} -F ref=main https://gitlab.com/api/v4/projects/1/trigger/pipeline`, `TRIGGER_TOKEN=glptt-${fake.hex(40)}`],
    fps: ['TRIGGER_TOKEN=glptt-<token>', 'trigger tokens begin with glptt-'],
  },
  {
    // Routable runner authentication tokens (glrtr-) and workspace tokens (glwt-): a base64url payload and,
    // when routable, a dot and 9 characters of checksum, as GitLab's routable personal access tokens.
    id: 'gitlab-routable-token',
    title: 'GitLab routable runner or workspace token',
    provider: 'GitLab',
    keywords: ['glrtr-', 'glwt-'],
    anchored: true,
    regex: /(?<![0-9A-Za-z_-])((?:glrtr|glwt)-(?=([0-9A-Za-z_-]{20,300}))\2(?:\.[0-9a-z]{9})?)(?![0-9A-Za-z_.-])/g,
    entropy: 3.0,
    confidence: 'high',
    playbook: 'gitlab',
    tps: () => [`token = "${fake.join('glrtr-', fake.base64url(40), '.', fake.lowerAlnum(9))}"`, `GITLAB_WORKSPACE_TOKEN=${fake.join('glwt-', fake.base64url(27))}`],
    fps: ['token = "glrtr-<runner token>"', 'workspace tokens begin with glwt-'],
  },
  {
    // The feature-flags client token (Unleash-compatible): glffct- and 20 characters (gitleaks' gitlab-ffct).
    id: 'gitlab-feature-flag-token',
    title: 'GitLab feature flags client token',
    provider: 'GitLab',
    keywords: ['glffct-'],
    anchored: true,
    regex: /(glffct-[0-9A-Za-z_-]{20})(?![0-9A-Za-z_-])/g,
    entropy: 3.0,
    confidence: 'high',
    playbook: 'gitlab',
    tps: () => [`UNLEASH_INSTANCE_ID=${fake.join('glffct-', fake.alnum(20))}`, `instanceId: '${fake.join('glffct-', fake.alnum(20))}'`],
    fps: ['UNLEASH_INSTANCE_ID=glffct-<instance id>', 'client tokens begin with glffct-'],
  },
  {
    // A signed-in GitLab web session, pasted with a cookie header or a curl command.
    id: 'gitlab-session-cookie',
    title: 'GitLab session cookie',
    provider: 'GitLab',
    keywords: ['_gitlab_session='],
    anchored: true,
    regex: /_gitlab_session=([0-9a-z]{32})(?![0-9a-z])/g,
    entropy: 3.0,
    confidence: 'high',
    playbook: 'gitlab',
    tps: () => [`curl -H "Cookie: _gitlab_session=${fake.hex(32)}" https://gitlab.acme.io/api/v4/user`, `Cookie: _gitlab_session=${fake.lower(16)}${fake.hex(16)}`],
    fps: ['Cookie: _gitlab_session=<session>', 'the _gitlab_session= cookie expires after a week'],
  },
];
