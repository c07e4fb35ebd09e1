import pc from 'picocolors';

/** Where the command writes: the process's streams, or buffers in tests. */
export interface Io {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
}

export const processIo = (): Io => ({ stdout: process.stdout, stderr: process.stderr, env: process.env });

/** Exit codes a CI can use. */
export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;

/**
 * Whether to colour: FORCE_COLOR decides when set (`0` or `false` off, any other value on, as
 * Node.js and the chalk family read it); then NO_COLOR set to anything but the empty string turns
 * colour off (https://no-color.org); else only on a terminal that is not `dumb`.
 */
export function wantsColour(stream: Io['stderr'], env: NodeJS.ProcessEnv): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return stream.isTTY === true && env.TERM !== 'dumb';
}

export function colours(stream: Io['stderr'], env: NodeJS.ProcessEnv): ReturnType<typeof pc.createColors> {
  return pc.createColors(wantsColour(stream, env));
}

/** A usage mistake (bad option, missing file): exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** The input is unusable as a whole (not JSON, not a dataset, not HSDS): exit code 1. */
export class InputError extends Error {
  override name = 'InputError';
}
