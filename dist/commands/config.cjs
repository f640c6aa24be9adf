"use strict";
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// src/cli/commands/config.ts
var config_exports = {};
__export(config_exports, {
  run: () => run2
});
module.exports = __toCommonJS(config_exports);

// src/config/load.ts
var import_node_fs3 = require("node:fs");

// src/config/gitleaks.ts
var gitleaks_exports = {};
__export(gitleaks_exports, {
  GITLEAKS_RULE_IDS: () => GITLEAKS_RULE_IDS,
  goRegexToJs: () => goRegexToJs,
  importGitleaks: () => importGitleaks,
  mergeGitleaks: () => mergeGitleaks,
  parseGitleaksIgnore: () => parseGitleaksIgnore
});
var import_node_fs = require("node:fs");

// src/errors.ts
var LeakguardError = class extends Error {
  exitCode;
  constructor(message, exitCode = 2) {
    super(message);
    this.name = "LeakguardError";
    this.exitCode = exitCode;
  }
};

// src/lazy-require.ts
var import_meta = {};
function lazyRequire(id) {
  const load = typeof require === "function" ? require : process.getBuiltinModule("node:module").createRequire(import_meta.url);
  return load(id);
}

// src/rules/families.generated.ts
var BUILTIN_RULE_IDS = /* @__PURE__ */ new Set([
  "aws-access-key-id",
  "aws-secret-access-key",
  "aws-session-token",
  "gcp-api-key",
  "gcp-service-account-key",
  "gcp-oauth-client-secret",
  "gcp-oauth-access-token",
  "azure-storage-account-key",
  "azure-ad-client-secret",
  "azure-sas-token",
  "alibaba-access-key-id",
  "alibaba-access-key-secret",
  "tencent-secret-id",
  "tencent-secret-key",
  "ibm-cloud-api-key",
  "oracle-cloud-api-key",
  "digitalocean-pat",
  "digitalocean-oauth-token",
  "digitalocean-refresh-token",
  "digitalocean-spaces-key",
  "linode-token",
  "vultr-api-key",
  "hetzner-api-token",
  "scaleway-access-key",
  "scaleway-secret-key",
  "cloudflare-prefixed-token",
  "cloudflare-api-token",
  "cloudflare-global-api-key",
  "cloudflare-origin-ca-key",
  "fastly-api-token",
  "heroku-api-key",
  "heroku-api-key-v2",
  "netlify-pat",
  "netlify-token",
  "vercel-prefixed-token",
  "vercel-token",
  "flyio-token",
  "flyio-macaroon",
  "render-api-key",
  "railway-token",
  "defined-networking-key",
  "yandex-iam-token",
  "supabase-pat",
  "supabase-secret-key",
  "firebase-fcm-server-key",
  "azure-devops-pat",
  "azure-function-key",
  "sourcegraph-token",
  "github-ghp",
  "github-gho",
  "github-ghu",
  "github-ghs",
  "github-ghr",
  "github-fine-grained-pat",
  "gitlab-pat",
  "gitlab-runner-token",
  "gitlab-deploy-token",
  "gitlab-pipeline-trigger-token",
  "gitlab-routable-token",
  "gitlab-feature-flag-token",
  "gitlab-session-cookie",
  "bitbucket-app-password",
  "bitbucket-access-token",
  "bitbucket-client-secret",
  "atlassian-api-token",
  "atlassian-legacy-token",
  "circleci-personal-token",
  "circleci-project-token",
  "circleci-legacy-token",
  "travis-ci-token",
  "buildkite-token",
  "buildkite-agent-token",
  "drone-ci-token",
  "dockerhub-pat",
  "dockerhub-oat",
  "jfrog-api-key",
  "jfrog-identity-token",
  "sonarqube-token",
  "sonarcloud-token",
  "snyk-token",
  "codecov-token",
  "coveralls-token",
  "gitea-token",
  "argo-cd-token",
  "slack-bot-token",
  "slack-user-token",
  "slack-app-token",
  "slack-webhook-url",
  "sendgrid-api-key",
  "twilio-api-key",
  "twilio-auth-token",
  "discord-bot-token",
  "discord-webhook-url",
  "telegram-bot-token",
  "mailgun-private-key",
  "mailgun-api-key",
  "mailchimp-api-key",
  "mailchimp-transactional-key",
  "postmark-token",
  "vonage-api-secret",
  "messagebird-api-key",
  "intercom-access-token",
  "zendesk-api-token",
  "microsoft-teams-webhook",
  "brevo-api-key",
  "brevo-smtp-key",
  "mailjet-secret",
  "sendbird-token",
  "pusher-secret",
  "twilio-sendgrid-webhook-key",
  "slack-signing-secret",
  "okta-api-token",
  "auth0-client-secret",
  "clerk-secret-key",
  "vault-service-token",
  "vault-legacy-token",
  "terraform-cloud-token",
  "doppler-token",
  "doppler-env-service-token",
  "onepassword-service-account-token",
  "onepassword-secret-key",
  "pulumi-access-token",
  "infisical-service-token",
  "age-secret-key",
  "keycloak-client-secret",
  "azure-key-vault-secret",
  "stripe-secret-key",
  "stripe-restricted-key",
  "stripe-webhook-secret",
  "braintree-access-token",
  "paypal-client-secret",
  "square-access-token",
  "square-oauth-secret",
  "adyen-api-key",
  "shopify-access-token",
  "shopify-shared-secret",
  "razorpay-key-id",
  "razorpay-key-secret",
  "plaid-secret",
  "plaid-access-token",
  "coinbase-api-secret",
  "flutterwave-encryption-key",
  "duffel-token",
  "flutterwave-secret-key",
  "paddle-api-key",
  "gocardless-token",
  "easypost-api-key",
  "shippo-api-token",
  "openai-api-key",
  "openai-project-key",
  "anthropic-api-key",
  "huggingface-token",
  "huggingface-org-token",
  "cohere-api-key",
  "mistral-api-key",
  "groq-api-key",
  "replicate-api-token",
  "perplexity-api-key",
  "deepseek-api-key",
  "xai-api-key",
  "langsmith-api-key",
  "pinecone-api-key",
  "together-api-key",
  "fireworks-api-key",
  "openrouter-api-key",
  "elevenlabs-api-key",
  "assemblyai-api-key",
  "stability-api-key",
  "npm-access-token",
  "npmrc-auth-token",
  "pypi-upload-token",
  "rubygems-api-key",
  "nuget-api-key",
  "crates-io-token",
  "packagist-token",
  "hex-pm-api-key",
  "pypi-test-token",
  "cocoapods-trunk-token",
  "pub-dev-token",
  "yarn-npm-auth-ident",
  "datadog-api-key",
  "datadog-app-key",
  "posthog-personal-api-key",
  "newrelic-user-key",
  "newrelic-insert-key",
  "newrelic-browser-key",
  "newrelic-license-key",
  "sentry-org-token",
  "sentry-user-token",
  "sentry-auth-token-legacy",
  "grafana-cloud-token",
  "grafana-service-account-token",
  "grafana-api-key",
  "honeycomb-ingest-key",
  "honeycomb-api-key",
  "dynatrace-token",
  "pagerduty-api-key",
  "splunk-hec-token",
  "logzio-token",
  "rollbar-token",
  "bugsnag-api-key",
  "loggly-token",
  "sumologic-access-key",
  "launchdarkly-key",
  "opsgenie-api-key",
  "elastic-cloud-api-key",
  "notion-integration-token",
  "notion-token",
  "linear-api-key",
  "linear-oauth-token",
  "asana-pat",
  "airtable-token",
  "figma-pat",
  "postman-api-key",
  "dropbox-short-lived-token",
  "dropbox-app-secret",
  "box-client-secret",
  "contentful-pat",
  "contentful-delivery-token",
  "algolia-admin-key",
  "mapbox-secret-token",
  "twitter-bearer-token",
  "twitter-api-secret",
  "facebook-access-token",
  "facebook-app-token",
  "facebook-app-secret",
  "linkedin-client-secret",
  "spotify-client-secret",
  "twitch-client-secret",
  "trello-token",
  "typeform-token",
  "hubspot-private-app-token",
  "salesforce-access-token",
  "readme-api-key",
  "frameio-token",
  "prefect-api-key",
  "zoom-client-secret",
  "klaviyo-private-key",
  "github-oauth-client-secret",
  "google-oauth-legacy-secret",
  "webhook-signing-secret",
  "mongodb-atlas-api-key",
  "planetscale-token",
  "neon-api-key",
  "redis-cloud-api-key",
  "databricks-token",
  "snowflake-password",
  "upstash-redis-token",
  "turso-auth-token",
  "cockroachdb-api-key",
  "firebase-db-secret",
  "influxdb-token",
  "clickhouse-cloud-key",
  "nvidia-api-key",
  "rootly-api-key",
  "flexport-api-key",
  "sonarqube-cloud-token",
  "sourcegraph-cody-key",
  "ramp-client-id",
  "ramp-client-secret",
  "new-relic-insights-query-key",
  "fleetbase-api-key",
  "trufflehog-enterprise-secret",
  "bitbucket-data-center-token",
  "clojars-token",
  "infracost-api-key",
  "intra42-client-secret",
  "openshift-user-token",
  "scalingo-api-token",
  "settlemint-token",
  "adobe-client-secret",
  "apify-api-token",
  "artifactory-reference-token",
  "tailscale-key",
  "saladcloud-api-key",
  "maxmind-license-key",
  "harness-api-key",
  "deepl-api-key",
  "robinhood-crypto-api-key",
  "aws-bedrock-api-key",
  "webex-access-token",
  "convex-deploy-key",
  "apollo-graphos-key",
  "octopus-deploy-api-key",
  "telnyx-api-key",
  "adafruit-io-key",
  "beamer-api-key",
  "bittrex-api-key",
  "cisco-meraki-api-key",
  "confluent-api-secret",
  "etsy-api-key",
  "finicity-secret",
  "finnhub-api-key",
  "flickr-api-key",
  "freshbooks-token",
  "gitter-token",
  "kraken-api-secret",
  "kucoin-api-key",
  "looker-client-secret",
  "mattermost-token",
  "nytimes-api-key",
  "private-ai-key",
  "rapidapi-key",
  "squarespace-api-key",
  "sidekiq-enterprise-credentials",
  "abuseipdb-api-key",
  "amplitude-secret-key",
  "mixpanel-api-secret",
  "airbrake-project-key",
  "browserstack-access-key",
  "codacy-api-token",
  "crowdin-token",
  "customerio-api-key",
  "unsplash-access-key",
  "openweathermap-api-key",
  "coinmarketcap-api-key",
  "etherscan-api-key",
  "infura-api-key",
  "alchemy-api-key",
  "pinata-secret",
  "sanity-token",
  "storyblok-token",
  "datocms-token",
  "fauna-secret",
  "plivo-auth-token",
  "sinch-api-secret",
  "tomtom-api-key",
  "apilayer-api-key",
  "opencage-api-key",
  "serpapi-key",
  "scrapingbee-api-key",
  "zenrows-api-key",
  "hunter-api-key",
  "clearbit-api-key",
  "fullcontact-api-key",
  "pipedrive-api-token",
  "freshdesk-api-key",
  "mailerlite-api-key",
  "convertkit-api-secret",
  "moosend-api-key",
  "onelogin-client-secret",
  "ipinfo-token",
  "parsehub-api-key",
  "mockaroo-api-key",
  "vbout-api-key",
  "myintervals-api-token",
  "nozbe-api-token",
  "tokeet-api-key",
  "salesmate-session-key",
  "kanban-tool-api-token",
  "keen-io-key",
  "kraken-api-key",
  "instamojo-api-key",
  "invoiceocean-api-token",
  "liveagent-api-key",
  "luno-api-key",
  "metaapi-token",
  "metabase-session-token",
  "mite-api-key",
  "mux-access-token",
  "textmagic-api-key",
  "websitepulse-api-key",
  "vouchery-api-key",
  "freshworks-api-key",
  "redhat-pyxis-api-key",
  "nethunt-api-key",
  "apimetrics-api-key",
  "apitemplate-api-key",
  "smartsheet-api-token",
  "azure-storage-key-nearby",
  "spectralops-token",
  "private-key",
  "jwk-private-key",
  "putty-private-key",
  "jwt",
  "docker-config-auth",
  "docker-config-json-secret",
  "mail-client-password",
  "netrc-password",
  "pgpass-password",
  "pgpass-file-password",
  "password-hash",
  "kubernetes-secret-data",
  "pypirc-password",
  "git-credentials-url",
  "stripe-publishable-key",
  "mapbox-public-token",
  "supabase-publishable-key",
  "posthog-project-key",
  "newrelic-mobile-app-token",
  "sentry-dsn",
  "url-credentials",
  "connection-string-password",
  "url-query-secret",
  "http-auth-header",
  "generic-secret-assignment",
  "secret-define-call",
  "terraform-variable-default",
  "generic-secret-flag",
  "generic-secret-xml",
  "generic-high-entropy",
  "secrets-file-value",
  "sql-password",
  "command-line-password",
  "login-call-password",
  "compared-password",
  "generic-named-key",
  "rails-master-key",
  "dotenv-file",
  "private-key-file",
  "credentials-file",
  "password-store-file",
  "terraform-state"
]);

