import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter';

/**
 * Prints why each skipped test was skipped (the reason given to `test.skip`), so a run's
 * log never shows a skip without its reason. The list reporter shows only the title.
 */
export default class SkipReasons implements Reporter {
  private readonly lines: string[] = [];

  onTestEnd(test: TestCase, result: TestResult): void {
    if (result.status !== 'skipped') return;
    const why = test.annotations.filter((a) => a.type === 'skip' || a.type === 'fixme').map((a) => a.description ?? '(no reason given)');
    this.lines.push(`  ${test.location.file.replace(/^.*tests\/e2e\//, 'tests/e2e/')}:${test.location.line} ${test.title} — ${why.join('; ') || '(no reason given)'}`);
  }

  onEnd(): void {
    if (this.lines.length === 0) return;
    console.log(`\nSkipped, with the reason each gives:\n${this.lines.join('\n')}`);
  }

  printsToStdio(): boolean {
    return false;
  }
}
