#!/usr/bin/env node
"use strict";

// src/cli/main.ts
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

// src/version.ts
var VERSION = true ? "0.1.0" : "dev";

// src/cli/main.ts
var COMMANDS = {
  init: "guard this repository: hooks, .gitignore, .env.example, first scan",
  uninstall: "remove exactly what init added",
  scan: "scan staged changes, files, directories, commit ranges or stdin for secrets",
  baseline: "record existing findings so only new leaks are reported",
  "pre-push": "scan the commits being pushed (run by the pre-push hook)",
  "commit-msg": "scan the commit message being written (run by the commit-msg hook)",
  "pre-receive": "server-side hook: reject pushes whose new commits add secrets",
  purge: "remove leaked files or secrets from all history, verify, and say what next",
  doctor: "check how this repository handles secrets, with a fix for each failure",
  rotate: "how to revoke, replace and deploy a leaked credential of a given kind",
  gen: "generate a strong random secret (optionally straight into .env)"
};
function loadCommand(name) {
  return require((0, import_node_path.join)(__dirname, "commands", `${name}.cjs`));
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
    return await loadCommand(name).run(rest);
  } catch (e) {
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
