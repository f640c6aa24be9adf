#!/usr/bin/env node
"use strict";

// src/cli/main.ts
var import_node_path3 = require("node:path");

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

// src/version.ts
var VERSION = true ? "0.1.0" : "dev";

// src/timing.ts
var on = process.env.LEAKGUARD_TIMING === "1";
var shared = globalThis;
var marks = on ? shared.__leakguardMarks ??= [] : [];
function mark(phase) {
  record(phase, performance.now());
}
function note(name, value) {
  record(name, value);
}
function record(name, value) {
  if (!on) return;
  if (marks.length === 0) process.on("exit", () => process.stderr.write(`leakguard timing: ${marks.map(([p, t]) => `${p}=${typeof t === "number" ? t.toFixed(1) : t}`).join(" ")} peakRSS=${Math.round(process.resourceUsage().maxRSS / 1024)}MB
`));
  marks.push([name, value]);
}

// src/git/attributes.ts
var import_node_fs = require("node:fs");
var import_node_path = require("node:path");
var DEV_NULL = "/dev/null";
function attributeFreeGit(root) {
  const free = { args: ["-c", `core.attributesFile=${DEV_NULL}`], env: { GIT_ATTR_NOSYSTEM: "1" }, unset: [] };
  const dirs = gitDirs(root);
  if (!dirs) return free;
  if (dirs.ours && !dirs.worktreeInConfig) {
    free.args.push("-c", "core.bare=true");
    free.env.GIT_DIR = dirs.gitDir;
    free.env.GIT_IMPLICIT_WORK_TREE = "0";
    free.unset.push("GIT_WORK_TREE");
  } else {
    free.treeAttributes = true;
    if (dirs.ours) free.env.GIT_DIR = dirs.gitDir;
  }
  const info = (0, import_node_path.join)(dirs.commonDir, "info", "attributes");
  if (canHideText(info)) free.localAttributes = info;
  return free;
}
function canHideText(file) {
  if (!(0, import_node_fs.existsSync)(file)) return false;
  let text;
  try {
    text = (0, import_node_fs.readFileSync)(file, "utf8");
  } catch {
    return false;
  }
  return text.split("\n").some((l) => {
    const line = l.trim();
    return line !== "" && !line.startsWith("#") && /(?:^|\s)(?:[-!]?diff\b|binary\b|\[attr\])/.test(line);
  });
}
function gitDirs(root) {
  if (process.env.GIT_WORK_TREE || process.env.GIT_COMMON_DIR) return void 0;
  try {
    const dotGit = process.env.GIT_DIR ? (0, import_node_path.resolve)(process.env.GIT_DIR) : enclosingDotGit(root);
    if (!dotGit) return void 0;
    let gitDir = dotGit;
    let st = (0, import_node_fs.statSync)(gitDir);
    if (st.isFile()) {
      const named2 = /^gitdir: (.+)$/m.exec((0, import_node_fs.readFileSync)(gitDir, "utf8"))?.[1];
      if (!named2) return void 0;
      gitDir = (0, import_node_path.resolve)((0, import_node_path.dirname)(dotGit), named2.trim());
      st = (0, import_node_fs.statSync)(gitDir);
    }
    if (!st.isDirectory()) return void 0;
    const commondir = (0, import_node_path.join)(gitDir, "commondir");
    const commonDir = (0, import_node_fs.existsSync)(commondir) ? (0, import_node_path.resolve)(gitDir, (0, import_node_fs.readFileSync)(commondir, "utf8").trim()) : gitDir;
    const uid = process.getuid?.();
    const ours = uid === void 0 || st.uid === uid && (commonDir === gitDir || (0, import_node_fs.statSync)(commonDir).uid === uid);
    const named = dotGit !== gitDir || !!process.env.GIT_DIR;
    return { gitDir, commonDir, ours, worktreeInConfig: named && [(0, import_node_path.join)(commonDir, "config"), (0, import_node_path.join)(gitDir, "config.worktree")].some(namesWorktree) };
  } catch {
    return void 0;
  }
}
function namesWorktree(file) {
  if (!(0, import_node_fs.existsSync)(file)) return false;
  try {
    return /^[ \t]*worktree[ \t]*=/im.test((0, import_node_fs.readFileSync)(file, "utf8"));
  } catch {
    return false;
  }
}
function enclosingDotGit(dir) {
  for (let d = (0, import_node_path.resolve)(dir); ; d = (0, import_node_path.dirname)(d)) {
    const candidate = (0, import_node_path.join)(d, ".git");
    if ((0, import_node_fs.existsSync)(candidate)) return candidate;
    if ((0, import_node_fs.existsSync)((0, import_node_path.join)(d, "HEAD")) && (0, import_node_fs.existsSync)((0, import_node_path.join)(d, "objects"))) return void 0;
    if ((0, import_node_path.dirname)(d) === d) return void 0;
  }
}
function withoutAttributes(env, free) {
  const out = { ...env, ...free.env };
  for (const k of free.unset) delete out[k];
  return out;
}

