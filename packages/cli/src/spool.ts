import { createReadStream, createWriteStream, rmSync, type WriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { finished } from 'node:stream/promises';

const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM'];

/** Texts of JSON values, which {@link writeJson} writes as they are rather than stringifying them. */
export class JsonTexts implements AsyncIterable<string> {
  constructor(private readonly texts: () => AsyncIterable<string>) {}

  [Symbol.asyncIterator](): AsyncIterator<string> {
    return this.texts()[Symbol.asyncIterator]();
  }
}

/**
 * Records kept in a temporary file, one JSON text a line, while a large input is read: they are
 * written into the dataset at the end, once what comes before them in it (the publisher, the
 * terms) is known, and are never all in memory at once. JSON text holds no raw line break, so a
 * line is a record.
 */
export class Spool {
  private readonly out: WriteStream;
  private readonly file: string;
  /** Rejects when the file cannot be written (a full disk): a write waiting for room then fails. */
  private readonly failed: Promise<never>;
  count = 0;

  private constructor(private readonly dir: string) {
    this.file = join(dir, 'records.jsonl');
    this.out = createWriteStream(this.file, { encoding: 'utf8' });
    this.failed = new Promise<never>((_, reject) => this.out.once('error', reject));
    this.failed.catch(() => {});
    // Stopped with Ctrl-C or by its parent, the command deletes the file all the same, then ends
    // as the signal would have ended it.
    for (const signal of SIGNALS) process.once(signal, this.onSignal);
    process.once('exit', this.onExit);
  }

  private readonly onExit = () => rmSync(this.dir, { recursive: true, force: true });

  private readonly onSignal = (signal: NodeJS.Signals) => {
    this.forget();
    this.onExit();
    process.kill(process.pid, signal);
  };

  private forget(): void {
    for (const signal of SIGNALS) process.removeListener(signal, this.onSignal);
    process.removeListener('exit', this.onExit);
  }

  static async open(): Promise<Spool> {
    return new Spool(await mkdtemp(join(tmpdir(), 'mrc-kit-')));
  }

  async write(records: readonly unknown[]): Promise<void> {
    if (records.length === 0) return;
    this.count += records.length;
    const text = records.map((r) => JSON.stringify(r)).join('\n') + '\n';
    if (!this.out.write(text)) {
      await Promise.race([new Promise<void>((resolve) => this.out.once('drain', resolve)), this.failed]);
    }
  }

  /** The records written, in order; writing ends. */
  async texts(): Promise<JsonTexts> {
    this.out.end();
    await Promise.race([finished(this.out), this.failed]);
    const file = this.file;
    return new JsonTexts(() =>
      createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity }),
    );
  }

  /** Deletes the temporary file, whatever happened. */
  async remove(): Promise<void> {
    this.forget();
    this.out.destroy();
    await rm(this.dir, { recursive: true, force: true });
  }
}
