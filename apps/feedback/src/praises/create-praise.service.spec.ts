import { ErrorCode, FeedbackChannel, PraiseReceivedV1, Role } from '@hospital/contracts';
import { expectDomainError, ServiceUnderTest, startServiceUnderTest } from '@hospital/service-testing';
import { actors } from '@hospital/testing';
import { randomUUID } from 'node:crypto';
import { feedbackService } from '../service';
import { CreatePraiseService } from './create-praise.service';
import { PraisesQueryService } from './praises-query.service';
import { addWorker } from './praises.spec-helper';

const clerk = actors.user(Role.DeskClerk, { id: 'user-clerk' });
const visitor = actors.anonymous();

describe('CreatePraiseService (real Postgres, NATS)', () => {
  let service: ServiceUnderTest;
  let praises: CreatePraiseService;
  const workerId = randomUUID();

  beforeAll(async () => {
    service = await startServiceUnderTest(feedbackService);
    praises = service.app.get(CreatePraiseService);
    await addWorker(service, workerId);
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
    expect(unknown).toMatchObject({ code: ErrorCode.UnknownStaff, details: { errors: [{ field: 'staffIds' }] } });
    const channel = await expectDomainError(praises.create({ channel: FeedbackChannel.Desk, staffIds: [workerId], text: 'x' }, visitor));
    expect(channel).toMatchObject({ code: ErrorCode.BusinessRule, details: { errors: [{ field: 'channel' }] } });
    const page = await service.app.get(PraisesQueryService).list({});
    expect(page.items.map((p) => p.text)).not.toContain('x');
  });
});
