import { DutyStatus, Group, Shift, StaffDto, TaskStatus } from '@hospital/contracts';
import { ServiceUnderTest, startServiceUnderTest } from '@hospital/service-testing';
import { dispatchService } from '../service';
import { StaffRecordsService } from '../staff/staff-records.service';
import { DutyClockService } from './duty-clock.service';
import { createDutyFloor, cst, dispatcher } from './duty-floor.spec-helper';
import { DutyQueryService } from './duty-query.service';

describe('DutyQueryService (the whole dispatch service in-process: real Postgres, NATS JetStream)', () => {
  let service: ServiceUnderTest;
  let clock: DutyClockService;
  let duty: DutyQueryService;

  let wang: StaffDto;
  let liu: StaffDto;
  let zhao: StaffDto;
  let chen: StaffDto;
  let retired: StaffDto;

  let taskNo = 0;
  /** Jobs for one worker, written straight to the table: the roster only reads them. */
  const giveJobs = async (staffId: string, status: TaskStatus, count: number, completedAt: Date | null = null) => {
    for (let i = 0; i < count; i++) {
      await service.query(
        `INSERT INTO "dispatch"."tasks" ("number", "type", "priority", "status", "group", "origin", "destination", "requester",
           "created_by", "version", "due_at", "assignee_id", "completed_at")
         VALUES ($1, 'SPECIMEN', 'ROUTINE', $2, 'INTERNAL_MEDICINE', '{"department":"心内科"}', '{"department":"检验科"}',
           '{"department":"心内科"}', 'duty-spec', 1, now(), $3, $4)`,
        [`DS${++taskNo}`, status, staffId, completedAt],
      );
    }
  };

  beforeAll(async () => {
    service = await startServiceUnderTest(dispatchService, { env: { TZ_HOSPITAL: 'Asia/Shanghai' } });
    clock = service.app.get(DutyClockService);
    duty = service.app.get(DutyQueryService);
    ({ wang, liu, zhao, chen, retired } = await createDutyFloor(service.app.get(StaffRecordsService)));
  }, 60_000);

  afterAll(() => service?.stop(), 60_000);

  beforeEach(async () => {
    await service.query(`DELETE FROM "dispatch"."duty_sessions"`);
    await service.query(`DELETE FROM "dispatch"."tasks" WHERE "created_by" = 'duty-spec'`);
  });

  describe('roster', () => {
    const now = cst('2025-11-24T12:00');

    it('derives each active person’s status, load and idle time; the inactive are left out', async () => {
      await clock.clockIn({ id: wang.id }, dispatcher, cst('2025-11-24T07:30'));
      await clock.clockIn({ id: liu.id, shift: Shift.Early }, dispatcher, cst('2025-11-24T07:30'));
      await clock.clockIn({ id: zhao.id }, dispatcher, cst('2025-11-24T07:30'));
      // Wang: one job in hand, finished jobs behind him. Liu (capacity 1): one job. Chen: off duty with a job.
      await giveJobs(wang.id, TaskStatus.Accepted, 1);
      await giveJobs(wang.id, TaskStatus.Completed, 2, cst('2025-11-24T09:00'));
      await giveJobs(liu.id, TaskStatus.InProgress, 1);
      await giveJobs(chen.id, TaskStatus.Assigned, 1);
      await giveJobs(wang.id, TaskStatus.Cancelled, 1);

      const roster = await duty.roster({}, now);
      const byNo = Object.fromEntries(roster.map((w) => [w.staffNo, w]));

      expect(roster.map((w) => w.staffNo)).toEqual(['DU-0001', 'DU-0002', 'DU-0003', 'DU-0004']);
      expect(byNo['DU-0001']).toMatchObject({ status: DutyStatus.Available, load: 1, capacity: 2, idleSince: null });
      expect(byNo['DU-0002']).toMatchObject({ status: DutyStatus.Busy, load: 1, capacity: 1, idleSince: null });
      // Zhao works the split shift: 12:00 is lunch.
      expect(byNo['DU-0003']).toMatchObject({ status: DutyStatus.OnBreak, load: 0, shift: Shift.SplitDay });
      expect(byNo['DU-0004']).toMatchObject({ status: DutyStatus.OffDuty, load: 1, shift: null, clockedInAt: null, idleSince: null });
    });

    it('gives idleSince as the last delivery when it is after the clock-in, else the clock-in', async () => {
      await clock.clockIn({ id: wang.id }, dispatcher, cst('2025-11-24T07:30'));
      await clock.clockIn({ id: chen.id }, dispatcher, cst('2025-11-24T07:30'));
      await giveJobs(wang.id, TaskStatus.Completed, 1, cst('2025-11-24T10:15'));
      await giveJobs(wang.id, TaskStatus.Completed, 1, cst('2025-11-24T11:40'));
      // Chen's last delivery was yesterday, before today's clock-in.
      await giveJobs(chen.id, TaskStatus.Completed, 1, cst('2025-11-23T15:00'));

      const [w, c] = await duty.roster({ staffIds: [wang.id, chen.id] }, now);
      expect(w).toMatchObject({ staffNo: 'DU-0001', idleSince: cst('2025-11-24T11:40').toISOString() });
      expect(c).toMatchObject({ staffNo: 'DU-0004', idleSince: cst('2025-11-24T07:30').toISOString() });
    });

    it('filters by group and by staff ids', async () => {
      expect((await duty.roster({ group: Group.Surgery }, now)).map((w) => w.staffNo)).toEqual(['DU-0003']);
      expect((await duty.roster({ staffIds: [liu.id, retired.id] }, now)).map((w) => w.staffNo)).toEqual(['DU-0002']);
      expect(await duty.roster({ staffIds: [] }, now)).toEqual([]);
    });
  });
});
