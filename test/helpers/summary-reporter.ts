import type { Reporter, TestCase, TestModule } from 'vitest/node';

/** How often a long file (the browser tests take minutes) reports that it is still making progress. */
const HEARTBEAT_MS = 20_000;

/**
 * Prints a line when each test file starts and ends, a heartbeat during long files, the ten slowest files, and one
 * closing line, "Tests: N passed, N failed", that CI logs can be read by. The default reporter is silent while a
 * long browser file runs, which looks like a hang in a non-interactive log.
 */
export default class SummaryReporter implements Reporter {
  private readonly lastLine = new Map<string, number>();
  private readonly done = new Map<string, number>();

  onTestModuleStart(testModule: TestModule): void {
    this.lastLine.set(testModule.moduleId, Date.now());
    this.done.set(testModule.moduleId, 0);
    process.stdout.write(`▶ ${label(testModule)}\n`);
  }

  onTestCaseResult(testCase: TestCase): void {
    const id = testCase.module.moduleId;
    const count = (this.done.get(id) ?? 0) + 1;
    this.done.set(id, count);
    if (Date.now() - (this.lastLine.get(id) ?? 0) < HEARTBEAT_MS) return;
    this.lastLine.set(id, Date.now());
    process.stdout.write(`… ${label(testCase.module)}: ${count} tests done\n`);
  }

  onTestModuleEnd(testModule: TestModule): void {
    const tests = [...testModule.children.allTests()];
    const failed = tests.filter((test) => test.result().state === 'failed').length;
    const seconds = (testModule.diagnostic().duration / 1000).toFixed(1);
    process.stdout.write(`${failed ? '✗' : '✓'} ${label(testModule)}: ${tests.length} tests${failed ? `, ${failed} failed` : ''} in ${seconds} s\n`);
  }

  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
        else skipped++;
      }
    }
    const slowest = [...testModules].sort((a, b) => b.diagnostic().duration - a.diagnostic().duration).slice(0, 10);
    if (slowest.length > 1) {
      process.stdout.write('\nSlowest files:\n');
      for (const module of slowest) process.stdout.write(`  ${(module.diagnostic().duration / 1000).toFixed(1).padStart(7)} s  ${label(module)}\n`);
    }
    process.stdout.write(`\nTests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
  }
}

/** The file's path from the project root, with its lane when there are several. */
function label(testModule: TestModule): string {
  const lane = testModule.project.name;
  return lane ? `[${lane}] ${testModule.relativeModuleId}` : testModule.relativeModuleId;
}
