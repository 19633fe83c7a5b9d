import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SocialSupervisorEntity } from './social-supervisor.entity';
import { SupervisorSeedService } from './supervisor-seed.service';
import { SupervisorsHandlers } from './supervisors.handlers';
import { SupervisorsService } from './supervisors.service';

/** Social supervisors (社会监督员): the registry and its demo seed; their ratings are survey responses (channel SUPERVISOR). */
@Module({
  imports: [TypeOrmModule.forFeature([SocialSupervisorEntity])],
  controllers: [SupervisorsHandlers],
  providers: [SupervisorsService, SupervisorSeedService],
})
export class SupervisorsModule {}
