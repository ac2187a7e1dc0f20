/** Content addresses: the SHA-256 of an original's bytes, as lowercase hex. */
import { createHash } from 'node:crypto';

/** Returns the lowercase hex SHA-256 of the bytes. */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
