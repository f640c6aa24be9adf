import { base64Json } from '../detect/decode.js';
import type { Rule } from '../detect/types.js';
import { contextual, gen, nearName, prefixed, UUID } from './define.js';

/** The claims part of a Sentry org token (between `sntrys_` and the last `_`) decodes to a JSON object. */
const sentryClaimsDecode = (token: string) => base64Json(token.slice('sntrys_'.length, token.lastIndexOf('_'))) !== undefined;

export const observabilityRules = (): Rule[] => [
  contextual({ id: 'datadog-api-key', title: 'Datadog API key', provider: 'Datadog', playbook: 'api-token', keywords: ['datadog', 'dd_api_key', 'dd-api-key', 'dd_apikey'], value: '[a-f0-9]{32}', example: gen.hex(32) }),
  contextual({ id: 'datadog-app-key', title: 'Datadog application key', provider: 'Datadog', playbook: 'api-token', keywords: ['dd_app_key', 'dd-application-key', 'datadog_app', 'dd_application_key'], value: '[a-f0-9]{40}', example: gen.hex(40) }),
  // https://posthog.com/docs/api/personal-api-keys — full access to the account (phc_ project keys are public: rules/public.ts).
  prefixed({ id: 'posthog-personal-api-key', title: 'PostHog personal API key', provider: 'PostHog', playbook: 'api-token', prefix: 'phx_', body: 'A-Za-z0-9_', len: 43 }),
  prefixed({ id: 'newrelic-user-key', title: 'New Relic user API key', provider: 'New Relic', playbook: 'api-token', prefix: 'NRAK-', body: 'A-Z0-9', len: 27 }),
  prefixed({ id: 'newrelic-insert-key', title: 'New Relic insert key', provider: 'New Relic', playbook: 'api-token', prefix: 'NRII-', body: 'A-Za-z0-9_-', len: 32 }),
  prefixed({ id: 'newrelic-browser-key', title: 'New Relic browser API key', provider: 'New Relic', playbook: 'api-token', prefix: 'NRJS-', body: 'a-f0-9', len: 19, confidence: 'medium' }),
  {
    id: 'newrelic-license-key',
    title: 'New Relic license (ingest) key',
    provider: 'New Relic',
    keywords: ['nral'],
    anchored: true,
    anchorOffset: -36,
    // 40 characters: 32 hex digits (or an EU region's eu01xx and 26) then four more, upper case in the keys New
    // Relic issues (…FFFFNRAL), lower case in older ones.
    regex: /(?<![A-Za-z0-9])((?:[a-f0-9]{32}|eu01xx[a-f0-9]{26})[a-fA-F0-9]{4}NRAL)(?![A-Za-z0-9])/g,
    confidence: 'high',
    playbook: 'api-token',
    tps: () => [`NEW_RELIC_LICENSE_KEY=${gen.hex(32)()}${gen.HEX(4)()}NRAL`, `license_key: ${gen.hex(36)()}NRAL`],
    fps: ['NEW_RELIC_LICENSE_KEY=<license>NRAL', 'keys end in NRAL'],
  },
  // sntrys_<base64 of JSON claims: iat, url, org>_<secret>: claims that do not decode are a look-alike.
  prefixed({ id: 'sentry-org-token', title: 'Sentry organization auth token', provider: 'Sentry', playbook: 'api-token', prefix: 'sntrys_eyJ', body: 'A-Za-z0-9+/=_-', len: [60, 400], validate: sentryClaimsDecode, sample: () => `sntrys_${Buffer.from(JSON.stringify({ iat: 1700000000.5, url: 'https://sentry.io', region_url: 'https://us.sentry.io', org: 'acme' })).toString('base64')}_${gen.alnum(43)()}` }),
  prefixed({ id: 'sentry-user-token', title: 'Sentry user auth token', provider: 'Sentry', playbook: 'api-token', prefix: 'sntryu_', body: 'a-f0-9', len: 64 }),
  contextual({ id: 'sentry-auth-token-legacy', title: 'Sentry auth token', provider: 'Sentry', playbook: 'api-token', keywords: ['sentry_auth_token', 'sentry-auth-token', 'sentry_token'], value: '[a-f0-9]{64}', example: gen.hex(64) }),
  prefixed({ id: 'grafana-cloud-token', title: 'Grafana Cloud API token', provider: 'Grafana', playbook: 'api-token', prefix: 'glc_', body: 'A-Za-z0-9+/=', len: [32, 400] }),
  prefixed({ id: 'grafana-service-account-token', title: 'Grafana service account token', provider: 'Grafana', playbook: 'api-token', prefix: 'glsa_', body: 'A-Za-z0-9_', len: 41 }),
  prefixed({ id: 'grafana-api-key', title: 'Grafana API key (legacy)', provider: 'Grafana', playbook: 'api-token', prefix: 'eyJrIjoi', body: 'A-Za-z0-9=', len: [70, 400] }),
  prefixed({ id: 'honeycomb-ingest-key', title: 'Honeycomb ingest key', provider: 'Honeycomb', playbook: 'api-token', prefix: ['hcaik_', 'hcxik_'], body: 'a-z0-9', len: [58, 64] }),
  contextual({ id: 'honeycomb-api-key', title: 'Honeycomb API key', provider: 'Honeycomb', playbook: 'api-token', keywords: ['honeycomb'], value: '[A-Za-z0-9]{22}|[a-f0-9]{32}', example: gen.alnum(22) }),
  {
    id: 'dynatrace-token',
    title: 'Dynatrace API token',
    provider: 'Dynatrace',
    keywords: ['dt0c01.'],
    anchored: true,
    regex: /(dt0c01\.[A-Z0-9]{24}\.[A-Z0-9]{64})(?![A-Z0-9])/g,
    confidence: 'high',
    playbook: 'api-token',
    tps: () => [`DT_API_TOKEN=dt0c01.${gen.upperAlnum(24)()}.${gen.upperAlnum(64)()}`, `token: "dt0c01.${gen.upperAlnum(24)()}.${gen.upperAlnum(64)()}"`],
    fps: ['DT_API_TOKEN=dt0c01.<id>.<secret>', 'tokens start with dt0c01.'],
  },
  contextual({ id: 'pagerduty-api-key', title: 'PagerDuty API key', provider: 'PagerDuty', playbook: 'api-token', keywords: ['pagerduty', 'pager_duty'], value: 'u\\+[A-Za-z0-9_+-]{18}|[A-Za-z0-9_+-]{20}', example: () => `u+${gen.base64url(18)()}` }),
  contextual({ id: 'splunk-hec-token', title: 'Splunk HEC token', provider: 'Splunk', playbook: 'api-token', keywords: ['splunk'], value: UUID, example: gen.uuid() }),
  contextual({ id: 'logzio-token', title: 'Logz.io token', provider: 'Logz.io', playbook: 'api-token', keywords: ['logz'], value: '[A-Za-z]{32}|' + UUID, example: gen.uuid() }),
  contextual({ id: 'rollbar-token', title: 'Rollbar access token', provider: 'Rollbar', playbook: 'api-token', keywords: ['rollbar'], value: '[a-f0-9]{32}', example: gen.hex(32) }),
  contextual({ id: 'bugsnag-api-key', title: 'Bugsnag API key', provider: 'Bugsnag', playbook: 'api-token', keywords: ['bugsnag'], value: '[a-f0-9]{32}', example: gen.hex(32), confidence: 'low' }),
  nearName({ id: 'loggly-token', title: 'Loggly customer token', provider: 'Loggly', playbook: 'api-token', names: ['loggly'], value: '[a-z0-9]{8}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{12}', edge: 'A-Za-z0-9-', example: gen.uuid() }),
  contextual({ id: 'sumologic-access-key', title: 'Sumo Logic access key', provider: 'Sumo Logic', playbook: 'api-token', keywords: ['sumologic', 'sumo_logic', 'sumo_access'], value: '[A-Za-z0-9]{64}', example: gen.alnum(64) }),
  contextual({ id: 'launchdarkly-key', title: 'LaunchDarkly SDK or API key', provider: 'LaunchDarkly', playbook: 'api-token', keywords: ['launchdarkly', 'launch_darkly'], value: '(?:api|sdk)-' + UUID, example: () => `sdk-${gen.uuid()()}` }),
  contextual({ id: 'opsgenie-api-key', title: 'Opsgenie API key', provider: 'Opsgenie', playbook: 'api-token', keywords: ['opsgenie'], value: UUID, example: gen.uuid() }),
  contextual({ id: 'elastic-cloud-api-key', title: 'Elastic Cloud API key', provider: 'Elastic', playbook: 'api-token', keywords: ['elastic_api_key', 'es_api_key', 'elastic-api-key', 'elasticsearch_api_key'], value: '[A-Za-z0-9_=-]{40,100}', example: gen.base64url(60) }),
];
