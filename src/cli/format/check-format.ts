/** Text for people: one line per budget verdict, then the totals. */
import type { BudgetReport, BudgetVerdict } from '../../core/profiling/budgets/check';

const MARK: Readonly<Record<BudgetVerdict['status'], string>> = {
  pass: 'PASS',
  fail: 'FAIL',
  'not-evaluated': 'N/A ',
  off: 'off ',
};

/** The report `tickscope check` prints. */
export function checkText(report: BudgetReport): string {
  const lines = report.verdicts.map(
    (v) => `${MARK[v.status]} [${v.level}] ${v.key}: ${v.message}`,
  );
  const total = `${report.errors} error(s), ${report.warnings} warning(s): ${report.passed ? 'budget met' : 'budget FAILED'}`;
  return [...lines, '', total, ''].join('\n');
}
