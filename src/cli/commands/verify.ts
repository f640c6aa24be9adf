import { overrideNames } from '../../verify/providers.js';
import { run as scan } from './scan.js';

const HELP = `Usage: leakguard verify [--history | --range <revs> | <path>…] [scan options]

Scans like \`leakguard scan\`, then asks each provider whether the credentials
it found still work: one read-only, side-effect-free request per distinct
credential (GitHub GET /user, Slack auth.test, AWS STS GetCallerIdentity, …)
to the provider's own host. Each finding gets a status:
  live      the provider accepted it (with what it said: the account, scopes)
  revoked   only the provider's documented "invalid or revoked" answer for that credential
  unknown   anything else, said which: no answer, a timeout, a rate limit, an unexpected
            answer, an AWS pair that is not one, a self-hosted instance, or not verifiable
            (database URLs are never dialled)
Verification never runs in the commit hook unless the config says
"verify": { "inHooks": true }. Nothing is cached on disk; no secret is printed.

Options (besides scan's):
  --only-live              report only credentials the provider still accepts
  --fail-on-live           exit 1 only when a credential is live (CI that blocks on live leaks only)

Environment:
  HTTPS_PROXY, HTTP_PROXY, NO_PROXY   honoured (HTTPS goes through a CONNECT tunnel)
  LEAKGUARD_VERIFY_TIMEOUT_MS         per request (default 8000)
  LEAKGUARD_VERIFY_BUDGET_MS          whole run (default 60000); later checks say "budget spent"
  LEAKGUARD_VERIFY_MAX                requests in a run (default 200); later checks say so
  LEAKGUARD_VERIFY_<FAMILY>_URL       another base URL for a provider: GitHub Enterprise
                                      (https://ghe.example.com/api/v3), self-managed GitLab, tests;
                                      https:// (http:// only to loopback); {host} = the official host

Use it on trusted branches only: on an untrusted pull request it tells the author
which of the tokens they committed are live.

Providers (${overrideNames().length}; the names for LEAKGUARD_VERIFY_<FAMILY>_URL):
${wrap(overrideNames().map((n) => n.replace(/^LEAKGUARD_VERIFY_|_URL$/g, '')).join(', '))}

Exit codes: 0 no secrets (or, with --fail-on-live, none live), 1 secrets found, 2 usage or runtime error.
`;

function wrap(text: string): string {
  const lines: string[] = [];
  let line = ' ';
  for (const word of text.split(' ')) {
    if (line.length + word.length > 78) {
      lines.push(line);
      line = ' ';
    }
    line += ` ${word}`;
  }
  return [...lines, line].join('\n');
}

export async function run(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(HELP);
    return 0;
  }
  return scan(['--verify', ...argv]);
}
