import { CommanderError } from 'commander';
import { DatasetError } from '@mrc-kit/sdk';
import { colours, EXIT, InputError, processIo, UsageError, type Io } from './output.js';
import { buildProgram } from './program.js';

/**
 * Runs `mrc-kit` with the arguments after the command name and returns the exit code: 0 valid,
 * 1 invalid input, 2 a usage mistake, a file that cannot be read or written, or an unexpected
 * fault (the data was not judged). Every error is one line, `error: …`; the stack of an
 * unexpected one is printed only with MRC_KIT_DEBUG=1. Nothing here calls process.exit, so it
 * runs in tests too.
 */
export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  const exit = { code: EXIT.ok as number };
  const program = buildProgram(io, exit);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exit.code;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end through here too, with code 0.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    const c = colours(io.stderr, io.env);
    const fail = (message: string, code: number): number => {
      io.stderr.write(c.red(`error: ${message}`) + '\n');
      return code;
    };
    if (error instanceof UsageError) return fail(error.message, EXIT.usage);
    if (error instanceof InputError || error instanceof DatasetError) return fail(error.message, EXIT.invalid);
    const option = optionError(error);
    if (option) return fail(option, EXIT.usage);
    const system = systemError(error);
    if (system) return fail(system, EXIT.usage);
    // A fault of the command itself, not of the input: one line, and the stack only on request.
    if (io.env.MRC_KIT_DEBUG === '1') io.stderr.write(`${(error as Error)?.stack ?? String(error)}\n`);
    const detail = error instanceof Error ? error.message : String(error);
    return fail(`unexpected error: ${detail} (run with MRC_KIT_DEBUG=1 for details)`, EXIT.usage);
  }
}

// The SDK's importer checks its options with a RangeError that starts with the option's name.
const OPTIONS: Readonly<Record<string, string>> = {
  defaultCountry: '--country',
  timeZone: '--time-zone',
  defaultLocale: '--default-locale',
  today: '--today',
};

/** The message of a bad option found by the SDK, under the command's name for it; other RangeErrors are faults. */
function optionError(error: unknown): string | undefined {
  if (!(error instanceof RangeError)) return undefined;
  const match = /^(\w+): (.*)$/s.exec(error.message);
  const option = match && OPTIONS[match[1]!];
  return option ? `${option}: ${match[2]}` : undefined;
}

const REASONS: Readonly<Record<string, string>> = {
  EISDIR: 'is a folder, not a file',
  ENOTDIR: 'a part of this path is a file, not a folder',
  EEXIST: 'a part of this path is a file, not a folder',
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the disk is read-only',
  ENOSPC: 'the disk is full',
};

/** `<path>: <reason>` for an error of the file system that names its path (writing to a folder, a full disk). */
function systemError(error: unknown): string | undefined {
  const { code, path } = (error ?? {}) as { code?: unknown; path?: unknown };
  if (typeof code !== 'string' || typeof path !== 'string') return undefined;
  return `${path}: ${REASONS[code] ?? (error as Error).message}`;
}
