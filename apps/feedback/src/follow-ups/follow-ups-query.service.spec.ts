import { PlanFollowUpDto, Role } from '@hospital/contracts';
import { ServiceUnderTest, startServiceUnderTest } from '@hospital/service-testing';
import { hospitalDate } from '@hospital/platform';
import { actors, freezeDateAt, unfreezeDate } from '@hospital/testing';
import { feedbackService } from '../service';
import { FollowUpCallsService } from './follow-up-calls.service';
import { FollowUpsQueryService } from './follow-ups-query.service';

const clerk = actors.user(Role.DeskClerk, { id: 'user-clerk' });

/**
 * "Today" is the service's, read when it lists: on the real clock a midnight between planning and
 * listing would move it. So the clock is frozen, on a day that cannot be today.
 */
const NOW = '2001-03-14T10:00:00+08:00';
const daysFromToday = (days: number) => hospitalDate(new Date(Date.now() + days * 86_400_000), 'Asia/Shanghai');
const plan = (dueOn: string): PlanFollowUpDto => ({
  patient: { name: '李大伟', phone: '13900001111', department: '骨科' },
  dischargedOn: daysFromToday(-10),
  dueOn,
});

describe('FollowUpsQueryService (real Postgres, NATS)', () => {
  let service: ServiceUnderTest;
  let followUps: FollowUpCallsService;
  let queries: FollowUpsQueryService;

  beforeAll(async () => {
    service = await startServiceUnderTest(feedbackService, { env: { TZ_HOSPITAL: 'Asia/Shanghai' } });
    followUps = service.app.get(FollowUpCallsService);
    queries = service.app.get(FollowUpsQueryService);
  });

  beforeEach(() => freezeDateAt(NOW));

  afterEach(() => unfreezeDate());

  afterAll(() => service.stop());

  it('lists the calls due today or earlier, and those overdue, leaving completed ones out', async () => {
    const today = await followUps.plan(plan(daysFromToday(0)), clerk);
    const late = await followUps.plan(plan(daysFromToday(-2)), clerk);
    const lateButDone = await followUps.plan(plan(daysFromToday(-2)), clerk);
    await followUps.recordOutcome({ id: lateButDone.id, reached: true, satisfied: true }, clerk);
    const tomorrow = await followUps.plan(plan(daysFromToday(1)), clerk);

    const due = (await queries.list({ due: 'true' }, clerk)).items.map((i) => i.id);
    expect(due).toEqual(expect.arrayContaining([today.id, late.id]));
    expect(due).not.toContain(lateButDone.id);
    expect(due).not.toContain(tomorrow.id);
    const overdue = await queries.list({ overdue: 'true' }, clerk);
    expect(overdue.items.map((i) => i.id)).toContain(late.id);
    expect(overdue.items.map((i) => i.id)).not.toContain(today.id);
    expect(overdue.items.every((i) => i.overdue)).toBe(true);
  });
});
