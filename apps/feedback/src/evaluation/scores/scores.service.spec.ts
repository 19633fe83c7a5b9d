import {
  ComplaintCategory,
  ComplaintResolvedV1,
  ComplaintSeverity,
  DispatchEvents,
  FeedbackChannel,
  FeedbackEvents,
  Group,
  IncidentKind,
  IncidentReportedV1,
  IncidentSeverity,
  ScoreGrouping,
  SurveyAnsweredV1,
  TaskType,
} from '@hospital/contracts';
import { randomUUID } from 'node:crypto';
import { EvaluationHarness, inspector, manager, startEvaluationHarness } from '../evaluation.spec-helper';
import { InspectionsService } from '../inspections/inspections.service';
import { PeerReviewsService } from '../peer-reviews/peer-reviews.service';
import { ScoresService } from './scores.service';

const IN_Q3 = '2026-08-10T10:00:00+08:00';
const THIRTY_MINUTES_LATER = '2026-08-10T10:30:00+08:00';

describe('period scores and the one-vote veto (real Postgres, real JetStream)', () => {
  let h: EvaluationHarness;
  let scores: ScoresService;
  const staff: Record<string, string> = {};
  let complaintId: string;
  let incidentId: string;

  beforeAll(async () => {
    h = await startEvaluationHarness();
    scores = h.service.app.get(ScoresService);
    const groups: Record<string, Group> = {
      S001: Group.Emergency,
      S002: Group.Emergency,
      S003: Group.Surgery,
      S004: Group.Surgery,
      S005: Group.InternalMedicine,
      S006: Group.InternalMedicine,
    };
    for (const [staffNo, group] of Object.entries(groups)) staff[staffNo] = await h.addStaff(staffNo, group);

    await h.service.app.get(InspectionsService).create(
      {
        department: '门诊',
        startedAt: IN_Q3,
        endedAt: THIRTY_MINUTES_LATER,
        findings: [
          { staffId: staff.S001, description: '主动服务', points: 3 },
          { staffId: staff.S002, description: '主动服务', points: 5 },
          { staffId: staff.S002, description: '离岗未报', points: -2 },
          { staffId: staff.S003, description: '主动服务', points: 3 },
        ],
      },
      inspector,
    );
    const survey = (staffId: string, likertMean: number): SurveyAnsweredV1 => ({
      responseId: randomUUID(),
      surveyId: randomUUID(),
      channel: FeedbackChannel.Mobile,
      staffId,
      department: null,
      likertMean,
      nps: null,
      at: IN_Q3,
    });
    await h.publish(FeedbackEvents.surveyAnswered, survey(staff.S004, 5));
    await h.publish(FeedbackEvents.surveyAnswered, survey(staff.S004, 4.8));
    // Exactly 4.5 is not above 4.5: no bonus.
    await h.publish(FeedbackEvents.surveyAnswered, survey(staff.S005, 4.5));
    const complaint: ComplaintResolvedV1 = {
      complaintId: randomUUID(),
      number: 'C20260810-0001',
      valid: true,
      atFaultStaffIds: [staff.S005],
      atFaultDepartment: null,
      severity: ComplaintSeverity.Normal,
      category: ComplaintCategory.Attitude,
      resolvedBy: manager.id,
      at: IN_Q3,
    };
    complaintId = complaint.complaintId;
    await h.publish(FeedbackEvents.complaintResolved, complaint);
    const incident: IncidentReportedV1 = {
      id: randomUUID(),
      taskId: randomUUID(),
      taskNumber: 'T20260810-0001',
      taskType: TaskType.PatientTransport,
      group: Group.InternalMedicine,
      kind: IncidentKind.PatientFall,
      severity: IncidentSeverity.Critical,
      staffIds: [staff.S006],
      reportedBy: 'user-dispatcher',
      reportedAt: IN_Q3,
    };
    incidentId = incident.id;
    await h.publish(DispatchEvents.incidentReported, incident);
    await Promise.all(['onSurveyAnswered', 'onComplaintResolved', 'onIncident'].map((m) => h.settled(m)));

    const reviews = h.service.app.get(PeerReviewsService);
    await reviews.create({ period: '2026Q3', fromDepartment: Group.Surgery, toDepartment: Group.Emergency, score: 80 }, manager);
    await reviews.create({ period: '2026Q3', fromDepartment: Group.InternalMedicine, toDepartment: Group.Emergency, score: 90 }, manager);
  });

  afterAll(() => h?.stop());

  it('ranks staff by total, then fewer negative entries, then staff number', async () => {
    const { items } = await scores.scores({ period: '2026Q3', groupBy: ScoreGrouping.Staff });
    expect(items.map((r) => [r.rank, r.staffNo, r.total, r.negativeEntries])).toEqual([
      [1, 'S004', 105, 0],
      [2, 'S001', 103, 0],
      [3, 'S003', 103, 0],
      [4, 'S002', 103, 1],
      [5, 'S005', 90, 1],
      [6, 'S006', 80, 1],
    ]);
    expect(items[0]).toMatchObject({ base: 100, points: 0, surveyBonus: 5, vetoed: false, vetoes: [] });
    expect(items[4]).toMatchObject({ surveyBonus: 0 });
  });

  it('vetoes a staff member with a valid at-fault complaint, showing the reason and source', async () => {
    const { items } = await scores.scores({ period: '2026Q3' });
    expect(items.find((r) => r.staffNo === 'S005')).toMatchObject({
      vetoed: true,
      vetoes: [{ reason: 'Valid complaint C20260810-0001: at fault', source: { type: 'COMPLAINT', id: complaintId } }],
    });
    expect(items.find((r) => r.staffNo === 'S006')).toMatchObject({ vetoed: true, vetoes: [{ source: { type: 'INCIDENT', id: incidentId } }] });
    expect(items.filter((r) => r.vetoed).map((r) => r.staffNo)).toEqual(['S005', 'S006']);
  });

  it('ranks departments by the mean of their staff’s totals, and vetoes the group of a critical incident', async () => {
    const { items } = await scores.scores({ period: '2026Q3', groupBy: ScoreGrouping.Department });
    expect(items.map((r) => [r.rank, r.id, r.total, r.vetoed, r.peerReviewMean])).toEqual([
      [1, Group.Surgery, 104, false, null],
      [2, Group.Emergency, 103, false, 85],
      [3, Group.InternalMedicine, 85, true, null],
    ]);
    expect(items[2].vetoes).toEqual([{ reason: 'CRITICAL incident PATIENT_FALL on job T20260810-0001', source: { type: 'INCIDENT', id: incidentId } }]);
  });

  it('scores a month on its own entries only', async () => {
    const { items } = await scores.scores({ period: '2026-07' });
    expect(items.every((r) => r.total === 100 && !r.vetoed)).toBe(true);
    expect(items).toHaveLength(6);
  });
});
