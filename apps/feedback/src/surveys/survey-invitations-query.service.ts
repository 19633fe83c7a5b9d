import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ListInvitationsQueryDto, SurveyInvitationDto } from '@hospital/contracts';
import { Repository } from 'typeorm';
import { SurveyInvitationEntity } from './survey-invitation.entity';
import { toInvitationDto } from './survey.mapper';

@Injectable()
export class SurveyInvitationsQueryService {
  constructor(@InjectRepository(SurveyInvitationEntity) private readonly invitations: Repository<SurveyInvitationEntity>) {}

  /** The invitation of a job, with its token while it can still be answered (automatic ones only keep it). */
  async forTask({ taskId }: ListInvitationsQueryDto): Promise<SurveyInvitationDto[]> {
    const rows = await this.invitations.findBy({ taskId });
    return rows.map((i) => toInvitationDto(i, i.plainToken));
  }
}
