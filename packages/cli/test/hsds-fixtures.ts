// Shared by the tests of the HSDS import and export commands (hsds*.test.ts).
import { fileURLToPath } from 'node:url';
import { tempDir } from './support/cli.js';

// Open Referral's own examples, shared by the SDK's tests (test/fixtures/hsds/README.md).
export const hsdsDir = fileURLToPath(new URL('../../../test/fixtures/hsds/', import.meta.url));
export const dir = tempDir();

/** `convert --from hsds` of the fixtures, which are in Britain and date from before today. */
export const importArgs = (input: string, out: string, ...more: string[]) => [
  'convert',
  '--from',
  'hsds',
  input,
  '-o',
  out,
  '--country',
  'GB',
  '--today',
  '2026-11-27',
  ...more,
];
