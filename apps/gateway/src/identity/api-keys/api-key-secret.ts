import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Key format `hsp_<8 hex>_<43 base64url>`: the prefix is public (shown in lists, used to find the
 * row), the rest is 32 random bytes. A recognisable prefix lets secret scanners spot leaked keys.
 */
export const API_KEY_PATTERN = /^(hsp_[0-9a-f]{8})_[A-Za-z0-9_-]{43}$/;

export interface GeneratedApiKey {
  key: string;
  prefix: string;
  secretHash: string;
}

export function generateApiKey(): GeneratedApiKey {
  const prefix = `hsp_${randomBytes(4).toString('hex')}`;
  const key = `${prefix}_${randomBytes(32).toString('base64url')}`;
  return { key, prefix, secretHash: hashApiKey(key) };
}

/** The prefix of a well-formed key, or null: malformed input never reaches the database. */
export function apiKeyPrefix(key: string): string | null {
  return API_KEY_PATTERN.exec(key)?.[1] ?? null;
}

/** SHA-256 is enough here: with 256 random bits there is nothing to brute-force, and it is fast on every request. */
export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** Constant-time comparison so response time says nothing about how much of a guess matched. */
export function apiKeyMatches(key: string, storedHash: string): boolean {
  const actual = Buffer.from(hashApiKey(key), 'hex');
  const expected = Buffer.from(storedHash, 'hex');
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
