"use strict";
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name2 in all)
    __defProp(target, name2, { get: all[name2], enumerable: true });
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

// src/verify/index.ts
var index_exports = {};
__export(index_exports, {
  DEFAULT_MAX_REQUESTS: () => DEFAULT_MAX_REQUESTS,
  overrideNames: () => overrideNames,
  revocable: () => revocable,
  revokeCredential: () => revokeCredential,
  verifiers: () => verifiers,
  verifyFindings: () => verifyFindings
});
module.exports = __toCommonJS(index_exports);

// src/verify/http.ts
var import_node_http = require("node:http");
var import_node_https = require("node:https");
var import_node_tls = require("node:tls");

// src/version.ts
var VERSION = true ? "0.1.0" : "dev";

// src/verify/http.ts
var MAX_BODY = 64 * 1024;
var USER_AGENT = `leakguard/${VERSION} (secret verification; +https://github.com/leakguard/leakguard)`;
async function send(req, timeoutMs, env = process.env) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    return await once(req, controller.signal, env);
  } catch (e) {
    if (controller.signal.aborted) throw new VerifyNetworkError(`no answer within ${Math.round(timeoutMs / 100) / 10} s`);
    throw e instanceof VerifyNetworkError ? e : new VerifyNetworkError(describe(e));
  } finally {
    clearTimeout(timer);
  }
}
var VerifyNetworkError = class extends Error {
};
function describe(e) {
  const err = e;
  return err.code ? `network error (${err.code})` : "network error";
}
async function once(req, signal, env) {
  const secure = req.url.protocol === "https:";
  const port = Number(req.url.port) || (secure ? 443 : 80);
  const headers = { "user-agent": USER_AGENT, accept: "application/json", ...req.headers, host: req.url.host };
  if (req.body !== void 0) headers["content-length"] = String(Buffer.byteLength(req.body));
  const proxy = proxyFor(req.url, env);
  const path = `${req.url.pathname}${req.url.search}`;
  let res;
  if (proxy && !secure) {
    res = await exchange((0, import_node_http.request)({ ...toProxy(proxy), method: req.method, path: req.url.href, headers: { ...headers, ...proxyAuth(proxy) }, signal }), req.body);
  } else if (proxy) {
    const socket = await tunnel(proxy, req.url.hostname, port, signal);
    try {
      res = await exchange((0, import_node_https.request)({ host: req.url.hostname, port, method: req.method, path, headers, signal, createConnection: () => (0, import_node_tls.connect)({ socket, servername: req.url.hostname }) }), req.body);
      return await read(res);
    } finally {
      socket.destroy();
    }
  } else {
    const make = secure ? import_node_https.request : import_node_http.request;
    res = await exchange(make({ host: req.url.hostname, port, method: req.method, path, headers, signal }), req.body);
  }
  return read(res);
}
function exchange(r, body) {
  return new Promise((resolve, reject) => {
    r.on("response", resolve);
    r.on("error", reject);
    r.end(body);
  });
}
function read(res) {
  return new Promise((resolve, reject) => {
    const parts = [];
    let size = 0;
    res.on("data", (b) => {
      if (size < MAX_BODY) parts.push(b.subarray(0, MAX_BODY - size));
      size += b.length;
    });
    res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(parts).toString("utf8") }));
    res.on("error", reject);
  });
}
function tunnel(proxy, host, port, signal) {
  return new Promise((resolve, reject) => {
    const r = (0, import_node_http.request)({ ...toProxy(proxy), method: "CONNECT", path: `${host}:${port}`, headers: { host: `${host}:${port}`, ...proxyAuth(proxy) }, signal });
    r.on("connect", (res, socket) => {
      if (res.statusCode === 200) resolve(socket);
      else {
        socket.destroy();
        reject(new VerifyNetworkError(`proxy refused the tunnel (HTTP ${res.statusCode})`));
      }
    });
    r.on("error", reject);
    r.end();
  });
}
function toProxy(proxy) {
  const host = proxy.hostname.replace(/^\[|\]$/g, "");
  if (proxy.protocol === "https:") {
    const port = Number(proxy.port) || 443;
    return { host, port, createConnection: () => (0, import_node_tls.connect)({ host, port, servername: isIp(host) ? void 0 : host, ALPNProtocols: ["http/1.1"] }) };
  }
  return { host, port: Number(proxy.port) || 80 };
}
var isIp = (h) => /^[\d.]+$/.test(h) || h.includes(":");
function proxyAuth(proxy) {
  if (!proxy.username) return {};
  return { "proxy-authorization": `Basic ${Buffer.from(`${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`).toString("base64")}` };
}
function proxyFor(url, env) {
  const raw = url.protocol === "https:" ? env.https_proxy ?? env.HTTPS_PROXY : env.http_proxy ?? env.HTTP_PROXY;
  if (!raw) return void 0;
  if (bypass(url, env.no_proxy ?? env.NO_PROXY ?? "")) return void 0;
  let proxy;
  try {
    proxy = new URL(raw.includes("://") ? raw : `http://${raw}`);
  } catch {
    throw new VerifyNetworkError("the proxy variable is not a URL");
  }
  if (proxy.protocol !== "http:" && proxy.protocol !== "https:") throw new VerifyNetworkError(`proxy ${proxy.protocol}// is not supported (http:// or https:// proxies only)`);
  return proxy;
}
function bypass(url, noProxy) {
  const host = url.hostname.toLowerCase().replace(/^\[|\]$/g, "");
  const port = url.port || (url.protocol === "https:" ? "443" : "80");
  for (const raw of noProxy.split(/[,\s]+/)) {
    const entry = raw.trim().toLowerCase();
    if (!entry) continue;
    if (entry === "*") return true;
    const [name2 = "", p] = entry.split(/:(?=\d+$)/);
    if (p && p !== port) continue;
    const bare = name2.replace(/^\*?\./, "");
    if (host === bare || host.endsWith(`.${bare}`)) return true;
  }
  return false;
}

// src/verify/sigv4.ts
var import_node_crypto = require("node:crypto");
var sha256 = (s) => (0, import_node_crypto.createHash)("sha256").update(s, "utf8").digest("hex");
var hmac = (key, s) => (0, import_node_crypto.createHmac)("sha256", key).update(s, "utf8").digest();
function canonicalRequest(req) {
  const names = Object.keys(req.headers).map((h) => h.toLowerCase()).sort();
  const lower = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k.toLowerCase(), v]));
  const headers = names.map((n) => `${n}:${String(lower[n]).trim().replace(/\s+/g, " ")}
`).join("");
  const signedHeaders = names.join(";");
  const query = req.query.split("&").filter(Boolean).map((p) => p.includes("=") ? p : `${p}=`).sort().join("&");
  const payload = lower["x-amz-content-sha256"] ?? sha256(req.body);
  return { text: [req.method, req.path, query, headers, signedHeaders, payload].join("\n"), signedHeaders };
}
function authorization(req, creds, region, service, amzDate2) {
  const day = amzDate2.slice(0, 8);
  const scope = `${day}/${region}/${service}/aws4_request`;
  const { text, signedHeaders } = canonicalRequest(req);
  const toSign = ["AWS4-HMAC-SHA256", amzDate2, scope, sha256(text)].join("\n");
  const key = hmac(hmac(hmac(hmac(`AWS4${creds.secretAccessKey}`, day), region), service), "aws4_request");
  const signature = (0, import_node_crypto.createHmac)("sha256", key).update(toSign, "utf8").digest("hex");
  return `AWS4-HMAC-SHA256 Credential=${creds.accessKeyId}/${scope}, SignedHeaders=${signedHeaders}, Signature=${signature}`;
}
function amzDate(d) {
  return d.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
}

