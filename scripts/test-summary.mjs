#!/usr/bin/env node
// The last line `npm test` prints: every test the unit and e2e runs executed, counted from
// their JSON reports (vitest.config.ts and playwright.config.ts write them), as one plain
// "Tests: N passed, N failed, N skipped" line that CI logs and people can read at a glance.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = join(process.cwd(), '.test-reports');
const read = (name) => JSON.parse(readFileSync(join(dir, name), 'utf8'));

const unit = read('unit.json');
const e2e = read('e2e.json');
const passed = unit.numPassedTests + e2e.stats.expected + e2e.stats.flaky;
const failed = unit.numFailedTests + e2e.stats.unexpected;
const skipped = unit.numPendingTests + unit.numTodoTests + e2e.stats.skipped;

console.log(`unit: ${unit.numPassedTests} passed in ${unit.testResults.length} files; e2e: ${e2e.stats.expected} passed, ${e2e.stats.flaky} flaky`);
console.log(`Tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
