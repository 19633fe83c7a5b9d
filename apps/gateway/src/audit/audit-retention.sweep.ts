import { Injectable } from '@nestjs/common';
import { PeriodicJob } from '@hospital/platform';
import { AuditService } from './audit.service';

/** Often enough that nothing outlives its retention by much; a run deletes in bounded batches. */
export const AUDIT_SWEEP_EVERY_MS = 60 * 60_000;

/**
 * Deletes audit entries older than AUDIT_RETENTION_DAYS, hourly, in every gateway replica:
 * replicas sweeping together claim disjoint rows (SKIP LOCKED), so running twice deletes nothing twice.
 */
@Injectable()
export class AuditRetentionSweep extends PeriodicJob {
  constructor(private readonly audit: AuditService) {
    super(AUDIT_SWEEP_EVERY_MS, 'audit retention sweep');
  }

  protected runOnce(): Promise<number> {
    return this.audit.sweep();
  }
}
