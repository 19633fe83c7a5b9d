import { FeedbackChannel, Role } from '@hospital/contracts';
import { ServiceUnderTest, startServiceUnderTest } from '@hospital/service-testing';
import { actors, freezeDateAt, moveDateTo, unfreezeDate } from '@hospital/testing';
import { randomUUID } from 'node:crypto';
import { feedbackService } from '../service';
import { CreatePraiseService } from './create-praise.service';
import { PraisesQueryService } from './praises-query.service';
import { addWorker } from './praises.spec-helper';

describe('PraisesQueryService (real Postgres, NATS)', () => {
  let service: ServiceUnderTest;
  let praises: PraisesQueryService;
  const workerId = randomUUID();

  beforeAll(async () => {
    service = await startServiceUnderTest(feedbackService);
    praises = service.app.get(PraisesQueryService);
    await addWorker(service, workerId);
    // Received one after the other, on a clock that only moves when told to.
    const intake = service.app.get(CreatePraiseService);
    try {
      freezeDateAt('2001-03-14T10:00:00+08:00');
      await intake.create({ channel: FeedbackChannel.Web, staffIds: [workerId], department: '骨科', text: '非常耐心' }, actors.anonymous());
      moveDateTo('2001-03-14T10:05:00+08:00');
      await intake.create({ channel: FeedbackChannel.OpinionBook, department: '运送中心', text: '服务好' }, actors.user(Role.DeskClerk));
    } finally {
      unfreezeDate();
    }
  });

  afterAll(() => service.stop());

  it('lists praise newest first, by staff member', async () => {
    const all = await praises.list({});
    expect(all.items.map((p) => p.text)).toEqual(['服务好', '非常耐心']);
    const forWorker = await praises.list({ staffId: workerId });
    expect(forWorker.items.map((p) => p.text)).toEqual(['非常耐心']);
  });
});
