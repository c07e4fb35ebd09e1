import { describeCounts } from '../counts.js';
import { colours, EXIT, type Io } from '../output.js';
import { printProblems, tally, type Problem, type Tally } from '../problems.js';

export interface Finish {
  /** Every problem to print, in the order to print them. */
  problems: readonly Problem[];
  /** The last line: what was written and how many were skipped and repaired. */
  summary: (tally: Tally) => string;
  /** Repairs fail too, not only skipped rows or records. */
  strict?: boolean | undefined;
}

/**
 * The end of every command that writes files: each problem on stderr, then the summary (red when
 * it failed, green when not), and the exit code: 1 when anything was skipped (or, with `strict`,
 * repaired), else 0.
 */
export function finish(io: Io, { problems, summary, strict }: Finish): number {
  printProblems(problems, io);
  const counts = tally(problems);
  const failed = counts.skipped > 0 || (strict === true && counts.repaired > 0);
  const c = colours(io.stderr, io.env);
  const line = summary(counts);
  io.stderr.write((failed ? c.red(line) : c.green(line)) + '\n');
  return failed ? EXIT.invalid : EXIT.ok;
}

/** {@link finish} for a conversion: `wrote <file>: 12 centres, 2 hotlines; 1 skipped, 3 repaired`. */
export function reportConversion(
  output: string,
  counts: Record<string, number>,
  problems: readonly Problem[],
  strict: boolean | undefined,
  io: Io,
): number {
  return finish(io, {
    problems,
    strict,
    summary: ({ skipped, repaired }) =>
      `wrote ${output}: ${describeCounts(counts)}; ${skipped} skipped, ${repaired} repaired`,
  });
}