// src/git/run.ts
var import_node_child_process = require("node:child_process");
var OutputTooLarge = class extends LeakguardError {
};
var early = globalThis.__leakguardEarlyGit ??= /* @__PURE__ */ new Map();
var earlyKey = (args, opts) => `${opts.maxOutput ?? ""}\0${JSON.stringify(opts.attributes ?? "")}\0${args.join("\0")}`;
function prefetch(args, opts) {
  early.set(earlyKey(args, opts), run(args, opts).catch(() => void 0));
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

// src/git/diff.ts
var STABLE_DIFF_FLAGS = [
  "--no-color",
  "--no-ext-diff",
  "--no-textconv",
  "--no-relative",
  "--src-prefix=a/",
  "--dst-prefix=b/",
  "--inter-hunk-context=0"
];
var PATCH_LIMIT = 64 * 1024 * 1024;
var BIG_FILE = 32 * 1024 * 1024;
function stagedDiffArgs(paths = [], bigFile, asText = false) {
  return [...bigFile ? ["-c", `core.bigFileThreshold=${bigFile}`] : [], "diff", "--cached", ...asText ? ["--text"] : [], ...STABLE_DIFF_FLAGS, "--numstat", "-z", "-p", "-U0", "-M", "-C", "--diff-filter=d", "--ignore-submodules=all", "--", ...paths];
}
function prefetchStagedDiff(cwd) {
  prefetch(stagedDiffArgs([], BIG_FILE), { cwd, maxOutput: PATCH_LIMIT, attributes: attributeFreeGit(cwd) });
}

// src/cli/code-cache.ts
var import_node_fs2 = require("node:fs");
var import_node_path2 = require("node:path");

// src/cli/short-run.ts
var SHORT_INPUT = 512 * 1024;
var PRODUCING_CODE_CACHE = /* @__PURE__ */ Symbol.for("leakguard.producing-code-cache");

// src/cli/code-cache.ts
var codeCacheState = "off";
var KEEP = 8;
var WRAP = ["(function (exports, require, module, __filename, __dirname) { ", "\n})"];
function cacheDir() {
  const given = process.env.LEAKGUARD_CODE_CACHE;
  if (given === "off" || given === "0") return void 0;
  if (given) return (0, import_node_path2.isAbsolute)(given) ? given : void 0;
  const xdg = process.env.XDG_CACHE_HOME;
  if (xdg && (0, import_node_path2.isAbsolute)(xdg)) return (0, import_node_path2.join)(xdg, "leakguard");
  if (process.platform === "win32") return process.env.LOCALAPPDATA ? (0, import_node_path2.join)(process.env.LOCALAPPDATA, "leakguard") : void 0;
  return process.env.HOME && (0, import_node_path2.isAbsolute)(process.env.HOME) ? (0, import_node_path2.join)(process.env.HOME, ".cache", "leakguard") : void 0;
}
function privateDir(dir) {
  try {
    (0, import_node_fs2.mkdirSync)(dir, { recursive: true, mode: 448 });
    const st = (0, import_node_fs2.statSync)(dir);
    if (!st.isDirectory()) return false;
    (0, import_node_fs2.accessSync)(dir, import_node_fs2.constants.W_OK);
    return process.platform === "win32" || st.uid === process.getuid() && (st.mode & 18) === 0;
  } catch {
    return false;
  }
}
function fnv1a(s) {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return (h >>> 0).toString(16).padStart(8, "0");
}
function requireWithCodeCache(file) {
  const dir = cacheDir();
  if (dir === void 0 || !privateDir(dir)) {
    codeCacheState = "off";
    return require(file);
  }
  const st = (0, import_node_fs2.statSync)(file);
  const key = JSON.stringify([file, st.size, st.mtimeMs, st.ctimeMs, st.ino, st.dev, process.version, process.arch, process.execArgv, process.env.NODE_OPTIONS ?? ""]);
  const name = (0, import_node_path2.basename)(file).replace(/\.cjs$/, "");
  const cacheFile = (0, import_node_path2.join)(dir, `${name}-${fnv1a(key)}.bin`);
  let cachedData;
  try {
    const buf = (0, import_node_fs2.readFileSync)(cacheFile);
    const nl = buf.indexOf(10);
    if (nl > 0 && buf.toString("utf8", 0, nl) === key) cachedData = buf.subarray(nl + 1);
  } catch {
  }
  const vm = process.getBuiltinModule("node:vm");
  const script = new vm.Script(WRAP[0] + (0, import_node_fs2.readFileSync)(file, "utf8") + WRAP[1], { filename: file, cachedData });
  codeCacheState = cachedData === void 0 ? "miss" : script.cachedDataRejected ? "rejected" : "hit";
  if (codeCacheState !== "hit") {
    globalThis[PRODUCING_CODE_CACHE] = true;
    process.once("exit", () => save(script, dir, cacheFile, key, name));
  }
  const module2 = { exports: {} };
  const load = script.runInThisContext();
  load.call(module2.exports, module2.exports, process.getBuiltinModule("node:module").createRequire(file), module2, file, (0, import_node_path2.dirname)(file));
  return module2.exports;
}
function save(script, dir, cacheFile, key, name) {
  try {
    const tmp = `${cacheFile}.${process.pid}.tmp`;
    (0, import_node_fs2.writeFileSync)(tmp, Buffer.concat([Buffer.from(`${key}
`), script.createCachedData()]), { mode: 384 });
    (0, import_node_fs2.renameSync)(tmp, cacheFile);
    const ours = new RegExp(`^${name}-[0-9a-f]{8}\\.bin$`);
    const mine = (0, import_node_fs2.readdirSync)(dir).filter((f) => ours.test(f));
    if (mine.length > KEEP) {
      const byAge = mine.map((f) => ({ f, t: (0, import_node_fs2.statSync)((0, import_node_path2.join)(dir, f)).mtimeMs })).sort((a, b) => a.t - b.t);
      for (const { f } of byAge.slice(0, mine.length - KEEP)) (0, import_node_fs2.unlinkSync)((0, import_node_path2.join)(dir, f));
    }
  } catch {
  }
}

// src/cli/main.ts
var COMMANDS = {
  init: "guard this repository: hooks, .gitignore, .env.example, first scan",
  uninstall: "remove exactly what init added",
  scan: "scan staged changes, files, directories, commit ranges or stdin for secrets",
  fix: "move hard-coded secrets into .env and read them from the environment (staged changes or files)",
  baseline: "record existing findings so only new leaks are reported",
  verify: "scan, then ask each provider whether the credentials found still work",
  "pre-push": "scan the commits being pushed (run by the pre-push hook)",
  "commit-msg": "scan the commit message being written (run by the commit-msg hook)",
  "pre-receive": "server-side hook: reject pushes whose new commits add secrets",
  purge: "remove leaked files or secrets from all history, verify, and say what next",
  doctor: "check how this repository handles secrets, with a fix for each failure",
  rotate: "how to revoke, replace and deploy a leaked credential of a given kind",
  gen: "generate a strong random secret (optionally straight into .env)",
  allow: "record a reviewed exception: a fingerprint, why, who, until when (--list shows them)",
  config: "print the configuration in force (for a path), each setting with the file that set it",
  explain: "why a value blocks, warns or was dropped: the evidence, for a file:line or a fingerprint"
};
function loadCommand(name, args) {
  const file = (0, import_node_path3.join)(__dirname, "commands", `${name}.cjs`);
  if (!runByHook(name, args)) return require(file);
  const command = requireWithCodeCache(file);
  note("codeCache", codeCacheState);
  return command;
}
function runByHook(name, args) {
  return name === "commit-msg" || name === "pre-push" || name === "scan" && args.includes("--staged");
}
function usage() {
  const width = Math.max(...Object.keys(COMMANDS).map((k) => k.length));
  const lines = Object.entries(COMMANDS).map(([name, summary]) => `  ${name.padEnd(width)}  ${summary}`);
  return `leakguard ${VERSION} \u2014 keep secrets out of git

Usage: leakguard <command> [options]

Commands:
${lines.join("\n")}

Run \`leakguard <command> --help\` for a command's options.
Exit codes: 0 clean, 1 secrets found, 2 usage or runtime error.
`;
}
function nodeTooOld() {
  const [major = 0, minor = 0] = process.versions.node.split(".").map(Number);
  return major < 20 || major === 20 && minor < 17 ? `leakguard needs Node.js 20.17 or newer; this is ${process.version}. Install a current Node.js (nvm install 22, or your package manager's node) and try again.` : void 0;
}
async function main(argv) {
  const old = nodeTooOld();
  if (old) {
    process.stderr.write(`leakguard: ${old}
`);
    return 2;
  }
  const debug = argv.includes("--debug");
  const args = argv.filter((a) => a !== "--debug");
  const [name, ...rest] = args;
  try {
    if (name === void 0 || name === "--help" || name === "-h" || name === "help") {
      process.stdout.write(usage());
      return name === void 0 ? 2 : 0;
    }
    if (name === "--version" || name === "-v") {
      process.stdout.write(`${VERSION}
`);
      return 0;
    }
    if (!Object.hasOwn(COMMANDS, name)) throw new LeakguardError(`unknown command "${name}". Run \`leakguard --help\` for the list.`);
    if (name === "scan" && plainStaged(rest)) prefetchStagedDiff(process.cwd());
    if (!runByHook(name, rest)) endQuietlyOnClosedPipe();
    mark("main");
    const command = loadCommand(name, rest);
    mark("load");
    return await command.run(rest);
  } catch (e) {
    const fsError = asFsError(e);
    if (fsError) {
      process.stderr.write(`leakguard: ${fsError.message}
`);
      if (debug && e.stack) process.stderr.write(`${e.stack}
`);
      return 2;
    }
    if (isLeakguardError(e)) {
      process.stderr.write(`leakguard: ${e.message}
`);
      if (debug && e.stack) process.stderr.write(`${e.stack}
`);
      return e.exitCode;
    }
    process.stderr.write(`leakguard: internal error: ${e?.message ?? String(e)}
`);
    if (debug && e?.stack) process.stderr.write(`${e.stack}
`);
    else process.stderr.write("Run again with --debug for details, and please report it.\n");
    return 2;
  }
}
var SCAN_VALUES = /* @__PURE__ */ new Set(["--format", "--report", "--baseline", "--config", "--gitleaks-config", "--min-confidence", "--fail-on", "--max-file-size", "--stdin-name", "--range", "--since"]);
function plainStaged(args) {
  if (!args.includes("--staged") || args.includes("--full-files")) return false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (SCAN_VALUES.has(a)) i++;
    else if (!a.startsWith("-")) return false;
  }
  return true;
}
function endQuietlyOnClosedPipe() {
  process.stdout.on("error", (e) => {
    if (e.code !== "EPIPE") throw e;
    process.exit(typeof process.exitCode === "number" ? process.exitCode : 0);
  });
}
function isLeakguardError(e) {
  return e instanceof Error && e.name === "LeakguardError" && typeof e.exitCode === "number";
}
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    process.exitCode = 2;
  }
);
