import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Failed logins counted per username and per client address. In Postgres, not in memory, so a
 * lock-out holds on every gateway replica and across restarts.
 */
@Entity({ name: 'login_failures' })
export class LoginFailureEntity {
  /** `user:<username>` or `address:<ip>`. */
  @PrimaryColumn({ type: 'text' })
  key: string;

  @Column({ type: 'integer' })
  failures: number;

  /** Failures older than the lock period are forgotten: the count starts again. */
  @Column({ name: 'first_failed_at', type: 'timestamptz' })
  firstFailedAt: Date;

  @Column({ name: 'locked_until', type: 'timestamptz', nullable: true })
  lockedUntil: Date | null;
}
