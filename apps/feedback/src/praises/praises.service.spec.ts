import { Actor, ErrorCode, FeedbackChannel, PraiseReceivedV1, Role } from '@hospital/contracts';
import { expectDomainError, ServiceUnderTest, startServiceUnderTest } from '@hospital/service-testing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { feedbackService } from '../service';
import { PraisesService } from './praises.service';

const clerk: Actor = { id: 'user-clerk', kind: 'user', roles: [Role.DeskClerk] };
const visitor: Actor = { id: 'anonymous', kind: 'anonymous', roles: [] };

describe('PraisesService (real Postgres, NATS)', () => {
  let service: ServiceUnderTest;
  let praises: PraisesService;
  const workerId = randomUUID();

  beforeAll(async () => {
    service = await startServiceUnderTest(feedbackService);
    praises = service.app.get(PraisesService);
    await service.query(
      `INSERT INTO "feedback"."staff_directory" ("id", "staff_no", "name", "group", "posts", "active", "version", "updated_at")
       VALUES ($1, 'JZ9002', '护工乙', 'SURGERY', '{}', true, 1, now())`,
      [workerId],
    );
  });

  afterAll(() => service.stop());

  it('takes a visitor’s praise without an account and emits PraiseReceivedV1 exactly, text left out', async () => {
    const praise = await praises.create({ channel: FeedbackChannel.Web, staffIds: [workerId], department: '骨科', text: '非常耐心' }, visitor);
    expect(praise).toMatchObject({ staffIds: [workerId], department: '骨科', recordedBy: 'anonymous', channel: 'WEB' });
    const [event] = await service.outbox<PraiseReceivedV1>(praise.id);
    expect(event.envelope.type).toBe('feedback.praise.received');
    expect(event.envelope.payload).toEqual({ praiseId: praise.id, staffIds: [workerId], department: '骨科', channel: 'WEB', at: praise.receivedAt });
  });

  it('takes praise for a department alone from the desk', async () => {
    const praise = await praises.create({ channel: FeedbackChannel.OpinionBook, department: '运送中心', text: '服务好' }, clerk);
    expect(praise).toMatchObject({ staffIds: [], department: '运送中心', recordedBy: clerk.id });
  });

  it('refuses unknown staff naming staffIds, and a visitor using a staff-only channel, writing nothing', async () => {
    const unknown = await expectDomainError(praises.create({ channel: FeedbackChannel.Desk, staffIds: [randomUUID()], text: 'x' }, clerk));
    expect(unknown).toMatchObject({ code: ErrorCode.BusinessRule, details: { errors: [{ field: 'staffIds' }] } });
    const channel = await expectDomainError(praises.create({ channel: FeedbackChannel.Desk, staffIds: [workerId], text: 'x' }, visitor));
    expect(channel).toMatchObject({ code: ErrorCode.BusinessRule, details: { errors: [{ field: 'channel' }] } });
    const page = await praises.list({}, service.app.get(DataSource).manager);
    expect(page.items.map((p) => p.text)).not.toContain('x');
  });

  it('lists praise newest first, by staff member', async () => {
    const manager = service.app.get(DataSource).manager;
    const all = await praises.list({}, manager);
    expect(all.items.map((p) => p.text)).toEqual(['服务好', '非常耐心']);
    const forWorker = await praises.list({ staffId: workerId }, manager);
    expect(forWorker.items.map((p) => p.text)).toEqual(['非常耐心']);
  });
});
