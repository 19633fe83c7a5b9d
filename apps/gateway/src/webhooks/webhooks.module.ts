import { Module } from '@nestjs/common';
import { WebhooksController } from './webhooks.controller';

/** HTTP face of the webhooks service: validates, authorises, forwards over NATS. */
@Module({ controllers: [WebhooksController] })
export class WebhooksHttpModule {}
