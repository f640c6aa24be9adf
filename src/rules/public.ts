import type { Rule } from '../detect/types.js';
import { prefixed } from './define.js';
import { fake } from './fake.js';

/**
 * Keys that are public by design: they ship to every browser or app that uses
 * them, and the provider expects that (access is restricted by domain, by
 * rules, or by what the key can do). Reported as warnings, never blocks, so a
 * user still learns that the matching secret key must not be next to them.
 */
const publicByDesign = () => 'public by design' as const;

export const publicRules = (): Rule[] => [
  // https://docs.stripe.com/keys#obtain-api-keys — publishable keys identify the account in Stripe.js.
  { ...prefixed({ id: 'stripe-publishable-key', title: 'Stripe publishable key', provider: 'Stripe', playbook: 'stripe', prefix: ['pk_live_', 'pk_test_'], body: 'A-Za-z0-9', len: [24, 247], confidence: 'low' }), warning: publicByDesign },
  // https://docs.mapbox.com/help/glossary/access-token/ — public (pk.) tokens are meant for client code.
  { ...prefixed({ id: 'mapbox-public-token', title: 'Mapbox public access token', provider: 'Mapbox', prefix: 'pk.eyJ1', body: 'A-Za-z0-9_.-', len: [40, 300], confidence: 'low' }), warning: publicByDesign },
  // https://supabase.com/docs/guides/api/api-keys — publishable keys replace the anon JWT.
  { ...prefixed({ id: 'supabase-publishable-key', title: 'Supabase publishable key', provider: 'Supabase', playbook: 'cloud', prefix: 'sb_publishable_', body: 'A-Za-z0-9_-', len: [20, 64], confidence: 'low' }), warning: publicByDesign },
  // https://posthog.com/docs/api — the project API key captures events from browsers and apps; reading needs a personal key (phx_).
  // (43 characters today; older projects' keys are shorter.)
  { ...prefixed({ id: 'posthog-project-key', title: 'PostHog project API key', provider: 'PostHog', playbook: 'api-token', prefix: 'phc_', body: 'A-Za-z0-9', len: [32, 48], confidence: 'low' }), warning: publicByDesign },
  {
    // https://docs.newrelic.com/docs/mobile-monitoring/ — the mobile app token is compiled into the app to report its data.
    id: 'newrelic-mobile-app-token',
    title: 'New Relic mobile app token',
    provider: 'New Relic',
    keywords: ['-nrma'],
    scope: 'line',
    regex: /(?<![A-Za-z0-9])((?:AA[0-9a-f]{40}|eu01xx[0-9a-f]{36})-NRMA)(?![A-Za-z0-9])/g,
    confidence: 'low',
    playbook: 'api-token',
    warning: publicByDesign,
    tps: () => [`NewRelic.withApplicationToken("AA${fake.hex(40)}-NRMA")`, `NEW_RELIC_APP_TOKEN=eu01xx${fake.hex(36)}-NRMA`],
    fps: ['NEW_RELIC_APP_TOKEN=<token>-NRMA', `AA${'0'.repeat(10)}-NRMA`],
  },
  {
    // https://docs.sentry.io/concepts/key-terms/dsn-explainer/ — the DSN's key is public; only the
    // deprecated secret part (`https://public:secret@…`) is not, and the URL-credentials rule reports that.
    id: 'sentry-dsn',
    title: 'Sentry DSN (public key)',
    provider: 'Sentry',
    keywords: ['sentry.io/'],
    scope: 'line',
    regex: /https?:\/\/([a-f0-9]{32})@[a-z0-9.-]{0,60}sentry\.io\/\d{1,12}/g,
    confidence: 'low',
    playbook: 'api-token',
    warning: publicByDesign,
    tps: () => [`SENTRY_DSN=https://${fake.hex(32)}@o${fake.digits(6)}.ingest.sentry.io/${fake.digits(7)}`, `dsn: "https://${fake.hex(32)}@sentry.io/${fake.digits(6)}"`],
    fps: ['SENTRY_DSN=https://<key>@o0.ingest.sentry.io/0', 'see https://docs.sentry.io/product/'],
  },
];
