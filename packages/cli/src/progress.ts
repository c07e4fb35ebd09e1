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
