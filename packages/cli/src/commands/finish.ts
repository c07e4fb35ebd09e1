import { describeCounts, NOTHING, publishesNothing } from '../counts.js';
import { colours, EXIT, type Io } from '../output.js';
import { printProblems, tally, type Problem, type Tally } from '../problems.js';
import type { Pending } from '../write-json.js';

export interface Finish {
  /** Every problem to print, in the order to print them. */
  problems: readonly Problem[];
  /** The last line: what was written and how many were skipped and repaired. */
  summary: (tally: Tally) => string;
  /** Repairs fail too, not only skipped rows or records. */
  strict?: boolean | undefined;
  /** It fails whatever the problems (a dataset that publishes nothing). */
  fails?: boolean;
}

/**
 * The end of every command that writes files: each problem on stderr, then the summary (red when
 * it failed, green when not), and the exit code: 1 when anything was skipped (or, with `strict`,
 * repaired), else 0.
 */
export function finish(io: Io, { problems, summary, strict, fails }: Finish): number {
  printProblems(problems, io);
  const counts = tally(problems);
  const failed = fails === true || counts.skipped > 0 || (strict === true && counts.repaired > 0);
  const c = colours(io.stderr, io.env);
  const line = summary(counts);
  io.stderr.write((failed ? c.red(line) : c.green(line)) + '\n');
  return failed ? EXIT.invalid : EXIT.ok;
}

/**
 * The end of a conversion: each problem, then `wrote <file>: 12 centres, 2 hotlines; 1 skipped,
 * 3 repaired`. It fails (exit 1) when anything was skipped, when the dataset publishes nothing (no
 * centre, hotline, quiz or checklist), or with `strict` when anything was repaired; with `strict`
 * a failed conversion writes nothing (the file was held back until now, see writeJsonPending).
 */
export async function reportConversion(
  output: string,
  counts: Record<string, number>,
  problems: readonly Problem[],
  strict: boolean | undefined,
  written: Pending,
  io: Io,
): Promise<number> {
  const empty = publishesNothing(counts);
  const { skipped, repaired } = tally(problems);
  const failed = empty || skipped > 0 || (strict === true && repaired > 0);
  if (failed && strict === true) await written.discard();
  else await written.keep();
  const what = empty ? NOTHING : describeCounts(counts);
  const done = failed && strict === true ? `nothing written to ${output} (--strict)` : `wrote ${output}`;
  return finish(io, {
    problems,
    strict,
    fails: empty,
    summary: () => `${done}: ${what}; ${skipped} skipped, ${repaired} repaired`,
  });
}
