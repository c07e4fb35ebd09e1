import type { Problem } from '../problems.js';
import type { Cells } from './cells.js';
import type { RecordSource } from './sources.js';

export type RawRecord = Record<string, unknown>;

/** What hours.csv and contacts.csv give one centre or hotline, until its own row is read. */
export interface Children {
  weekly?: RawRecord[];
  exceptions?: RawRecord[];
  channels?: RawRecord[];
  source: Omit<RecordSource, 'row'>;
}

/** Reports the whole row as skipped, at the cell that made it unusable. */
export function skipRow(c: Cells, column: string, reason: string): undefined {
  const problem: Problem = { where: c.at(column), reason: `${reason}; row skipped`, action: 'skipped' };
  c.problems.push(problem);
  return undefined;
}
