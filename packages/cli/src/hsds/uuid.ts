import { createHash } from 'node:crypto';

// The namespace of mrc-kit's HSDS ids (a random UUID, fixed once): the same record always gets the same id.
const NAMESPACE = Buffer.from('6f1c2a8e5b7d4c3fa1e09d8b7c6a5f40', 'hex');

/** A name-based UUID (RFC 9562 version 5): HSDS asks for UUIDs, and exports must be repeatable. */
export function uuidFor(...parts: readonly (string | number)[]): string {
  const hash = createHash('sha1').update(NAMESPACE).update(parts.join('\u0000')).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
