import { readFile, stat } from 'node:fs/promises';
import { InputError, UsageError } from './output.js';

export const isUrl = (target: string): boolean => /^https?:\/\//i.test(target);

/** Text files from spreadsheet programs often start with a byte-order mark; JSON parsers refuse it. */
export const stripBom = (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

/** The text of a file or an http(s) URL. A missing file is a usage mistake; a failed download is bad input. */
export async function readText(target: string): Promise<string> {
  if (isUrl(target)) {
    let response: Response;
    try {
      response = await fetch(target, { headers: { accept: 'application/json' } });
    } catch (error) {
      throw new InputError(`${target} could not be fetched: ${(error as Error).message}`);
    }
    if (!response.ok) throw new InputError(`${target} answered ${response.status} ${response.statusText}`.trim());
    return stripBom(await response.text());
  }
  await requireFile(target);
  return stripBom(await readFile(target, 'utf8'));
}

/** Fails with a usage error unless `path` is a file. */
export async function requireFile(path: string): Promise<void> {
  const info = await stat(path).catch(() => undefined);
  if (!info) throw new UsageError(`${path}: no such file`);
  if (!info.isFile()) throw new UsageError(`${path} is not a file`);
}

/** True for a folder, false for a file; a usage error when neither exists. */
export async function isFolder(path: string): Promise<boolean> {
  const info = await stat(path).catch(() => undefined);
  if (!info) throw new UsageError(`${path}: no such file or folder`);
  return info.isDirectory();
}
