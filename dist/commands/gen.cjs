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

// src/cli/commands/gen.ts
var gen_exports = {};
__export(gen_exports, {
  run: () => run2
});
module.exports = __toCommonJS(gen_exports);
var import_node_fs3 = require("node:fs");
var import_node_path4 = require("node:path");

// src/errors.ts
var LeakguardError = class extends Error {
  exitCode;
  constructor(message, exitCode = 2) {
    super(message);
    this.name = "LeakguardError";
    this.exitCode = exitCode;
  }
};

// src/git/repo.ts
var import_node_fs = require("node:fs");
var import_node_path = require("node:path");

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
  return new Promise((resolve, reject) => {
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
      else if (code === 0 || opts.okCodes?.includes(code ?? -1)) resolve(Buffer.concat(out));
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

// src/git/repo.ts
async function repoRoot(cwd, opts = {}) {
  if (!process.env.GIT_DIR && !process.env.GIT_WORK_TREE && (0, import_node_fs.existsSync)((0, import_node_path.join)(cwd, ".git"))) return cwd;
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

// src/init/changes.ts
var import_node_fs2 = require("node:fs");
var import_node_path2 = require("node:path");
function readText(path) {
  return (0, import_node_fs2.existsSync)(path) ? (0, import_node_fs2.readFileSync)(path, "utf8") : void 0;
}
function apply(changes) {
  for (const c of changes) {
    if (c.content === null) {
      (0, import_node_fs2.rmSync)(c.path, { force: true });
      continue;
    }
    (0, import_node_fs2.mkdirSync)((0, import_node_path2.dirname)(c.path), { recursive: true });
    (0, import_node_fs2.writeFileSync)(c.path, c.content);
    if (c.executable) (0, import_node_fs2.chmodSync)(c.path, 493);
  }
}

// src/init/gitignore.ts
var import_node_path3 = require("node:path");
var SECRET_IGNORES = [
  [".env", ".env"],
  [".env.local", ".env.local"],
  [".env.*.local", ".env.production.local"],
  ["*.key", "leakguard-probe.key"],
  ["*.pem", "leakguard-probe.pem"],
  ["secrets/", "secrets/leakguard-probe"]
];
async function gitignoreChange(root, nodeProject = false) {
  const path = (0, import_node_path3.join)(root, ".gitignore");
  const current = readText(path);
  const nodeModulesCovered = !nodeProject || await git(["check-ignore", "--no-index", "--", "node_modules/leakguard-probe"], { cwd: root, okCodes: [1] }).then((b) => b.length > 0, () => true);
  const wanted = nodeModulesCovered ? SECRET_IGNORES : [["node_modules/", "node_modules/leakguard-probe"], ...SECRET_IGNORES];
  const samples = wanted.map(([, s]) => s);
  const out = await git(["check-ignore", "--no-index", "--", ...samples], { cwd: root, okCodes: [1] });
  const covered = new Set(out.toString("utf8").split("\n").filter(Boolean));
  const missing = wanted.filter(([, s]) => !covered.has(s)).map(([p]) => p);
  if (missing.length === 0) return void 0;
  const base = current ?? "";
  const sep = base === "" ? "" : base.endsWith("\n") ? "\n" : "\n\n";
  const content = `${base}${sep}# Secrets and local environment (added by leakguard init)
${missing.join("\n")}
`;
  return { display: ".gitignore", path, content, reason: `ignore ${missing.join(", ")}` };
}

// src/rotate/generate.ts
var import_node_crypto = require("node:crypto");
function generateSecret(bytes = 32, format = "base64url") {
  return (0, import_node_crypto.randomBytes)(bytes).toString(format);
}
function upsertEnv(text, key, value) {
  const lines = text.split("\n");
  const re = new RegExp(`^(\\s*(?:export\\s+)?)${key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*=`);
  const i = lines.findIndex((l) => re.test(l));
  if (i >= 0) {
    const prefix = re.exec(lines[i])[1];
    lines[i] = `${prefix}${key}=${value}`;
    return lines.join("\n");
  }
  const base = text === "" || text.endsWith("\n") ? text : `${text}
`;
  return `${base}${key}=${value}
`;
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

// src/cli/commands/gen.ts
var HELP = `Usage: leakguard gen [--bytes 32] [--format base64url|base64|hex] [--env KEY]

Prints a cryptographically random secret (default 256 bits, base64url).
  --env KEY   write KEY=<secret> to .env instead (creating it, replacing an
              existing KEY), make sure .env is gitignored, and print nothing secret
`;
async function run2(argv) {
  const { values } = parseCommandArgs(argv, { bytes: { type: "string" }, format: { type: "string" }, env: { type: "string" }, help: { type: "boolean", short: "h" } }, "gen");
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const bytes = values.bytes === void 0 ? 32 : Number(values.bytes);
  if (!Number.isInteger(bytes) || bytes < 16 || bytes > 1024) throw new LeakguardError("gen: --bytes must be a whole number from 16 (128 bits) to 1024");
  const format = values.format ?? "base64url";
  if (!["base64", "base64url", "hex"].includes(format)) throw new LeakguardError("gen: --format must be base64url, base64 or hex");
  const secret = generateSecret(bytes, format);
  if (!values.env) {
    process.stdout.write(`${secret}
`);
    return 0;
  }
  const key = values.env;
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) throw new LeakguardError(`gen: --env "${key}" is not a valid variable name`);
  const root = await repoRoot(process.cwd()).catch(() => process.cwd());
  const envPath = (0, import_node_path4.join)(root, ".env");
  let current = "";
  try {
    current = (0, import_node_fs3.readFileSync)(envPath, "utf8");
  } catch (e) {
    if (e.code !== "ENOENT") throw new LeakguardError(`gen: cannot read ${envPath}: ${e.message}`);
  }
  (0, import_node_fs3.writeFileSync)(envPath, upsertEnv(current, key, secret), { mode: 384 });
  const ignore = await gitignoreChange(root).catch(() => void 0);
  if (ignore) apply([ignore]);
  process.stdout.write(`leakguard: wrote ${key} (${bytes * 8}-bit random) to .env${ignore ? "; added .env and friends to .gitignore" : " (gitignored)"}.
`);
  return 0;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  run
});
