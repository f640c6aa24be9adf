/**
 * Where a request for a provider goes: its official host, or LEAKGUARD_VERIFY_<FAMILY>_URL (`{host}` in it
 * standing for the official host). Refused, with the reason, when it would leave that host or carry the
 * credential over plain http to anything but loopback. Verification and revocation (revoke.ts) both ask here.
 */
export function providerUrl(family: string, official: string, path: string, override: string | undefined): URL | string {
  const name = `LEAKGUARD_VERIFY_${family}_URL`;
  // An override may keep the official host in its path ({host}): a test stand-in or a relay that serves several sites.
  const base = override ? override.replace('{host}', new URL(official).host) : official;
  let url: URL;
  let root: URL;
  try {
    root = new URL(base);
    url = new URL(`${root.href.replace(/\/$/, '')}${path}`);
  } catch {
    return `${name} is not a URL`;
  }
  // The credential goes to the provider's host (or the one configured), nowhere else.
  if (url.origin !== root.origin) return 'refused: the request would leave the provider host';
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(url.hostname))) {
    return `refused: ${name} is ${url.protocol}// to ${url.hostname}, and the credential would travel unencrypted; use https:// (plain http only to a loopback address)`;
  }
  return url;
}

/** 127.0.0.0/8, ::1 and localhost: the only hosts a credential may reach over plain http (test stand-ins). */
export function isLoopback(hostname: string): boolean {
  const h = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  return h === 'localhost' || h === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h);
}