// src/config/gitleaks.ts
var POSIX = {
  alnum: "A-Za-z0-9",
  alpha: "A-Za-z",
  digit: "0-9",
  lower: "a-z",
  upper: "A-Z",
  space: "\\s",
  xdigit: "0-9A-Fa-f",
  punct: "!-\\/:-@\\[-`{-~",
  word: "\\w"
};
function quoteLiterals(s) {
  let out = "";
  let from = 0;
  for (let q = s.indexOf("\\Q"); q >= 0; q = s.indexOf("\\Q", q + 2)) {
    if (q < from) continue;
    const e = s.indexOf("\\E", q + 2);
    const newline = s.indexOf("\n", q + 2);
    if (e < 0) break;
    if (newline >= 0 && newline < e) continue;
    out += s.slice(from, q) + s.slice(q + 2, e).replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
    from = e + 2;
  }
  return out + s.slice(from);
}
function goRegexToJs(src, extraFlags = "") {
  let s = src;
  let flags = "";
  const lead = /^\(\?([imsU]+)\)/.exec(s);
  if (lead) {
    if (lead[1].includes("U")) return { problem: "uses the (?U) ungreedy flag, which JavaScript lacks" };
    flags += lead[1];
    s = s.slice(lead[0].length);
  }
  if (/\(\?[imsU]+\)/.test(s)) {
    for (const m of s.matchAll(/\(\?([ims]+)\)/g)) for (const f of m[1]) if (!flags.includes(f)) flags += f;
    s = s.replace(/\(\?[ims]+\)/g, "");
  }
  s = s.replace(/\(\?P</g, "(?<").replace(/\\A/g, "^").replace(/\\z/g, "$");
  s = s.replace(/\[:(\w+):\]/g, (m, name) => POSIX[name] ?? m);
  s = quoteLiterals(s);
  try {
    return { regex: new RegExp(s, [...new Set((flags + extraFlags).split(""))].join("")) };
  } catch (e) {
    return { problem: `is not a valid JavaScript regular expression after translation (${e.message})` };
  }
}
var arr = (v) => Array.isArray(v) ? v : v === void 0 ? [] : [v];
var strs = (v) => arr(v).filter((x) => typeof x === "string");
function importGitleaks(path) {
  let text;
  try {
    text = (0, import_node_fs.readFileSync)(path, "utf8");
  } catch (e) {
    throw new LeakguardError(`cannot read gitleaks config ${path}: ${e.message}`);
  }
  let doc;
  try {
    const { parse } = lazyRequire("smol-toml");
    doc = parse(text);
  } catch (e) {
    throw new LeakguardError(`invalid gitleaks config ${path}: ${e.message}`);
  }
  const notes = [];
  const out = { rules: [], allow: { pathRegexes: [], regexes: [], stopwords: [], commits: [], lineRegexes: [] }, notes };
  const addAllowlist = (a, where, target, rule) => {
    const condition = typeof a.condition === "string" ? a.condition.toUpperCase() : "OR";
    if (condition === "AND") notes.push(`${where}: condition = "AND" is treated as "OR" (each entry allows on its own)`);
    const targetKind = typeof a.regexTarget === "string" ? a.regexTarget : "secret";
    for (const [i, r] of strs(a.regexes).entries()) {
      const { regex: regex2, problem } = goRegexToJs(r);
      if (!regex2) notes.push(`${where}.regexes[${i}] ${problem}`);
      else (targetKind === "line" ? rule?.lineRegexes ?? target.lineRegexes : rule?.regexes ?? target.regexes).push(regex2);
    }
    for (const [i, p] of strs(a.paths).entries()) {
      const { regex: regex2, problem } = goRegexToJs(p);
      if (!regex2) notes.push(`${where}.paths[${i}] ${problem}`);
      else (rule?.paths ?? target.pathRegexes).push(regex2);
    }
    (rule?.stopwords ?? target.stopwords).push(...strs(a.stopwords).map((w) => w.toLowerCase()));
    if (strs(a.commits).length) {
      if (rule) notes.push(`${where}.commits: per-rule commit allowlists are applied to all rules`);
      out.allow.commits.push(...strs(a.commits));
    }
  };
  for (const [i, a] of [...arr(doc.allowlists), ...arr(doc.allowlist)].entries()) addAllowlist(a, `allowlists[${i}]`, out.allow);
  const extend = doc.extend;
  if (extend && typeof extend.path === "string") notes.push(`[extend] path = "${extend.path}": extending another config file is not followed; merge it into this one`);
  if (extend && strs(extend.disabledRules).length) notes.push(`[extend] disabledRules (${strs(extend.disabledRules).join(", ")}) name gitleaks rules; disable the matching leakguard rules in leakguard.config.json "disabledRules"`);
  for (const [i, raw] of arr(doc.rules).entries()) {
    const r = raw;
    const given = typeof r.id === "string" ? r.id : `gitleaks-rule-${i}`;
    const where = `rules[${i}] (${given})`;
    const id = BUILTIN_RULE_IDS.has(given) ? `gitleaks.${given}` : given;
    if (id !== given) notes.push(`${where}: "${given}" is a leakguard rule's id; imported as "${id}"`);
    if (typeof r.regex !== "string") {
      if (typeof r.path === "string") notes.push(`${where}: path-only rules (no regex) are covered by leakguard's sensitive-file rules; not imported`);
      else notes.push(`${where}: no regex; not imported`);
      continue;
    }
    const { regex: regex2, problem } = goRegexToJs(r.regex, "g");
    if (!regex2) {
      notes.push(`${where}: regex ${problem}; not imported`);
      continue;
    }
    const local = { stopwords: [], regexes: [], lineRegexes: [], paths: [] };
    for (const [j, a] of [...arr(r.allowlists), ...arr(r.allowlist)].entries()) addAllowlist(a, `${where}.allowlists[${j}]`, void 0, local);
    let pathRe;
    if (typeof r.path === "string") {
      const p = goRegexToJs(r.path);
      if (p.regex) pathRe = p.regex;
      else notes.push(`${where}.path ${p.problem}; the rule applies to every path`);
    }
    const rule = {
      id,
      title: typeof r.description === "string" ? r.description : id,
      provider: "gitleaks config",
      keywords: strs(r.keywords).map((k) => k.toLowerCase()).filter((k) => /^[\x20-\x7e]+$/.test(k)),
      regex: regex2,
      confidence: "high",
      playbook: "generic",
      tps: () => [],
      fps: []
    };
    if (typeof r.secretGroup === "number") rule.secretGroup = r.secretGroup;
    if (typeof r.entropy === "number") rule.entropy = r.entropy;
    if (pathRe) rule.appliesTo = (p) => pathRe.test(p) && !local.paths.some((re) => re.test(p));
    else if (local.paths.length) rule.appliesTo = (p) => !local.paths.some((re) => re.test(p));
    if (local.stopwords.length || local.regexes.length || local.lineRegexes.length) {
      rule.validate = (secret, { line }) => !local.stopwords.some((w) => secret.toLowerCase().includes(w)) && !local.regexes.some((re) => re.test(secret)) && !local.lineRegexes.some((re) => re.test(line));
    }
    out.rules.push(rule);
  }
  for (const key of Object.keys(doc)) if (!["title", "description", "rules", "allowlist", "allowlists", "extend"].includes(key)) notes.push(`"${key}" is not a gitleaks setting leakguard knows; ignored`);
  return out;
}
function mergeGitleaks(config, g) {
  config.rules.push(...g.rules);
  config.allow.regexes.push(...g.allow.regexes);
  config.allow.pathRegexes.push(...g.allow.pathRegexes);
  config.allow.stopwords.push(...g.allow.stopwords);
  config.allow.commits.push(...g.allow.commits);
  config.allow.lineRegexes.push(...g.allow.lineRegexes);
  return config;
}
var GITLEAKS_RULE_IDS = {
  "aws-access-token": "aws-access-key-id",
  "github-pat": "github-ghp",
  "github-oauth": "github-gho",
  "github-app-token": "github-ghs",
  "github-refresh-token": "github-ghr",
  "github-fine-grained-pat": "github-fine-grained-pat",
  "gitlab-pat": "gitlab-pat",
  "slack-bot-token": "slack-bot-token",
  "slack-user-token": "slack-user-token",
  "slack-webhook-url": "slack-webhook-url",
  "stripe-access-token": "stripe-secret-key",
  "gcp-api-key": "gcp-api-key",
  "private-key": "private-key",
  jwt: "jwt",
  "npm-access-token": "npm-access-token",
  "pypi-upload-token": "pypi-upload-token",
  "sendgrid-api-token": "sendgrid-api-key",
  "twilio-api-key": "twilio-api-key",
  "openai-api-key": "openai-api-key",
  "anthropic-api-key": "anthropic-api-key",
  "generic-api-key": "generic-secret-assignment"
};
function parseGitleaksIgnore(text) {
  const out = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/#.*/, "").trim();
    if (!line) continue;
    const parts = line.split(":");
    if (parts.length < 3) continue;
    const lineNo = Number(parts.pop());
    const rule = parts.pop();
    const commit = parts.length > 1 && /^[0-9a-f]{7,64}$/.test(parts[0]) ? parts.shift() : void 0;
    const file = parts.join(":");
    out.push({ ...commit ? { commit } : {}, file, ruleId: GITLEAKS_RULE_IDS[rule] ?? rule, line: lineNo });
  }
  return out;
}

