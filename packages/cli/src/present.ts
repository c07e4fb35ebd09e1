/** The record without its undefined fields, so that they are not written as absent keys. */
export const present = <T extends Record<string, unknown>>(record: T): T =>
  Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as T;