// src/verify/azure.ts
var import_node_crypto2 = require("node:crypto");
function sharedKey(account, key, path, query, msHeaders) {
  const headers = Object.keys(msHeaders).map((h) => h.toLowerCase()).sort().map((h) => `${h}:${msHeaders[h]}
`).join("");
  const params = [...query.keys()].map((k) => k.toLowerCase()).sort().map((k) => `
${k}:${query.getAll(k).sort().join(",")}`).join("");
  const toSign = `GET











${headers}/${account}${path}${params}`;
  const signature = (0, import_node_crypto2.createHmac)("sha256", Buffer.from(key, "base64")).update(toSign, "utf8").digest("base64");
  return `SharedKey ${account}:${signature}`;
}

// src/verify/providers.ts
var bearer = (s) => ({ authorization: `Bearer ${s}` });
var basic = (user, pass) => ({ authorization: `Basic ${Buffer.from(`${user}:${pass}`).toString("base64")}` });
var get = (path, headers = {}) => ({ method: "GET", path, headers });
var postJson = (path, body, headers = {}) => ({ method: "POST", path, headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });
function parse(body) {
  try {
    const v = JSON.parse(body);
    return v && typeof v === "object" ? v : void 0;
  } catch {
    return void 0;
  }
}
function field(body, path) {
  let v = typeof body === "string" ? parse(body) : body;
  for (const k of path.split(".")) v = v && typeof v === "object" ? v[k] : void 0;
  return typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? String(v) : "";
}
function byStatus(revoked, detail = () => "", liveAlso = []) {
  return (res) => {
    if (res.status >= 200 && res.status < 300) return { status: "live", detail: detail(res) || "accepted" };
    if (liveAlso.includes(res.status)) return { status: "live", detail: `accepted, but not allowed this call (HTTP ${res.status}): the credential is valid with narrower permissions` };
    if (revoked.includes(res.status)) return { status: "revoked", detail: `rejected (HTTP ${res.status})` };
    return unexpected(res);
  };
}
function unexpected(res) {
  if (res.status === 429) return { status: "unknown", detail: "rate limited (HTTP 429): try again later" };
  if (res.status >= 500) return { status: "unknown", detail: `provider error (HTTP ${res.status})` };
  return { status: "unknown", detail: `unexpected answer (HTTP ${res.status})` };
}
var name = (...paths) => (res) => {
  const doc = parse(res.body);
  for (const p of paths) {
    const v = field(doc, p);
    if (v) return v;
  }
  return "";
};
var whose = (label, path) => (res) => {
  const v = name(path)(res);
  return v ? `${label} ${v}` : "";
};
var PUBLIC_GITHUB = /* @__PURE__ */ new Set(["github.com", "api.github.com", "gist.github.com", "raw.githubusercontent.com", "uploads.github.com", "objects.githubusercontent.com", "codeload.github.com", "ghcr.io"]);
var PUBLIC_GITLAB = /* @__PURE__ */ new Set(["gitlab.com", "registry.gitlab.com", "docs.gitlab.com", "about.gitlab.com"]);
var GITHUB_INSTANCE = {
  selfHosted: (t) => selfHostedHost(t, "github", PUBLIC_GITHUB),
  selfHostedUrl: (host) => `https://${host}/api/v3`
};
var verifiers = [
  {
    family: "GITHUB",
    rules: ["github-ghp", "github-gho", "github-ghu", "github-fine-grained-pat"],
    base: "https://api.github.com",
    ...GITHUB_INSTANCE,
    plan: (t) => get("/user", { ...bearer(t.secret), accept: "application/vnd.github+json" }),
    judge: byStatus([401], (res) => {
      const scopes = res.headers["x-oauth-scopes"];
      const login = field(res.body, "login");
      return `${login ? `user ${login}` : "accepted"}${typeof scopes === "string" ? `; scopes: ${scopes || "none"}` : ""}`;
    })
  },
  {
    family: "GITHUB",
    rules: ["github-ghs"],
    base: "https://api.github.com",
    ...GITHUB_INSTANCE,
    plan: (t) => get("/installation/repositories?per_page=1", { ...bearer(t.secret), accept: "application/vnd.github+json" }),
    judge: byStatus([401], (res) => `app installation token; ${field(res.body, "total_count") || "?"} repositories`)
  },
  {
    family: "GITLAB",
    rules: ["gitlab-pat"],
    base: "https://gitlab.com",
    selfHosted: (t) => selfHostedHost(t, "gitlab", PUBLIC_GITLAB),
    selfHostedUrl: (host) => `https://${host}`,
    plan: (t) => get("/api/v4/user", { "private-token": t.secret }),
    judge: byStatus([401], whose("user", "username"))
  },
  {
    family: "SLACK",
    rules: ["slack-bot-token", "slack-user-token"],
    base: "https://slack.com",
    plan: (t) => ({ method: "POST", path: "/api/auth.test", headers: { ...bearer(t.secret), "content-type": "application/x-www-form-urlencoded" }, body: "" }),
    judge: (res) => {
      if (res.status !== 200) return unexpected(res);
      const doc = parse(res.body);
      if (field(doc, "ok") === "true") return { status: "live", detail: `team ${field(doc, "team") || "?"}, user ${field(doc, "user") || "?"}` };
      const error = field(doc, "error");
      if (["invalid_auth", "token_revoked", "account_inactive", "not_authed", "token_expired"].includes(error)) return { status: "revoked", detail: `rejected (${error})` };
      return { status: "unknown", detail: `unexpected answer (${error || "no error code"})` };
    }
  },
  {
    family: "SLACK_WEBHOOK",
    rules: ["slack-webhook-url"],
    base: "https://hooks.slack.com",
    // An empty payload cannot post to an incoming webhook: a live one answers "no_text" or "invalid_payload".
    // Workflow and trigger webhooks (/workflows/\u2026, /triggers/\u2026) start a workflow when posted to, whatever
    // the payload, and Slack has no read-only check for them: they are not sent.
    plan: (t) => {
      const kind = slackWebhookKind(t);
      if (kind !== "services") return `not verified: a Slack ${kind === "unknown" ? "webhook of an unrecognised kind" : `${kind.replace(/s$/, "")} webhook`} would start its workflow when posted to, and Slack offers no read-only check`;
      return postJson(`/services/${t.secret.split("/").map(encodeURIComponent).join("/")}`, {});
    },
    judge: (res) => {
      if (res.status === 400 && /no_text|invalid_payload|missing_text/.test(res.body)) return { status: "live", detail: "the webhook accepts posts (checked with an empty payload, nothing posted)" };
      const code = /^\s*([a-z_]{3,40})\s*$/.exec(res.body)?.[1] ?? "";
      if ((res.status === 403 || res.status === 404) && ["no_service", "invalid_token", "no_team", "team_disabled", "no_service_id"].includes(code)) return { status: "revoked", detail: `rejected (${code})` };
      if (res.status === 410 && code === "channel_is_archived") return { status: "unknown", detail: "the webhook exists but its channel is archived (channel_is_archived)" };
      return unexpected(res);
    }
  },
  {
    family: "STRIPE",
    rules: ["stripe-secret-key", "stripe-restricted-key"],
    base: "https://api.stripe.com",
    plan: (t) => get("/v1/account", bearer(t.secret)),
    judge: byStatus([401], (res) => `account ${field(res.body, "id") || "?"}`, [403])
  },
  {
    family: "OPENAI",
    rules: ["openai-api-key", "openai-project-key"],
    base: "https://api.openai.com",
    plan: (t) => get("/v1/models", bearer(t.secret)),
    judge: (res) => res.status === 429 && /insufficient_quota/.test(res.body) ? { status: "live", detail: "accepted; the account has no quota left" } : byStatus([401], () => "can list models", [403])(res)
  },
  {
    family: "ANTHROPIC",
    rules: ["anthropic-api-key"],
    base: "https://api.anthropic.com",
    plan: (t) => get("/v1/models?limit=1", { "x-api-key": t.secret, "anthropic-version": "2023-06-01" }),
    judge: byStatus([401], () => "can list models", [403])
  },
  {
    family: "AWS",
    rules: ["aws-access-key-id", "aws-secret-access-key"],
    base: "https://sts.amazonaws.com",
    // Each key id is tried with the secret keys beside it, nearest first (a credentials file has one
    // pair per profile), and each secret key with the key ids beside it: a pair that is not one answers
    // SignatureDoesNotMatch, which says the key id exists and nothing about the secret.
    attempts: (t) => {
      const pairs = awsPairs(t);
      if (typeof pairs === "string") return pairs;
      const body = "Action=GetCallerIdentity&Version=2011-06-15";
      return pairs.map((pair) => ({
        key: `${pair.accessKeyId}\0${pair.secretAccessKey}\0${pair.sessionToken ?? ""}`,
        plan: {
          method: "POST",
          path: "/",
          headers: { "content-type": "application/x-www-form-urlencoded; charset=utf-8" },
          body,
          sign: (url, headers, b) => {
            const date = amzDate(/* @__PURE__ */ new Date());
            headers["x-amz-date"] = date;
            const signed = { host: url.host, "content-type": headers["content-type"], "x-amz-date": date };
            if (pair.sessionToken) signed["x-amz-security-token"] = headers["x-amz-security-token"] = pair.sessionToken;
            headers.authorization = authorization({ method: "POST", host: url.host, path: url.pathname, query: "", headers: signed, body: b }, pair, "us-east-1", "sts", date);
          }
        }
      }));
    },
    judge: (res) => {
      if (res.status === 200) return { status: "live", detail: `${/<Arn>([^<]{1,200})<\/Arn>/.exec(res.body)?.[1] ?? "accepted"}` };
      const code = /<Code>([^<]{1,60})<\/Code>/.exec(res.body)?.[1] ?? "";
      if (res.status === 403 && code === "InvalidClientTokenId") return { status: "revoked", detail: "rejected (InvalidClientTokenId: the key id is not valid)", next: true };
      if (res.status === 403 && code === "ExpiredToken") return { status: "revoked", detail: "rejected (ExpiredToken: the temporary credentials expired)" };
      if (res.status === 403 && code === "SignatureDoesNotMatch") return { status: "unknown", detail: "key id valid, secret not matched (SignatureDoesNotMatch): the secret key beside it is not its pair", next: true };
      return unexpected(res);
    }
  },
  {
    family: "NPM",
    rules: ["npm-access-token", "npmrc-auth-token"],
    base: "https://registry.npmjs.org",
    plan: (t) => get("/-/whoami", bearer(t.secret)),
    judge: byStatus([401], whose("user", "username"))
  },
  {
    family: "SENDGRID",
    rules: ["sendgrid-api-key"],
    base: "https://api.sendgrid.com",
    plan: (t) => get("/v3/scopes", bearer(t.secret)),
    judge: byStatus([401], (res) => {
      const scopes = parse(res.body)?.scopes;
      return Array.isArray(scopes) ? `${scopes.length} scopes${scopes.includes("mail.send") ? ", can send mail" : ""}` : "";
    })
  },
  {
    family: "TWILIO",
    rules: ["twilio-auth-token"],
    base: "https://api.twilio.com",
    plan: (t) => {
      const sid = /\bAC[0-9a-f]{32}\b/.exec(t.context)?.[0];
      if (!sid) return "needs the account SID (AC\u2026) on the same line";
      return get(`/2010-04-01/Accounts/${sid}.json`, basic(sid, t.secret));
    },
    // 404 says the account SID does not exist, nothing about the token.
    judge: byStatus([401], whose("account", "friendly_name"))
  },
  {
    family: "MAILGUN",
    rules: ["mailgun-private-key", "mailgun-api-key"],
    base: "https://api.mailgun.net",
    plan: (t) => get("/v3/domains?limit=1", basic("api", t.secret)),
    judge: byStatus([401], (res) => `${field(res.body, "total_count") || "?"} domains`)
  },
  {
    family: "MAILCHIMP",
    rules: ["mailchimp-api-key"],
    base: (t) => {
      const dc = /-(us\d{1,2})$/.exec(t.secret)?.[1];
      return dc ? `https://${dc}.api.mailchimp.com` : void 0;
    },
    plan: (t) => get("/3.0/", basic("leakguard", t.secret)),
    judge: byStatus([401], whose("account", "account_name"))
  },
  {
    family: "DIGITALOCEAN",
    rules: ["digitalocean-pat", "digitalocean-oauth-token"],
    base: "https://api.digitalocean.com",
    plan: (t) => get("/v2/account", bearer(t.secret)),
    judge: byStatus([401], (res) => field(res.body, "account.team.name") ? `team ${field(res.body, "account.team.name")}` : `account ${field(res.body, "account.status") || "active"}`)
  },
  {
    family: "HEROKU",
    rules: ["heroku-api-key", "heroku-api-key-v2"],
    base: "https://api.heroku.com",
    plan: (t) => get("/account", { ...bearer(t.secret), accept: "application/vnd.heroku+json; version=3" }),
    judge: byStatus([401], name("name", "id"))
  },
  {
    family: "DISCORD",
    rules: ["discord-bot-token"],
    base: "https://discord.com",
    plan: (t) => get("/api/v10/users/@me", { authorization: `Bot ${t.secret}` }),
    judge: byStatus([401], whose("bot", "username"))
  },
  {
    family: "DISCORD_WEBHOOK",
    rules: ["discord-webhook-url"],
    base: "https://discord.com",
    // GET on a webhook describes it; it never posts.
    plan: (t) => get(`/api/webhooks/${t.secret.split("/").map(encodeURIComponent).join("/")}`),
    // Discord's codes: 10015 Unknown Webhook (deleted), 50027 Invalid Webhook Token.
    judge: (res) => {
      const code = field(res.body, "code");
      if (res.status === 404 && code === "10015" || res.status === 401 && (code === "50027" || code === "0" || code === "")) return { status: "revoked", detail: `rejected (${code === "10015" ? "Unknown Webhook" : code === "50027" ? "Invalid Webhook Token" : "HTTP 401"})` };
      return byStatus([], whose("webhook", "name"))(res);
    }
  },
  {
    family: "TELEGRAM",
    rules: ["telegram-bot-token"],
    base: "https://api.telegram.org",
    plan: (t) => get(`/bot${encodeURIComponent(t.secret)}/getMe`),
    judge: byStatus([401], (res) => field(res.body, "result.username") ? `bot @${field(res.body, "result.username")}` : "")
  },
  {
    family: "HUGGINGFACE",
    rules: ["huggingface-token", "huggingface-org-token"],
    base: "https://huggingface.co",
    plan: (t) => get("/api/whoami-v2", bearer(t.secret)),
    judge: byStatus([401], (res) => `${field(res.body, "name") || "accepted"}${field(res.body, "auth.accessToken.role") ? ` (${field(res.body, "auth.accessToken.role")})` : ""}`)
  },
  {
    family: "POSTMAN",
    rules: ["postman-api-key"],
    base: "https://api.getpostman.com",
    plan: (t) => get("/me", { "x-api-key": t.secret }),
    judge: byStatus([401], whose("user", "user.username"))
  },
  {
    family: "LINEAR",
    rules: ["linear-api-key", "linear-oauth-token"],
    base: "https://api.linear.app",
    plan: (t) => postJson("/graphql", { query: "{ viewer { name } }" }, { authorization: t.secret.startsWith("lin_api_") ? t.secret : `Bearer ${t.secret}` }),
    judge: (res) => {
      if (res.status === 200 && field(res.body, "data.viewer.name")) return { status: "live", detail: `user ${field(res.body, "data.viewer.name")}` };
      if ((res.status === 400 || res.status === 401) && /AUTHENTICATION_ERROR|authentication/i.test(res.body)) return { status: "revoked", detail: `rejected (HTTP ${res.status})` };
      return unexpected(res);
    }
  },
  {
    family: "NOTION",
    rules: ["notion-integration-token", "notion-token"],
    base: "https://api.notion.com",
    plan: (t) => get("/v1/users/me", { ...bearer(t.secret), "notion-version": "2022-06-28" }),
    judge: byStatus([401], whose("integration", "name"))
  },
  {
    family: "DATADOG",
    rules: ["datadog-api-key"],
    base: "https://api.datadoghq.com",
    // A key belongs to one Datadog site, and every other site answers 403 for it. The site the text
    // beside it names (DD_SITE=datadoghq.eu, api.us5.datadoghq.com) is asked alone; else every site,
    // and only a 403 from all of them is "revoked".
    attempts: (t) => {
      const named = datadogSite(t);
      return (named ? [named] : DATADOG_SITES).map((site) => ({ base: `https://api.${site}`, plan: get("/api/v1/validate", { "dd-api-key": t.secret }) }));
    },
    judge: (res) => {
      if (res.status === 200 && field(res.body, "valid") === "true") return { status: "live", detail: "valid API key" };
      if (res.status === 403) return { status: "revoked", detail: "rejected (HTTP 403 from the validate endpoint)", next: true };
      return unexpected(res);
    }
  },
  {
    family: "NEWRELIC",
    rules: ["newrelic-user-key"],
    base: "https://api.newrelic.com",
    plan: (t) => postJson("/graphql", { query: "{ actor { user { name } } }" }, { "api-key": t.secret }),
    judge: (res) => {
      if (res.status === 200 && field(res.body, "data.actor.user.name")) return { status: "live", detail: `user ${field(res.body, "data.actor.user.name")}` };
      if (res.status === 401 || res.status === 200 && /invalid api key|api key is invalid/i.test(res.body)) return { status: "revoked", detail: `rejected (HTTP ${res.status})` };
      return unexpected(res);
    }
  },
  {
    family: "SENTRY",
    rules: ["sentry-org-token", "sentry-user-token", "sentry-auth-token-legacy"],
    base: "https://sentry.io",
    plan: (t) => get("/api/0/", bearer(t.secret)),
    judge: byStatus([401], whose("user", "user.username"), [403])
  },
  {
    family: "SHOPIFY",
    rules: ["shopify-access-token"],
    base: (t) => {
      const shop = /(?<![a-z0-9-])([a-z0-9][a-z0-9-]{0,60})\.myshopify\.com\b/i.exec(t.context)?.[1];
      return shop ? `https://${shop.toLowerCase()}.myshopify.com` : void 0;
    },
    plan: (t) => get("/admin/api/2024-10/shop.json", { "x-shopify-access-token": t.secret }),
    judge: byStatus([401], whose("shop", "shop.name"))
  },
  {
    family: "DOPPLER",
    rules: ["doppler-token", "doppler-env-service-token"],
    base: "https://api.doppler.com",
    plan: (t) => get("/v3/me", bearer(t.secret)),
    judge: byStatus([401], (res) => `${field(res.body, "type") || "token"}${field(res.body, "workplace.name") ? ` of ${field(res.body, "workplace.name")}` : ""}`)
  },
  {
    family: "GOOGLE",
    rules: ["gcp-api-key"],
    base: "https://generativelanguage.googleapis.com",
    // Listing models is free and read-only; a key for a project without this API still
    // says whether the key itself exists (API_KEY_INVALID vs SERVICE_DISABLED).
    plan: (t) => get(`/v1beta/models?pageSize=1&key=${encodeURIComponent(t.secret)}`),
    judge: (res) => {
      if (res.status === 200) return { status: "live", detail: "accepted (Generative Language API enabled)" };
      if (/API_KEY_INVALID|API key not valid|API_KEY_EXPIRED/.test(res.body)) return { status: "revoked", detail: "rejected (API key not valid)" };
      if (res.status === 403) return { status: "live", detail: `the key exists; this API is not allowed for it (${field(res.body, "error.status") || "HTTP 403"})` };
      return unexpected(res);
    }
  },
  {
    family: "GOOGLE_OAUTH",
    rules: ["gcp-oauth-access-token"],
    base: "https://oauth2.googleapis.com",
    // Google's token information endpoint: an expired or revoked access token is "invalid_token".
    plan: (t) => get(`/tokeninfo?access_token=${encodeURIComponent(t.secret)}`),
    judge: (res) => {
      if (res.status === 200) return { status: "live", detail: `accepted${field(res.body, "email") ? ` for ${field(res.body, "email")}` : ""}${field(res.body, "expires_in") ? `; expires in ${field(res.body, "expires_in")} s` : ""}` };
      if (res.status === 400 && /invalid_token|Invalid Value/.test(res.body)) return { status: "revoked", detail: "rejected (invalid_token: revoked or expired)" };
      return unexpected(res);
    }
  },
  {
    family: "VERCEL",
    rules: ["vercel-token", "vercel-prefixed-token"],
    base: "https://api.vercel.com",
    plan: (t) => get("/v2/user", bearer(t.secret)),
    // Vercel marks an unknown or revoked token as such; a 403 without that mark is a token without access.
    judge: (res) => {
      if (res.status === 200) return { status: "live", detail: field(res.body, "user.username") ? `user ${field(res.body, "user.username")}` : "accepted" };
      if (res.status === 403 && field(res.body, "error.invalidToken") === "true") return { status: "revoked", detail: "rejected (invalidToken)" };
      return unexpected(res);
    }
  },
  {
    family: "AZURE_STORAGE",
    rules: ["azure-storage-account-key"],
    base: (t) => {
      const account = azureAccount(t);
      return account ? `https://${account}.blob.core.windows.net` : void 0;
    },
    plan: (t) => {
      const account = azureAccount(t);
      if (!account) return "needs the AccountName beside the key";
      return {
        method: "GET",
        path: "/?comp=list&maxresults=1",
        sign: (url, headers) => {
          const ms = { "x-ms-date": (/* @__PURE__ */ new Date()).toUTCString(), "x-ms-version": "2021-08-06" };
          Object.assign(headers, ms, { authorization: sharedKey(account, t.secret, url.pathname, url.searchParams, ms) });
        }
      };
    },
    judge: (res) => {
      if (res.status === 200) return { status: "live", detail: "can list containers" };
      if (res.status === 403 && /<Code>AuthenticationFailed<\/Code>/.test(res.body)) return { status: "revoked", detail: "rejected (AuthenticationFailed)" };
      return unexpected(res);
    }
  },
  {
    family: "CLOUDFLARE",
    rules: ["cloudflare-api-token"],
    base: "https://api.cloudflare.com",
    plan: (t) => get("/client/v4/user/tokens/verify", bearer(t.secret)),
    judge: (res) => {
      const state = field(res.body, "result.status");
      if (res.status === 200 && state === "active") return { status: "live", detail: "active token" };
      if (res.status === 200 && ["disabled", "expired"].includes(state)) return { status: "revoked", detail: `token ${state}` };
      if (res.status === 401 || (res.status === 400 || res.status === 403) && /"code":\s*1000\b|Invalid API Token/.test(res.body)) return { status: "revoked", detail: "rejected (Invalid API Token)" };
      return unexpected(res);
    }
  },
  {
    family: "MAPBOX",
    rules: ["mapbox-secret-token"],
    base: "https://api.mapbox.com",
    plan: (t) => get(`/tokens/v2?access_token=${encodeURIComponent(t.secret)}`),
    judge: (res) => {
      const code = field(res.body, "code");
      if (code === "TokenValid") return { status: "live", detail: `user ${field(res.body, "token.user") || "?"}` };
      if (["TokenInvalid", "TokenExpired", "TokenRevoked", "TokenMalformed"].includes(code)) return { status: "revoked", detail: `rejected (${code})` };
      return unexpected(res);
    }
  },
  {
    family: "AIRTABLE",
    rules: ["airtable-token"],
    base: "https://api.airtable.com",
    plan: (t) => get("/v0/meta/whoami", bearer(t.secret)),
    judge: byStatus([401], whose("user", "id"))
  },
  {
    family: "FIGMA",
    rules: ["figma-pat"],
    base: "https://api.figma.com",
    plan: (t) => get("/v1/me", { "x-figma-token": t.secret }),
    // Figma answers 403 "Invalid token" for a token it does not know, and 403 for missing scopes too.
    judge: (res) => res.status === 403 && /invalid token/i.test(res.body) ? { status: "revoked", detail: "rejected (Invalid token)" } : byStatus([401], whose("user", "handle"))(res)
  },
  {
    family: "GROQ",
    rules: ["groq-api-key"],
    base: "https://api.groq.com",
    plan: (t) => get("/openai/v1/models", bearer(t.secret)),
    judge: byStatus([401], () => "can list models")
  },
  {
    family: "REPLICATE",
    rules: ["replicate-api-token"],
    base: "https://api.replicate.com",
    plan: (t) => get("/v1/account", bearer(t.secret)),
    judge: byStatus([401], whose("user", "username"))
  },
  {
    family: "NETLIFY",
    rules: ["netlify-pat", "netlify-token"],
    base: "https://api.netlify.com",
    plan: (t) => get("/api/v1/user", bearer(t.secret)),
    judge: byStatus([401], whose("user", "slug"))
  },
  {
    family: "DROPBOX",
    rules: ["dropbox-short-lived-token"],
    base: "https://api.dropboxapi.com",
    plan: (t) => ({ method: "POST", path: "/2/users/get_current_account", headers: { ...bearer(t.secret), "content-type": "application/json" }, body: "null" }),
    judge: byStatus([401], whose("account", "account_id"))
  },
  {
    family: "BUILDKITE",
    rules: ["buildkite-token"],
    base: "https://api.buildkite.com",
    plan: (t) => get("/v2/access-token", bearer(t.secret)),
    judge: byStatus([401], (res) => {
      const scopes = parse(res.body)?.scopes;
      return Array.isArray(scopes) ? `scopes: ${scopes.slice(0, 8).join(", ")}` : "";
    })
  },
  {
    family: "CIRCLECI",
    rules: ["circleci-personal-token"],
    base: "https://circleci.com",
    plan: (t) => get("/api/v2/me", { "circle-token": t.secret }),
    judge: byStatus([401], whose("user", "login"))
  },
  {
    family: "SQUARE",
    rules: ["square-access-token"],
    base: "https://connect.squareup.com",
    plan: (t) => get("/v2/locations", bearer(t.secret)),
    judge: byStatus([401], () => "can list locations", [403])
  },
  {
    family: "PULUMI",
    rules: ["pulumi-access-token"],
    base: "https://api.pulumi.com",
    plan: (t) => get("/api/user", { authorization: `token ${t.secret}`, accept: "application/vnd.pulumi+8" }),
    judge: byStatus([401], whose("user", "githubLogin"))
  },
  {
    family: "TERRAFORM",
    rules: ["terraform-cloud-token"],
    base: "https://app.terraform.io",
    plan: (t) => get("/api/v2/account/details", { ...bearer(t.secret), "content-type": "application/vnd.api+json" }),
    judge: byStatus([401], whose("user", "data.attributes.username"))
  },
  {
    family: "XAI",
    rules: ["xai-api-key"],
    base: "https://api.x.ai",
    plan: (t) => get("/v1/api-key", bearer(t.secret)),
    judge: (res) => res.status === 400 && /incorrect api key|invalid api key/i.test(res.body) ? { status: "revoked", detail: "rejected (incorrect API key)" } : byStatus([401], whose("key", "name"))(res)
  },
  {
    family: "CONTENTFUL",
    rules: ["contentful-pat"],
    base: "https://api.contentful.com",
    plan: (t) => get("/users/me", bearer(t.secret)),
    judge: byStatus([401], whose("user", "sys.id"))
  },
  {
    family: "TYPEFORM",
    rules: ["typeform-token"],
    base: "https://api.typeform.com",
    plan: (t) => get("/me", bearer(t.secret)),
    judge: byStatus([401], whose("user", "alias"))
  }
];
var NEVER_DIALLED = "not verified by design: leakguard never logs in to a database or server";
var NO_PYPI_CHECK = "PyPI has no read-only way to check an upload token (a check would have to attempt an upload)";
var NOT_VERIFIED = /* @__PURE__ */ new Map([
  ["url-credentials", NEVER_DIALLED],
  ["connection-string-password", NEVER_DIALLED],
  ["pgpass-password", NEVER_DIALLED],
  ["pgpass-file-password", NEVER_DIALLED],
  ["netrc-password", NEVER_DIALLED],
  ["pypi-upload-token", NO_PYPI_CHECK],
  ["pypi-test-token", NO_PYPI_CHECK]
]);
function notVerifiedReason(ruleId, playbook) {
  return NOT_VERIFIED.get(ruleId) ?? (playbook === "database" ? NEVER_DIALLED : void 0);
}
function azureAccount(t) {
  return /AccountName\s{0,3}=\s{0,3}([a-z0-9]{3,24})/i.exec(t.context)?.[1]?.toLowerCase();
}
var MAX_PAIR_CANDIDATES = 4;
var AWS_KEY_ID = /^(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}$/;
function awsPairs(t) {
  const isId = AWS_KEY_ID.test(t.secret);
  const others = (t.nearby.get(isId ? "aws-secret-access-key" : "aws-access-key-id") ?? []).slice(0, MAX_PAIR_CANDIDATES).map((n) => n.secret);
  if (!others.length) return "needs both halves: the access key id (AKIA\u2026/ASIA\u2026) and its secret access key in the same file";
  const token = t.nearby.get("aws-session-token")?.[0]?.secret;
  const pairs = [];
  for (const other of others) {
    const pair = isId ? { accessKeyId: t.secret, secretAccessKey: other } : { accessKeyId: other, secretAccessKey: t.secret };
    if (pair.accessKeyId.startsWith("ASIA")) {
      if (!token) continue;
      pair.sessionToken = token;
    }
    pairs.push(pair);
  }
  return pairs.length ? pairs : "unknown: a temporary key (ASIA\u2026) needs its session token (AWS_SESSION_TOKEN) beside it, and none was found";
}
function slackWebhookKind(t) {
  const at = t.context.indexOf(t.secret);
  const m = /hooks\.slack\.com\/(services|workflows|triggers)\/$/.exec(t.context.slice(Math.max(0, at - 40), at));
  return m?.[1] ?? "unknown";
}
var DATADOG_SITES = ["datadoghq.com", "datadoghq.eu", "us3.datadoghq.com", "us5.datadoghq.com", "ap1.datadoghq.com", "ap2.datadoghq.com", "ddog-gov.com"];
function datadogSite(t) {
  const named = /* @__PURE__ */ new Set();
  for (const m of t.surroundings.toLowerCase().matchAll(/\b((?:us3\.|us5\.|ap1\.|ap2\.)?datadoghq\.(?:com|eu)|ddog-gov\.com)\b/g)) named.add(m[1]);
  return named.size === 1 ? [...named][0] : void 0;
}
function selfHostedHost(t, product, publicHosts) {
  const text = t.surroundings || t.context;
  if (product === "gitlab") {
    const at = t.context.indexOf(t.secret);
    if (at > 0 && /[A-Za-z0-9]$|[A-Za-z0-9]-$/.test(t.context.slice(Math.max(0, at - 2), at))) return "<your GitLab host: the token has an instance prefix>";
  }
  const prefix = product === "github" ? "(?:gh|github|ghe)" : "(?:gl|gitlab|ci_server|ci_api_v4)";
  const named = new RegExp(`\\b${prefix}[\\w.-]{0,24}?(?:host|url|server|domain|endpoint|base|instance|api)\\w{0,12}["']?\\s{0,3}[:=]\\s{0,3}["']?(?:https?://)?([a-z0-9][a-z0-9.-]{0,120}[a-z0-9])`, "gi");
  const urls = /\bhttps?:\/\/(?:[^\s/@]{1,200}@)?([a-z0-9][a-z0-9.-]{0,120}[a-z0-9])/gi;
  const hosts = [...[...text.matchAll(named)].map((m) => m[1]), ...[...text.matchAll(urls)].map((m) => m[1]).filter((h) => h.toLowerCase().includes(product))];
  for (const raw of hosts) {
    const host = raw.toLowerCase();
    if (!host.includes(".") && host !== "localhost") continue;
    if (publicHosts.has(host) || host.endsWith(`.${product}.io`) || host.endsWith(".githubusercontent.com")) continue;
    return host;
  }
  return void 0;
}
function attemptsFor(v, t) {
  if (v.attempts) return v.attempts(t);
  const plan = v.plan(t);
  return typeof plan === "string" ? plan : [{ plan }];
}
var byRule = /* @__PURE__ */ new Map();
for (const v of verifiers) for (const r of v.rules) byRule.set(r, v);
function verifierFor(ruleId) {
  return byRule.get(ruleId);
}
function overrideNames() {
  return [...new Set(verifiers.map((v) => `LEAKGUARD_VERIFY_${v.family}_URL`))];
}

