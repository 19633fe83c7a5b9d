import { SurveyDto, SurveyFormDto, SurveyInvitationDto, SurveyResponseReceiptDto } from '@hospital/contracts';
import { SurveyInvitationEntity } from './survey-invitation.entity';
import { SurveyResponseEntity } from './survey-response.entity';
import { SurveyTemplateEntity } from './survey-template.entity';

export function toSurveyDto(s: SurveyTemplateEntity): SurveyDto {
  return { id: s.id, title: s.title, purpose: s.purpose, questions: s.questions, createdBy: s.createdBy, createdAt: s.createdAt.toISOString() };
}

/** What a respondent sees: the title and the questions, nothing about who made it. */
export function toSurveyFormDto(s: SurveyTemplateEntity): SurveyFormDto {
  return { id: s.id, title: s.title, questions: s.questions };
}

/** `token` is the one just issued, or the kept plain token of an automatic invitation that is still open. */
export function toInvitationDto(i: SurveyInvitationEntity, token: string | null, now = new Date()): SurveyInvitationDto {
  const open = !i.usedAt && i.expiresAt > now;
  return {
    id: i.id,
    surveyId: i.surveyId,
    channel: i.channel,
    about: {
      ...(i.staffId ? { staffId: i.staffId } : {}),
      ...(i.department ? { department: i.department } : {}),
      ...(i.taskId ? { taskId: i.taskId } : {}),
      ...(i.supervisorId ? { supervisorId: i.supervisorId } : {}),
    },
    token: open ? token : null,
    expiresAt: i.expiresAt.toISOString(),
    usedAt: i.usedAt?.toISOString() ?? null,
    createdBy: i.createdBy,
    createdAt: i.createdAt.toISOString(),
  };
}

export function toResponseReceiptDto(r: SurveyResponseEntity): SurveyResponseReceiptDto {
  return { id: r.id, surveyId: r.surveyId, channel: r.channel, likertMean: r.likertMean, nps: r.nps, answeredAt: r.answeredAt.toISOString() };
}
