import { Global, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditEntryEntity } from './audit-entry.entity';
import { AuditRetentionSweep } from './audit-retention.sweep';
import { AuditController } from './audit.controller';
import { AuditInterceptor } from './audit.interceptor';
import { AuditService } from './audit.service';

/**
 * The audit log. Global, so IdentityModule and the HTTP modules inject AuditService without
 * importing it; installs AuditInterceptor globally, which records the `@Audited(...)` routes.
 * Expects the app to provide `GATEWAY_CONFIG` globally and the `identity` DataSource.
 */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([AuditEntryEntity])],
  controllers: [AuditController],
  providers: [AuditService, AuditRetentionSweep, AuditInterceptor, { provide: APP_INTERCEPTOR, useExisting: AuditInterceptor }],
  exports: [AuditService],
})
export class AuditModule {}
