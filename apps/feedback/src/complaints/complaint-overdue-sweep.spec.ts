import { ComplaintCategory, ComplaintOverdueV1, ComplaintSeverity, ComplaintStatus, FeedbackChannel } from '@hospital/contracts';
import { ServiceUnderTest, startServiceUnderTest } from '@hospital/service-testing';
import { feedbackService } from '../service';
import { ComplaintLifecycleService } from './complaint-lifecycle.service';
import { ComplaintOverdueSweep } from './complaint-overdue-sweep';
import { clerk } from './complaints.spec-helper';
import { ComplaintsQueryService } from './complaints-query.service';
import { CreateComplaintService } from './create-complaint.service';

const complaint = {
  channel: FeedbackChannel.Phone,
  department: '放射科',
  category: ComplaintCategory.Waiting,
  severity: ComplaintSeverity.Normal,
  description: 'waited two hours',
};

describe('ComplaintOverdueSweep (real Postgres)', () => {
  let service: ServiceUnderTest;
  let sweep: ComplaintOverdueSweep;
  let intake: CreateComplaintService;
  let lifecycle: ComplaintLifecycleService;
  let complaints: ComplaintsQueryService;

  // A long interval: the test drives the sweep itself.
  beforeAll(async () => {
    service = await startServiceUnderTest(feedbackService, { env: { COMPLAINT_OVERDUE_SWEEP_SECONDS: '3600' } });
    sweep = service.app.get(ComplaintOverdueSweep);
    intake = service.app.get(CreateComplaintService);
    lifecycle = service.app.get(ComplaintLifecycleService);
    complaints = service.app.get(ComplaintsQueryService);
  });

  afterAll(async () => {
    await service.stop();
  });

  const backdate = (id: string, column: 'acknowledge_due_at' | 'resolve_due_at') =>
    service.query(`UPDATE "feedback"."complaints" SET "${column}" = now() - interval '1 minute' WHERE "id" = $1`, [id]);

  it('flags a complaint past a deadline once, on its timeline, in lists and as an event; leaves the rest alone', async () => {
    const unacknowledged = await intake.create(complaint, clerk);
    const acknowledgedInTime = await intake.create(complaint, clerk);
    await lifecycle.acknowledge({ id: acknowledgedInTime.id }, clerk);
    const unresolved = await intake.create(complaint, clerk);
    await lifecycle.acknowledge({ id: unresolved.id }, clerk);
    await Promise.all([
      backdate(unacknowledged.id, 'acknowledge_due_at'),
      backdate(acknowledgedInTime.id, 'acknowledge_due_at'),
      backdate(unresolved.id, 'resolve_due_at'),
    ]);

    // Two replicas sweeping at once still flag each once.
    const [a, b] = await Promise.all([sweep.sweep(), sweep.sweep()]);
    expect([...a, ...b].sort()).toEqual([unacknowledged.id, unresolved.id].sort());
    expect(await sweep.sweep()).toEqual([]);

    const late = await complaints.get(unacknowledged.id, clerk);
    expect(late).toMatchObject({ overdue: true, overdueDeadline: 'ACKNOWLEDGE' });
    expect(late.timeline.map((e) => [e.action, e.actorId])).toEqual([
      ['RECEIVED', clerk.id],
      ['OVERDUE', 'system'],
    ]);
    expect((await complaints.get(unresolved.id, clerk)).overdueDeadline).toBe('RESOLVE');

    const overdue = await complaints.list({ overdue: 'true' }, clerk);
    expect(overdue.items.map((i) => i.id).sort()).toEqual([unacknowledged.id, unresolved.id].sort());
    const notOverdue = await complaints.list({ overdue: 'false', status: ComplaintStatus.Acknowledged }, clerk);
    expect(notOverdue.items.map((i) => i.id)).toEqual([acknowledgedInTime.id]);

    const events = (await service.outbox<ComplaintOverdueV1>(unacknowledged.id)).filter((e) => e.envelope.type === 'feedback.complaint.overdue');
    expect(events).toHaveLength(1);
    expect(events[0].envelope.payload).toMatchObject({ complaintId: unacknowledged.id, status: 'RECEIVED', deadline: 'ACKNOWLEDGE', ownerId: clerk.id });
  });
});
