import { jsonPath, type DataWarning } from '../model/problems.js';

/** A parsed JSON object of unknown shape. */
export type Rec = Readonly<Record<string, unknown>>;

/** Where a value sits in the HSDS input, as path segments for {@link jsonPath}. */
export type Path = readonly PropertyKey[];

/** An HSDS object and its path in the input, so that every warning can point at the field itself. */
export interface Node {
  value: Rec;
  path: Path;
}

export function isRec(value: unknown): value is Rec {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The child object at `key`, if it is one. */
export function child(node: Node, key: string): Node | undefined {
  const value = node.value[key];
  return isRec(value) ? { value, path: [...node.path, key] } : undefined;
}

/** The objects of the list at `key`; anything that is not an object is left out. */
export function children(node: Node, key: string): Node[] {
  const list = node.value[key];
  if (!Array.isArray(list)) return [];
  const out: Node[] = [];
  list.forEach((value: unknown, i) => {
    if (isRec(value)) out.push({ value, path: [...node.path, key, i] });
  });
  return out;
}

/** A trimmed, non-empty string field (numbers are read as text too), else undefined. */
export function text(node: Node, key: string): string | undefined {
  const value = node.value[key];
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** Collects warnings with paths into the HSDS input. */
export class Report {
  readonly warnings: DataWarning[] = [];

  skipped(path: Path, reason: string): void {
    this.warnings.push({ path: jsonPath(path), reason, action: 'skipped' });
  }

  repaired(path: Path, reason: string): void {
    this.warnings.push({ path: jsonPath(path), reason, action: 'repaired' });
  }
}

export const quote = (value: unknown): string => JSON.stringify(value);
