import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { GATEWAY_CONFIG, type GatewayConfig } from '../../config';

/** A lock-out in force: how long until login may be tried again. */
export interface LoginLock {
  retryAfterSeconds: number;
  /** Which count locked: the username's or the address's. */
  scope: 'username' | 'address';
}

const userKey = (username: string) => `user:${username}`;
const addressKey = (address: string) => `address:${address}`;

/**
 * Failed logins counted per username and per client address, in Postgres so every replica sees
 * the same counts. A username is counted and locked whether or not the account exists, so a
 * lock-out says nothing about which usernames are real. The address threshold is far higher:
 * a whole ward logs in from behind one address.
 */
@Injectable()
export class LoginProtection {
  private readonly log = new Logger(LoginProtection.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
  ) {}

  /** The lock in force for this username or address, if any. */
  async lockOf(username: string, address: string | null, now = new Date()): Promise<LoginLock | null> {
    const keys = [userKey(username), ...(address ? [addressKey(address)] : [])];
    const rows: { key: string; locked_until: Date }[] = await this.db.query(
      `SELECT key, locked_until FROM identity.login_failures WHERE key = ANY($1) AND locked_until > $2 ORDER BY locked_until DESC`,
      [keys, now],
    );
    if (!rows.length) return null;
    const until = rows[0].locked_until;
    return {
      retryAfterSeconds: Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000)),
      scope: rows[0].key.startsWith('user:') ? 'username' : 'address',
    };
  }

  /**
   * Count a failure for both keys in one statement each (concurrent failures on other replicas
   * add up, none is lost); the one that reaches its threshold locks and is logged.
   * Returns the lock this failure caused, if any.
   */
  async recordFailure(username: string, address: string | null, now = new Date()): Promise<LoginLock | null> {
    const { maxFailures, maxFailuresPerAddress, lockMs } = this.config.loginProtection;
    let caused: LoginLock | null = null;
    const counts: [string, number, LoginLock['scope']][] = [[userKey(username), maxFailures, 'username']];
    if (address) counts.push([addressKey(address), maxFailuresPerAddress, 'address']);
    for (const [key, threshold, scope] of counts) {
      const [row]: { failures: number; locked_now: boolean }[] = await this.db.query(
        `INSERT INTO identity.login_failures AS f (key, failures, first_failed_at, locked_until)
         VALUES ($1, 1, $2, CASE WHEN 1 >= $3 THEN $2::timestamptz + make_interval(secs => $4) END)
         ON CONFLICT (key) DO UPDATE SET
           -- a window that has run out (and its lock) is forgotten: counting starts again
           failures = CASE WHEN f.first_failed_at <= $2::timestamptz - make_interval(secs => $4) THEN 1 ELSE f.failures + 1 END,
           first_failed_at = CASE WHEN f.first_failed_at <= $2::timestamptz - make_interval(secs => $4) THEN $2 ELSE f.first_failed_at END,
           locked_until = CASE
             WHEN (CASE WHEN f.first_failed_at <= $2::timestamptz - make_interval(secs => $4) THEN 1 ELSE f.failures + 1 END) >= $3
               AND (f.locked_until IS NULL OR f.locked_until <= $2) THEN $2::timestamptz + make_interval(secs => $4)
             ELSE f.locked_until END
         RETURNING failures, (locked_until IS NOT NULL AND locked_until = $2::timestamptz + make_interval(secs => $4)) AS locked_now`,
        [key, now, threshold, lockMs / 1000],
      );
      if (row.locked_now && row.failures >= threshold) {
        this.log.warn(
          `login locked for ${lockMs / 60_000} min: ${row.failures} failed attempts for ${scope} ${scope === 'username' ? username : address}`,
        );
        caused ??= { retryAfterSeconds: Math.ceil(lockMs / 1000), scope };
      }
    }
    return caused;
  }

  /** A successful login clears its username's count; the address keeps counting others' failures. */
  async recordSuccess(username: string): Promise<void> {
    await this.db.query(`DELETE FROM identity.login_failures WHERE key = $1`, [userKey(username)]);
  }
}
