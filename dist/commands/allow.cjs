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

// src/cli/commands/allow.ts
var allow_exports = {};
__export(allow_exports, {
  run: () => run2
});
module.exports = __toCommonJS(allow_exports);

// src/config/allow.ts
var import_node_fs2 = require("node:fs");
var import_node_path2 = require("node:path");

// src/errors.ts
var LeakguardError = class extends Error {
  exitCode;
  constructor(message, exitCode = 2) {
    super(message);
    this.name = "LeakguardError";
    this.exitCode = exitCode;
  }
};
var FS_REASONS = {
  ENOENT: "no such file or folder (does the folder exist?)",
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  EISDIR: "it is a folder, not a file",
  ENOTDIR: "a part of the path is not a folder",
  ENOSPC: "no space left on the device",
  EROFS: "the file system is read-only",
  EEXIST: "it already exists",
  EMFILE: "too many open files",
  ENAMETOOLONG: "the name is too long"
};
function describeFsError(e) {
  return e.code && FS_REASONS[e.code] ? `${FS_REASONS[e.code]} (${e.code})` : e.message;
}
function asFsError(e) {
  const err = e;
  if (!(e instanceof Error) || typeof err.code !== "string" || typeof err.path !== "string") return void 0;
  const verb = { open: "open", read: "read", write: "write", mkdir: "create", rename: "rename", unlink: "remove", rmdir: "remove", scandir: "list", stat: "read", lstat: "read", copyfile: "copy", chmod: "change the mode of" }[err.syscall ?? ""] ?? "use";
  return new LeakguardError(`cannot ${verb} ${err.path}: ${describeFsError(err)}`);
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
  return new Promise((resolve2, reject) => {
    const free = opts.attributes;
    const child = (0, import_node_child_process.spawn)("git", free ? [...free.args, ...args] : args, {
      cwd: opts.cwd,
      stdio: ["pipe", "pipe", "pipe"],
      env: free ? withoutAttributes(gitEnv(opts.env), free) : gitEnv(opts.env)
    });
    const out = [];
    const err = [];
    let size = 0;
    let over = false;
    child.stdout.on("data", (b) => {
      if (over) return;
      size += b.length;
      if (opts.maxOutput !== void 0 && size > opts.maxOutput) {
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
      else if (code === 0 || opts.okCodes?.includes(code ?? -1)) resolve2(Buffer.concat(out));
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

// src/config/ignore-file.ts
var import_node_path = require("node:path");

// src/text-file.ts
var import_node_fs = require("node:fs");
function readText(path) {
  try {
    return (0, import_node_fs.readFileSync)(path, "utf8");
  } catch (e) {
    const code = e.code;
    if (code === "ENOENT" || code === "ENOTDIR") return void 0;
    throw e;
  }
}
function appendLines(text, lines) {
  const base = text ?? "";
  const eol = base.includes("\r\n") ? "\r\n" : "\n";
  const sep2 = base === "" || base.endsWith("\n") ? "" : eol;
  return `${base}${sep2}${lines.join(eol)}${eol}`;
}

// src/config/ignore-file.ts
var IGNORE_FILE = ".leakguardignore";
var IgnoreList = class extends Set {
  list = [];
  expired = /* @__PURE__ */ new Map();
};
var FIELD = /\b(reason|kind|by|added|until)=("(?:[^"\\\n]|\\.){0,2000}"|[^\s"]{1,200})/g;
var DATE = /^\d{4}-\d{2}-\d{2}$/;
function today(now = /* @__PURE__ */ new Date()) {
  const p = (n) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}
function parseIgnoreFile(text, on = today()) {
  const out = new IgnoreList();
  text.split(/\r?\n/).forEach((raw, i) => {
    const hash = raw.indexOf("#");
    const fingerprint = (hash < 0 ? raw : raw.slice(0, hash)).trim();
    if (!fingerprint) return;
    const entry = { fingerprint, line: i + 1 };
    if (hash >= 0) {
      for (const m of raw.slice(hash + 1).matchAll(FIELD)) {
        const value = m[2].startsWith('"') ? unquote(m[2]) : m[2];
        entry[m[1]] = value;
      }
    }
    out.list.push(entry);
    if (entry.until !== void 0 && DATE.test(entry.until) && entry.until < on) out.expired.set(fingerprint, entry);
    else out.add(fingerprint);
  });
  return out;
}
function unquote(q) {
  try {
    return JSON.parse(q);
  } catch {
    return q.slice(1, -1);
  }
}
function formatEntry(e) {
  const fields = [
    e.kind ? `kind=${e.kind}` : "",
    e.reason !== void 0 ? `reason=${JSON.stringify(e.reason)}` : "",
    e.by ? `by=${e.by.replace(/\s+/g, "_")}` : "",
    e.added ? `added=${e.added}` : "",
    e.until ? `until=${e.until}` : ""
  ].filter(Boolean);
  return fields.length ? `${e.fingerprint}  # ${fields.join(" ")}` : e.fingerprint;
}
function readIgnoreText(root) {
  try {
    return readText((0, import_node_path.join)(root, IGNORE_FILE));
  } catch (e) {
    throw asFsError(e) ?? e;
  }
}
function withEntry(text, entry) {
  const line = formatEntry(entry);
  if (!text) return { text: appendLines("", ['# Reviewed exceptions: leakguard allow <fingerprint> --reason "\u2026" writes these; leakguard allow --list shows them.', line]), replaced: false };
  const lines = text.split(/\r?\n/);
  const at = lines.findIndex((l) => (l.indexOf("#") < 0 ? l : l.slice(0, l.indexOf("#"))).trim() === entry.fingerprint);
  if (at < 0) return { text: appendLines(text, [line]), replaced: false };
  lines[at] = line;
  return { text: lines.join(text.includes("\r\n") ? "\r\n" : "\n"), replaced: true };
}

// src/config/allow.ts
var ALLOW_KINDS = { "false-positive": "false positive", "used-in-tests": "used in tests", "fix-later": "will fix later" };
var FINGERPRINT = /^[A-Za-z0-9][\w.-]{0,120}:[0-9a-f]{8,64}$/;
function checkRequest(req, on = today()) {
  if (!req.fingerprints.length) throw new LeakguardError('allow: name the fingerprint to allow (the blocked commit prints it: "fingerprint <rule>:<hash>"), or use --list');
  for (const fp of req.fingerprints) if (!FINGERPRINT.test(fp)) throw new LeakguardError(`allow: "${fp}" is not a fingerprint (they look like generic-api-key:0123456789abcdef0123; the scan prints one per finding)`);
  if (req.reason === void 0 && !req.kind) throw new LeakguardError('allow: say why: --reason "\u2026", or --false-positive, --used-in-tests, or --fix-later --until <date>');
  if (req.reason !== void 0 && req.reason.trim() === "") throw new LeakguardError("allow: --reason is empty: say why this finding may stay");
  if (req.kind === "fix-later" && !req.until) throw new LeakguardError("allow: --fix-later needs --until <YYYY-MM-DD>: the date by which it will be fixed");
  if (req.until !== void 0) {
    const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(req.until);
    const valid = d && (/* @__PURE__ */ new Date(`${req.until}T00:00:00Z`)).toISOString().startsWith(req.until);
    if (!valid) throw new LeakguardError(`allow: --until "${req.until}" is not a date: write it as YYYY-MM-DD`);
    if (req.until < on) throw new LeakguardError(`allow: --until ${req.until} has already passed (today is ${on})`);
  }
}
async function author(root) {
  for (const key of ["user.email", "user.name"]) {
    const out = await git(["config", "--get", key], { cwd: root, okCodes: [1] }).catch(() => Buffer.alloc(0));
    const v = out.toString("utf8").trim();
    if (v) return v;
  }
  return void 0;
}
async function recordExceptions(root, req) {
  checkRequest(req);
  const file = (0, import_node_path2.join)(root, IGNORE_FILE);
  let text = readIgnoreText(root);
  const by = await author(root);
  const added = today();
  const reason = req.reason ?? (req.kind ? ALLOW_KINDS[req.kind] : void 0);
  const entries = req.fingerprints.map((fingerprint) => ({
    fingerprint,
    ...req.kind ? { kind: req.kind } : {},
    ...reason !== void 0 ? { reason } : {},
    ...by ? { by } : {},
    added,
    ...req.until ? { until: req.until } : {}
  }));
  let replaced = 0;
  for (const e of entries) {
    const r = withEntry(text, e);
    text = r.text;
    if (r.replaced) replaced++;
  }
  try {
    (0, import_node_fs2.writeFileSync)(file, text);
  } catch (e) {
    throw new LeakguardError(`allow: cannot write ${file}: ${describeFsError(e)}`);
  }
  return { entries, replaced };
}
function listExceptions(root, on = today()) {
  const list2 = parseIgnoreFile(readIgnoreText(root) ?? "", on);
  return list2.list.map((e) => ({ ...e, expired: list2.expired.get(e.fingerprint) === e }));
}

// src/git/repo.ts
var import_node_fs3 = require("node:fs");
var import_node_path3 = require("node:path");
async function repoRoot(cwd, opts = {}) {
  if (!process.env.GIT_DIR && !process.env.GIT_WORK_TREE && (0, import_node_fs3.existsSync)((0, import_node_path3.join)(cwd, ".git"))) return cwd;
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

// src/config/merge-attributes.ts
var import_node_fs4 = require("node:fs");
var import_node_path4 = require("node:path");
async function markUnionMerge(root, files) {
  const out = await git(["check-attr", "-z", "merge", "--", ...files], { cwd: root });
  const fields = out.toString("utf8").split("\0");
  const missing = [];
  for (let i = 0; i + 2 < fields.length; i += 3) if (fields[i + 2] === "unspecified") missing.push(fields[i]);
  if (!missing.length) return void 0;
  const path = (0, import_node_path4.join)(root, ".gitattributes");
  const lines = missing.map((f) => `/${f} merge=union`);
  try {
    (0, import_node_fs4.writeFileSync)(path, appendLines(readText(path), lines));
  } catch (e) {
    throw new LeakguardError(`cannot write ${path}: ${describeFsError(e)}`);
  }
  return `.gitattributes: added ${lines.join(", ")} (git merges ${missing.join(" and ")} line by line)`;
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

// src/cli/commands/allow.ts
var HELP = `Usage: leakguard allow <fingerprint>\u2026 (--reason "\u2026" | --false-positive | --used-in-tests | --fix-later --until <date>) [--until <date>]
       leakguard allow --list [--expired] [--json]

Records a reviewed exception in ${IGNORE_FILE}: the fingerprint (the blocked
commit prints it), why, who (git config user.email), today's date and, with
--until, the last day it holds. After that day the finding blocks again, and
the message names the entry and who added it. Commit ${IGNORE_FILE}: it is the
audit trail. Entries are one per line and the file is marked merge=union in
.gitattributes, so two branches' exceptions merge without a conflict.

  --reason <text>      why this finding may stay (required unless a shorthand says it)
  --false-positive     it is not a secret
  --used-in-tests      a credential that exists only for tests
  --fix-later          a real secret you will remove by --until
  --until <YYYY-MM-DD> the exception ends after this day
  --list               print the entries (--expired: only those past their date; --json)

A finding that is not a secret is often better said on its line: a
leakguard:allow comment travels with the code.
`;
async function run2(argv) {
  const { values, positionals } = parseCommandArgs(
    argv,
    {
      reason: { type: "string" },
      until: { type: "string" },
      "false-positive": { type: "boolean" },
      "used-in-tests": { type: "boolean" },
      "fix-later": { type: "boolean" },
      list: { type: "boolean" },
      expired: { type: "boolean" },
      json: { type: "boolean" },
      help: { type: "boolean", short: "h" }
    },
    "allow"
  );
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const root = await repoRoot(process.cwd());
  if (values.list || values.expired || values.json) {
    if (positionals.length || values.reason !== void 0 || values.until !== void 0) throw new LeakguardError("allow: --list prints the entries; it takes no fingerprint, --reason or --until");
    return list(root, values.expired === true, values.json === true);
  }
  const kinds = Object.keys(ALLOW_KINDS).filter((k) => values[k] === true);
  if (kinds.length > 1) throw new LeakguardError(`allow: choose one of --${kinds.join(", --")}`);
  const { entries, replaced } = await recordExceptions(root, {
    fingerprints: positionals,
    ...values.reason !== void 0 ? { reason: values.reason } : {},
    ...kinds[0] ? { kind: kinds[0] } : {},
    ...values.until !== void 0 ? { until: values.until } : {}
  });
  const attributes = await markUnionMerge(root, [IGNORE_FILE]);
  const e = entries[0];
  const what = `${e.reason ? `"${e.reason}"` : ""}${e.by ? `, by ${e.by}` : ""}${e.until ? `, until ${e.until}` : ", with no end date"}`;
  process.stdout.write(`leakguard: ${replaced ? "renewed" : "recorded"} ${entries.length === 1 ? e.fingerprint : `${entries.length} exceptions`} in ${IGNORE_FILE} (${what}).
`);
  if (attributes) process.stdout.write(`leakguard: ${attributes}.
`);
  process.stdout.write(`Commit it with your change: git add ${IGNORE_FILE}${attributes ? " .gitattributes" : ""}
`);
  return 0;
}
function list(root, expiredOnly, json) {
  const all = listExceptions(root).filter((e) => !expiredOnly || e.expired);
  if (json) {
    process.stdout.write(JSON.stringify({ schema: "leakguard/allow-list@1", entries: all }, null, 2) + "\n");
    return 0;
  }
  if (!all.length) {
    process.stdout.write(expiredOnly ? `leakguard: no expired entries in ${IGNORE_FILE}.
` : `leakguard: ${IGNORE_FILE} has no entries.
`);
    return 0;
  }
  for (const e of all) {
    const parts = [e.kind, e.reason !== void 0 ? `"${e.reason}"` : "no reason given", e.by ? `by ${e.by}` : "", e.added ? `added ${e.added}` : "", e.until ? `until ${e.until}` : "no end date"].filter(Boolean);
    process.stdout.write(`${e.expired ? "EXPIRED " : ""}${e.fingerprint}  ${parts.join(" \xB7 ")}  (line ${e.line})
`);
  }
  const expired = all.filter((e) => e.expired).length;
  if (expired) process.stdout.write(`
${expired} expired: those findings block again. Fix them, or renew with a new date: leakguard allow <fingerprint> --reason "\u2026" --until <YYYY-MM-DD>
`);
  return 0;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  run
});
