import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SocialSupervisorEntity } from './social-supervisor.entity';
import { SupervisorRegistryService } from './supervisor-registry.service';
import { SupervisorsHandlers } from './supervisors.handlers';
import { SupervisorsQueryService } from './supervisors-query.service';

/** Social supervisors (社会监督员): the registry; their ratings are survey responses (channel SUPERVISOR). */
@Module({
  imports: [TypeOrmModule.forFeature([SocialSupervisorEntity])],
  controllers: [SupervisorsHandlers],
  providers: [SupervisorRegistryService, SupervisorsQueryService],
})
export class SupervisorsModule {}
