import { Injectable } from '@nestjs/common';
import { Actor, CreateInvitationRequestDto, DEFAULT_INVITATION_DAYS, ErrorCode, FeedbackChannel, SurveyInvitationDto } from '@hospital/contracts';
import { DomainError, IdempotentRequest, UnitOfWork } from '@hospital/platform';
import { EntityManager } from 'typeorm';
import { StaffDirectoryEntry } from '../staff-directory/staff-directory.entity';
import { SocialSupervisorEntity } from '../supervisors/social-supervisor.entity';
import { SurveyInvitationEntity } from './survey-invitation.entity';
import { SurveyTemplateEntity } from './survey-template.entity';
import { hashSurveyToken, newSurveyToken } from './survey-tokens';
import { toInvitationDto } from './survey.mapper';

const DAY_MS = 86_400_000;

export interface NewInvitation {
  surveyId: string;
  channel: FeedbackChannel;
  staffId: string | null;
  department: string | null;
  taskId: string | null;
  supervisorId: string | null;
  expiresInDays: number;
  createdBy: string;
  /** Keep the plain token, so staff can read it out later (automatic invitations only). */
  keepPlainToken: boolean;
}

/** Writes one invitation in the caller's transaction; returns it with its plain token (shown once). */
export async function insertInvitation(manager: EntityManager, fields: NewInvitation): Promise<{ invitation: SurveyInvitationEntity; token: string }> {
  const token = newSurveyToken();
  const { keepPlainToken, expiresInDays, ...rest } = fields;
  const invitation = await manager.save(
    manager.create(SurveyInvitationEntity, {
      ...rest,
      tokenHash: hashSurveyToken(token),
      plainToken: keepPlainToken ? token : null,
      expiresAt: new Date(Date.now() + expiresInDays * DAY_MS),
      usedAt: null,
    }),
  );
  return { invitation, token };
}

/** Invitations staff issue (docs/domain.md §5.7): about a department, staff member, job or social supervisor, each token answering once. */
@Injectable()
export class SurveyInvitationsService {
  constructor(private readonly uow: UnitOfWork) {}

  async invite(req: CreateInvitationRequestDto, actor: Actor, idempotency: IdempotentRequest | null = null): Promise<SurveyInvitationDto> {
    const about = req.about ?? {};
    if ((req.channel === FeedbackChannel.Supervisor) !== Boolean(about.supervisorId)) {
      throw DomainError.validation([{ field: 'about.supervisorId', message: 'about.supervisorId is required with channel SUPERVISOR, and only with it' }]);
    }
    return this.uow.run(async ({ manager }) => {
      if (!(await manager.existsBy(SurveyTemplateEntity, { id: req.id }))) throw DomainError.notFound(ErrorCode.SurveyNotFound, 'Survey', req.id);
      if (about.staffId && !(await manager.existsBy(StaffDirectoryEntry, { id: about.staffId }))) {
        throw new DomainError(ErrorCode.StaffNotFound, `staff ${about.staffId} does not exist`, {
          errors: [{ field: 'about.staffId', message: 'no staff member has this id' }],
        });
      }
      if (about.supervisorId) await this.requireActiveSupervisor(manager, about.supervisorId);
      if (about.taskId && (await manager.existsBy(SurveyInvitationEntity, { taskId: about.taskId }))) {
        throw new DomainError(ErrorCode.TaskAlreadyInvited, `job ${about.taskId} already has a survey invitation`, {
          errors: [{ field: 'about.taskId', message: 'this job already has an invitation' }],
        });
      }
      const { invitation, token } = await insertInvitation(manager, {
        surveyId: req.id,
        channel: req.channel,
        staffId: about.staffId ?? null,
        department: about.department ?? null,
        taskId: about.taskId ?? null,
        supervisorId: about.supervisorId ?? null,
        expiresInDays: req.expiresInDays ?? DEFAULT_INVITATION_DAYS,
        createdBy: actor.id,
        keepPlainToken: false,
      });
      return toInvitationDto(invitation, token);
    }, { idempotency });
  }

  private async requireActiveSupervisor(manager: EntityManager, id: string): Promise<void> {
    const supervisor = await manager.findOneBy(SocialSupervisorEntity, { id });
    if (!supervisor) {
      throw new DomainError(ErrorCode.SupervisorNotFound, `social supervisor ${id} does not exist`, {
        errors: [{ field: 'about.supervisorId', message: 'no social supervisor has this id' }],
      });
    }
    if (!supervisor.active) {
      throw new DomainError(ErrorCode.BusinessRule, `social supervisor ${id} no longer serves`, {
        errors: [{ field: 'about.supervisorId', message: 'this social supervisor is inactive' }],
      });
    }
  }
}
