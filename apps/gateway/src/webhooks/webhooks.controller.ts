import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import {
  Actor,
  CreateWebhookEndpointDto,
  ListWebhookDeliveriesQueryDto,
  ListWebhookEndpointsQueryDto,
  ProblemDto,
  Role,
  UpdateWebhookEndpointDto,
  WebhookDeliveryDetailDto,
  WebhookDeliveryDto,
  WebhookDeliveryPageDto,
  WebhookDeliveryParamsDto,
  WebhookEndpointDto,
  WebhookEndpointIdDto,
  WebhookEndpointPageDto,
  WebhookEndpointWithSecretDto,
  WebhookPatterns,
} from '@hospital/contracts';
import { RpcClient } from '@hospital/platform';
import { Audited } from '../audit';
import { Idempotent } from '../http/idempotency';
import { ApiAuth, CurrentActor } from '../identity';

/** Hospital systems register their own endpoints (for their own jobs); admins see and manage all of them. */
const MANAGES_WEBHOOKS = [Role.Integration, Role.Admin] as const;

const INVALID = (what: string) => ({ type: ProblemDto, description: `${what} (code VALIDATION_FAILED, naming each field)` });
const ENDPOINT_NOT_FOUND = { type: ProblemDto, description: 'No such endpoint, or it is another system’s (code WEBHOOK_ENDPOINT_NOT_FOUND)' };
const URL_REFUSED =
  'The URL carries credentials, does not resolve, or points at a loopback, link-local, private or reserved address the operator has not allowed ' +
  '(code WEBHOOK_URL_NOT_ALLOWED, field url)';
const TYPE_REFUSED = 'A hospital system subscribing to incidents or complaints, which only an admin’s endpoint may receive (code WEBHOOK_EVENT_TYPE_NOT_ALLOWED, field eventTypes)';
const originOf = (url: string) => {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
};

/**
 * Signed webhooks (Standard Webhooks) for hospital systems: where the platform POSTs the events of
 * their jobs, so they need not poll. Guide: docs/webhooks.md.
 */
@ApiTags('webhooks')
@Controller('webhooks/endpoints')
export class WebhooksController {
  constructor(private readonly rpc: RpcClient) {}

  @Post()
  @ApiAuth(...MANAGES_WEBHOOKS)
  @ApiOperation({
    summary: 'Register an endpoint; its signing secret is in this answer only (and in a retry of it with the same Idempotency-Key)',
    description:
      'A hospital system’s endpoint receives the task events of the jobs the system raised; an admin’s, every job’s, and may also subscribe to ' +
      'incidents and complaints. Each delivery is a POST with `webhook-id` (the event id: dedupe on it), `webhook-timestamp` and `webhook-signature` ' +
      '(Standard Webhooks, HMAC-SHA256 with the secret); any 2xx acknowledges it, 410 Gone disables the endpoint, anything else is retried ' +
      '(5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h by default) and then kept as a dead letter.',
  })
  @ApiCreatedResponse({ type: WebhookEndpointWithSecretDto })
  @ApiBadRequestResponse(INVALID('Not an http(s) URL, no or unknown or repeated event types, a description over 200 characters'))
  @ApiUnprocessableEntityResponse({ type: ProblemDto, description: `${URL_REFUSED}; or ${TYPE_REFUSED}` })
  @Idempotent()
  @Audited('webhook_endpoint.create', {
    target: { type: 'webhook_endpoint', idFrom: (endpoint: WebhookEndpointDto) => endpoint.id },
    details: (endpoint: WebhookEndpointDto) => ({ origin: originOf(endpoint.url), eventTypes: endpoint.eventTypes, scope: endpoint.scope }),
  })
  create(@Body() dto: CreateWebhookEndpointDto, @CurrentActor() actor: Actor): Promise<WebhookEndpointWithSecretDto> {
    return this.rpc.send(WebhookPatterns.createEndpoint, actor, dto);
  }