// src/verify/endpoint.ts
function providerUrl(family, official, path, override) {
  const name2 = `LEAKGUARD_VERIFY_${family}_URL`;
  const base = override ? override.replace("{host}", new URL(official).host) : official;
  let url;
  let root;
  try {
    root = new URL(base);
    url = new URL(`${root.href.replace(/\/$/, "")}${path}`);
  } catch {
    return `${name2} is not a URL`;
  }
  if (url.origin !== root.origin) return "refused: the request would leave the provider host";
  if (url.protocol !== "https:" && !(url.protocol === "http:" && isLoopback(url.hostname))) {
    return `refused: ${name2} is ${url.protocol}// to ${url.hostname}, and the credential would travel unencrypted; use https:// (plain http only to a loopback address)`;
  }
  return url;
}
function isLoopback(hostname) {
  const h = hostname.toLowerCase().replace(/^\[|\]$/g, "");
  return h === "localhost" || h === "::1" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h);
}

// src/verify/revokers.ts
var json = (body) => ({ body: JSON.stringify(body) });
var form = (fields) => new URLSearchParams(fields).toString();
var FORM = { "content-type": "application/x-www-form-urlencoded" };
function okOn(statuses, what) {
  return (res) => statuses.includes(res.status) ? { status: "revoked", detail: what } : { status: "failed", detail: `HTTP ${res.status}${field(res.body, "message") || field(res.body, "error") ? `: ${field(res.body, "message") || field(res.body, "error")}` : ""}` };
}
var revokers = [
  {
    // https://docs.github.com/en/rest/credentials/revoke \u2014 unauthenticated by design (an authenticated call is a 403);
    // GitHub notifies the owner. Classic and fine-grained PATs, OAuth and GitHub App user tokens.
    family: "GITHUB",
    rules: ["github-ghp", "github-gho", "github-ghu", "github-fine-grained-pat"],
    plan: (t) => ({ method: "POST", path: "/credentials/revoke", headers: { accept: "application/vnd.github+json", "content-type": "application/json" }, ...json({ credentials: [t.secret] }) }),
    judge: okOn([202], "GitHub accepted the revocation (the owner is notified)")
  },
  {
    // https://docs.github.com/en/rest/apps/installations#revoke-an-installation-access-token
    family: "GITHUB",
    rules: ["github-ghs"],
    plan: (t) => ({ method: "DELETE", path: "/installation/token", headers: { ...bearer(t.secret), accept: "application/vnd.github+json" } }),
    judge: okOn([204], "installation access token revoked")
  },
  {
    // https://docs.gitlab.com/api/personal_access_tokens/#revoke-a-personal-access-token \u2014 "self": the token used.
    family: "GITLAB",
    rules: ["gitlab-pat"],
    plan: (t) => ({ method: "DELETE", path: "/api/v4/personal_access_tokens/self", headers: { "private-token": t.secret } }),
    judge: okOn([204], "personal access token revoked")
  },
  {
    // https://api.slack.com/methods/auth.revoke
    family: "SLACK",
    rules: ["slack-bot-token", "slack-user-token"],
    plan: (t) => ({ method: "POST", path: "/api/auth.revoke", headers: { ...bearer(t.secret), ...FORM }, body: "" }),
    judge: (res) => {
      const doc = parse(res.body);
      if (res.status === 200 && field(doc, "ok") === "true" && field(doc, "revoked") === "true") return { status: "revoked", detail: "token revoked (auth.revoke)" };
      return { status: "failed", detail: `Slack said ${field(doc, "error") || `HTTP ${res.status}`}` };
    }
  },
  {
    // https://discord.com/developers/docs/resources/webhook#delete-webhook-with-token \u2014 deletes the webhook.
    family: "DISCORD_WEBHOOK",
    rules: ["discord-webhook-url"],
    plan: (t) => ({ method: "DELETE", path: `/api/webhooks/${t.secret.split("/").map(encodeURIComponent).join("/")}` }),
    judge: okOn([204], "webhook deleted")
  },
  {
    // https://www.dropbox.com/developers/documentation/http/documentation#auth-token-revoke
    family: "DROPBOX",
    rules: ["dropbox-short-lived-token"],
    plan: (t) => ({ method: "POST", path: "/2/auth/token/revoke", headers: { ...bearer(t.secret), "content-type": "application/json" }, body: "null" }),
    judge: okOn([200], "access token revoked")
  },
  {
    // https://buildkite.com/docs/apis/rest-api/access-token#revoke-the-current-token
    family: "BUILDKITE",
    rules: ["buildkite-token"],
    plan: (t) => ({ method: "DELETE", path: "/v2/access-token", headers: bearer(t.secret) }),
    judge: okOn([204], "API access token revoked")
  },
  {
    // https://docs.doppler.com/reference/auth-revoke
    family: "DOPPLER",
    rules: ["doppler-token", "doppler-env-service-token"],
    plan: (t) => ({ method: "POST", path: "/v3/auth/revoke", headers: { ...bearer(t.secret), "content-type": "application/json" }, ...json({ token: t.secret }) }),
    judge: okOn([200], "token revoked")
  },
  {
    // https://shopify.dev/docs/api/admin-rest/latest/resources/accessscope \u2014 DELETE api_permissions/current revokes the
    // app's access token (the app is uninstalled from the shop).
    family: "SHOPIFY",
    rules: ["shopify-access-token"],
    plan: (t) => ({ method: "DELETE", path: "/admin/api_permissions/current.json", headers: { "x-shopify-access-token": t.secret } }),
    judge: okOn([200], "access token revoked (the app was uninstalled from the shop)")
  },
  {
    // https://docs.digitalocean.com/reference/api/oauth/#revoke-a-token
    family: "DIGITALOCEAN",
    rules: ["digitalocean-oauth-token"],
    base: "https://cloud.digitalocean.com",
    plan: (t) => ({ method: "POST", path: "/v1/oauth/revoke", headers: { ...bearer(t.secret), ...FORM }, body: form({ token: t.secret }) }),
    judge: okOn([200], "OAuth token revoked")
  },
  {
    // https://developers.google.com/identity/protocols/oauth2/web-server#tokenrevoke
    family: "GOOGLE_OAUTH",
    rules: ["gcp-oauth-access-token"],
    plan: (t) => ({ method: "POST", path: "/revoke", headers: FORM, body: form({ token: t.secret }) }),
    judge: okOn([200], "OAuth token revoked")
  },
  {
    // https://vercel.com/docs/rest-api/reference/endpoints/authentication/delete-an-authentication-token \u2014 "current".
    family: "VERCEL",
    rules: ["vercel-token", "vercel-prefixed-token"],
    plan: (t) => ({ method: "DELETE", path: "/v3/user/tokens/current", headers: bearer(t.secret) }),
    judge: okOn([200], "token deleted")
  }
];
function revokerFor(ruleId) {
  return revokers.find((r) => r.rules.includes(ruleId));
}

