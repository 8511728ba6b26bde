// Prints one plain "N passed, N failed, N skipped" line at the very end, which
// CI logs read better than the progress-bar summary (docs/toolchain.md, trap 5).
function count(suite, totals) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite?.suites ?? []) count(child, totals);
}

export function countReporter() {
  let line = '';
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      let broken = 0;
      for (const session of sessions) {
        count(session.testResults, totals);
        if (!session.passed && (session.errors?.length ?? 0) > 0) broken++;
      }
      // A file that failed to load has no tests to count: count it as a failure.
      totals.failed += broken;
      line = `${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`;
    },
    stop() {
      // After the default reporter's own closing lines, so this is the last line of the run.
      process.once('exit', () => line && process.stdout.write(`${line}\n`));
    },
  };
}
