import { Actor, ComplaintPatterns, CreateComplaintDto, ErrorCode, FeedbackChannel } from '@hospital/contracts';
import { idempotentRequest } from '@hospital/platform';
import { expectDomainError, ServiceUnderTest, startServiceUnderTest } from '@hospital/service-testing';
import { randomUUID } from 'node:crypto';
import { feedbackService } from '../service';
import { ComplaintLifecycleService } from './complaint-lifecycle.service';
import { addPorter, clerk, complaintAbout, manager, otherClerk, supervisor, visitor } from './complaints.spec-helper';
import { ComplaintsQueryService } from './complaints-query.service';
import { CreateComplaintService } from './create-complaint.service';

describe('CreateComplaintService (the feedback service in-process: real Postgres, NATS)', () => {
  let service: ServiceUnderTest;
  let intake: CreateComplaintService;
  let lifecycle: ComplaintLifecycleService;
  const workerId = randomUUID();

  const about = (overrides: Partial<CreateComplaintDto> = {}) => complaintAbout(workerId, overrides);
  const read = (id: string, actor: Actor = manager) => service.app.get(ComplaintsQueryService).get(id, actor);

  beforeAll(async () => {
    service = await startServiceUnderTest(feedbackService);
    intake = service.app.get(CreateComplaintService);
    lifecycle = service.app.get(ComplaintLifecycleService);
    await addPorter(service, workerId);
  });

  afterAll(() => service.stop());

  it('makes the clerk who records a complaint its owner, numbers it, and shows the contact in full only to the owner and those above', async () => {
    const c = await intake.create(about(), clerk);
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
    const c = await intake.create(about({ channel: FeedbackChannel.Web, complainant: undefined }), visitor);
    expect(c).toMatchObject({ ownerId: null, recordedBy: 'anonymous', complainant: null });
    const refused = await expectDomainError(lifecycle.acknowledge({ id: c.id }, clerk));
    expect(refused.code).toBe(ErrorCode.NotComplaintOwner);
    const taken = await lifecycle.assign({ id: c.id, ownerId: clerk.id, reason: 'desk on duty' }, supervisor);
    expect(taken.ownerId).toBe(clerk.id);
    expect((await lifecycle.acknowledge({ id: c.id }, clerk)).status).toBe('ACKNOWLEDGED');
  });

  it('refuses a visitor’s complaint by a staff-only channel, and an unknown staff member with 422 naming staffId', async () => {
    const channel = await expectDomainError(intake.create(about({ channel: FeedbackChannel.Desk }), visitor));
    expect(channel).toMatchObject({ code: ErrorCode.BusinessRule, details: { errors: [{ field: 'channel' }] } });
    const staff = await expectDomainError(intake.create(about({ staffId: randomUUID() }), clerk));
    expect(staff).toMatchObject({ code: ErrorCode.UnknownStaff, details: { errors: [{ field: 'staffId' }] } });
  });

  it('answers a retry with the same Idempotency-Key with the first complaint, recorded and numbered once', async () => {
    const body = about({ description: 'sent twice' });
    const key = randomUUID();
    const first = await intake.create(body, clerk, idempotentRequest(key, ComplaintPatterns.create, clerk, body));
    expect(await intake.create(body, clerk, idempotentRequest(key, ComplaintPatterns.create, clerk, body))).toEqual(first);
    const rows = await service.query<unknown[]>(`SELECT 1 FROM "feedback"."complaints" WHERE "description" = 'sent twice'`);
    expect(rows).toHaveLength(1);
  });
});
