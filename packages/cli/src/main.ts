import { CommanderError } from 'commander';
import { DatasetError } from '@mrc-kit/sdk';
import { colours, EXIT, InputError, processIo, UsageError, type Io } from './output.js';
import { buildProgram } from './program.js';

/**
 * Runs `mrc-kit` with the arguments after the command name and returns the exit code: 0 valid,
 * 1 invalid input, 2 a usage mistake. Nothing here calls process.exit, so it runs in tests too.
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
    if (error instanceof UsageError || error instanceof RangeError) {
      io.stderr.write(c.red(`error: ${error.message}`) + '\n');
      return EXIT.usage;
    }
    if (error instanceof InputError || error instanceof DatasetError) {
      io.stderr.write(c.red(`error: ${error.message}`) + '\n');
      return EXIT.invalid;
    }
    throw error;
  }
}
