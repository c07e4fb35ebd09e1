/**
 * The value a record holds under a key of its own, never one inherited from `Object.prototype`.
 * Records here are indexed by ids from the data, and an id may be `toString`, `constructor` or
 * `valueOf`: a plain `record[id]` would then return a built-in function.
 */
export function ownValue<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