  @Get()
  @ApiAuth(...MANAGES_WEBHOOKS)
  @ApiOperation({
    summary: 'List endpoints, newest first: a system its own, an admin every one; never a secret',
    description: 'Pages with `limit` and `cursor`. An endpoint the platform disabled (410 Gone) shows `enabled: false` and `disabledReason`.',
  })
  @ApiOkResponse({ type: WebhookEndpointPageDto })
  @ApiBadRequestResponse({ type: ProblemDto, description: 'A limit outside 1-100 (VALIDATION_FAILED) or a cursor not from a previous page (INVALID_CURSOR)' })
  list(@Query() query: ListWebhookEndpointsQueryDto, @CurrentActor() actor: Actor): Promise<WebhookEndpointPageDto> {
    return this.rpc.send(WebhookPatterns.listEndpoints, actor, query);
  }

  @Get(':id')
  @ApiAuth(...MANAGES_WEBHOOKS)
  @ApiOperation({
    summary: 'Get an endpoint (without its secret)',
    description: 'During a rotation’s grace period `previousSecretExpiresAt` says until when the old secret still signs.',
  })
  @ApiOkResponse({ type: WebhookEndpointDto })
  @ApiBadRequestResponse(INVALID('id is not a UUID'))
  @ApiNotFoundResponse(ENDPOINT_NOT_FOUND)
  get(@Param() { id }: WebhookEndpointIdDto, @CurrentActor() actor: Actor): Promise<WebhookEndpointDto> {
    return this.rpc.send(WebhookPatterns.getEndpoint, actor, { id });
  }

  @Patch(':id')
  @ApiAuth(...MANAGES_WEBHOOKS)
  @ApiOperation({
    summary: 'Change an endpoint: URL, event types, description; enabled false pauses it, true resumes it (also after a 410 Gone disabled it)',
    description:
      'Only the fields sent change; `eventTypes` replaces the list. A new URL is checked as at registration. While an endpoint is disabled ' +
      'no new events are queued for it; the ones already queued go out once it is enabled.',
  })
  @ApiOkResponse({ type: WebhookEndpointDto })
  @ApiBadRequestResponse(INVALID('id is not a UUID, or a field as at registration'))
  @ApiNotFoundResponse(ENDPOINT_NOT_FOUND)
  @ApiUnprocessableEntityResponse({ type: ProblemDto, description: `${URL_REFUSED}; or ${TYPE_REFUSED}` })
  @Audited('webhook_endpoint.update', {
    target: { type: 'webhook_endpoint', idParam: 'id' },
    details: (endpoint: WebhookEndpointDto, { request }) => ({ fields: Object.keys(request.body ?? {}).sort(), origin: originOf(endpoint.url), enabled: endpoint.enabled }),
  })
  update(@Param() { id }: WebhookEndpointIdDto, @Body() changes: UpdateWebhookEndpointDto, @CurrentActor() actor: Actor): Promise<WebhookEndpointDto> {
    return this.rpc.send(WebhookPatterns.updateEndpoint, actor, { id, changes });
  }

  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiAuth(...MANAGES_WEBHOOKS)
  @ApiOperation({
    summary: 'Delete an endpoint, its waiting deliveries and its delivery log',
    description: 'Nothing more is sent to it. To stop for a while instead, PATCH `enabled: false`.',
  })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiBadRequestResponse(INVALID('id is not a UUID'))
  @ApiNotFoundResponse(ENDPOINT_NOT_FOUND)
  @Audited('webhook_endpoint.delete', { target: { type: 'webhook_endpoint', idParam: 'id' } })
  async remove(@Param() { id }: WebhookEndpointIdDto, @CurrentActor() actor: Actor): Promise<void> {
    await this.rpc.send(WebhookPatterns.deleteEndpoint, actor, { id });
  }

  @Post(':id/rotate-secret')
  @HttpCode(HttpStatus.OK)
  @ApiAuth(...MANAGES_WEBHOOKS)
  @ApiOperation({
    summary: 'A new signing secret, shown in this answer only; the old one keeps signing beside it for the grace period (24 h by default)',
    description:
      'Until `previousSecretExpiresAt`, `webhook-signature` carries two signatures, the new secret’s and the old one’s: switch the receiver to the ' +
      'new secret at any time inside it. Takes no Idempotency-Key: a lost answer is repaired by rotating again.',
  })
  @ApiOkResponse({ type: WebhookEndpointWithSecretDto })
  @ApiBadRequestResponse(INVALID('id is not a UUID'))
  @ApiNotFoundResponse(ENDPOINT_NOT_FOUND)
  @Audited('webhook_endpoint.rotate_secret', { target: { type: 'webhook_endpoint', idParam: 'id' } })
  rotateSecret(@Param() { id }: WebhookEndpointIdDto, @CurrentActor() actor: Actor): Promise<WebhookEndpointWithSecretDto> {
    return this.rpc.send(WebhookPatterns.rotateSecret, actor, { id });
  }

