import { readFileSync } from 'node:fs';
import { Command, Option } from 'commander';
import { convertCsvCommand } from './commands/convert-csv.js';
import type { ConvertOptions } from './commands/convert-options.js';
import { convertHsdsCommand } from './commands/convert-hsds.js';
import { exportHsdsCommand } from './commands/export-hsds.js';
import { previewCommand, type PreviewOptions } from './commands/preview.js';
import { splitCommand } from './commands/split.js';
import { statsCommand } from './commands/stats.js';
import { failedReport, validateCommand } from './commands/validate.js';
import { EXIT, InputError, UsageError, type Io } from './output.js';

// src/ and dist/ both sit one level under the package folder.
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

const EXIT_CODES = `
Exit codes: 0 valid, 1 invalid input (something was skipped, it publishes nothing, or it is not a dataset), 2 usage mistake
(or a file that cannot be read or written, or an unexpected fault: set MRC_KIT_DEBUG=1 for its stack).`;

/** The `mrc-kit` command and its sub-commands; each action stores its exit code in `exit`. */
export function buildProgram(io: Io, exit: { code: number }): Command {
  const program = new Command('mrc-kit');
  // Set before the sub-commands are added, which copy these settings.
  program
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    })
    .showHelpAfterError('(run with --help for usage)')
    .description('Validate, convert, export, split and count Migrant Resource Centre datasets.')
    .version(version)
    .addHelpText('after', EXIT_CODES);

  const run = (task: Promise<number>) =>
    task.then((code) => {
      exit.code = code;
    });

  program
    .command('validate')
    .description('Check a dataset file or URL; print each problem as path: reason with its line and column.')
    .argument('<file|url>', 'dataset (or dataset index) JSON file, or its http(s) URL')
    .option('--json', 'print a machine-readable report on stdout')
    .option('--strict', 'exit 1 when fields were repaired, not only when records were skipped')
    .addHelpText('after', EXIT_CODES)
    .action((target: string, options: { json?: boolean; strict?: boolean }) =>
      run(
        options.json
          ? jsonErrors(target, validateCommand(target, options, io), io)
          : validateCommand(target, options, io),
      ),
    );

  program
    .command('convert')
    .description('Turn spreadsheet CSV files or HSDS data into a dataset.')
    .addOption(new Option('--from <format>', 'what the input is').choices(['csv', 'hsds']).makeOptionMandatory())
    .argument('<input>', 'csv: a folder of CSV files; hsds: a JSON file, a folder (JSON or tabular CSV) or an API URL')
    .requiredOption('-o, --output <file>', 'where to write the dataset JSON')
    .option('--default-locale <tag>', 'language of the text columns without @tag (csv) or of the HSDS texts', 'en')
    .option('--publisher <name>', 'csv: the publisher named in the dataset')
    .option('--publisher-url <url>', 'csv: the publisher web page')
    .option('--updated <date>', 'csv: date of the data, YYYY-MM-DD (default: today)')
    .option('--country <code>', 'hsds: ISO 3166-1 country of records whose address names none')
    .option('--time-zone <zone>', 'hsds: IANA time zone of schedules that give only a UTC offset')
    .option('--today <date>', 'hsds: the date schedules are judged against, YYYY-MM-DD')
    .option(
      '--strict',
      'write nothing (and exit 1) when anything was skipped or repaired; without it the dataset is written and the exit code is 1 when anything was skipped',
    )
    .addHelpText(
      'after',
      `
CSV layout: centres.csv, hours.csv, contacts.csv, hotlines.csv, services.csv (see docs/publishing.md
and the templates in docs/templates/). Separator ; or , is detected; a byte-order mark is allowed.
Every row or cell that cannot be used is reported as file:row:column: reason.${EXIT_CODES}`,
    )
    .action((input: string, options: ConvertOptions) =>
      run(options.from === 'csv' ? convertCsvCommand(input, options, io) : convertHsdsCommand(input, options, io)),
    );

  program
    .command('export')
    .description('Write the centres and hotlines of a dataset as HSDS 3 JSON (one file per language).')
    .addOption(new Option('--to <format>', 'what to write').choices(['hsds']).makeOptionMandatory())
    .argument('<dataset>', 'dataset JSON file or URL')
    .requiredOption('-o, --output <folder>', 'folder for services.<language>.json, one per language of the texts')
    .addHelpText('after', EXIT_CODES)
    .action((dataset: string, options: { output: string }) => run(exportHsdsCommand(dataset, options, io)));

  program
    .command('split')
    .description('Write the sharded form: one dataset per country and an index, for large datasets.')
    .argument('<dataset>', 'dataset JSON file or URL')
    .addOption(new Option('--by <key>', 'how to split').choices(['country']).default('country'))
    .requiredOption('-o, --output <folder>', 'folder for index.json and the shard files')
    .addHelpText('after', EXIT_CODES)
    .action((dataset: string, options: { output: string }) => run(splitCommand(dataset, options, io)));

  program
    .command('preview')
    .description('Serve a page with the four elements over a dataset file, to see it before publishing.')
    .argument('<dataset>', 'dataset JSON file (read again on every reload of the page)')
    .option('--port <number>', 'port to listen on (0: any free port)', '8080')
    .option('--host <address>', 'address to listen on (127.0.0.1: this computer only)', '127.0.0.1')
    .option('--lang <tag>', "interface language the page opens in (default: the dataset's, else en)")
    .addHelpText('after', EXIT_CODES)
    .action((dataset: string, options: PreviewOptions) => run(previewCommand(dataset, options, io)));

  program
    .command('stats')
    .description('Count records per country, service and language, and what they lack.')
    .argument('<dataset>', 'dataset JSON file or URL')
    .option('--json', 'print the figures as JSON')
    .addHelpText('after', EXIT_CODES)
    .action((dataset: string, options: { json?: boolean }) => run(statsCommand(dataset, options, io)));

  return program;
}

/**
 * With --json, a missing file or a failed download still prints a JSON report, as the other
 * outcomes do, so that a machine reading stdout always gets one: `{ source, valid: false, error }`.
 */
async function jsonErrors(target: string, task: Promise<number>, io: Io): Promise<number> {
  try {
    return await task;
  } catch (error) {
    const code = error instanceof UsageError ? EXIT.usage : error instanceof InputError ? EXIT.invalid : undefined;
    if (code === undefined) throw error;
    const report = failedReport(target, (error as Error).message);
    io.stdout.write(JSON.stringify(report, null, 2) + '\n');
    return code;
  }
}
