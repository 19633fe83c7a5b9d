import { Inject, Injectable } from '@nestjs/common';
import { dictionary } from '@zxcvbn-ts/language-common';
import { GATEWAY_CONFIG, type GatewayConfig } from '../../config';

/**
 * The ~49 000 most used passwords of the zxcvbn-ts project's common list, lower-cased once: a
 * password there is the first thing any guessing attack tries, whatever its length.
 */
const COMMON_PASSWORDS: ReadonlySet<string> = new Set(dictionary['passwords-common'].map((p) => p.toLowerCase()));

/** What people may choose as a password (NIST SP 800-63B: length and a blocklist, no composition rules). */
@Injectable()
export class PasswordPolicy {
  constructor(@Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig) {}

  /** Why `password` is refused for `username`, or null when it is acceptable. */
  problemWith(password: string, username: string): string | null {
    const { minLength } = this.config.passwords;
    if ([...password].length < minLength) return `must be at least ${minLength} characters`;
    const lower = password.toLowerCase();
    const name = username.toLowerCase();
    if (lower.includes(name) || (name.includes('@') && lower.includes(name.split('@')[0]))) return 'must not contain the username';
    if (COMMON_PASSWORDS.has(lower) || COMMON_PASSWORDS.has(lower.replace(/[0-9!@#$%^&*.]+$/, ''))) {
      return 'is among the commonly used passwords: choose another';
    }
    return null;
  }
}
