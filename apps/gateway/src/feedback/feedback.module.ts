import { Module } from '@nestjs/common';

/** HTTP face of the feedback service (feedback and staff evaluation): validates, authorises, forwards over NATS. */
@Module({
  controllers: [],
})
export class FeedbackHttpModule {}
