// Prints vitest's JSON results as one plain line: "tests: N passed, N failed".
import { readFileSync } from "node:fs";

const results = JSON.parse(readFileSync(".tmp/vitest-results.json", "utf8"));
const skipped = results.numPendingTests + results.numTodoTests;
console.log(`tests: ${results.numPassedTests} passed, ${results.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ""}`);
if (results.numTotalTests === 0) process.exit(1);
