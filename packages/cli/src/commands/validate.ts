import { DatasetError, validateDataset } from '@mrc-kit/sdk';
import { describeCounts, recordCounts } from '../counts.js';
import { parseJson } from '../json-text.js';
import { placeWarnings, type PlacedProblem } from '../load-dataset.js';
import { isIndex, validateIndex } from './validate-index.js';
import { colours, EXIT, InputError, type Io } from '../output.js';
import { formatProblem, tally } from '../problems.js';
import { readText } from '../read-input.js';

export interface ValidateOptions {
  json?: boolean;
  /** Repairs count as failures too. */
  strict?: boolean;
}

export interface ValidateReport {
  source: string;
  valid: boolean;
  /** Records kept, per list. */
  kept: Record<string, number>;
  skipped: number;
  repaired: number;
  problems: PlacedProblem[];
  /** Set when the input is not a dataset at all. */
  error?: string;
}

/**
 * Checks a dataset file or URL with the SDK's own validator (the rules the widgets apply) and
 * places each problem at its line and column.
 */
export async function validateCommand(target: string, options: ValidateOptions, io: Io): Promise<number> {
  const report = await validateTarget(target, options);
  if (options.json) io.stdout.write(JSON.stringify(report, null, 2) + '\n');
  else printReport(report, io);
  return report.valid ? EXIT.ok : EXIT.invalid;
}

/** The report of an input that is not a dataset at all, or could not be read. */
export const failedReport = (source: string, error: string): ValidateReport => ({
  source,
  valid: false,
  kept: {},
  skipped: 0,
  repaired: 0,
  problems: [],
  error,
});

export async function validateTarget(target: string, options: ValidateOptions = {}): Promise<ValidateReport> {
  const text = await readText(target);
  const failed = (error: string): ValidateReport => failedReport(target, error);
  let json: unknown;
  try {
    json = parseJson(text, target);
  } catch (error) {
    if (error instanceof InputError) return failed(error.message);
    throw error;
  }
  let kept: Record<string, number>;
  let problems: ValidateReport['problems'];
  try {
    if (isIndex(json)) ({ kept, problems } = await validateIndex(json, text, target));
    else {
      const result = validateDataset(json, target);
      kept = recordCounts(result.dataset);
      problems = placeWarnings(result.warnings, text, target);
    }
  } catch (error) {
    if (error instanceof DatasetError) return failed(`${target}: ${error.message}`);
    throw error;
  }
  const { skipped, repaired } = tally(problems);
  return {
    source: target,
    valid: skipped === 0 && !(options.strict && repaired > 0),
    kept,
    skipped,
    repaired,
    problems,
  };
}

function printReport(report: ValidateReport, io: Io): void {
  const c = colours(io.stdout, io.env);
  if (report.error !== undefined) {
    io.stdout.write(c.red(report.error) + '\n');
    return;
  }
  for (const problem of report.problems) {
    const line = formatProblem(problem);
    io.stdout.write((problem.action === 'skipped' ? c.red(line) : c.yellow(line)) + '\n');
  }
  const summary = `${report.source}: kept ${describeCounts(report.kept)}; ${report.skipped} skipped, ${report.repaired} repaired`;
  io.stdout.write((report.valid ? c.green(summary) : c.red(summary)) + '\n');
}
