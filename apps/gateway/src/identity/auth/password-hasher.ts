import { Injectable, OnModuleInit } from '@nestjs/common';
import { hash, verify, type Algorithm, type Options } from '@node-rs/argon2';
import { randomBytes } from 'node:crypto';

// `Algorithm` is an ambient const enum, which isolated-module builds cannot inline; 2 is Argon2id.
const ARGON2ID = 2 as Algorithm;

/** OWASP's argon2id baseline (19 MiB, 2 passes, 1 lane): ~tens of ms per login, costly to brute-force. */
export const PASSWORD_HASH_OPTIONS: Options = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

@Injectable()
export class PasswordHasher implements OnModuleInit {
  private dummyHash?: Promise<string>;

  /** Compute the dummy hash at start-up, so the first login with an unknown name is not the fast one. */
  onModuleInit(): void {
    void this.dummy();
  }

  hash(password: string): Promise<string> {
    return hash(password, PASSWORD_HASH_OPTIONS);
  }

  /**
   * True only when `stored` is a hash of `password`. With no stored hash (unknown user) it still
   * runs a full argon2 verification against a dummy, so response time does not reveal which
   * usernames exist.
   */
  async verify(stored: string | null | undefined, password: string): Promise<boolean> {
    const target = stored ?? (await this.dummy());
    let matches: boolean;
    try {
      matches = await verify(target, password);
    } catch {
      // A corrupt stored hash must deny, not throw a 500 that tells the caller something.
      matches = false;
    }
    return matches && stored != null;
  }

  private dummy(): Promise<string> {
    this.dummyHash ??= this.hash(randomBytes(32).toString('base64url'));
    return this.dummyHash;
  }
}