// src/config/load.ts
var import_node_path2 = require("node:path");

// src/config/glob.ts
function compileGlob(glob, matchBase) {
  const re = simpleGlob(matchBase && !glob.includes("/") ? `**/${glob}` : glob);
  if (re) return (p) => re.test(p);
  const { Minimatch } = lazyRequire("minimatch");
  const m = new Minimatch(glob, { dot: true, matchBase });
  return (p) => m.match(p);
}
function simpleGlob(glob) {
  if (!glob || /[[\]{}()!+@\\]/.test(glob) || glob.startsWith("/") || glob.endsWith("/") || glob.includes("//")) return void 0;
  const segments = glob.split("/");
  if (segments.some((s) => s === "." || s === ".." || s.includes("**") && s !== "**")) return void 0;
  let out = "";
  segments.forEach((s, i) => {
    const last = i === segments.length - 1;
    if (s === "**") {
      out += last ? ".*" : "(?:.*/)?";
      return;
    }
    out += s.replace(/[.*?^$|]/g, (c) => c === "*" ? "[^/]*" : c === "?" ? "[^/]" : `\\${c}`);
    if (!last) out += "/";
  });
  return new RegExp(`^${out}$`);
}

// src/config/schema.ts
var DEFAULT_MAX_FILE_SIZE = 100 * 1024 * 1024;
function defaultConfig() {
  return {
    allow: { paths: [], regexes: [], values: [], pathRegexes: [], stopwords: [], commits: [], lineRegexes: [] },
    disabledRules: [],
    rules: [],
    overrides: [],
    maxFileSize: DEFAULT_MAX_FILE_SIZE,
    minConfidence: "low",
    failOn: "low",
    verify: { inHooks: false },
    origins: /* @__PURE__ */ new Map()
  };
}
var CONFIDENCES = ["low", "medium", "high"];
var TOP_KEYS = ["$schema", "extends", "allow", "disabledRules", "enabledRules", "rules", "overrides", "maxFileSize", "minConfidence", "failOn", "verify"];
var OVERRIDE_KEYS = ["files", "failOn", "minConfidence", "allow", "disabledRules", "enabledRules", "rules"];
var RULE_KEYS = ["id", "title", "provider", "regex", "flags", "keywords", "secretGroup", "entropy", "confidence", "playbook", "paths"];
function parseLayer(raw, source) {
  const fail = (key, msg) => {
    throw new LeakguardError(`invalid config in ${source}: "${key}" ${msg}`);
  };
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return fail("(root)", "must be an object");
  const obj = raw;
  for (const k of Object.keys(obj)) if (!TOP_KEYS.includes(k)) fail(k, `is not a known key (known: ${TOP_KEYS.slice(1).join(", ")})`);
  const layer = { source, extends: [], disabledRules: [], enabledRules: [], rules: [], overrides: [] };
  if (obj.extends !== void 0) {
    const list = typeof obj.extends === "string" ? [obj.extends] : Array.isArray(obj.extends) ? obj.extends : fail("extends", "must be a config name or path, or a list of them");
    layer.extends = list.map((e, i) => typeof e === "string" && e.trim() !== "" ? e : fail(`extends[${i}]`, "must be a package name or a relative path"));
  }
  if (obj.allow !== void 0) layer.allow = parseAllow(obj.allow, "allow", fail);
  layer.disabledRules = strings(obj.disabledRules, "disabledRules", fail);
  layer.enabledRules = strings(obj.enabledRules, "enabledRules", fail);
  if (obj.maxFileSize !== void 0) layer.maxFileSize = parseSize(obj.maxFileSize, () => fail("maxFileSize", 'must be a number of bytes or a size like "5MB"'));
  if (obj.minConfidence !== void 0) layer.minConfidence = confidence(obj.minConfidence, "minConfidence", fail);
  if (obj.failOn !== void 0) layer.failOn = confidence(obj.failOn, "failOn", fail);
  if (obj.verify !== void 0) {
    if (typeof obj.verify !== "object" || obj.verify === null || Array.isArray(obj.verify)) fail("verify", 'must be an object like { "inHooks": false }');
    const verify = obj.verify;
    for (const k of Object.keys(verify)) if (k !== "inHooks") fail(`verify.${k}`, "is not a known key (known: inHooks)");
    if (verify.inHooks !== void 0 && typeof verify.inHooks !== "boolean") fail("verify.inHooks", "must be true or false");
    layer.verify = { inHooks: verify.inHooks === true };
  }
  layer.rules = parseRules(obj.rules, "rules", fail);
  if (obj.overrides !== void 0) {
    if (!Array.isArray(obj.overrides)) fail("overrides", 'must be an array like [{ "files": ["packages/legacy/**"], "failOn": "high" }]');
    layer.overrides = obj.overrides.map((o, i) => parseOverride(o, `overrides[${i}]`, source, fail));
  }
  return layer;
}
function parseOverride(raw, key, source, fail) {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return fail(key, 'must be an object with "files" and the settings for them');
  const o = raw;
  for (const k of Object.keys(o)) if (!OVERRIDE_KEYS.includes(k)) fail(`${key}.${k}`, `is not a known key in an override (known: ${OVERRIDE_KEYS.join(", ")})`);
  const files = typeof o.files === "string" ? [o.files] : strings(o.files, `${key}.files`, fail);
  if (!files.length) fail(`${key}.files`, 'must list at least one glob (e.g. "packages/legacy/**")');
  const out = {
    files,
    source: `${source} ${key}`,
    allow: o.allow === void 0 ? { paths: [], regexes: [], values: [] } : parseAllow(o.allow, `${key}.allow`, fail),
    disabledRules: strings(o.disabledRules, `${key}.disabledRules`, fail),
    enabledRules: strings(o.enabledRules, `${key}.enabledRules`, fail),
    rules: parseRules(o.rules, `${key}.rules`, fail)
  };
  if (o.failOn !== void 0) out.failOn = confidence(o.failOn, `${key}.failOn`, fail);
  if (o.minConfidence !== void 0) out.minConfidence = confidence(o.minConfidence, `${key}.minConfidence`, fail);
  const inOverride = pathMatcher(files);
  for (const r of out.rules) {
    const own = r.appliesTo;
    r.appliesTo = own ? (p) => inOverride(p) && own(p) : inOverride;
  }
  return out;
}
function strings(v, key, fail) {
  if (v === void 0) return [];
  if (!Array.isArray(v)) return fail(key, "must be an array of strings");
  return v.map((s, i) => typeof s === "string" ? s : fail(`${key}[${i}]`, "must be a string"));
}
function regex(s, key, fail, flags = "") {
  try {
    return new RegExp(s, flags);
  } catch (e) {
    return fail(key, `is not a valid regular expression: ${e.message}`);
  }
}
function confidence(v, key, fail) {
  if (typeof v !== "string" || !CONFIDENCES.includes(v)) fail(key, "must be one of low, medium, high");
  return v;
}
function parseAllow(v, key, fail) {
  if (typeof v !== "object" || v === null || Array.isArray(v)) fail(key, "must be an object with paths, regexes, values");
  const allow = v;
  for (const k of Object.keys(allow)) if (!["paths", "regexes", "values"].includes(k)) fail(`${key}.${k}`, "is not a known key (known: paths, regexes, values)");
  return {
    paths: strings(allow.paths, `${key}.paths`, fail),
    regexes: strings(allow.regexes, `${key}.regexes`, fail).map((s, i) => regex(s, `${key}.regexes[${i}]`, fail)),
    values: strings(allow.values, `${key}.values`, fail)
  };
}
function parseRules(v, key, fail) {
  if (v === void 0) return [];
  if (!Array.isArray(v)) fail(key, "must be an array of rule objects");
  return v.map((r, i) => parseRule(r, `${key}[${i}]`, fail));
}
function applyLayer(cfg, layer) {
  const from = layer.source;
  const o = cfg.origins;
  if (layer.allow) {
    for (const p of layer.allow.paths) cfg.allow.paths.push(p), o.set(`allow.paths:${p}`, from);
    for (const r of layer.allow.regexes) cfg.allow.regexes.push(r), o.set(`allow.regexes:${r.source}`, from);
    for (const v of layer.allow.values) cfg.allow.values.push(v), o.set(`allow.values:${v}`, from);
  }
  if (layer.enabledRules.length) {
    const on = new Set(layer.enabledRules);
    cfg.disabledRules = cfg.disabledRules.filter((id) => !on.has(id));
    for (const id of on) o.set(`enabledRules:${id}`, from);
  }
  for (const id of layer.disabledRules) {
    if (!cfg.disabledRules.includes(id)) cfg.disabledRules.push(id);
    o.set(`disabledRules:${id}`, from);
  }
  for (const r of layer.rules) {
    const at = cfg.rules.findIndex((x) => x.id === r.id);
    if (at >= 0) cfg.rules[at] = r;
    else cfg.rules.push(r);
    o.set(`rules:${r.id}`, from);
  }
  cfg.overrides.push(...layer.overrides);
  const scalar = (k) => {
    if (layer[k] !== void 0) {
      cfg[k] = layer[k];
      o.set(k, from);
    }
  };
  scalar("maxFileSize");
  scalar("minConfidence");
  scalar("failOn");
  if (layer.verify) {
    cfg.verify = { ...layer.verify };
    o.set("verify.inHooks", from);
  }
  return cfg;
}
function parseRule(raw, key, fail) {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return fail(key, "must be an object");
  const r = raw;
  for (const k of Object.keys(r)) if (!RULE_KEYS.includes(k)) fail(`${key}.${k}`, `is not a known rule key (known: ${RULE_KEYS.join(", ")})`);
  if (typeof r.id !== "string" || !/^[a-z0-9][a-z0-9._-]*$/i.test(r.id)) fail(`${key}.id`, "must be a string of letters, digits, dots, dashes or underscores");
  if (BUILTIN_RULE_IDS.has(r.id)) fail(`${key}.id`, `"${r.id}" is a built-in rule's id: give your rule its own id (to replace the built-in rule, also list it in "disabledRules")`);
  if (typeof r.regex !== "string") return fail(`${key}.regex`, "must be a string");
  const flags = r.flags === void 0 ? "" : typeof r.flags === "string" && /^[imsu]*$/.test(r.flags) ? r.flags : fail(`${key}.flags`, "may only contain i, m, s, u");
  const confidence2 = r.confidence === void 0 ? "high" : CONFIDENCES.includes(r.confidence) ? r.confidence : fail(`${key}.confidence`, "must be one of low, medium, high");
  const keywords = strings(r.keywords, `${key}.keywords`, fail).map((k) => k.toLowerCase());
  keywords.forEach((k, i) => /^[\x20-\x7e]+$/.test(k) || fail(`${key}.keywords[${i}]`, "must be printable ASCII"));
  const secretGroup = r.secretGroup === void 0 ? void 0 : Number.isInteger(r.secretGroup) && r.secretGroup >= 0 ? r.secretGroup : fail(`${key}.secretGroup`, "must be a non-negative integer");
  const entropy = r.entropy === void 0 ? void 0 : typeof r.entropy === "number" && r.entropy >= 0 && r.entropy <= 8 ? r.entropy : fail(`${key}.entropy`, "must be a number from 0 to 8 (bits per character)");
  const paths = strings(r.paths, `${key}.paths`, fail);
  const rule = {
    id: r.id,
    title: typeof r.title === "string" ? r.title : r.id,
    provider: typeof r.provider === "string" ? r.provider : "Custom",
    keywords,
    regex: regex(r.regex, `${key}.regex`, fail, "g" + flags),
    confidence: confidence2,
    playbook: typeof r.playbook === "string" ? r.playbook : "generic",
    tps: () => [],
    fps: []
  };
  if (secretGroup !== void 0) rule.secretGroup = secretGroup;
  if (entropy !== void 0) rule.entropy = entropy;
  if (paths.length) {
    rule.appliesTo = pathMatcher(paths);
  }
  return rule;
}
function pathMatcher(globs) {
  let compiled;
  return (path) => {
    compiled ??= globs.map((g) => compileGlob(g, !g.includes("/")));
    return compiled.some((m) => m(path));
  };
}
function parseSize(v, onError) {
  if (typeof v === "number" && Number.isFinite(v) && v > 0) return Math.floor(v);
  if (typeof v === "string") {
    const m = /^(\d+(?:\.\d+)?)[ \t]*(b|kb|k|mb|m|gb|g)?$/i.exec(v.trim());
    if (m) {
      const unit = (m[2] ?? "b").toLowerCase()[0];
      const mult = unit === "k" ? 1024 : unit === "m" ? 1024 ** 2 : unit === "g" ? 1024 ** 3 : 1;
      return Math.floor(Number(m[1]) * mult);
    }
  }
  return onError();
}

