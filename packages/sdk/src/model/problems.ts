/** One problem found in the data: where it is (a JSON path such as `$.hotlines[2].channels[0].value`) and why. */
export interface DataWarning {
  path: string;
  reason: string;
  /** What happened to the data: the record or field was skipped, or repaired and kept. */
  action: 'skipped' | 'repaired';
}

/** Builds a JSON path such as `$.hotlines[2].name.fr` from path segments. */
export function jsonPath(segments: readonly PropertyKey[]): string {
  let out = '$';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else if (typeof s === 'string' && /^[A-Za-z_$][\w$]*$/.test(s)) out += `.${s}`;
    else out += `[${JSON.stringify(String(s))}]`;
  }
  return out;
}