  @Get(':id/deliveries')
  @ApiAuth(...MANAGES_WEBHOOKS)
  @ApiOperation({
    summary: 'The endpoint’s delivery log, newest first: each event’s status, attempts, last answer, next attempt; status=DEAD lists the dead letters',
    description:
      'One line per event for this endpoint: PENDING (not attempted yet), SUCCEEDED, FAILED (the next attempt is at `nextAttemptAt`), DEAD ' +
      '(the retry schedule ran out, or the receiver answered 410). Finished lines are kept WEBHOOKS_LOG_RETENTION_DAYS (30) days.',
  })
  @ApiOkResponse({ type: WebhookDeliveryPageDto })
  @ApiBadRequestResponse(INVALID('id is not a UUID, an unknown status or event type, a limit outside 1-100; or a cursor not from a previous page (INVALID_CURSOR)'))
  @ApiNotFoundResponse(ENDPOINT_NOT_FOUND)
  deliveries(@Param() { id }: WebhookEndpointIdDto, @Query() query: ListWebhookDeliveriesQueryDto, @CurrentActor() actor: Actor): Promise<WebhookDeliveryPageDto> {
    return this.rpc.send(WebhookPatterns.listDeliveries, actor, { id, ...query });
  }

  @Get(':id/deliveries/:deliveryId')
  @ApiAuth(...MANAGES_WEBHOOKS)
  @ApiOperation({
    summary: 'One delivery with every attempt made of it, oldest first: when, how long, the answer or the error, and what each led to',
    description:
      'The line of the log plus `attempts`: one per POST the platform made, numbered from 1 over the delivery’s whole life, so a redelivery ' +
      'keeps the attempts before it and numbers on (the delivery’s own `attempt` starts again at 0). `outcome` is SUCCEEDED, RETRY (another ' +
      'attempt was scheduled), DEAD (the last of the schedule) or GONE (410: the endpoint was disabled). Kept as long as the delivery is.',
  })
  @ApiOkResponse({ type: WebhookDeliveryDetailDto })
  @ApiBadRequestResponse(INVALID('id or deliveryId is not a UUID'))
  @ApiNotFoundResponse({ type: ProblemDto, description: 'No such endpoint for the caller (WEBHOOK_ENDPOINT_NOT_FOUND), or no such delivery of it (WEBHOOK_DELIVERY_NOT_FOUND)' })
  delivery(@Param() params: WebhookDeliveryParamsDto, @CurrentActor() actor: Actor): Promise<WebhookDeliveryDetailDto> {
    return this.rpc.send(WebhookPatterns.getDelivery, actor, params);
  }

  @Post(':id/deliveries/:deliveryId/redeliver')
  @HttpCode(HttpStatus.OK)
  @ApiAuth(...MANAGES_WEBHOOKS)
  @ApiOperation({
    summary: 'Send a delivery again (a dead letter, usually): back to PENDING with a fresh retry schedule, the same webhook-id',
    description: 'The sender takes it within a second. The receiver dedupes on webhook-id, so redelivering one it had already applied is harmless.',
  })
  @ApiOkResponse({ type: WebhookDeliveryDto })
  @ApiBadRequestResponse(INVALID('id or deliveryId is not a UUID'))
  @ApiNotFoundResponse({ type: ProblemDto, description: 'No such endpoint for the caller (WEBHOOK_ENDPOINT_NOT_FOUND), or no such delivery of it (WEBHOOK_DELIVERY_NOT_FOUND)' })
  @ApiConflictResponse({ type: ProblemDto, description: 'The endpoint is disabled: enable it first (WEBHOOK_ENDPOINT_DISABLED); or an attempt is under way right now (CONFLICT)' })
  @Audited('webhook_delivery.redeliver', { target: { type: 'webhook_delivery', idParam: 'deliveryId' } })
  redeliver(@Param() params: WebhookDeliveryParamsDto, @CurrentActor() actor: Actor): Promise<WebhookDeliveryDto> {
    return this.rpc.send(WebhookPatterns.redeliver, actor, params);
  }
}
