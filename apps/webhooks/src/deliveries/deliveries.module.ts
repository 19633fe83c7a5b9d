import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EndpointsModule } from '../endpoints/endpoints.module';
import { DeliveriesQueryService } from './deliveries-query.service';
import { DeliveriesHandlers } from './deliveries.handlers';
import { DeliveryLogRetention } from './delivery-log-retention';
import { DeliverySender } from './delivery-sender';
import { EventFanOut } from './event-fan-out';
import { RedeliverService } from './redeliver.service';
import { TaskCreatorEntity } from './task-creator.entity';
import { WebhookDeliveryEntity } from './webhook-delivery.entity';
import { WebhookMetrics } from './webhook.metrics';

@Module({
  imports: [TypeOrmModule.forFeature([WebhookDeliveryEntity, TaskCreatorEntity]), EndpointsModule],
  controllers: [DeliveriesHandlers],
  providers: [EventFanOut, DeliverySender, DeliveryLogRetention, RedeliverService, DeliveriesQueryService, WebhookMetrics],
})
export class DeliveriesModule {}
