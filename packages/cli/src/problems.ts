import type { DataWarning } from '@mrc-kit/sdk';
import type { Io } from './output.js';
import { colours } from './output.js';

/**
 * One problem in the input, placed where a person can find it: `file:row:column` for a CSV cell,
 * `file:line:column` for JSON (with its JSON path), or a URL.
 */
export interface Problem {
  /** `centres.csv:4:9`, `dataset.json:12:7`, or a path when no place is known. */
  where: string;
  /** The JSON path in the dataset, when there is one. */
  path?: string;
  reason: string;
  /** What happened to the data: the row, record or field was skipped, or repaired and kept. */
  action: DataWarning['action'];
}

export interface Tally {
  skipped: number;
  repaired: number;
}

export function tally(problems: readonly Problem[]): Tally {
  let skipped = 0;
  for (const p of problems) if (p.action === 'skipped') skipped++;
  return { skipped, repaired: problems.length - skipped };
}

/** One line per problem: `where: path: reason (skipped)`. */
export function formatProblem(problem: Problem): string {
  const path = problem.path !== undefined && problem.path !== problem.where ? `${problem.path}: ` : '';
  return `${problem.where}: ${path}${problem.reason} (${problem.action})`;
}

/** Writes the problems to stderr, the skipped ones marked so they stand out on a terminal. */
export function printProblems(problems: readonly Problem[], io: Io): void {
  const c = colours(io.stderr, io.env);
  for (const problem of problems) {
    const line = formatProblem(problem);
    io.stderr.write((problem.action === 'skipped' ? c.red(line) : c.yellow(line)) + '\n');
  }
}

/** Problems in input order: by place (file, then row or line, then column), then path. */
export function byPlace(a: Problem, b: Problem): number {
  const pa = placeKey(a.where);
  const pb = placeKey(b.where);
  return pa.file.localeCompare(pb.file) || pa.row - pb.row || pa.column - pb.column;
}

function placeKey(where: string): { file: string; row: number; column: number } {
  const match = /^(.*?):(\d+):(\d+)$/.exec(where) ?? /^(.*?):(\d+)$/.exec(where);
  if (!match) return { file: where, row: 0, column: 0 };
  return { file: match[1]!, row: Number(match[2]), column: Number(match[3] ?? 0) };
}
