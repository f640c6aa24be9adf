import { describe, expect, it } from 'vitest';
import { providerUrl } from '../../src/verify/endpoint.js';
import { verifierFor } from '../../src/verify/providers.js';
import { revokers } from '../../src/verify/revokers.js';

describe('revokers', () => {
  it.each(revokers.map((r) => [r.family, r.rules.join(', '), r] as const))('%s (%s): the provider\'s own https host unless overridden, with a verifier to prove the result', (_f, _rules, r) => {
    const t = { secret: 'x'.repeat(40), nearby: new Map(), context: 'const shop = "acme.myshopify.com";', surroundings: '' };
    for (const rule of r.rules) {
      const v = verifierFor(rule);
      // rotate --revoke ends with --check: a revoker without a verifier could not prove anything.
      expect(v?.family, rule).toBe(r.family);
      const base = r.base ?? v!.base;
      const official = typeof base === 'function' ? base(t) : base;
      const url = providerUrl(r.family, official!, r.plan(t).path, undefined);
      expect(url).toBeInstanceOf(URL);
      expect((url as URL).protocol).toBe('https:');
      expect((url as URL).hostname).toMatch(/(^|\.)(github\.com|gitlab\.com|slack\.com|discord\.com|dropboxapi\.com|buildkite\.com|doppler\.com|myshopify\.com|digitalocean\.com|googleapis\.com|vercel\.com)$/);
      // An override to anything but https or loopback is refused.
      expect(providerUrl(r.family, official!, r.plan(t).path, 'http://relay.example.com')).toMatch(/^refused: LEAKGUARD_VERIFY_\w+_URL is http:\/\//);
    }
  });
});