// src/verify/revoke.ts
function revocable(f) {
  const r = revokerFor(f.ruleId);
  return r ? { family: r.family } : void 0;
}
async function revokeCredential(f, env = process.env) {
  const r = revokerFor(f.ruleId);
  if (!r || f.secret === void 0) return { status: "failed", detail: "no documented way for the holder to revoke this kind of credential" };
  const v = verifierFor(f.ruleId);
  const t = { secret: f.secret, nearby: /* @__PURE__ */ new Map(), context: f.around ?? f.context, surroundings: f.surroundings ?? f.around ?? f.context };
  const override = env[`LEAKGUARD_VERIFY_${r.family}_URL`];
  if (!override && v?.selfHosted) {
    const host = v.selfHosted(t);
    if (host) return { status: "failed", detail: `self-hosted instance (${host}): not sent to the public service; set LEAKGUARD_VERIFY_${r.family}_URL=${v.selfHostedUrl?.(host) ?? `https://${host}`}` };
  }
  const base = r.base ?? v?.base;
  const official = typeof base === "function" ? base(t) : base;
  if (!official) return { status: "failed", detail: "not enough beside the credential to know which host to ask" };
  const plan = r.plan(t);
  const url = providerUrl(r.family, official, plan.path, override);
  if (typeof url === "string") return { status: "failed", detail: url };
  const timeoutMs = Number(env.LEAKGUARD_VERIFY_TIMEOUT_MS) || 8e3;
  try {
    const res = await send({ method: plan.method, url, ...plan.headers ? { headers: plan.headers } : {}, ...plan.body !== void 0 ? { body: plan.body } : {} }, timeoutMs, env);
    const verdict = r.judge(res);
    return { status: verdict.status, detail: verdict.detail.split(f.secret).join("[the secret]").slice(0, 200) };
  } catch (e) {
    return { status: "failed", detail: e instanceof VerifyNetworkError ? e.message : "network error" };
  }
}

// src/verify/index.ts
var DEFAULT_MAX_REQUESTS = 200;
async function verifyFindings(findings, opts = {}) {
  const env = opts.env ?? process.env;
  const timeoutMs = opts.timeoutMs ?? (Number(env.LEAKGUARD_VERIFY_TIMEOUT_MS) || 8e3);
  const budget = env.LEAKGUARD_VERIFY_BUDGET_MS !== void 0 && Number(env.LEAKGUARD_VERIFY_BUDGET_MS) >= 0 ? Number(env.LEAKGUARD_VERIFY_BUDGET_MS) : 6e4;
  const maxEnv = Number(env.LEAKGUARD_VERIFY_MAX);
  const run = {
    env,
    timeoutMs,
    deadline: Date.now() + (opts.budgetMs ?? budget),
    maxRequests: opts.maxRequests ?? (env.LEAKGUARD_VERIFY_MAX !== void 0 && Number.isInteger(maxEnv) && maxEnv >= 0 ? maxEnv : DEFAULT_MAX_REQUESTS),
    perProvider: opts.perProvider ?? 2,
    all: new Gate(opts.inFlight ?? 6),
    gates: /* @__PURE__ */ new Map(),
    cache: /* @__PURE__ */ new Map(),
    requests: 0
  };
  const summary = { live: 0, revoked: 0, unknown: 0, requests: 0 };
  const nearby = nearbySecrets(findings);
  await Promise.all(
    findings.map(async (f) => {
      const secret = f.secret;
      if (secret === void 0 || f.line === 0) return;
      const reason = notVerifiedReason(f.ruleId, f.playbook);
      const v = verifierFor(f.ruleId);
      let verdict;
      if (reason) verdict = { status: "unknown", detail: reason };
      else if (!v) return;
      else {
        const target = { secret, nearby: nearestFirst(nearby.get(placeOf(f)), f.line, secret), context: f.around ?? f.context, surroundings: f.surroundings ?? f.around ?? f.context };
        verdict = await judgeCredential(v, target, run);
      }
      const verification = { status: verdict.status, detail: clean(verdict.detail, secret), checkedAt: (/* @__PURE__ */ new Date()).toISOString() };
      f.verification = verification;
      summary[verdict.status]++;
    })
  );
  summary.requests = run.requests;
  return summary;
}
async function judgeCredential(v, t, run) {
  const attempts = attemptsFor(v, t);
  if (typeof attempts === "string") return { status: "unknown", detail: attempts };
  const override = run.env[`LEAKGUARD_VERIFY_${v.family}_URL`];
  if (!override && v.selfHosted) {
    const host = v.selfHosted(t);
    if (host) return { status: "unknown", detail: `self-hosted instance (${host}): not sent to the public service; set LEAKGUARD_VERIFY_${v.family}_URL=${v.selfHostedUrl?.(host) ?? `https://${host}`} to check it there` };
  }
  const said = [];
  for (const a of attempts) {
    const verdict = await request(v, a, t, override, run);
    if (!verdict.next || verdict.status === "live") return { status: verdict.status, detail: verdict.detail };
    said.push(verdict);
  }
  const unknown = said.find((x) => x.status === "unknown");
  if (unknown) return { status: "unknown", detail: unknown.detail };
  const last = said[said.length - 1];
  return { status: last.status, detail: said.length > 1 ? `${last.detail}, for each of ${said.length} candidates` : last.detail };
}
async function request(v, a, t, override, run) {
  const official = a.base ?? (typeof v.base === "string" ? v.base : v.base(t));
  if (!official) return { status: "unknown", detail: "not enough beside the credential to know which host to ask" };
  const url = providerUrl(v.family, official, a.plan.path, override);
  if (typeof url === "string") return { status: "unknown", detail: url };
  const key = `${url.href}\0${a.key ?? t.secret}`;
  let p = run.cache.get(key);
  if (!p) {
    const gate = run.gates.get(v.family) ?? run.gates.set(v.family, new Gate(run.perProvider)).get(v.family);
    p = gate.run(() => run.all.run(() => send1(v, a.plan, url, run)));
    run.cache.set(key, p);
  }
  return p;
}
async function send1(v, plan, url, run) {
  const left = run.deadline - Date.now();
  if (left <= 0) return { status: "unknown", detail: "not checked: the verification time budget is spent (LEAKGUARD_VERIFY_BUDGET_MS)" };
  if (run.requests >= run.maxRequests) return { status: "unknown", detail: `not checked: this run already sent ${run.maxRequests} requests (LEAKGUARD_VERIFY_MAX)` };
  const headers = { ...plan.headers };
  const body = plan.body ?? "";
  plan.sign?.(url, headers, body);
  run.requests++;
  let res;
  try {
    res = await send({ method: plan.method, url, headers, ...plan.body !== void 0 ? { body } : {} }, Math.min(run.timeoutMs, left), run.env);
  } catch (e) {
    return { status: "unknown", detail: e instanceof VerifyNetworkError ? e.message : "network error" };
  }
  try {
    return v.judge(res);
  } catch {
    return { status: "unknown", detail: `unexpected answer (HTTP ${res.status})` };
  }
}
function clean(detail, secret) {
  let s = detail.replace(/[\u0000-\u001f\u007f]+/g, " ").trim();
  if (secret.length >= 4) s = s.split(secret).join("[the secret]");
  return s.length > 140 ? `${s.slice(0, 139)}\u2026` : s;
}
var placeOf = (f) => `${f.file}\0${f.commit ?? ""}`;
function nearbySecrets(findings) {
  const out = /* @__PURE__ */ new Map();
  for (const f of findings) {
    if (f.secret === void 0) continue;
    const place = out.get(placeOf(f)) ?? out.set(placeOf(f), /* @__PURE__ */ new Map()).get(placeOf(f));
    const list = place.get(f.ruleId) ?? place.set(f.ruleId, []).get(f.ruleId);
    if (!list.some((n) => n.secret === f.secret && n.line === f.line)) list.push({ secret: f.secret, line: f.line });
  }
  return out;
}
function nearestFirst(place, line, own) {
  const out = /* @__PURE__ */ new Map();
  for (const [rule, list] of place ?? []) {
    const sorted = list.filter((n) => n.secret !== own).sort((a, b) => Math.abs(a.line - line) - Math.abs(b.line - line) || a.line - b.line);
    const seen = /* @__PURE__ */ new Set();
    out.set(rule, sorted.filter((n) => !seen.has(n.secret) && seen.add(n.secret)));
  }
  return out;
}
var Gate = class {
  constructor(limit) {
    this.limit = limit;
  }
  limit;
  active = 0;
  waiting = [];
  async run(task) {
    if (this.active >= this.limit) await new Promise((r) => this.waiting.push(r));
    this.active++;
    try {
      return await task();
    } finally {
      this.active--;
      this.waiting.shift()?.();
    }
  }
};
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  DEFAULT_MAX_REQUESTS,
  overrideNames,
  revocable,
  revokeCredential,
  verifiers,
  verifyFindings
});
