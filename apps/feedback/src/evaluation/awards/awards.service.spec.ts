import {
  ComplaintCategory,
  ComplaintResolvedV1,
  ComplaintSeverity,
  DispatchEvents,
  ErrorCode,
  EvaluationPatterns,
  FeedbackChannel,
  FeedbackEvents,
  Group,
  IncidentKind,
  IncidentReportedV1,
  IncidentSeverity,
  PraiseReceivedV1,
  Role,
  ScoreGrouping,
  TaskType,
} from '@hospital/contracts';
import { idempotentRequest } from '@hospital/platform';
import { expectDomainError } from '@hospital/service-testing';
import { actors } from '@hospital/testing';
import { randomUUID } from 'node:crypto';
import { EvaluationHarness, inspector, manager, startEvaluationHarness } from '../evaluation.spec-helper';
import { InspectionsService } from '../inspections/inspections.service';
import { PeerReviewsService } from '../peer-reviews/peer-reviews.service';
import { ScoresService } from '../scores/scores.service';
import { AwardsService } from './awards.service';
import { ScoresCsvService } from './scores-csv.service';

const IN_Q2 = '2026-05-10T10:00:00+08:00';
const HALF_AN_HOUR_LATER = '2026-05-10T10:30:00+08:00';
const GROUPS = [Group.Emergency, Group.Surgery, Group.InternalMedicine];
const staffNo = (i: number) => `P${String(i).padStart(2, '0')}`;

