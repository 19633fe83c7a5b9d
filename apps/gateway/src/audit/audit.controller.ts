import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuditPageDto, AuditQueryDto, ProblemDto, Role } from '@hospital/contracts';
import { ApiAuth } from '../identity/access/api-auth.decorators';
import { Audited } from './audited.decorator';
import { AuditService } from './audit.service';

/** The audit log, for administrators. Reading it is itself recorded (`audit.read`, with the filters). */
@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @ApiAuth(Role.Admin)
  @ApiOperation({
    summary: 'The audit log, newest first: changes made through the API and reads of personal data in full',
    description:
      'Filters combine with AND: `actorId`, `action` (exact, or a prefix ending in a dot such as `user.`), `targetType`, `targetId`, ' +
      'and the half-open range [`from`, `to`). Entries older than AUDIT_RETENTION_DAYS (180 by default) are deleted by the gateway.',
  })
  @ApiOkResponse({ type: AuditPageDto })
  @ApiBadRequestResponse({ type: ProblemDto, description: 'A bad filter, naming the field (VALIDATION_FAILED), or a cursor not returned by a previous page (INVALID_CURSOR)' })
  @Audited('audit.read', { target: { type: 'audit_log' }, details: (_, { request }) => ({ filters: withoutCursor(request.query) }) })
  list(@Query() query: AuditQueryDto): Promise<AuditPageDto> {
    return this.audit.list(query);
  }
}

function withoutCursor(query: unknown): Record<string, unknown> {
  const { cursor: _cursor, ...filters } = (query ?? {}) as Record<string, unknown>;
  return filters;
}
