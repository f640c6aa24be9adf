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

// src/cli/commands/uninstall.ts
var uninstall_exports = {};
__export(uninstall_exports, {
  run: () => run2
});
module.exports = __toCommonJS(uninstall_exports);
var import_node_child_process2 = require("node:child_process");

// src/git/repo.ts
var import_node_fs = require("node:fs");
var import_node_path = require("node:path");

// src/errors.ts
var LeakguardError = class extends Error {
  exitCode;
  constructor(message, exitCode = 2) {
    super(message);
    this.name = "LeakguardError";
    this.exitCode = exitCode;
  }
};

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
function removeBlock(current, begin, end) {
  const range = findBlock(current, begin, end);
  if (!range) return current;
  return current.slice(0, range[0]) + current.slice(range[1]);
}
function findBlock(text, begin, end) {
  const s = text.indexOf(begin);
  if (s < 0) return void 0;
  const e = text.indexOf(end, s);
  if (e < 0) return void 0;
  let stop = e + end.length;
  if (text[stop] === "\n") stop++;
  return [s, stop];
}

// src/init/uninstall.ts
var import_node_fs5 = require("node:fs");
var import_node_path6 = require("node:path");

// src/init/hooks.ts
var import_node_path3 = require("node:path");
var HOOKS = ["pre-commit", "commit-msg", "pre-push"];
var beginMarker = (hook) => `# >>> leakguard ${hook} >>>`;
var endMarker = (hook) => `# <<< leakguard ${hook} <<<`;
function uninstallHookChanges(dir, displayDir) {
  const out = [];
  for (const hook of HOOKS) {
    const path = (0, import_node_path3.join)(dir, hook);
    const current = readText(path);
    if (current === void 0 || !current.includes(beginMarker(hook))) continue;
    const rest = removeBlock(current, beginMarker(hook), endMarker(hook));
    const empty = rest.replace(/^#!.*\n?/, "").trim() === "";
    out.push({ display: `${displayDir}/${hook}`, path, content: empty ? null : rest, reason: empty ? "remove the hook leakguard created" : `remove leakguard's block (your lines are kept)` });
  }
  return out;
}

// src/init/install.ts
var import_node_fs4 = require("node:fs");
var import_node_path5 = require("node:path");

// src/init/package-json.ts
var import_node_fs3 = require("node:fs");
var import_node_path4 = require("node:path");
function findPackage(root, cwd) {
  let dir = cwd;
  for (; ; ) {
    const path = (0, import_node_path4.join)(dir, "package.json");
    if ((0, import_node_fs3.existsSync)(path)) return readPackage(root, path);
    if (dir === root || !dir.startsWith(root)) break;
    const up = (0, import_node_path4.dirname)(dir);
    if (up === dir) break;
    dir = up;
  }
  return void 0;
}
function readPackage(root, path) {
  const text = readText(path);
  let json;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new LeakguardError(`${path} is not valid JSON (${e.message}); fix it before running init`);
  }
  if (typeof json !== "object" || json === null || Array.isArray(json)) throw new LeakguardError(`${path} must hold a JSON object`);
  const indent = /^\{\r?\n([ \t]+)"/.exec(text)?.[1] ?? 2;
  return { path, relDir: (0, import_node_path4.relative)(root, (0, import_node_path4.dirname)(path)).split(import_node_path4.sep).join("/"), json, indent };
}
function serialize(pkg) {
  return JSON.stringify(pkg.json, null, pkg.indent) + "\n";
}
var LINT_STAGED_TASK = "leakguard scan --staged";
function relDisplay(pkg) {
  return pkg.relDir ? `${pkg.relDir}/package.json` : "package.json";
}

// src/init/install.ts
async function gitDir(root) {
  const out = await git(["rev-parse", "--absolute-git-dir"], { cwd: root });
  return out.toString("utf8").trim();
}
var MANIFEST = "leakguard-init.json";
function readManifest(dir) {
  const path = (0, import_node_path5.join)(dir, MANIFEST);
  if (!(0, import_node_fs4.existsSync)(path)) return void 0;
  try {
    return JSON.parse((0, import_node_fs4.readFileSync)(path, "utf8"));
  } catch {
    return void 0;
  }
}
var MANIFEST_FILE = MANIFEST;

// src/init/uninstall.ts
async function planUninstall(root, cwd) {
  const dir = await gitDir(root);
  const manifest = readManifest(dir);
  const notes = [];
  const hookDirs = /* @__PURE__ */ new Set([(0, import_node_path6.join)(root, ".husky"), (await git(["rev-parse", "--path-format=absolute", "--git-path", "hooks"], { cwd: root })).toString("utf8").trim()]);
  if (manifest) hookDirs.add(manifest.hooksDir);
  const changes = [];
  for (const d of hookDirs) changes.push(...uninstallHookChanges(d, d.startsWith(root + "/") ? d.slice(root.length + 1) : d));
  const pkg = manifest?.packageJson ? findPackage(root, (0, import_node_path6.join)(manifest.packageJson.path, "..")) : findPackage(root, cwd);
  if (pkg) {
    const edits = manifest?.packageJson?.edits;
    let changed = false;
    const dev = pkg.json.devDependencies;
    for (const name of edits?.devDependencies ?? []) {
      if (dev && name in dev) {
        delete dev[name];
        changed = true;
      }
    }
    if (dev && Object.keys(dev).length === 0 && edits?.devDependencies?.length) delete pkg.json.devDependencies;
    const scripts = pkg.json.scripts;
    const lifecycle = edits?.prepare?.script ?? "prepare";
    if (edits?.prepare && scripts?.[lifecycle] === edits.prepare.after) {
      if (edits.prepare.before === void 0) delete scripts[lifecycle];
      else scripts[lifecycle] = edits.prepare.before;
      if (Object.keys(scripts).length === 0) delete pkg.json.scripts;
      changed = true;
    }
    const ls = pkg.json["lint-staged"];
    if (ls && removeLintStagedTask(ls)) changed = true;
    for (const name of [".lintstagedrc", ".lintstagedrc.json"]) {
      const rcPath = (0, import_node_path6.join)(pkg.path, "..", name);
      const text = readText(rcPath);
      if (text === void 0) continue;
      try {
        const rc = JSON.parse(text);
        if (removeLintStagedTask(rc)) changes.push({ display: rcPath.slice(root.length + 1), path: rcPath, content: JSON.stringify(rc, null, 2) + "\n", reason: "remove the lint-staged task init added" });
      } catch {
      }
    }
    if (changed) changes.push({ display: relDisplay(pkg), path: pkg.path, content: serialize(pkg), reason: "remove what init added (dev dependencies, prepare script, lint-staged task)" });
    else if (!manifest) notes.push(`${relDisplay(pkg)}: no record of what init added here; remove husky/leakguard from devDependencies and "prepare" by hand if you no longer want them.`);
  }
  for (const f of manifest?.configFiles ?? []) {
    const current = readText(f.path);
    const display = f.path.startsWith(root + "/") ? f.path.slice(root.length + 1) : f.path;
    if (current === f.after) {
      const i = changes.findIndex((c) => c.path === f.path);
      if (i >= 0) changes.splice(i, 1);
      changes.push({ display, path: f.path, content: f.before, reason: "restore it exactly as it was before init" });
    } else notes.push(`${display} changed since init: remove leakguard's commands from it by hand.`);
  }
  if (manifest?.gitignoreAppended) {
    const path = (0, import_node_path6.join)(root, ".gitignore");
    const current = readText(path);
    if (current?.endsWith(manifest.gitignoreAppended)) {
      let rest = current.slice(0, current.length - manifest.gitignoreAppended.length);
      if (rest.endsWith("\n\n")) rest = rest.slice(0, -1);
      changes.push({ display: ".gitignore", path, content: rest === "" ? null : rest, reason: "remove the ignore lines init appended" });
    }
  }
  notes.push(".env.example and .leakguard-baseline.json are yours now and are left in place.");
  return { changes, notes, ...manifest ? { manifest } : {} };
}
function removeLintStagedTask(config) {
  const v = config["*"];
  if (v === LINT_STAGED_TASK) delete config["*"];
  else if (Array.isArray(v) && v.includes(LINT_STAGED_TASK)) config["*"] = v.length === 2 ? v.find((t) => t !== LINT_STAGED_TASK) : v.filter((t) => t !== LINT_STAGED_TASK);
  return config["*"] !== v;
}
async function finishUninstall(root, manifest) {
  const dir = await gitDir(root);
  (0, import_node_fs5.rmSync)((0, import_node_path6.join)(dir, MANIFEST_FILE), { force: true });
  if (!manifest?.ranHusky) return void 0;
  const husky = (0, import_node_path6.join)(root, ".husky");
  const left = (0, import_node_fs5.existsSync)(husky) ? (0, import_node_fs5.readdirSync)(husky).filter((f) => f !== "_") : [];
  if (left.length) return void 0;
  await git(["config", "--unset", "core.hooksPath"], { cwd: root, okCodes: [5] });
  (0, import_node_fs5.rmSync)(husky, { recursive: true, force: true });
  return "core.hooksPath unset and .husky/ removed (init had set them up)";
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

// src/cli/commands/uninstall.ts
var HELP = `Usage: leakguard uninstall [--dry-run]

Removes exactly what \`leakguard init\` added: its blocks in the hook files (and
the hook files it created), the package.json entries and .gitignore lines it
added. Your own hook lines and settings are kept.
`;
async function run2(argv) {
  const { values } = parseCommandArgs(argv, { "dry-run": { type: "boolean" }, help: { type: "boolean", short: "h" } }, "uninstall");
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const dry = values["dry-run"] === true;
  const root = await repoRoot(process.cwd());
  const plan = await planUninstall(root, process.cwd());
  const say = (s) => process.stdout.write(s + "\n");
  say(`leakguard uninstall${dry ? " (dry run: nothing is written)" : ""} \u2014 ${root}`);
  if (plan.changes.length === 0) say("Nothing of leakguard's to remove.");
  for (const ch of plan.changes) say(`  ${dry ? "would change" : "changed"} ${ch.display}: ${ch.reason}`);
  if (!dry) {
    apply(plan.changes);
    const installer = plan.manifest?.installer;
    if (installer && (0, import_node_child_process2.spawnSync)(installer.cmd, installer.args, { cwd: root, stdio: "ignore" }).status === 0) say(`  ran ${installer.cmd.slice(installer.cmd.lastIndexOf("/") + 1)} ${installer.args.join(" ")} to update the git hooks`);
    const extra = await finishUninstall(root, plan.manifest);
    if (extra) say(`  ${extra}`);
  }
  for (const n of plan.notes) say(n);
  return 0;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  run
});
