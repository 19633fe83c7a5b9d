import { ErrorCode, FeedbackChannel, SatisfactionGroupBy, SatisfactionPeriod, SatisfactionRowDto, SurveyQuestionKind } from '@hospital/contracts';
import { expectDomainError, ServiceUnderTest, startServiceUnderTest } from '@hospital/service-testing';
import { feedbackService } from '../service';
import { SatisfactionService } from './satisfaction.service';
import { SurveyInvitationsService } from './survey-invitations.service';
import { SurveyResponsesService } from './survey-responses.service';
import { CreateSurveyService } from './create-survey.service';
import { addStaff, clerkActor, supervisorActor } from './surveys.spec-helper';

/**
 * A hand-computed dataset, in the hospital's time zone (Asia/Shanghai, +08:00):
 *  #  department  channel  staff  answered (+08)      Likert    mean  NPS
 *  1  放射科       DESK     A      Mon 2026-11-02 10:00  5, 5      5     10
 *  2  放射科       DESK     A      Tue 2026-11-03 10:00  4, 3      3.5   9
 *  3  放射科       PHONE    B      Tue 2026-11-10 10:00  2, 3      2.5   3
 *  4  心内科       PHONE    B      Tue 2026-11-10 11:00  4, 4      4     7
 *  5  心内科       WEB      -      Mon 2026-11-30 23:30  5, 4      4.5   -
 *  6  心内科       DESK     A      Tue 2026-12-01 00:30  1, 1      1     0   (16:30 UTC on 30 Nov: outside November here)
 *  7  放射科       DESK     A      Sat 2026-10-31 23:59  1, 1      1     0   (outside)
 */
describe('satisfaction figures (real Postgres)', () => {
  let service: ServiceUnderTest;
  let satisfaction: SatisfactionService;
  let staffA: string;
  let staffB: string;

  beforeAll(async () => {
    service = await startServiceUnderTest(feedbackService, { env: { TZ_HOSPITAL: 'Asia/Shanghai' } });
    satisfaction = service.app.get(SatisfactionService);
    staffA = await addStaff(service, '陈一');
    staffB = await addStaff(service, '王二');
    const survey = await service.app.get(CreateSurveyService).create(
      {
        title: 'ratings',
        questions: [
          { id: 'a', text: 'A', kind: SurveyQuestionKind.Likert5, required: true },
          { id: 'b', text: 'B', kind: SurveyQuestionKind.Likert5, required: true },
          { id: 'n', text: 'N', kind: SurveyQuestionKind.Nps10, required: false },
        ],
      },
      supervisorActor,
    );
    const rows: [string, FeedbackChannel, string | null, string, number, number, number | null][] = [
      ['放射科', FeedbackChannel.Desk, staffA, '2026-11-02T10:00:00+08:00', 5, 5, 10],
      ['放射科', FeedbackChannel.Desk, staffA, '2026-11-03T10:00:00+08:00', 4, 3, 9],
      ['放射科', FeedbackChannel.Phone, staffB, '2026-11-10T10:00:00+08:00', 2, 3, 3],
      ['心内科', FeedbackChannel.Phone, staffB, '2026-11-10T11:00:00+08:00', 4, 4, 7],
      ['心内科', FeedbackChannel.Web, null, '2026-11-30T23:30:00+08:00', 5, 4, null],
      ['心内科', FeedbackChannel.Desk, staffA, '2026-12-01T00:30:00+08:00', 1, 1, 0],
      ['放射科', FeedbackChannel.Desk, staffA, '2026-10-31T23:59:00+08:00', 1, 1, 0],
    ];
    for (const [department, channel, staffId, at, a, b, n] of rows) {
      const { token } = await service.app
        .get(SurveyInvitationsService)
        .invite({ id: survey.id, channel, about: { department, ...(staffId ? { staffId } : {}) } }, clerkActor);
      const answers = [
        { questionId: 'a', value: a },
        { questionId: 'b', value: b },
        ...(n === null ? [] : [{ questionId: 'n', value: n }]),
      ];
      const receipt = await service.app.get(SurveyResponsesService).respond({ id: survey.id, token: token!, answers });
      await service.query(`UPDATE "feedback"."survey_responses" SET "answered_at" = $2 WHERE "id" = $1`, [receipt.id, at]);
    }
  });

  afterAll(() => service?.stop());

  const byKey = (rows: SatisfactionRowDto[]) => [...rows].sort((x, y) => `${x.period}|${x.key}`.localeCompare(`${y.period}|${y.key}`));
  const row = (key: string | null, responses: number, mean: number | null, csat: number | null, nps: number | null, period: string | null = null, label: string | null = null) =>
    ({ key, label, period, responses, mean, csat, nps });

  it('per department over November: responses, mean of means, CSAT (share of means >= 4) and NPS', async () => {
    const report = await satisfaction.report({ from: '2026-11-01', to: '2026-11-30', groupBy: SatisfactionGroupBy.Department });
    expect(byKey(report.rows)).toEqual(
      byKey([
        // (5 + 3.5 + 2.5) / 3 = 3.67; 1 of 3 at 4 or more; promoters 2, detractors 1 of 3.
        row('放射科', 3, 3.67, 33.3, 33.3),
        // (4 + 4.5) / 2; both at 4 or more; the one NPS answer (7) is passive.
        row('心内科', 2, 4.25, 100, 0),
      ]),
    );
  });

  it('per channel and ISO week (weeks start on Monday in the hospital time zone)', async () => {
    const report = await satisfaction.report({ from: '2026-11-01', to: '2026-11-30', groupBy: SatisfactionGroupBy.Channel, period: SatisfactionPeriod.Week });
    expect(byKey(report.rows)).toEqual(
      byKey([
        row(FeedbackChannel.Desk, 2, 4.25, 50, 100, '2026-11-02'),
        row(FeedbackChannel.Phone, 2, 3.25, 50, -50, '2026-11-09'),
        // No NPS answer among its responses: no NPS rather than 0.
        row(FeedbackChannel.Web, 1, 4.5, 100, null, '2026-11-30'),
      ]),
    );
  });

  it('per staff member and month, with their names; responses about nobody in particular form their own row', async () => {
    const report = await satisfaction.report({ from: '2026-10-01', to: '2026-12-31', groupBy: SatisfactionGroupBy.Staff, period: SatisfactionPeriod.Month });
    expect(byKey(report.rows)).toEqual(
      byKey([
        row(staffA, 1, 1, 0, -100, '2026-10', '陈一'),
        row(staffA, 2, 4.25, 50, 100, '2026-11', '陈一'),
        row(staffB, 2, 3.25, 50, -50, '2026-11', '王二'),
        row(null, 1, 4.5, 100, null, '2026-11'),
        row(staffA, 1, 1, 0, -100, '2026-12', '陈一'),
      ]),
    );
  });

  it('refuses a range ending before it starts, naming to', async () => {
    const error = await expectDomainError(satisfaction.report({ from: '2026-11-30', to: '2026-11-01', groupBy: SatisfactionGroupBy.Channel }));
    expect(error.code).toBe(ErrorCode.ValidationFailed);
    expect(error.details?.errors).toEqual([expect.objectContaining({ field: 'to' })]);
  });
});
