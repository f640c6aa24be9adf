import type { Rule } from '../detect/types.js';
import { contextual, gen, prefixed } from './define.js';

export const paymentMoreRules = (): Rule[] => [
  {
    id: 'braintree-access-token',
    title: 'PayPal Braintree access token',
    provider: 'PayPal',
    keywords: ['access_token$production$', 'access_token$sandbox$'],
    anchored: true,
    regex: /(access_token\$(?:production|sandbox)\$[a-z0-9]{16}\$[a-f0-9]{32})(?![a-f0-9])/g,
    confidence: 'high',
    playbook: 'payments',
    tps: () => [`BT_TOKEN=access_token$production$${gen.lowerAlnum(16)()}$${gen.hex(32)()}`, `token: "access_token$sandbox$${gen.lowerAlnum(16)()}$${gen.hex(32)()}"`],
    fps: ['access_token$production$<merchant>$<token>', 'format: access_token$production$...'],
  },
  contextual({ id: 'paypal-client-secret', title: 'PayPal REST client secret', provider: 'PayPal', playbook: 'payments', keywords: ['paypal'], value: '[A-Za-z0-9_-]{80}', example: gen.base64url(80) }),
  // sq0atp- takes 22 characters; EAAA (the current format) 60: an EAAA run of another length is something else's base64.
  prefixed({ id: 'square-access-token', title: 'Square access token', provider: 'Square', playbook: 'payments', prefix: ['sq0atp-', 'EAAA'], body: 'A-Za-z0-9_-', len: [22, 60], validate: (s) => !s.startsWith('EAAA') || s.length === 64 }),
  prefixed({ id: 'square-oauth-secret', title: 'Square OAuth secret', provider: 'Square', playbook: 'payments', prefix: 'sq0csp-', body: 'A-Za-z0-9_-', len: 43 }),
  contextual({ id: 'adyen-api-key', title: 'Adyen API key', provider: 'Adyen', playbook: 'payments', keywords: ['adyen'], value: 'AQE[A-Za-z0-9+/_-]{60,300}={0,2}', example: () => `AQE${gen.base64url(120)()}` }),
  prefixed({ id: 'shopify-access-token', title: 'Shopify access token', provider: 'Shopify', playbook: 'payments', prefix: ['shpat_', 'shpca_', 'shppa_'], body: 'a-fA-F0-9', len: 32 }),
  prefixed({ id: 'shopify-shared-secret', title: 'Shopify app shared secret', provider: 'Shopify', playbook: 'payments', prefix: 'shpss_', body: 'a-fA-F0-9', len: 32 }),
  prefixed({ id: 'razorpay-key-id', title: 'Razorpay key id (pair it with its secret)', provider: 'Razorpay', playbook: 'payments', prefix: ['rzp_live_', 'rzp_test_'], body: 'A-Za-z0-9', len: 14, confidence: 'medium' }),
  contextual({ id: 'razorpay-key-secret', title: 'Razorpay key secret', provider: 'Razorpay', playbook: 'payments', keywords: ['razorpay'], value: '[A-Za-z0-9]{24}', example: gen.alnum(24) }),
  contextual({ id: 'plaid-secret', title: 'Plaid secret', provider: 'Plaid', playbook: 'payments', keywords: ['plaid'], value: '[a-f0-9]{30}', example: gen.hex(30) }),
  {
    id: 'plaid-access-token',
    title: 'Plaid access token',
    provider: 'Plaid',
    keywords: ['access-production-', 'access-development-', 'access-sandbox-'],
    anchored: true,
    regex: /(access-(?:production|development|sandbox)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![0-9a-f])/g,
    confidence: 'high',
    playbook: 'payments',
    tps: () => [`PLAID_ACCESS_TOKEN=access-production-${gen.uuid()()}`, `token = "access-sandbox-${gen.uuid()()}"`],
    fps: ['PLAID_ACCESS_TOKEN=access-production-<uuid>', 'tokens look like access-sandbox-...'],
  },
  contextual({ id: 'coinbase-api-secret', title: 'Coinbase API secret', provider: 'Coinbase', playbook: 'payments', keywords: ['coinbase'], value: '[A-Za-z0-9+/=_-]{32,88}', example: gen.base64url(64) }),
  // The encryption key: FLWSECK_TEST- then 12 hex characters, no -X suffix.
  prefixed({ id: 'flutterwave-encryption-key', title: 'Flutterwave encryption key', provider: 'Flutterwave', playbook: 'payments', prefix: ['FLWSECK_TEST-', 'FLWSECK-'], body: 'a-h0-9', len: 12 }),
  prefixed({ id: 'duffel-token', title: 'Duffel API token', provider: 'Duffel', playbook: 'payments', prefix: ['duffel_test_', 'duffel_live_'], body: 'A-Za-z0-9_=-', len: 43 }),
  prefixed({ id: 'flutterwave-secret-key', title: 'Flutterwave secret key', provider: 'Flutterwave', playbook: 'payments', prefix: ['FLWSECK_TEST-', 'FLWSECK-'], body: 'a-h0-9', len: 32, suffix: '-X' }),
  prefixed({ id: 'paddle-api-key', title: 'Paddle API key', provider: 'Paddle', playbook: 'payments', prefix: ['pdl_live_apikey_', 'pdl_sdbx_apikey_'], body: 'a-z0-9_', len: [40, 70] }),
  contextual({ id: 'gocardless-token', title: 'GoCardless access token', provider: 'GoCardless', playbook: 'payments', keywords: ['gocardless'], value: '(?:live|sandbox)_[A-Za-z0-9_=-]{40}', example: () => `live_${gen.base64url(40)()}` }),
  prefixed({ id: 'easypost-api-key', title: 'EasyPost API key', provider: 'EasyPost', playbook: 'payments', prefix: ['EZAK', 'EZTK'], body: 'a-zA-Z0-9', len: 54 }),
  prefixed({ id: 'shippo-api-token', title: 'Shippo API token', provider: 'Shippo', playbook: 'payments', prefix: ['shippo_live_', 'shippo_test_'], body: 'a-f0-9', len: 40 }),
];