// src/config/extends.ts
var import_node_fs2 = require("node:fs");
var import_node_path = require("node:path");
var SHARED_CONFIG_FILE = "leakguard.config.json";
function readLayers(file, label, raw) {
  const out = [];
  walk((0, import_node_path.resolve)(file), label, [], out, raw);
  return out;
}
function walk(file, source, stack, out, raw) {
  if (stack.includes(file)) throw new LeakguardError(`invalid config: "extends" makes a cycle: ${source} (already read in this chain). Remove one of the extends.`);
  const layer = parseLayer(raw ?? readJson(file, source), source);
  const from = (0, import_node_path.dirname)(file);
  for (const name of layer.extends) {
    const base = resolveExtends(name, from, source);
    walk(base, `${source} \u2192 ${name}`, [...stack, file], out);
  }
  out.push(layer);
}
function readJson(file, source) {
  let text;
  try {
    text = (0, import_node_fs2.readFileSync)(file, "utf8");
  } catch (e) {
    throw new LeakguardError(`invalid config: ${source}: cannot read ${file}: ${e.message}`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new LeakguardError(`invalid config in ${source}: not valid JSON (${e.message})`);
  }
}
function resolveExtends(name, from, source) {
  if (name.startsWith(".") || (0, import_node_path.isAbsolute)(name)) {
    const file = (0, import_node_path.resolve)(from, name);
    if (!(0, import_node_fs2.existsSync)(file)) throw new LeakguardError(`invalid config in ${source}: "extends" names ${name}, which does not exist (${file})`);
    return file;
  }
  if (!/^(@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*$|^@[a-z0-9][\w.-]*$/i.test(name)) throw new LeakguardError(`invalid config in ${source}: "extends": "${name}" is neither a relative path (./base.json) nor an npm package name`);
  for (const candidate of packageNames(name)) {
    const dir = findPackage(candidate, from);
    if (dir) return packageConfig(dir, candidate, source);
  }
  throw new LeakguardError(`invalid config in ${source}: "extends": package ${name} is not installed (looked in node_modules from ${from} up). Install it: npm install --save-dev ${name}`);
}
function packageNames(name) {
  if (/^@[^/]+$/.test(name)) return [`${name}/leakguard-config`];
  const scoped = /^(@[^/]+)\/(.+)$/.exec(name);
  const bare = scoped ? scoped[2] : name;
  if (bare.startsWith("leakguard-config")) return [name];
  return [name, scoped ? `${scoped[1]}/leakguard-config-${bare}` : `leakguard-config-${bare}`];
}
function findPackage(name, from) {
  for (let dir = from; ; ) {
    const candidate = (0, import_node_path.join)(dir, "node_modules", name);
    if ((0, import_node_fs2.existsSync)((0, import_node_path.join)(candidate, "package.json"))) return candidate;
    const up = (0, import_node_path.dirname)(dir);
    if (up === dir) return void 0;
    dir = up;
  }
}
function packageConfig(dir, name, source) {
  let pkg;
  try {
    pkg = JSON.parse((0, import_node_fs2.readFileSync)((0, import_node_path.join)(dir, "package.json"), "utf8"));
  } catch (e) {
    throw new LeakguardError(`invalid config in ${source}: "extends": ${name}'s package.json cannot be read: ${e.message}`);
  }
  const entry = exportedEntry(pkg.exports) ?? (typeof pkg.main === "string" ? pkg.main : void 0);
  if (entry !== void 0) {
    if (!entry.endsWith(".json")) throw new LeakguardError(`invalid config in ${source}: "extends": ${name} points at ${entry}, which is not JSON: leakguard reads shared configs as data and never runs them. Point "main" (or "exports") at a .json file, or ship a root ${SHARED_CONFIG_FILE}`);
    const file2 = (0, import_node_path.resolve)(dir, entry);
    if ((0, import_node_path.relative)(dir, file2).startsWith("..")) throw new LeakguardError(`invalid config in ${source}: "extends": ${name}'s entry ${entry} is outside the package`);
    if (!(0, import_node_fs2.existsSync)(file2)) throw new LeakguardError(`invalid config in ${source}: "extends": ${name} names ${entry}, which is not in the installed package (${file2})`);
    return file2;
  }
  const file = (0, import_node_path.join)(dir, SHARED_CONFIG_FILE);
  if (!(0, import_node_fs2.existsSync)(file)) throw new LeakguardError(`invalid config in ${source}: "extends": ${name} has no config: give it a ${SHARED_CONFIG_FILE}, or point its "main" at a JSON file`);
  return file;
}
function exportedEntry(exports2) {
  if (typeof exports2 === "string") return exports2;
  if (typeof exports2 !== "object" || exports2 === null) return void 0;
  const map = exports2;
  const dot = "." in map ? map["."] : Object.keys(map).some((k) => k.startsWith(".")) ? void 0 : map;
  if (typeof dot === "string") return dot;
  if (typeof dot === "object" && dot !== null) {
    for (const c of ["default", "require", "import", "node"]) {
      const v = dot[c];
      if (typeof v === "string") return v;
    }
  }
  return void 0;
}

// src/git/run.ts
var import_node_child_process = require("node:child_process");

// src/git/attributes.ts
function withoutAttributes(env, free) {
  const out = { ...env, ...free.env };
  for (const k of free.unset) delete out[k];
  return out;
}

// src/git/run.ts
var OutputTooLarge = class extends LeakguardError {
};
var early = globalThis.__leakguardEarlyGit ??= /* @__PURE__ */ new Map();
var earlyKey = (args, opts) => `${opts.maxOutput ?? ""}\0${JSON.stringify(opts.attributes ?? "")}\0${args.join("\0")}`;
async function git(args, opts) {
  if (early.size && opts.input === void 0 && opts.env === void 0) {
    const key = earlyKey(args, opts);
    const started = early.get(key);
    if (started) {
      early.delete(key);
      const out = await started;
      if (out) return out;
    }
  }
  return run(args, opts);
}
function run(args, opts) {
  return new Promise((resolve3, reject) => {
    const free = opts.attributes;
    const child = (0, import_node_child_process.spawn)("git", free ? [...free.args, ...args] : args, {
      cwd: opts.cwd,
      stdio: ["pipe", "pipe", "pipe"],
      env: free ? withoutAttributes(gitEnv(opts.env), free) : gitEnv(opts.env)
    });
    const out = [];
    const err = [];
    let size2 = 0;
    let over = false;
    child.stdout.on("data", (b) => {
      if (over) return;
      size2 += b.length;
      if (opts.maxOutput !== void 0 && size2 > opts.maxOutput) {
        over = true;
        out.length = 0;
        child.kill();
        return;
      }
      out.push(b);
    });
    child.stderr.on("data", (b) => err.push(b));
    child.on(
      "error",
      (e) => reject(new LeakguardError(e.code === "ENOENT" ? "git is not installed or not on PATH." : `could not run git: ${e.message}`))
    );
    child.on("close", (code) => {
      if (over) reject(new OutputTooLarge(`git ${args[0]}: output over ${opts.maxOutput} bytes`));
      else if (code === 0 || opts.okCodes?.includes(code ?? -1)) resolve3(Buffer.concat(out));
      else reject(new GitError(args, code ?? -1, Buffer.concat(err).toString("utf8").trim()));
    });
    child.stdin.on("error", () => {
    });
    if (opts.input !== void 0) child.stdin.end(opts.input);
    else child.stdin.end();
  });
}
var GitError = class extends LeakguardError {
  stderr;
  code;
  constructor(args, code, stderr) {
    super(`git ${args.filter((a) => !a.startsWith("-c")).slice(0, 3).join(" ")} failed (exit ${code}): ${stderr || "no message"}`);
    this.stderr = stderr;
    this.code = code;
  }
};
function gitEnv(base = process.env) {
  return { ...base, GIT_PAGER: "cat", GIT_TERMINAL_PROMPT: "0", LC_ALL: "C", GIT_OPTIONAL_LOCKS: "0" };
}

// src/config/load.ts
var CONFIG_FILE = "leakguard.config.json";
var gitleaksModule = () => gitleaks_exports;
async function readIfExists(path) {
  try {
    return (0, import_node_fs3.readFileSync)(path, "utf8");
  } catch (e) {
    const code = e.code;
    if (code === "ENOENT" || code === "ENOTDIR") return void 0;
    throw new LeakguardError(`cannot read ${path}: ${e.message}`);
  }
}
function parseJson(text, source) {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new LeakguardError(`invalid config in ${source}: not valid JSON (${e.message})`);
  }
}
async function loadConfig(root, explicit) {
  if (explicit) {
    const text2 = await readIfExists(explicit);
    if (text2 === void 0) throw new LeakguardError(`config file not found: ${explicit}`);
    return fromLayers(explicit, explicit, parseJson(text2, explicit));
  }
  const file = (0, import_node_path2.join)(root, CONFIG_FILE);
  const text = await readIfExists(file);
  if (text !== void 0) return fromLayers(file, CONFIG_FILE, parseJson(text, CONFIG_FILE));
  const pkg = await readIfExists((0, import_node_path2.join)(root, "package.json"));
  if (pkg !== void 0) {
    let parsed;
    try {
      parsed = JSON.parse(pkg);
    } catch {
      parsed = void 0;
    }
    const section = parsed?.leakguard;
    if (section !== void 0) return fromLayers((0, import_node_path2.join)(root, "package.json"), "package.json#leakguard", section);
  }
  if ((0, import_node_fs3.existsSync)((0, import_node_path2.join)(root, GITLEAKS_FILE))) return withGitleaks(defaultConfig(), (0, import_node_path2.join)(root, GITLEAKS_FILE));
  return defaultConfig();
}
function fromLayers(file, label, raw) {
  const layers = readLayers(file, label, raw);
  const cfg = defaultConfig();
  for (const layer of layers) applyLayer(cfg, layer);
  cfg.source = label;
  cfg.chain = layers.map((l) => l.source).reverse();
  return cfg;
}
var GITLEAKS_FILE = ".gitleaks.toml";
function withGitleaks(config, path) {
  const { importGitleaks: importGitleaks2, mergeGitleaks: mergeGitleaks2 } = gitleaksModule();
  const imported = importGitleaks2(path);
  mergeGitleaks2(config, imported);
  config.notices = [
    `using gitleaks config ${path}: ${imported.rules.length} rule${imported.rules.length === 1 ? "" : "s"} imported`,
    ...imported.notes.map((n) => `  not mapped: ${n}`)
  ];
  return config;
}

// src/detect/redact.ts
function redact(secret) {
  const shown = secret.length < 10 ? Math.min(1, Math.floor(secret.length / 4)) : Math.min(6, Math.floor(secret.length / 5));
  const masked = Math.min(secret.length - shown, 12);
  return `${secret.slice(0, shown)}${"*".repeat(Math.max(masked, 3))}\u2026(${secret.length} chars)`;
}

// src/detect/types.ts
var CONFIDENCE_ORDER = { low: 0, medium: 1, high: 2 };

// src/config/overrides.ts
var FileOverrides = class {
  constructor(config) {
    this.config = config;
    this.matchers = config.overrides.map((o) => pathMatcher(o.files));
    this.base = { failOn: config.failOn, minConfidence: config.minConfidence, disabled: new Set(config.disabledRules), pathAllowed: false, applied: [] };
  }
  config;
  matchers;
  cache = /* @__PURE__ */ new Map();
  base;
  /** Settings for a repository path. */
  for(path) {
    let s = this.cache.get(path);
    if (!s) {
      s = this.compute(path);
      this.cache.set(path, s);
    }
    return s;
  }
  compute(path) {
    const applied = this.config.overrides.filter((_, i) => this.matchers[i](path));
    if (!applied.length) return this.base;
    const disabled = new Set(this.base.disabled);
    let { failOn, minConfidence } = this.base;
    let pathAllowed = false;
    const values = /* @__PURE__ */ new Set();
    const regexes = [];
    for (const o of applied) {
      for (const id of o.enabledRules) disabled.delete(id);
      for (const id of o.disabledRules) disabled.add(id);
      if (o.failOn) failOn = o.failOn;
      if (o.minConfidence) minConfidence = o.minConfidence;
      if (o.allow.paths.length && pathMatcher(o.allow.paths)(path)) pathAllowed = true;
      for (const v of o.allow.values) values.add(v);
      regexes.push(...o.allow.regexes);
    }
    const s = { failOn, minConfidence, disabled, pathAllowed, applied };
    if (values.size || regexes.length) s.allowsValue = (secret) => values.has(secret) || regexes.some((re) => re.test(secret));
    return s;
  }
  /**
   * What the one scanner must be able to find for any file: every rule some file has on, down to the lowest
   * minConfidence some file asks for. The per-file answer then narrows it.
   */
  static widest(config) {
    const enabled = new Set(config.overrides.flatMap((o) => o.enabledRules));
    let min = config.minConfidence;
    for (const o of config.overrides) if (o.minConfidence && CONFIDENCE_ORDER[o.minConfidence] < CONFIDENCE_ORDER[min]) min = o.minConfidence;
    return { enabled, minConfidence: min };
  }
};

// src/config/effective.ts
var DEFAULT = "default";
function effectiveConfig(config, path) {
  const o = config.origins;
  const from = (key) => o.get(key) ?? DEFAULT;
  const own = path !== void 0 ? new FileOverrides(config).for(path) : void 0;
  const applied = own?.applied ?? [];
  const last = (k) => {
    const by = [...applied].reverse().find((x) => x[k] !== void 0);
    return by ? { value: by[k], from: `${by.source} (${by.files.join(", ")})` } : { value: config[k], from: from(k) };
  };
  const disabled = own ? [...own.disabled] : config.disabledRules;
  const overrideOf = (pick) => [...applied].reverse().find(pick);
  const rules = [
    ...config.rules.filter((r) => !disabled.includes(r.id) && (!path || !r.appliesTo || r.appliesTo(path))).map((r) => ({ value: r.id, from: from(`rules:${r.id}`) })),
    ...applied.flatMap((x) => x.rules.map((r) => ({ value: r.id, from: x.source })))
  ];
  const overrideAllow = (k) => applied.flatMap((x) => (k === "regexes" ? x.allow.regexes.map((r) => r.source) : x.allow[k]).map((v) => ({ value: k === "values" ? redact(v) : v, from: x.source })));
  return {
    ...path !== void 0 ? { path } : {},
    chain: config.chain ?? (config.source ? [config.source] : []),
    failOn: last("failOn"),
    minConfidence: last("minConfidence"),
    maxFileSize: { value: config.maxFileSize, from: from("maxFileSize") },
    verifyInHooks: { value: config.verify.inHooks, from: from("verify.inHooks") },
    disabledRules: disabled.map((id) => {
      const by = overrideOf((x) => x.disabledRules.includes(id));
      return { value: id, from: by ? by.source : from(`disabledRules:${id}`) };
    }),
    rules,
    allow: {
      paths: [...config.allow.paths.map((p) => ({ value: p, from: from(`allow.paths:${p}`) })), ...overrideAllow("paths")],
      regexes: [...config.allow.regexes.map((r) => ({ value: r.source, from: from(`allow.regexes:${r.source}`) })), ...overrideAllow("regexes")],
      values: [...config.allow.values.map((v) => ({ value: redact(v), from: from(`allow.values:${v}`) })), ...overrideAllow("values")]
    },
    overrides: (path !== void 0 ? applied : config.overrides).map((x) => ({ source: x.source, files: x.files })),
    notices: config.notices ?? []
  };
}

// src/git/repo.ts
var import_node_fs4 = require("node:fs");
var import_node_path3 = require("node:path");
async function repoRoot(cwd, opts = {}) {
  if (!process.env.GIT_DIR && !process.env.GIT_WORK_TREE && (0, import_node_fs4.existsSync)((0, import_node_path3.join)(cwd, ".git"))) return cwd;
  try {
    return (await git(["rev-parse", "--show-toplevel"], { cwd })).toString("utf8").replace(/\n$/, "");
  } catch (e) {
    if (e instanceof GitError && /not a git repository/i.test(e.stderr)) {
      throw new LeakguardError(`${cwd} is not inside a git repository. Run leakguard from a repository, or use \`leakguard scan --no-git <path>\` for a plain folder.`);
    }
    if (e instanceof GitError && /must be run in a work tree/i.test(e.stderr)) {
      if (opts.bare) return (await git(["rev-parse", "--absolute-git-dir"], { cwd })).toString("utf8").replace(/\n$/, "");
      throw new LeakguardError(`${cwd} is a bare repository: it has no work tree or index to scan. Scan its history with \`leakguard scan --history\` (or --range).`);
    }
    throw e;
  }
}
function toRootRelative(root, cwd, p) {
  const rel = (0, import_node_path3.relative)(root, (0, import_node_path3.resolve)(cwd, p)).split(import_node_path3.sep).join("/");
  if (rel.startsWith("..")) throw new LeakguardError(`${p} is outside the repository at ${root} (use --no-git to scan it as a plain folder)`);
  return rel === "" ? "." : rel;
}

// src/cli/args.ts
var import_node_util = require("node:util");
function parseCommandArgs(argv, options, command) {
  try {
    return (0, import_node_util.parseArgs)({ args: argv, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new LeakguardError(`${command}: ${e.message.replace(/^TypeError \[\w+\]: /, "")}. Run \`leakguard ${command} --help\`.`);
  }
}

// src/cli/commands/config.ts
var HELP = `Usage: leakguard config [<path>] [--json] [--config <file>]

Prints the configuration in force, each setting with the file and key it came
from: leakguard.config.json (or package.json "leakguard"), what it extends,
and, for a path, the overrides that match it. Allowed values are shown
redacted. An invalid config exits 2 naming the file and the key.

  <path>           a file in the repository: its own settings (monorepo overrides)
  --json           machine-readable
  --config <file>  read this config instead
`;
async function run2(argv) {
  const { values, positionals } = parseCommandArgs(argv, { json: { type: "boolean" }, config: { type: "string" }, help: { type: "boolean", short: "h" } }, "config");
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const cwd = process.cwd();
  const root = await repoRoot(cwd).catch(() => cwd);
  const config = await loadConfig(root, values.config);
  const path = positionals[0] !== void 0 ? toRootRelative(root, cwd, positionals[0]) : void 0;
  const eff = effectiveConfig(config, path);
  process.stdout.write(values.json ? JSON.stringify(eff, null, 2) + "\n" : human(eff));
  return 0;
}
function human(e) {
  const s = (name, x) => `${name}: ${String(x.value)} \u2014 ${x.from}`;
  const list = (name, xs) => xs.length ? [`${name}:`, ...xs.map((x) => `  ${x.value} \u2014 ${x.from}`)] : [`${name}: (none)`];
  const out = [
    e.path !== void 0 ? `Configuration in force for ${e.path}` : "Configuration in force",
    ...e.chain.length ? ["read (nearest first):", ...e.chain.map((c) => `  ${c}`)] : ["read: no config file (defaults)"],
    "",
    s("failOn", e.failOn),
    s("minConfidence", e.minConfidence),
    s("maxFileSize", { ...e.maxFileSize, value: size(e.maxFileSize.value) }),
    s("verify.inHooks", e.verifyInHooks),
    ...list("disabledRules", e.disabledRules),
    ...list("rules", e.rules),
    ...list("allow.paths", e.allow.paths),
    ...list("allow.regexes", e.allow.regexes),
    ...list("allow.values", e.allow.values),
    e.overrides.length ? `${e.path !== void 0 ? "overrides that apply" : "overrides"}:` : `overrides${e.path !== void 0 ? " that apply" : ""}: (none)`,
    ...e.overrides.map((o) => `  ${o.files.join(", ")} \u2014 ${o.source}`),
    ...e.notices.map((n) => `note: ${n}`)
  ];
  return out.join("\n") + "\n";
}
function size(bytes) {
  for (const [unit, n] of [["GB", 1024 ** 3], ["MB", 1024 ** 2], ["KB", 1024]]) if (bytes >= n && bytes % n === 0) return `${bytes / n}${unit}`;
  return `${bytes} bytes`;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  run
});
