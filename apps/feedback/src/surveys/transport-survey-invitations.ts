import { Injectable, Logger } from '@nestjs/common';
import { DEFAULT_INVITATION_DAYS, DispatchEvents, FeedbackChannel, TaskStepEvent, TaskType } from '@hospital/contracts';
import { OnEvent } from '@hospital/platform';
import { EntityManager } from 'typeorm';
import { PATIENT_TRANSPORT_PURPOSE } from './survey-purposes';
import { SurveyInvitationEntity } from './survey-invitation.entity';
import { SurveyTemplateEntity } from './survey-template.entity';
import { insertInvitation } from './survey-invitations.service';

/**
 * After each completed patient-transport job, invites the patient to rate the escort (channel FOLLOW_UP:
 * they answer later, not at a desk). The plain token is kept so the desk or the follow-up call can give it
 * to the patient; it disappears once answered. Once per event (the consumer's transaction) and per job
 * (unique task_id), so a job completed, reopened and completed again still gets one invitation.
 */
@Injectable()
export class TransportSurveyInvitations {
  private readonly log = new Logger(TransportSurveyInvitations.name);

  @OnEvent(DispatchEvents.taskCompleted, { versions: [1] })
  async onTaskCompleted(event: TaskStepEvent, manager: EntityManager): Promise<void> {
    const task = event.payload;
    if (task.type !== TaskType.PatientTransport) return;
    const template = await manager.findOneBy(SurveyTemplateEntity, { purpose: PATIENT_TRANSPORT_PURPOSE });
    if (!template) {
      this.log.warn(`no ${PATIENT_TRANSPORT_PURPOSE} survey template: job ${task.number} gets no invitation`);
      return;
    }
    if (await manager.existsBy(SurveyInvitationEntity, { taskId: task.id })) return;
    await insertInvitation(manager, {
      surveyId: template.id,
      channel: FeedbackChannel.FollowUp,
      staffId: task.workerId,
      department: null,
      taskId: task.id,
      supervisorId: null,
      expiresInDays: DEFAULT_INVITATION_DAYS,
      createdBy: 'system',
      keepPlainToken: true,
    });
  }
}
