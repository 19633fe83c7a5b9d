import {
  Actor,
  ComplaintCategory,
  ComplaintResolvedV1,
  ComplaintSeverity,
  ComplaintStatus,
  CreateComplaintDto,
  ErrorCode,
  FeedbackChannel,
  Role,
} from '@hospital/contracts';
import { eventually } from '@hospital/testing';
import { expectDomainError, ServiceUnderTest, startServiceUnderTest } from '@hospital/service-testing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { feedbackService } from '../service';
import { ComplaintsService } from './complaints.service';

const clerk: Actor = { id: 'user-clerk', kind: 'user', roles: [Role.DeskClerk] };
const otherClerk: Actor = { id: 'user-clerk-2', kind: 'user', roles: [Role.DeskClerk] };
const supervisor: Actor = { id: 'user-supervisor', kind: 'user', roles: [Role.Supervisor] };
const manager: Actor = { id: 'user-manager', kind: 'user', roles: [Role.Manager] };
const visitor: Actor = { id: 'anonymous', kind: 'anonymous', roles: [] };

describe('ComplaintsService (the feedback service in-process: real Postgres, NATS)', () => {
  let service: ServiceUnderTest;
  let complaints: ComplaintsService;
  const workerId = randomUUID();

  const about = (overrides: Partial<CreateComplaintDto> = {}): CreateComplaintDto => ({
    channel: FeedbackChannel.Desk,
    complainant: { name: '王小明', phone: '13812341234' },
    staffId: workerId,
    department: '骨科',
    category: ComplaintCategory.Attitude,
    severity: ComplaintSeverity.Normal,
    description: 'the porter was rude on the way to CT',
    ...overrides,
  });
  const read = (id: string, actor: Actor = manager) => complaints.get({ id }, actor, service.app.get(DataSource).manager);

  /** Walks a complaint owned by the clerk to INVESTIGATING. */
  async function investigating(): Promise<string> {
    const c = await complaints.create(about(), clerk);
    await complaints.acknowledge({ id: c.id }, clerk);
    await complaints.investigate({ id: c.id, note: 'asked the porter' }, clerk);
    return c.id;
  }

  beforeAll(async () => {
    service = await startServiceUnderTest(feedbackService);
    complaints = service.app.get(ComplaintsService);
    await service.query(
      `INSERT INTO "feedback"."staff_directory" ("id", "staff_no", "name", "group", "posts", "active", "version", "updated_at")
       VALUES ($1, 'JZ9001', '担架员甲', 'EMERGENCY', '{}', true, 1, now())`,
      [workerId],
    );
  });

  afterAll(() => service.stop());

  it('makes the clerk who records a complaint its owner, numbers it, and shows the contact in full only to the owner and those above', async () => {
    const c = await complaints.create(about(), clerk);
    expect(c).toMatchObject({ status: 'RECEIVED', ownerId: clerk.id, recordedBy: clerk.id, staffId: workerId, overdue: false, escalated: false });
    expect(c.number).toMatch(/^C\d{8}-\d{4}$/);
    expect(c.complainant).toEqual({ name: '王小明', phone: '13812341234' });
    expect((await read(c.id, otherClerk)).complainant).toEqual({ name: '王**', phone: '138****1234' });
    expect((await read(c.id, supervisor)).complainant).toEqual({ name: '王小明', phone: '13812341234' });
    const [received] = await service.outbox<Record<string, unknown>>(c.id);
    expect(received.envelope.type).toBe('feedback.complaint.received');
    expect(JSON.stringify(received.envelope.payload)).not.toMatch(/王小明|13812341234/);
  });

  it('takes an anonymous web complaint with nobody owning it until a supervisor assigns it', async () => {
    const c = await complaints.create(about({ channel: FeedbackChannel.Web, complainant: undefined }), visitor);
    expect(c).toMatchObject({ ownerId: null, recordedBy: 'anonymous', complainant: null });
    const refused = await expectDomainError(complaints.acknowledge({ id: c.id }, clerk));
    expect(refused.code).toBe(ErrorCode.Forbidden);
    const taken = await complaints.assign({ id: c.id, ownerId: clerk.id, reason: 'desk on duty' }, supervisor);
    expect(taken.ownerId).toBe(clerk.id);
    expect((await complaints.acknowledge({ id: c.id }, clerk)).status).toBe('ACKNOWLEDGED');
  });

  it('refuses a visitor’s complaint by a staff-only channel, and an unknown staff member with 422 naming staffId', async () => {
    const channel = await expectDomainError(complaints.create(about({ channel: FeedbackChannel.Desk }), visitor));
    expect(channel).toMatchObject({ code: ErrorCode.BusinessRule, details: { errors: [{ field: 'channel' }] } });
    const staff = await expectDomainError(complaints.create(about({ staffId: randomUUID() }), clerk));
    expect(staff).toMatchObject({ code: ErrorCode.BusinessRule, details: { errors: [{ field: 'staffId' }] } });
  });

  it('lets only the owner, a supervisor or a manager hand it over, and only the owner or a manager close it', async () => {
    const id = await investigating();
    expect((await expectDomainError(complaints.assign({ id, ownerId: otherClerk.id, reason: 'mine now' }, otherClerk))).code).toBe(ErrorCode.Forbidden);
    const handed = await complaints.assign({ id, ownerId: manager.id, reason: 'ward manager decides' }, clerk);
    expect(handed.ownerId).toBe(manager.id);
    // The former owner has no say any more.
    expect((await expectDomainError(complaints.resolve({ id, valid: true, atFaultStaffIds: [], correctiveAction: 'x' }, clerk))).code).toBe(ErrorCode.Forbidden);
    await complaints.resolve({ id, valid: false, atFaultStaffIds: [], correctiveAction: 'explained the procedure' }, manager);
    await complaints.reply({ id, message: 'we explained why', channel: FeedbackChannel.Phone }, manager);
    // A supervisor may move it along but not close what they do not own.
    expect((await expectDomainError(complaints.close({ id }, supervisor))).code).toBe(ErrorCode.Forbidden);
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
    const c = await complaints.create(about(), clerk);
    expect((await expectDomainError(complaints.resolve({ id: c.id, valid: true, atFaultStaffIds: [], correctiveAction: 'x' }, clerk))).code).toBe(
      ErrorCode.InvalidTransition,
    );
    expect((await expectDomainError(complaints.reopen({ id: c.id, reason: 'x' }, clerk))).code).toBe(ErrorCode.InvalidTransition);
    const id = await investigating();
    const bad = await expectDomainError(complaints.resolve({ id, valid: false, atFaultStaffIds: [workerId], correctiveAction: 'x' }, clerk));
    expect(bad).toMatchObject({ code: ErrorCode.BusinessRule, details: { errors: [{ field: 'atFaultStaffIds' }] } });
    const unknown = await expectDomainError(complaints.resolve({ id, valid: true, atFaultStaffIds: [randomUUID()], correctiveAction: 'x' }, clerk));
    expect(unknown).toMatchObject({ code: ErrorCode.BusinessRule, details: { errors: [{ field: 'atFaultStaffIds' }] } });
  });

  it('lets one of two concurrent steps win; the other meets the new status', async () => {
    const c = await complaints.create(about(), clerk);
    const results = await Promise.allSettled([complaints.acknowledge({ id: c.id }, clerk), complaints.acknowledge({ id: c.id }, supervisor)]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const failed = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(failed.reason).toMatchObject({ code: ErrorCode.InvalidTransition });
    expect((await read(c.id)).timeline.filter((e) => e.action === 'ACKNOWLEDGED')).toHaveLength(1);
  });

  it('lists newest first, filtered by owner (or none) and status, masking per reader', async () => {
    const mine = await complaints.create(about({ description: 'list me' }), otherClerk);
    const page = await complaints.list({ ownerId: otherClerk.id, status: ComplaintStatus.Received }, clerk, service.app.get(DataSource).manager);
    expect(page.items.map((i) => i.id)).toEqual([mine.id]);
    expect(page.items[0].complainant).toEqual({ name: '王**', phone: '138****1234' });
    const unowned = await complaints.list({ ownerId: 'none' }, manager, service.app.get(DataSource).manager);
    expect(unowned.items.every((i) => i.ownerId === null)).toBe(true);
  });
});
