import { Actor, ComplaintResolvedV1, CreateComplaintDto, ErrorCode, FeedbackChannel } from '@hospital/contracts';
import { eventually } from '@hospital/testing';
import { expectDomainError, ServiceUnderTest, startServiceUnderTest } from '@hospital/service-testing';
import { randomUUID } from 'node:crypto';
import { feedbackService } from '../service';
import { ComplaintLifecycleService } from './complaint-lifecycle.service';
import { addPorter, clerk, complaintAbout, manager, otherClerk, supervisor } from './complaints.spec-helper';
import { ComplaintsQueryService } from './complaints-query.service';
import { CreateComplaintService } from './create-complaint.service';

describe('ComplaintLifecycleService (the feedback service in-process: real Postgres, NATS)', () => {
  let service: ServiceUnderTest;
  let intake: CreateComplaintService;
  let complaints: ComplaintLifecycleService;
  const workerId = randomUUID();

  const about = (overrides: Partial<CreateComplaintDto> = {}) => complaintAbout(workerId, overrides);
  const read = (id: string, actor: Actor = manager) => service.app.get(ComplaintsQueryService).get(id, actor);

  /** Walks a complaint owned by the clerk to INVESTIGATING. */
  async function investigating(): Promise<string> {
    const c = await intake.create(about(), clerk);
    await complaints.acknowledge({ id: c.id }, clerk);
    await complaints.investigate({ id: c.id, note: 'asked the porter' }, clerk);
    return c.id;
  }

  beforeAll(async () => {
    service = await startServiceUnderTest(feedbackService);
    intake = service.app.get(CreateComplaintService);
    complaints = service.app.get(ComplaintLifecycleService);
    await addPorter(service, workerId);
  });

  afterAll(() => service.stop());

  it('lets only the owner, a supervisor or a manager hand it over, and only the owner or a manager close it', async () => {
    const id = await investigating();
    expect((await expectDomainError(complaints.assign({ id, ownerId: otherClerk.id, reason: 'mine now' }, otherClerk))).code).toBe(ErrorCode.NotComplaintOwner);
    const handed = await complaints.assign({ id, ownerId: manager.id, reason: 'ward manager decides' }, clerk);
    expect(handed.ownerId).toBe(manager.id);
    // The former owner has no say any more.
    expect((await expectDomainError(complaints.resolve({ id, valid: true, atFaultStaffIds: [], correctiveAction: 'x' }, clerk))).code).toBe(
      ErrorCode.NotComplaintOwner,
    );
    await complaints.resolve({ id, valid: false, atFaultStaffIds: [], correctiveAction: 'explained the procedure' }, manager);
    await complaints.reply({ id, message: 'we explained why', channel: FeedbackChannel.Phone }, manager);
    // A supervisor may move it along but not close what they do not own.
    expect((await expectDomainError(complaints.close({ id }, supervisor))).code).toBe(ErrorCode.NotComplaintOwner);
    expect((await complaints.close({ id }, manager)).status).toBe('CLOSED');
  });

  it('walks the whole lifecycle onto a timeline and emits the resolution exactly as ComplaintResolvedV1, without complainant data', async () => {
    const id = await investigating();
    await complaints.escalate({ id, reason: 'repeat offender' }, clerk);
    await complaints.assign({ id, ownerId: manager.id, reason: 'for the ward manager' }, clerk);
    await complaints.resolve({ id, valid: true, atFaultStaffIds: [workerId], atFaultDepartment: '运送组', correctiveAction: 'retrained' }, manager);
    await complaints.reply({ id, message: 'apologised, porter retrained', channel: FeedbackChannel.Phone }, manager);
    await complaints.reopen({ id, reason: 'patient not satisfied' }, manager);
    const c = await read(id);
    expect(c).toMatchObject({
      status: 'INVESTIGATING',
      ownerId: manager.id,
      escalated: true,
      escalationReason: 'repeat offender',
      resolution: { valid: true, atFaultStaffIds: [workerId], atFaultDepartment: '运送组', correctiveAction: 'retrained', resolvedBy: manager.id },
      reply: { message: 'apologised, porter retrained', channel: 'PHONE' },
    });
    expect(c.timeline.map((e) => [e.action, e.actorId])).toEqual([
      ['RECEIVED', clerk.id],
      ['ACKNOWLEDGED', clerk.id],
      ['INVESTIGATING', clerk.id],
      ['ESCALATED', clerk.id],
      ['ASSIGNED', clerk.id],
      ['RESOLVED', manager.id],
      ['REPLIED', manager.id],
      ['REOPENED', manager.id],
    ]);
    const events = await service.outbox<ComplaintResolvedV1>(id);
    expect(events.map((e) => e.envelope.type)).toEqual([
      'feedback.complaint.received',
      'feedback.complaint.escalated',
      'feedback.complaint.assigned',
      'feedback.complaint.resolved',
    ]);
    const resolved = events[3].envelope.payload;
    expect(Object.keys(resolved).sort()).toEqual(
      ['complaintId', 'number', 'valid', 'atFaultStaffIds', 'atFaultDepartment', 'severity', 'category', 'resolvedBy', 'at'].sort(),
    );
    expect(resolved).toEqual({
      complaintId: id,
      number: c.number,
      valid: true,
      atFaultStaffIds: [workerId],
      atFaultDepartment: '运送组',
      severity: 'NORMAL',
      category: 'ATTITUDE',
      resolvedBy: manager.id,
      at: c.resolution?.resolvedAt,
    });
    // The relay puts it on the stream, where evaluation's consumer reads it.
    const { jsm, names } = await service.jetstream();
    const published = await eventually('the resolution on the stream', async () => {
      const msg = await jsm.streams.getMessage(names.stream, { last_by_subj: names.subject('feedback.complaint.resolved') }).catch(() => null);
      return msg ? (msg.json() as { id: string; payload: ComplaintResolvedV1 }) : null;
    });
    expect(published).toMatchObject({ id: events[3].envelope.id, payload: resolved });
  });

  it('answers a step out of order with 409 INVALID_TRANSITION, and an invalid finding naming someone at fault with 422', async () => {
    const c = await intake.create(about(), clerk);
    expect((await expectDomainError(complaints.resolve({ id: c.id, valid: true, atFaultStaffIds: [], correctiveAction: 'x' }, clerk))).code).toBe(
      ErrorCode.InvalidTransition,
    );
    expect((await expectDomainError(complaints.reopen({ id: c.id, reason: 'x' }, clerk))).code).toBe(ErrorCode.InvalidTransition);
    const id = await investigating();
    const bad = await expectDomainError(complaints.resolve({ id, valid: false, atFaultStaffIds: [workerId], correctiveAction: 'x' }, clerk));
    expect(bad).toMatchObject({ code: ErrorCode.BusinessRule, details: { errors: [{ field: 'atFaultStaffIds' }] } });
    const unknown = await expectDomainError(complaints.resolve({ id, valid: true, atFaultStaffIds: [randomUUID()], correctiveAction: 'x' }, clerk));
    expect(unknown).toMatchObject({ code: ErrorCode.UnknownStaff, details: { errors: [{ field: 'atFaultStaffIds' }] } });
  });

  it('lets one of two concurrent steps win; the other meets the new status', async () => {
    const c = await intake.create(about(), clerk);
    const results = await Promise.allSettled([complaints.acknowledge({ id: c.id }, clerk), complaints.acknowledge({ id: c.id }, supervisor)]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const failed = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(failed.reason).toMatchObject({ code: ErrorCode.InvalidTransition });
    expect((await read(c.id)).timeline.filter((e) => e.action === 'ACKNOWLEDGED')).toHaveLength(1);
  });
});
