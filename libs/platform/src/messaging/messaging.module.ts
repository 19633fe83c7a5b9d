import { DynamicModule, Global, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { EventConsumers } from './event-consumers';
import { MessagingConnection } from './messaging-connection';
import { MessagingMetrics } from './messaging.metrics';
import { MESSAGING_OPTIONS, MessagingOptions } from './messaging.options';
import { OutboxRelay } from './outbox-relay';
import { UnitOfWork } from './unit-of-work';

/** Reliable events for a service: UnitOfWork (transaction + outbox + idempotency), relay, consumers. */
@Global()
@Module({})
export class MessagingModule {
  static forService(options: MessagingOptions): DynamicModule {
    return {
      module: MessagingModule,
      imports: [DiscoveryModule],
      providers: [
        { provide: MESSAGING_OPTIONS, useValue: options },
        MessagingConnection,
        MessagingMetrics,
        OutboxRelay,
        EventConsumers,
        UnitOfWork,
      ],
      exports: [UnitOfWork, MessagingConnection],
    };
  }
}
