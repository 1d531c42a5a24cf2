#!/usr/bin/env node
// The last line `npm test` prints: every test the unit and e2e runs executed, counted from
// their JSON reports (vitest.config.ts and playwright.config.ts write them), as one plain
// "N passed, N failed, N skipped" line, alone and last, the closing line CI reads for a count.
// `--line` prints only that line (.ci/run repeats it after npm test, so that nothing npm
// prints afterwards can stand below it).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = join(process.cwd(), '.test-reports');
const read = (name) => JSON.parse(readFileSync(join(dir, name), 'utf8'));

const unit = read('unit.json');
const e2e = read('e2e.json');
const passed = unit.numPassedTests + e2e.stats.expected + e2e.stats.flaky;
const failed = unit.numFailedTests + e2e.stats.unexpected;
const skipped = unit.numPendingTests + unit.numTodoTests + e2e.stats.skipped;

if (!process.argv.includes('--line')) {
  console.log(
    `Unit tests ${unit.numPassedTests} of ${unit.numTotalTests} in ${unit.testResults.length} files; ` +
      `end-to-end ${e2e.stats.expected} (${e2e.stats.flaky} flaky); all of them:`,
  );
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
