import { CallHandler, ExecutionContext, Injectable, Logger, NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { concatMap, Observable } from 'rxjs';
import { actorOf, ANONYMOUS_ACTOR } from '../identity/access/gateway-actor';
import { sanitizeDetails } from './audit-details';
import { AUDITED, AuditedRoute } from './audited.decorator';
import { AuditEntry, auditOriginOf, AuditService } from './audit.service';

/** Reads only disclose; anything else may have changed something a service already committed. */
const READS = new Set(['GET', 'HEAD']);

/**
 * Global (AuditModule installs it): writes the entry of an `@Audited(...)` route once its handler
 * has answered, before the answer is sent. An error from the handler (4xx, 5xx) passes through
 * with nothing recorded. If the entry cannot be written, a read fails with 500 (personal data is
 * not shown unrecorded); a change is answered anyway, since the service has made it, and the
 * failure is logged with the entry so it can be reconstructed.
 */
@Injectable()
export class AuditInterceptor implements NestInterceptor {
  private readonly log = new Logger(AuditInterceptor.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly audit: AuditService,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const route = this.reflector.get<AuditedRoute | undefined>(AUDITED, context.getHandler());
    if (!route || context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<Request>();
    return next.handle().pipe(
      concatMap(async (response: unknown) => {
        await this.recordFor(route, request, response);
        return response;
      }),
    );
  }

  private async recordFor({ action, options }: AuditedRoute, request: Request, response: unknown): Promise<void> {
    let entry: AuditEntry | null = null;
    try {
      const actor = actorOf(request) ?? ANONYMOUS_ACTOR;
      if (options.when && !options.when(actor, response)) return;
      const { type, idParam, idFrom } = options.target;
      const rawId = idParam !== undefined ? request.params[idParam] : idFrom ? idFrom(response) : null;
      entry = {
        action,
        targetType: type,
        targetId: rawId === undefined || rawId === null ? null : String(rawId),
        details: options.details?.(response, { actor, request }),
      };
      await this.audit.record(entry, auditOriginOf(request));
    } catch (error) {
      const logged = entry ? { ...entry, details: sanitizeDetails(entry.details) } : { action };
      this.log.error({ err: error, entry: logged, origin: auditOriginOf(request) }, `audit entry ${action} could not be written`);
      if (READS.has(request.method)) throw error;
    }
  }
}
