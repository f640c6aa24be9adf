import type { Rule } from '../detect/types.js';
import { contextual, gen, prefixed, UUID } from './define.js';

/** A badge image's address with a token in its query (`…/tree/main.svg?style=shield&circle-token=…`). */
const STATUS_BADGE = /\.(?:svg|png)\?(?:[\w.=-]{0,40}&)?circle-token=/;

/** Source hosting beyond GitHub and GitLab, CI/CD, artifact stores and code-quality services. */
export const ciRules = (): Rule[] => [
  prefixed({ id: 'bitbucket-app-password', title: 'Bitbucket app password', provider: 'Bitbucket', playbook: 'ci-token', prefix: 'ATBB', body: 'A-Za-z0-9', len: 32 }),
  prefixed({ id: 'bitbucket-access-token', title: 'Bitbucket repository/project access token', provider: 'Bitbucket', playbook: 'ci-token', prefix: 'ATCTT3xFfGN0', body: 'A-Za-z0-9_=-', len: [100, 250] }),
  contextual({ id: 'bitbucket-client-secret', title: 'Bitbucket OAuth consumer secret', provider: 'Bitbucket', playbook: 'ci-token', keywords: ['bitbucket'], value: '[A-Za-z0-9_-]{32}', example: gen.base64url(32) }),
  prefixed({ id: 'atlassian-api-token', title: 'Atlassian API token', provider: 'Atlassian', playbook: 'ci-token', prefix: 'ATATT3xFfGF0', body: 'A-Za-z0-9_=-', len: [150, 250] }),
  contextual({ id: 'atlassian-legacy-token', title: 'Atlassian (Jira/Confluence) API token', provider: 'Atlassian', playbook: 'ci-token', keywords: ['atlassian', 'jira_', 'jira-', 'confluence'], value: '[A-Za-z0-9]{24}', example: gen.alnum(24) }),
  prefixed({ id: 'circleci-personal-token', title: 'CircleCI personal API token', provider: 'CircleCI', playbook: 'ci-token', prefix: 'CCIPAT_', body: 'A-Za-z0-9_', len: [60, 70] }),
  prefixed({ id: 'circleci-project-token', title: 'CircleCI project API token', provider: 'CircleCI', playbook: 'ci-token', prefix: 'CCIPRJ_', body: 'A-Za-z0-9_', len: [60, 70] }),
  contextual({
    id: 'circleci-legacy-token', title: 'CircleCI API token', provider: 'CircleCI', playbook: 'ci-token', keywords: ['circleci', 'circle_token', 'circle-token'], value: '[a-f0-9]{40}', example: gen.hex(40),
    // A status badge's image address carries a token of CircleCI's "Status" scope, made to be embedded in a README:
    // it reads whether the build passed, nothing else.
    warning: (_s, { line }) => (STATUS_BADGE.test(line) ? 'public by design' : undefined),
  }),
  contextual({ id: 'travis-ci-token', title: 'Travis CI access token', provider: 'Travis CI', playbook: 'ci-token', keywords: ['travis'], value: '[A-Za-z0-9_-]{22}', example: gen.base64url(22) }),
  prefixed({ id: 'buildkite-token', title: 'Buildkite API access token', provider: 'Buildkite', playbook: 'ci-token', prefix: 'bkua_', body: 'a-f0-9', len: 40 }),
  prefixed({ id: 'buildkite-agent-token', title: 'Buildkite agent token', provider: 'Buildkite', playbook: 'ci-token', prefix: 'bkct_', body: 'a-zA-Z0-9', len: [40, 64] }),
  contextual({ id: 'drone-ci-token', title: 'Drone CI token', provider: 'Drone', playbook: 'ci-token', keywords: ['drone_token', 'drone-token', 'drone_secret'], value: '[A-Za-z0-9]{32}', example: gen.alnum(32) }),
  prefixed({ id: 'dockerhub-pat', title: 'Docker Hub personal access token', provider: 'Docker Hub', playbook: 'ci-token', prefix: 'dckr_pat_', body: 'A-Za-z0-9_-', len: 27 }),
  prefixed({ id: 'dockerhub-oat', title: 'Docker Hub organization access token', provider: 'Docker Hub', playbook: 'ci-token', prefix: 'dckr_oat_', body: 'A-Za-z0-9_-', len: [27, 40] }),
  prefixed({ id: 'jfrog-api-key', title: 'JFrog Artifactory API key', provider: 'JFrog', playbook: 'ci-token', prefix: 'AKCp', body: 'A-Za-z0-9', len: 69 }),
  prefixed({ id: 'jfrog-identity-token', title: 'JFrog identity/reference token', provider: 'JFrog', playbook: 'ci-token', prefix: 'cmVmdGtuOjAxOj', body: 'A-Za-z0-9', len: [45, 60] }),
  prefixed({ id: 'sonarqube-token', title: 'SonarQube token', provider: 'Sonar', playbook: 'ci-token', prefix: ['squ_', 'sqp_', 'sqa_'], body: 'a-f0-9', len: 40 }),
  contextual({ id: 'sonarcloud-token', title: 'SonarCloud token', provider: 'Sonar', playbook: 'ci-token', keywords: ['sonar_token', 'sonar.login', 'sonarcloud', 'sonar-token'], value: '[a-f0-9]{40}', example: gen.hex(40) }),
  contextual({ id: 'snyk-token', title: 'Snyk API token', provider: 'Snyk', playbook: 'ci-token', keywords: ['snyk'], value: UUID, example: gen.uuid() }),
  contextual({ id: 'codecov-token', title: 'Codecov upload token', provider: 'Codecov', playbook: 'ci-token', keywords: ['codecov'], value: UUID, example: gen.uuid() }),
  contextual({ id: 'coveralls-token', title: 'Coveralls repo token', provider: 'Coveralls', playbook: 'ci-token', keywords: ['coveralls'], value: '[A-Za-z0-9]{32,37}', example: gen.alnum(33) }),
  prefixed({ id: 'gitea-token', title: 'Gitea/Forgejo access token (with context)', provider: 'Gitea', playbook: 'ci-token', prefix: 'gta_', body: 'a-f0-9', len: 40, confidence: 'medium' }),
  contextual({ id: 'argo-cd-token', title: 'Argo CD auth token', provider: 'Argo CD', playbook: 'ci-token', keywords: ['argocd_auth_token', 'argocd-auth-token', 'argocd_token'], value: 'eyJ[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,}', example: () => `eyJ${gen.base64url(20)()}.${gen.base64url(40)()}.${gen.base64url(43)()}` }),
];
