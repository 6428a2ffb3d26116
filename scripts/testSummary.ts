/**
 * Adds up Vitest's JSON reports into one closing line, "N passed, N failed", that
 * reads the same whichever runner produced the counts. Fails when anything failed
 * or was skipped: a skipped test is a defect here.
 */
import { readFileSync } from 'node:fs';

interface VitestJsonReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
}

function isReport(value: unknown): value is VitestJsonReport {
  return (
    typeof value === 'object' &&
    value !== null &&
    'numPassedTests' in value &&
    'numFailedTests' in value
  );
}

let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of process.argv.slice(2)) {
  const report: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!isReport(report)) throw new Error(`${file} is not a Vitest JSON report`);
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + report.numTodoTests;
}
console.log(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
process.exitCode = failed > 0 || skipped > 0 || passed === 0 ? 1 : 0;
