// Runs the mrc-kit command in a child process, as a user or a CI would, from the sources.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const entry = fileURLToPath(new URL('./run-from-source.ts', import.meta.url));
export const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function mrcKit(...args: string[]): Run {
  return mrcKitWith({ NO_COLOR: '1' }, ...args);
}

/** Runs it with these environment variables (FORCE_COLOR and NO_COLOR of the test run left out). */
export function mrcKitWith(env: Record<string, string>, ...args: string[]): Run {
  const { NO_COLOR: _no, FORCE_COLOR: _force, ...inherited } = process.env;
  const run = spawnSync(process.execPath, ['--conditions=mrc-source', '--import', 'tsx', entry, ...args], {
    encoding: 'utf8',
    env: { ...inherited, ...env },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** The command as a child process of its own, to signal or to watch as it runs. */
export function spawnMrcKit(env: Record<string, string>, ...args: string[]): ChildProcess {
  return spawn(process.execPath, ['--conditions=mrc-source', '--import', 'tsx', entry, ...args], {
    env: { ...process.env, NO_COLOR: '1', ...env },
    stdio: 'ignore',
  });
}

/** The same, without blocking: for tests whose own HTTP server must answer the command. */
export function mrcKitAsync(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--conditions=mrc-source', '--import', 'tsx', entry, ...args], {
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** A folder of its own for a test's files, deleted when the test run ends. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mrc-cli-test-'));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
