import { ErrorCode, Group } from '@hospital/contracts';
import { expectDomainError } from '@hospital/service-testing';
import { randomUUID } from 'node:crypto';
import { EvaluationHarness, inspector, manager, startEvaluationHarness } from '../evaluation.spec-helper';
import { LedgerService } from '../ledger/ledger.service';
import { PeerReviewsService } from '../peer-reviews/peer-reviews.service';
import { InspectionsService } from './inspections.service';

const START = '2026-11-20T09:00:00+08:00';
const at = (minutes: number) => new Date(new Date(START).getTime() + minutes * 60_000).toISOString();

describe('inspections and peer reviews (real Postgres)', () => {
  let h: EvaluationHarness;
  let inspections: InspectionsService;

  beforeAll(async () => {
    h = await startEvaluationHarness();
    inspections = h.service.app.get(InspectionsService);
  });

  afterAll(() => h?.stop());

  it('refuses an inspection shorter than 30 minutes, naming endedAt, and records nothing', async () => {
    const staffId = await h.addStaff('I001');
    const error = await expectDomainError(
      inspections.create(
        { department: '急诊', startedAt: START, endedAt: at(29), findings: [{ staffId, description: '未着工装', points: -2 }] },
        inspector,
      ),
    );
    expect(error.code).toBe(ErrorCode.BusinessRule);
    expect(error.details?.errors).toEqual([{ field: 'endedAt', message: 'must be at least 30 minutes after startedAt' }]);
    expect(await h.service.query<unknown[]>(`SELECT 1 FROM "feedback"."evaluation_inspections"`)).toHaveLength(0);
  });

  it('records a 30-minute inspection with one ledger entry per finding, as recorded', async () => {
    const a = await h.addStaff('I002');
    const b = await h.addStaff('I003');
    const inspection = await inspections.create(
      {
        department: '急诊',
        startedAt: START,
        endedAt: at(30),
        findings: [
          { staffId: a, description: '未着工装', points: -2 },
          { staffId: b, description: '主动引导患者', points: 3, upheld: false },
          { department: Group.Emergency, description: '交接本记录不全', points: -1 },
        ],
      },
      inspector,
    );
    expect(inspection.inspectorId).toBe(inspector.id);
    expect(inspection.findings.map((f) => f.upheld)).toEqual([true, false, true]);

    const ledger = h.service.app.get(LedgerService);
    const ofA = await ledger.staffLedger({ id: a, period: '2026-11' }, manager);
    expect(ofA).toMatchObject({
      total: 98,
      entries: [{ points: -2, reason: 'Inspection of 急诊: 未着工装', source: { type: 'INSPECTION_FINDING', id: inspection.findings[0].id } }],
    });
    expect((await ledger.staffLedger({ id: b, period: '2026Q4' }, manager)).total).toBe(103);
    const department = await h.service.query<{ points: number }[]>(
      `SELECT "points" FROM "feedback"."evaluation_points" WHERE "subject_kind" = 'DEPARTMENT' AND "subject_id" = $1`,
      [Group.Emergency],
    );
    expect(department).toEqual([{ points: -1 }]);
  });

  it('names the finding whose staff member does not exist', async () => {
    const error = await expectDomainError(
      inspections.create({ department: '急诊', startedAt: START, endedAt: at(45), findings: [{ staffId: randomUUID(), description: 'x', points: -1 }] }, inspector),
    );
    expect(error.details?.errors).toEqual([{ field: 'findings.0.staffId', message: 'no such staff member' }]);
  });

  it('takes one peer review per period from a department of another, and 409 on a second', async () => {
    const reviews = h.service.app.get(PeerReviewsService);
    const review = { period: '2026Q4', fromDepartment: Group.Surgery, toDepartment: Group.Emergency, score: 88 };
    expect(await reviews.create(review, manager)).toMatchObject({ ...review, reviewerId: manager.id });
    const again = await expectDomainError(reviews.create({ ...review, score: 95 }, manager));
    expect(again.code).toBe(ErrorCode.AlreadyReviewed);
    // Another period, or the other direction, is a review of its own.
    await reviews.create({ ...review, period: '2027Q1' }, manager);
    await reviews.create({ ...review, fromDepartment: Group.Emergency, toDepartment: Group.Surgery }, manager);
    const stored = await h.service.query<{ score: number }[]>(
      `SELECT "score" FROM "feedback"."evaluation_peer_reviews" WHERE "period" = '2026Q4' AND "to_department" = $1`,
      [Group.Emergency],
    );
    expect(stored).toEqual([{ score: 88 }]);
  });
});
