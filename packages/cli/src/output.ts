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

/** Colours only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function colours(stream: Io['stderr'], env: NodeJS.ProcessEnv): ReturnType<typeof pc.createColors> {
  const wanted = stream.isTTY === true && !('NO_COLOR' in env) && env.TERM !== 'dumb';
  return pc.createColors(wanted || 'FORCE_COLOR' in env);
}

/** A usage mistake (bad option, missing file): exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** The input is unusable as a whole (not JSON, not a dataset, not HSDS): exit code 1. */
export class InputError extends Error {
  override name = 'InputError';
}
