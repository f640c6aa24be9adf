import { fake } from './fake.js';
import type { Rule } from '../detect/types.js';

// https://docs.stripe.com/keys — secret (sk_), restricted (rk_) and webhook signing (whsec_) secrets.
export const paymentRules = (): Rule[] => [
  {
    id: 'stripe-secret-key',
    title: 'Stripe secret key',
    provider: 'Stripe',
    keywords: ['sk_live_', 'sk_test_', 'sk_prod_'],
    anchored: true,
    regex: /(?<![A-Za-z0-9_])(sk_(?:live|test|prod)_[A-Za-z0-9]{24,247})(?![A-Za-z0-9_])/g,
    entropy: 3.5,
    confidence: 'high',
    playbook: 'stripe',
    tps: () => [`STRIPE_SECRET_KEY=${fake.join('sk_live_', fake.alnum(99))}`, `stripe.api_key = "${fake.join('sk_test_', fake.alnum(24))}"`, `Stripe.api_key = "${fake.join('sk_prod_', fake.alnum(24))}"`],
    fps: ['STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx', 'const pk = "pk_live_51H8a2kJ3mN4pQ5rS6tU7vW8x"'],
  },
  {
    id: 'stripe-restricted-key',
    title: 'Stripe restricted key',
    provider: 'Stripe',
    keywords: ['rk_live_', 'rk_test_', 'rk_prod_'],
    anchored: true,
    regex: /(?<![A-Za-z0-9_])(rk_(?:live|test|prod)_[A-Za-z0-9]{24,247})(?![A-Za-z0-9_])/g,
    entropy: 3.5,
    confidence: 'high',
    playbook: 'stripe',
    tps: () => [`STRIPE_KEY=${fake.join('rk_live_', fake.alnum(99))}`, `key: '${fake.join('rk_test_', fake.alnum(32))}'`],
    fps: ['STRIPE_KEY=rk_live_<your key>', 'rk_live_0000000000000000000000000'],
  },
  {
    id: 'stripe-webhook-secret',
    title: 'Stripe webhook signing secret',
    provider: 'Stripe',
    keywords: ['whsec_'],
    anchored: true,
    regex: /(?<![A-Za-z0-9_])(whsec_[A-Za-z0-9+/=]{32,64})(?![A-Za-z0-9_])/g,
    entropy: 3.5,
    confidence: 'high',
    playbook: 'webhook-signing',
    tps: () => [`STRIPE_WEBHOOK_SECRET=whsec_${fake.alnum(32)}`, `endpointSecret = "whsec_${fake.base64(44)}"`],
    fps: ['STRIPE_WEBHOOK_SECRET=whsec_...', 'whsec_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
  },
];
