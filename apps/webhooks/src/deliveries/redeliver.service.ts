import { Injectable, Logger } from '@nestjs/common';
import { Actor, ErrorCode, WebhookDeliveryDto, WebhookDeliveryParamsDto, WebhookDeliveryStatus } from '@hospital/contracts';
import { DomainError, UnitOfWork } from '@hospital/platform';
import { endpointFor } from '../endpoints/endpoint-access';
import { toDeliveryDto } from './delivery.mapper';
import { WebhookDeliveryEntity } from './webhook-delivery.entity';

/** Sending a delivery again, whatever became of it (a dead letter, usually): the same event id, so a receiver that had it drops it. */
@Injectable()
export class RedeliverService {
  private readonly log = new Logger(RedeliverService.name);

  constructor(private readonly uow: UnitOfWork) {}

  /** Back to PENDING with a fresh retry schedule; the sender takes it at its next tick. */
  redeliver({ id, deliveryId }: WebhookDeliveryParamsDto, actor: Actor): Promise<WebhookDeliveryDto> {
    return this.uow.run(async ({ manager }) => {
      const endpoint = await endpointFor(manager, id, actor);
      const delivery = await manager.findOne(WebhookDeliveryEntity, { where: { id: deliveryId, endpointId: id }, lock: { mode: 'pessimistic_write' } });
      if (!delivery) throw DomainError.notFound(ErrorCode.WebhookDeliveryNotFound, 'Webhook delivery', deliveryId);
      if (!endpoint.enabled) {
        throw new DomainError(ErrorCode.WebhookEndpointDisabled, `endpoint ${id} is disabled (${endpoint.disabledReason ?? 'paused'}): enable it first (PATCH enabled: true)`);
      }
      const now = new Date();
      if (delivery.lockedUntil && delivery.lockedUntil > now) {
        throw new DomainError(ErrorCode.Conflict, `delivery ${deliveryId} is being attempted right now; ask again once it has an outcome`);
      }
      // "attempts" starts over because the fresh retry schedule is indexed by it; the attempts made
      // so far stay in "delivery_attempts", and the sender numbers the next ones on from them.
      Object.assign(delivery, {
        status: WebhookDeliveryStatus.Pending,
        attempts: 0,
        nextAttemptAt: now,
        lockedUntil: null,
        responseStatus: null,
        durationMs: null,
        lastError: null,
        updatedAt: now,
      });
      const saved = await manager.save(delivery);
      this.log.log(`webhook delivery ${deliveryId} (event ${delivery.eventId}) to endpoint ${id} redelivered by ${actor.id}`);
      return toDeliveryDto(saved);
    });
  }
}