describe('quarterly awards (real Postgres, real JetStream)', () => {
  let h: EvaluationHarness;
  let awards: AwardsService;
  const ids: Record<string, string> = {};

  const incident = (staffId: string, severity: IncidentSeverity): IncidentReportedV1 => ({
    id: randomUUID(),
    taskId: randomUUID(),
    taskNumber: 'T20260510-0001',
    taskType: TaskType.Specimen,
    group: Group.Surgery,
    kind: IncidentKind.SpecimenLost,
    severity,
    staffIds: [staffId],
    reportedBy: 'user-dispatcher',
    reportedAt: IN_Q2,
  });

  beforeAll(async () => {
    h = await startEvaluationHarness();
    awards = h.service.app.get(AwardsService);
    // P01..P30 in groups by i mod 3 (0 EMERGENCY, 1 SURGERY, 2 INTERNAL_MEDICINE), each inspected at +i: totals 101..130.
    for (let i = 1; i <= 30; i++) ids[staffNo(i)] = await h.addStaff(staffNo(i), GROUPS[i % 3]);
    const inspections = h.service.app.get(InspectionsService);
    await inspections.create(
      {
        department: '门诊',
        startedAt: IN_Q2,
        endedAt: HALF_AN_HOUR_LATER,
        findings: [
          ...Array.from({ length: 30 }, (_, k) => ({ staffId: ids[staffNo(k + 1)], description: '服务规范', points: k + 1 })),
          // Would put EMERGENCY first, but the critical incident below vetoes the group.
          { department: Group.Emergency, description: '团队协作好', points: 20 },
        ],
      },
      inspector,
    );
    // More findings, none upheld: they do not count for the supervision award.
    await inspections.create(
      {
        department: '门诊',
        startedAt: IN_Q2,
        endedAt: HALF_AN_HOUR_LATER,
        findings: Array.from({ length: 35 }, () => ({ department: '门诊', description: '待核实', points: 0, upheld: false })),
      },
      actors.user(Role.Inspector, { id: 'user-inspector-2' }),
    );
    const complaint: ComplaintResolvedV1 = {
      complaintId: randomUUID(),
      number: 'C20260510-0001',
      valid: true,
      atFaultStaffIds: [ids.P30],
      atFaultDepartment: null,
      severity: ComplaintSeverity.Normal,
      category: ComplaintCategory.Attitude,
      resolvedBy: manager.id,
      at: IN_Q2,
    };
    await h.publish(FeedbackEvents.complaintResolved, complaint);
    await h.publish(DispatchEvents.incidentReported, incident(ids.P29, IncidentSeverity.Major));
    await h.publish(DispatchEvents.incidentReported, incident(ids.P03, IncidentSeverity.Critical));
    await Promise.all([h.settled('onComplaintResolved'), h.settled('onIncident')]);
  });

  afterAll(() => h?.stop());

  it('gives 10 star staff and 2 teams, passing over the vetoed, and the supervision award to the most upheld findings', async () => {
    const result = await awards.freeze('2026Q2', manager);

    // P30 (120) and P29 (119) are vetoed; P28 down to P19 follow.
    expect(result.starStaff.map((a) => [a.rank, a.name, a.score, a.amountFen])).toEqual(
      Array.from({ length: 10 }, (_, k) => [k + 1, `员工${staffNo(28 - k)}`, 128 - k, 10_000]),
    );
    expect(result.starStaff.map((a) => a.subjectId)).not.toContain(ids.P30);
    // EMERGENCY would be first (mean 113.5 + 20) but is vetoed; SURGERY and INTERNAL_MEDICINE tie at 114.5, SURGERY has fewer negative entries.
    expect(result.excellentTeams.map((a) => [a.rank, a.subjectId, a.score, a.amountFen])).toEqual([
      [1, Group.Surgery, 114.5, 50_000],
      [2, Group.InternalMedicine, 114.5, 50_000],
    ]);
    expect(result.supervision).toMatchObject({ subjectId: inspector.id, score: 31, amountFen: 10_000 });
    expect(result).toMatchObject({ period: '2026Q2', frozenBy: manager.id });
  });

  it('refuses a second freeze with 409, but answers a retried one (same Idempotency-Key) with the first freeze', async () => {
    const again = await expectDomainError(awards.freeze('2026Q2', manager));
    expect(again.code).toBe(ErrorCode.PeriodFrozen);
    const retry = (key: string) => idempotentRequest(key, EvaluationPatterns.freezeAwards, manager, { period: '2026Q3' });
    const first = await awards.freeze('2026Q3', manager, retry('freeze-q3'));
    await expect(awards.freeze('2026Q3', manager, retry('freeze-q3'))).resolves.toEqual(first);
    expect((await expectDomainError(awards.freeze('2026Q3', manager, retry('another-key')))).code).toBe(ErrorCode.PeriodFrozen);
  });

  it('closes the quarter: a source arriving later is kept as REJECTED_CLOSED_PERIOD and changes no score; peer reviews are refused', async () => {
    const scores = h.service.app.get(ScoresService);
    const before = await scores.scores({ period: '2026Q2', groupBy: ScoreGrouping.Staff });
    const praise: PraiseReceivedV1 = { praiseId: randomUUID(), staffIds: [ids.P01], department: null, channel: FeedbackChannel.Desk, at: IN_Q2 };
    await h.publish(FeedbackEvents.praiseReceived, praise);
    await h.settled('onPraise');

    const rows = await h.service.query<{ status: string }[]>(`SELECT "status" FROM "feedback"."evaluation_points" WHERE "source_id" = $1`, [
      praise.praiseId,
    ]);
    expect(rows).toEqual([{ status: 'REJECTED_CLOSED_PERIOD' }]);
    expect(await scores.scores({ period: '2026Q2', groupBy: ScoreGrouping.Staff })).toEqual(before);

    const review = h.service.app
      .get(PeerReviewsService)
      .create({ period: '2026-05', fromDepartment: Group.Surgery, toDepartment: Group.Emergency, score: 90 }, manager);
    expect((await expectDomainError(review)).code).toBe(ErrorCode.PeriodFrozen);
  });

  it('writes the frozen scores as CSV for payroll, with a header and the star amounts', async () => {
    const body = await h.service.app.get(ScoresCsvService).csv('2026Q2');
    const lines = body.trimEnd().split('\r\n');
    // department keeps the group's code for payroll; its Chinese name comes last, so no column moves.
    expect(lines[0]).toBe('period,rank,staff_no,name,department,base,points,survey_bonus,total,vetoed,veto_reasons,star_award_fen,department_label');
    expect(lines).toHaveLength(31);
    expect(lines[1]).toBe(`2026Q2,1,P28,员工P28,${Group.Surgery},100,28,0,128,false,,10000,外科组`);
    // P30 ties P20 at 120 and ranks after it for its negative entry.
    const p30 = lines.find((l) => l.includes(',P30,'));
    expect(p30).toBe(`2026Q2,10,P30,员工P30,${Group.Emergency},100,20,0,120,true,Valid complaint C20260510-0001: at fault,0,急诊组`);
  });

  it('writes a live period the same way, every department with its label', async () => {
    const GROUP_NAMES: Record<string, string> = { [Group.InternalMedicine]: '内科组', [Group.Surgery]: '外科组', [Group.Emergency]: '急诊组' };
    const [header, ...rows] = (await h.service.app.get(ScoresCsvService).csv('2026-05')).trimEnd().split('\r\n');
    expect(header.split(',').slice(-2)).toEqual(['star_award_fen', 'department_label']);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const department = row.split(',')[4];
      expect({ row, label: row.slice(row.lastIndexOf(',') + 1) }).toEqual({ row, label: GROUP_NAMES[department] });
    }
  });
});
