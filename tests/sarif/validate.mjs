// Validates SARIF files against the OASIS SARIF 2.1.0 JSON schema with Ajv.
// Usage: node validate.mjs NODE_MODULES_DIR FILE.sarif...
// Run by validate.sh, which installs ajv and the schema (from @microsoft/jest-sarif).
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { join } from "node:path";

const [modules, ...files] = process.argv.slice(2);
const require = createRequire(join(modules, "noop.js"));
const Ajv = require("ajv").default;
const addFormats = require("ajv-formats").default;
const schema = JSON.parse(readFileSync(join(modules, "@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json"), "utf8"));
delete schema.$schema; // validate with Ajv's default dialect (draft-07)
if (schema.id) { schema.$id = schema.id; delete schema.id; } // a draft-04 style root id
// unicodeRegExp: false because the published schema has a pattern that is only valid without the `u` flag.
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(schema);
let failed = 0;
for (const file of files) {
  const doc = JSON.parse(readFileSync(file, "utf8"));
  if (validate(doc)) {
    const results = doc.runs.reduce((n, r) => n + r.results.length, 0);
    console.log(`valid SARIF 2.1.0: ${file} (${results} results)`);
  } else {
    failed++;
    console.error(`INVALID: ${file}`);
    for (const e of validate.errors.slice(0, 20)) console.error(`  ${e.instancePath} ${e.message}`);
  }
}
console.log(`${files.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
