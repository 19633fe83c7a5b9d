import { createHmac, randomInt, timingSafeEqual } from 'node:crypto';

/**
 * ID numbers are never stored in clear (docs/domain.md §4.11): only a keyed hash, to check a
 * claimant's ID against, and the last four characters, for a clerk to read out. HMAC rather than a
 * plain hash: without the key, 18-digit ID numbers are few enough to be found by trying them all.
 */
export class KeyedHash {
  constructor(private readonly key: string) {}

  /** Hex HMAC-SHA256 of the normalised value (trimmed, upper case: an ID's final X may be typed either way). */
  of(value: string): string {
    return createHmac('sha256', this.key).update(normalise(value)).digest('hex');
  }

  /** Constant-time comparison, so response times say nothing about how close a guess was. */
  matches(value: string, hash: string): boolean {
    const candidate = Buffer.from(this.of(value), 'hex');
    const stored = Buffer.from(hash, 'hex');
    return candidate.length === stored.length && timingSafeEqual(candidate, stored);
  }
}

function normalise(value: string): string {
  return value.trim().toUpperCase();
}

/** The last four characters, the part of an ID number shown to clerks. */
export function lastFour(value: string): string {
  return normalise(value).slice(-4);
}

/** Digits and letters that cannot be mistaken for one another when read aloud or handwritten. */
const CODE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/**
 * A pickup code: 8 characters from a 32-letter alphabet (40 bits, crypto-random). With five
 * wrong tries before a deposit locks and a rate-limited public look-up, guessing one is hopeless.
 */
export function newPickupCode(length = 8): string {
  let code = '';
  for (let i = 0; i < length; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

export const KEYED_HASH = Symbol('KEYED_HASH');
