import { Injectable } from '@nestjs/common';
import { ErrorCode, FeedbackEvents, SubmitResponseRequestDto, SurveyAnsweredEvent, SurveyResponseReceiptDto } from '@hospital/contracts';
import { DomainError, IdempotentRequest, UnitOfWork } from '@hospital/platform';
import { EntityManager } from 'typeorm';
import { scoreAnswers } from './survey-answers';
import { SurveyInvitationEntity } from './survey-invitation.entity';
import { SurveyResponseEntity } from './survey-response.entity';
import { SurveyTemplateEntity } from './survey-template.entity';
import { hashSurveyToken } from './survey-tokens';
import { toResponseReceiptDto } from './survey.mapper';

interface ClaimedInvitation {
  id: string;
  channel: SurveyInvitationEntity['channel'];
  staff_id: string | null;
  department: string | null;
  supervisor_id: string | null;
  used_at: Date;
}

/**
 * A respondent (no account) answers with their token. The token is spent by one conditional UPDATE,
 * so of two submissions racing with the same token exactly one gets the row; the other is refused.
 */
@Injectable()
export class SurveyResponsesService {
  constructor(private readonly uow: UnitOfWork) {}

  respond(req: SubmitResponseRequestDto, idempotency: IdempotentRequest | null = null): Promise<SurveyResponseReceiptDto> {
    return this.uow.run(async ({ manager, emit }) => {
      const template = await manager.findOneBy(SurveyTemplateEntity, { id: req.id });
      if (!template) throw DomainError.notFound(ErrorCode.SurveyNotFound, 'Survey', req.id);
      // Answers are checked before the token is spent: a typo must not cost the respondent their token.
      const scored = scoreAnswers(template.questions, req.answers);
      if (scored.errors.length) throw DomainError.validation(scored.errors);
      const tokenHash = hashSurveyToken(req.token);
      const invitation = await this.spend(manager, req.id, tokenHash);
      const response = await manager.save(
        manager.create(SurveyResponseEntity, {
          surveyId: req.id,
          invitationId: invitation.id,
          channel: invitation.channel,
          staffId: invitation.staff_id,
          department: invitation.department,
          supervisorId: invitation.supervisor_id,
          answers: req.answers.map(({ questionId, value }) => ({ questionId, value })),
          likertMean: scored.likertMean,
          nps: scored.nps,
          answeredAt: invitation.used_at,
        }),
      );
      emit<SurveyAnsweredEvent>(FeedbackEvents.surveyAnswered, response.id, {
        responseId: response.id,
        surveyId: response.surveyId,
        channel: response.channel,
        staffId: response.staffId,
        department: response.department,
        likertMean: response.likertMean,
        nps: response.nps,
        at: response.answeredAt.toISOString(),
      });
      return toResponseReceiptDto(response);
    }, { idempotency });
  }

  /** Marks the invitation used, or says why it cannot be: unknown 404, already answered 409, expired 410. */
  private async spend(manager: EntityManager, surveyId: string, tokenHash: string): Promise<ClaimedInvitation> {
    // The kept plain token is cleared too: once answered there is nothing left to hand out.
    const [rows] = (await manager.query(
      `UPDATE "feedback"."survey_invitations" SET "used_at" = now(), "plain_token" = NULL
       WHERE "survey_id" = $1 AND "token_hash" = $2 AND "used_at" IS NULL AND "expires_at" > now()
       RETURNING "id", "channel", "staff_id", "department", "supervisor_id", "used_at"`,
      [surveyId, tokenHash],
    )) as [ClaimedInvitation[], number];
    if (rows.length) return rows[0];
    const found = await manager.findOneBy(SurveyInvitationEntity, { surveyId, tokenHash });
    if (!found) throw new DomainError(ErrorCode.SurveyTokenNotFound, 'no invitation to this survey has this token', { errors: [{ field: 'token', message: 'unknown token' }] });
    if (found.usedAt) {
      throw new DomainError(ErrorCode.SurveyTokenUsed, 'this token was answered already; each token answers once', { usedAt: found.usedAt.toISOString() });
    }
    throw new DomainError(ErrorCode.SurveyTokenExpired, 'this token has expired', { expiresAt: found.expiresAt.toISOString() });
  }
}
