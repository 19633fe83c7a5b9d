import { randomInt } from 'node:crypto';

/** No 0/O, 1/l/I: the password is read out or written on paper for the person it is for. */
const ALPHABET = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/**
 * A one-time password for a new account or a reset: four groups of four (about 93 bits), easy to
 * type from a note, only good for the one login that changes it.
 */
export function temporaryPassword(): string {
  const groups: string[] = [];
  for (let g = 0; g < 4; g++) {
    let group = '';
    for (let i = 0; i < 4; i++) group += ALPHABET[randomInt(ALPHABET.length)];
    groups.push(group);
  }
  return groups.join('-');
}
