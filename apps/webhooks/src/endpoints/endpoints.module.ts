import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EndpointSecrets } from './endpoint-secrets';
import { EndpointsQueryService } from './endpoints-query.service';
import { EndpointsHandlers } from './endpoints.handlers';
import { ManageEndpointService } from './manage-endpoint.service';
import { RegisterEndpointService } from './register-endpoint.service';
import { WebhookEndpointEntity } from './webhook-endpoint.entity';

@Module({
  imports: [TypeOrmModule.forFeature([WebhookEndpointEntity])],
  controllers: [EndpointsHandlers],
  providers: [EndpointSecrets, RegisterEndpointService, ManageEndpointService, EndpointsQueryService],
  exports: [EndpointSecrets],
})
export class EndpointsModule {}
