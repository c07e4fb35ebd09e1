import { Presets, SingleBar } from 'cli-progress';
import type { Io } from './output.js';

export interface Progress {
  update(value: number, total: number): void;
  stop(): void;
}

const silent: Progress = { update: () => {}, stop: () => {} };

/** A progress bar on stderr, only when stderr is a terminal: logs and pipes get no control characters. */
export function progressBar(io: Io, label: string): Progress {
  if (io.stderr.isTTY !== true) return silent;
  const bar = new SingleBar(
    {
      stream: io.stderr,
      format: `${label} [{bar}] {percentage}% | {eta_formatted} left`,
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 50,
    },
    Presets.shades_classic,
  );
  let started = false;
  return {
    update(value, total) {
      if (!started) {
        bar.start(total, 0);
        started = true;
      }
      bar.setTotal(total);
      bar.update(value);
    },
    stop() {
      if (started) bar.stop();
    },
  };
}

/**
 * A bar over the bytes read from files, `total` in all: one file, several read one after the
 * other, or one read more than once. `from(before)` is the callback of a read that starts once
 * `before` bytes of the whole are done.
 */
export function bytesBar(io: Io, label: string, total: number) {
  const bar = progressBar(io, label);
  return {
    from: (before: number) => (bytes: number) => bar.update(Math.min(before + bytes, total), total),
    stop: () => bar.stop(),
  };
}
