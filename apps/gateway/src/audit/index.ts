// Public surface of the audit log: the module, the service other code records with, the route decorator.
export { AuditModule } from './audit.module';
export { AuditService, auditOriginOf, SYSTEM_ORIGIN, type AuditEntry, type AuditOrigin } from './audit.service';
export { Audited, type AuditedOptions } from './audited.decorator';
export {
  personalRead,
  personalPageRead,
  depositorInFull,
  borrowerInFull,
  complainantInFull,
  followUpPatientInFull,
  staffPhoneInFull,
  taskPatientInFull,
  workerQueueRead,
} from './personal-data-reads';
