import { Actor, ComplaintCategory, ComplaintOverdueV1, ComplaintSeverity, ComplaintStatus, FeedbackChannel, Role } from '@hospital/contracts';
import { ServiceUnderTest, startServiceUnderTest } from '@hospital/service-testing';
import { DataSource } from 'typeorm';
import { feedbackService } from '../service';
import { ComplaintOverdueSweep } from './complaint-overdue-sweep';
import { ComplaintsService } from './complaints.service';

const clerk: Actor = { id: 'user-clerk', kind: 'user', roles: [Role.DeskClerk] };
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
  let complaints: ComplaintsService;

  // A long interval: the test drives the sweep itself.
  beforeAll(async () => {
    service = await startServiceUnderTest(feedbackService, { env: { COMPLAINT_OVERDUE_SWEEP_SECONDS: '3600' } });
    sweep = service.app.get(ComplaintOverdueSweep);
    complaints = service.app.get(ComplaintsService);
  });

  afterAll(async () => {
    await service.stop();
  });

  const backdate = (id: string, column: 'acknowledge_due_at' | 'resolve_due_at') =>
    service.query(`UPDATE "feedback"."complaints" SET "${column}" = now() - interval '1 minute' WHERE "id" = $1`, [id]);

  it('flags a complaint past a deadline once, on its timeline, in lists and as an event; leaves the rest alone', async () => {
    const unacknowledged = await complaints.create(complaint, clerk);
    const acknowledgedInTime = await complaints.create(complaint, clerk);
    await complaints.acknowledge({ id: acknowledgedInTime.id }, clerk);
    const unresolved = await complaints.create(complaint, clerk);
    await complaints.acknowledge({ id: unresolved.id }, clerk);
    await Promise.all([
      backdate(unacknowledged.id, 'acknowledge_due_at'),
      backdate(acknowledgedInTime.id, 'acknowledge_due_at'),
      backdate(unresolved.id, 'resolve_due_at'),
    ]);

    // Two replicas sweeping at once still flag each once.
    const [a, b] = await Promise.all([sweep.sweep(), sweep.sweep()]);
    expect([...a, ...b].sort()).toEqual([unacknowledged.id, unresolved.id].sort());
    expect(await sweep.sweep()).toEqual([]);

    const manager = service.app.get(DataSource).manager;
    const late = await complaints.get({ id: unacknowledged.id }, clerk, manager);
    expect(late).toMatchObject({ overdue: true, overdueDeadline: 'ACKNOWLEDGE' });
    expect(late.timeline.map((e) => [e.action, e.actorId])).toEqual([
      ['RECEIVED', clerk.id],
      ['OVERDUE', 'system'],
    ]);
    expect((await complaints.get({ id: unresolved.id }, clerk, manager)).overdueDeadline).toBe('RESOLVE');

    const overdue = await complaints.list({ overdue: 'true' }, clerk, manager);
    expect(overdue.items.map((i) => i.id).sort()).toEqual([unacknowledged.id, unresolved.id].sort());
    const notOverdue = await complaints.list({ overdue: 'false', status: ComplaintStatus.Acknowledged }, clerk, manager);
    expect(notOverdue.items.map((i) => i.id)).toEqual([acknowledgedInTime.id]);

    const events = (await service.outbox<ComplaintOverdueV1>(unacknowledged.id)).filter((e) => e.envelope.type === 'feedback.complaint.overdue');
    expect(events).toHaveLength(1);
    expect(events[0].envelope.payload).toMatchObject({ complaintId: unacknowledged.id, status: 'RECEIVED', deadline: 'ACKNOWLEDGE', ownerId: clerk.id });
  });
});
