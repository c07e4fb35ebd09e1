import { DatasetError, isDatasetIndex, validateDataset, type TaxonomyTerm } from '@mrc-kit/sdk';
import { withHint } from '../hints.js';
import { describeCounts, NOTHING, publishesNothing, recordCounts } from '../counts.js';
import { parseJson } from '../json-text.js';
import {
  loadDatasetFile,
  placeWarnings,
  readDatasetRest,
  type DatasetRest,
  type PlacedProblem,
} from '../load-dataset.js';
import { validateIndex } from './validate-index.js';
import { colours, EXIT, InputError, type Io } from '../output.js';
import { formatProblem, tally } from '../problems.js';
import { isUrl, readText } from '../read-input.js';

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
  /** Set when the input is not a dataset at all, or when it publishes nothing. */
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

/** The rest of a local file with a list of centres, which is checked a part at a time (see loadDatasetFile). */
async function restInParts(target: string): Promise<DatasetRest | undefined> {
  if (isUrl(target)) return undefined;
  try {
    const rest = await readDatasetRest(target);
    return rest.kind === 'list' ? rest : undefined;
  } catch {
    // Missing, unreadable or not JSON: read whole below, which says what is wrong and where.
    return undefined;
  }
}

/** The records kept and the problems placed, from a dataset read whole or in parts, or an index. */
async function check(target: string): Promise<Pick<ValidateReport, 'kept' | 'problems'>> {
  const rest = await restInParts(target);
  if (rest) {
    const { result, problems } = await loadDatasetFile(target, { rest });
    return { kept: recordCounts(result.dataset), problems: hinted(problems, result.dataset.taxonomy) };
  }
  const text = await readText(target);
  const json = parseJson(text, target);
  if (isDatasetIndex(json)) {
    const { kept, problems, taxonomy } = await validateIndex(json, text, target);
    return { kept, problems: hinted(problems, taxonomy) };
  }
  const result = validateDataset(json, target);
  const problems = placeWarnings(result.warnings, text, target);
  return { kept: recordCounts(result.dataset), problems: hinted(problems, result.dataset.taxonomy) };
}

/** An unknown service or code comes with the nearest valid ids. */
const hinted = (problems: PlacedProblem[], taxonomy: readonly TaxonomyTerm[]): PlacedProblem[] =>
  problems.map((p) => ({ ...p, reason: withHint(p.reason, taxonomy) }));

async function validateTarget(target: string, options: ValidateOptions = {}): Promise<ValidateReport> {
  let kept: Record<string, number>;
  let problems: ValidateReport['problems'];
  try {
    ({ kept, problems } = await check(target));
  } catch (error) {
    if (error instanceof InputError) return failedReport(target, error.message);
    if (error instanceof DatasetError) return failedReport(target, `${target}: ${error.message}`);
    throw error;
  }
  const { skipped, repaired } = tally(problems);
  const empty = publishesNothing(kept);
  return {
    source: target,
    valid: !empty && skipped === 0 && !(options.strict && repaired > 0),
    kept,
    skipped,
    repaired,
    problems,
    ...(empty && { error: `${target}: ${NOTHING}` }),
  };
}

function printReport(report: ValidateReport, io: Io): void {
  const c = colours(io.stdout, io.env);
  if (report.error !== undefined && report.problems.length === 0 && Object.keys(report.kept).length === 0) {
    io.stdout.write(c.red(report.error) + '\n');
    return;
  }
  for (const problem of report.problems) {
    const line = formatProblem(problem);
    io.stdout.write((problem.action === 'skipped' ? c.red(line) : c.yellow(line)) + '\n');
  }
  // A dataset that publishes nothing says so in its one summary line, not in a count of zeros.
  const what = publishesNothing(report.kept) ? NOTHING : `kept ${describeCounts(report.kept)}`;
  const summary = `${report.source}: ${what}; ${report.skipped} skipped, ${report.repaired} repaired`;
  io.stdout.write((report.valid ? c.green(summary) : c.red(summary)) + '\n');
}
