import { ComplaintCategory, ComplaintSeverity, ErrorCode, FollowUpStatus, PlanFollowUpDto, Role } from '@hospital/contracts';
import { expectDomainError, ServiceUnderTest, startServiceUnderTest } from '@hospital/service-testing';
import { hospitalDate } from '@hospital/platform';
import { actors } from '@hospital/testing';
import { randomUUID } from 'node:crypto';
import { feedbackService } from '../service';
import { ComplaintsQueryService } from '../complaints/complaints-query.service';
import { FollowUpCallsService } from './follow-up-calls.service';
import { FollowUpsQueryService } from './follow-ups-query.service';

const clerk = actors.user(Role.DeskClerk, { id: 'user-clerk' });
const supervisor = actors.user(Role.Supervisor);

/** Days relative to the real today: nothing here depends on which day that is, only on their order. */
const daysFromToday = (days: number) => hospitalDate(new Date(Date.now() + days * 86_400_000), 'Asia/Shanghai');
const plan = (dueOn: string): PlanFollowUpDto => ({
  patient: { name: '李大伟', phone: '13900001111', department: '骨科' },
  dischargedOn: daysFromToday(-10),
  dueOn,
});

describe('FollowUpCallsService (real Postgres, NATS)', () => {
  let service: ServiceUnderTest;
  let followUps: FollowUpCallsService;

  beforeAll(async () => {
    service = await startServiceUnderTest(feedbackService, { env: { TZ_HOSPITAL: 'Asia/Shanghai' } });
    followUps = service.app.get(FollowUpCallsService);
  });

  afterAll(() => service.stop());

  it('plans a call by phone, masking the patient for the clerk and not for a supervisor', async () => {
    const f = await followUps.plan(plan(daysFromToday(1)), clerk);
    expect(f).toMatchObject({ status: 'PLANNED', channel: 'PHONE', attempts: 0, overdue: false, plannedBy: clerk.id });
    expect(f.patient).toEqual({ name: '李**', phone: '139****1111', department: '骨科' });
    const page = await service.app.get(FollowUpsQueryService).list({}, supervisor);
    expect(page.items.find((i) => i.id === f.id)?.patient.phone).toBe('13900001111');
    const bad = await expectDomainError(followUps.plan({ ...plan(daysFromToday(-20)) }, clerk));
    expect(bad).toMatchObject({ code: ErrorCode.ValidationFailed, details: { errors: [{ field: 'dueOn' }] } });
  });

  it('records an unreached call, then a reached one; a completed call takes no further outcome (409)', async () => {
    const f = await followUps.plan(plan(daysFromToday(0)), clerk);
    const noAnswer = await followUps.recordOutcome({ id: f.id, reached: false }, clerk);
    expect(noAnswer).toMatchObject({ status: 'UNREACHED', attempts: 1, calledBy: clerk.id });
    const invalid = await expectDomainError(followUps.recordOutcome({ id: f.id, reached: false, satisfied: true }, clerk));
    expect(invalid.code).toBe(ErrorCode.ValidationFailed);
    const reached = await followUps.recordOutcome({ id: f.id, reached: true, satisfied: false, issues: 'nobody explained the discharge medicines' }, clerk);
    expect(reached).toMatchObject({ status: FollowUpStatus.Completed, attempts: 2, satisfied: false });
    expect((await expectDomainError(followUps.recordOutcome({ id: f.id, reached: true }, clerk))).code).toBe(ErrorCode.InvalidTransition);
  });

  it('turns an issue raised on the call into a complaint in one step, linked both ways, owned by the caller, once', async () => {
    const f = await followUps.plan(plan(daysFromToday(0)), clerk);
    expect((await expectDomainError(followUps.raiseComplaint(complaintFrom(f.id), clerk))).code).toBe(ErrorCode.InvalidTransition);
    await followUps.recordOutcome({ id: f.id, reached: true, satisfied: false, issues: 'rude porter' }, clerk);

    const { followUp, complaint } = await followUps.raiseComplaint(complaintFrom(f.id), clerk);
    expect(followUp.complaintId).toBe(complaint.id);
    expect(complaint).toMatchObject({ channel: 'FOLLOW_UP', followUpId: f.id, ownerId: clerk.id, complainant: { name: '李大伟', phone: '13900001111' } });
    const stored = await service.app.get(ComplaintsQueryService).get(complaint.id, supervisor);
    expect(stored.timeline.map((e) => [e.action, e.note])).toEqual([['RECEIVED', 'raised on a follow-up call']]);
    expect((await service.outbox(complaint.id)).map((e) => e.envelope.type)).toEqual(['feedback.complaint.received']);

    expect((await expectDomainError(followUps.raiseComplaint(complaintFrom(f.id), clerk))).code).toBe(ErrorCode.ComplaintAlreadyRaised);
  });

  it('answers an unknown follow-up with 404 FOLLOW_UP_NOT_FOUND', async () => {
    expect((await expectDomainError(followUps.recordOutcome({ id: randomUUID(), reached: false }, clerk))).code).toBe(ErrorCode.FollowUpNotFound);
  });
});

function complaintFrom(id: string) {
  return { id, department: '运送中心', category: ComplaintCategory.Attitude, severity: ComplaintSeverity.Normal, description: 'rude porter on discharge day' };
}
