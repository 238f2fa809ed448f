import { createHash } from 'node:crypto';

/** This project's namespace for name-based UUIDs (generated once at random; never change it, or every id changes). */
const NAMESPACE = '2dc260e5-87f2-4b3d-86d8-3580c445a253';

/**
 * A name-based UUID (version 5, RFC 9562): HSDS wants UUIDs, and a build must give the same record the same id every
 * time, so ids are derived from the record's stable name (document id, offer id) rather than drawn at random.
 */
export function uuidFor(name: string): string {
  const hash = createHash('sha1')
    .update(Buffer.from(NAMESPACE.replace(/-/g, ''), 'hex'))
    .update(name, 'utf8')
    .digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
