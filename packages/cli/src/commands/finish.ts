import { describeCounts } from '../counts.js';
import { colours, EXIT, type Io } from '../output.js';
import { printProblems, tally, type Problem } from '../problems.js';

/**
 * Prints every problem of a conversion and a summary on stderr, and decides the exit code: 1 when
 * anything was skipped (or, with `strict`, repaired), else 0.
 */
export function reportConversion(
  output: string,
  counts: Record<string, number>,
  problems: readonly Problem[],
  strict: boolean | undefined,
  io: Io,
): number {
  printProblems(problems, io);
  const { skipped, repaired } = tally(problems);
  const failed = skipped > 0 || (strict === true && repaired > 0);
  const c = colours(io.stderr, io.env);
  const summary = `wrote ${output}: ${describeCounts(counts)}; ${skipped} skipped, ${repaired} repaired`;
  io.stderr.write((failed ? c.red(summary) : c.green(summary)) + '\n');
  return failed ? EXIT.invalid : EXIT.ok;
}
