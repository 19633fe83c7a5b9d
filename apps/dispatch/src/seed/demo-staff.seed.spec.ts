import { DispatchEvents, StaffSnapshotV1 } from '@hospital/contracts';
import { demoStaffId } from '@hospital/platform';
import { ServiceUnderTest, startServiceUnderTest } from '@hospital/service-testing';
import { dispatchService } from '../service';
import { demoStaff } from './demo-staff';
import { DemoStaffSeed } from './demo-staff.seed';

describe('DemoStaffSeed (SEED_DEMO=true; the dispatch service in-process: real Postgres, NATS)', () => {
  let service: ServiceUnderTest;
  const people = demoStaff();

  const staffCreated = async () =>
    (await service.outbox<StaffSnapshotV1>()).filter((row) => row.envelope.type === DispatchEvents.staffCreated).map((row) => row.envelope.payload);

  beforeAll(async () => {
    service = await startServiceUnderTest(dispatchService, { env: { SEED_DEMO: 'true' } });
  }, 60_000);

  afterAll(() => service?.stop(), 60_000);

  it('adds the demo staff at start, each under the id the gateway links demo accounts to', async () => {
    const rows = (await service.query('SELECT "id", "staff_no", "phone", "shift", "capacity" FROM "dispatch"."staff" ORDER BY "staff_no"')) as {
      id: string;
      staff_no: string;
      phone: string;
      shift: string;
      capacity: number;
    }[];
    const expected = [...people].sort((a, b) => (a.staffNo < b.staffNo ? -1 : 1));
    expect(rows).toEqual(expected.map((p) => ({ id: demoStaffId(p.staffNo), staff_no: p.staffNo, phone: p.phone, shift: p.shift, capacity: p.capacity })));
  });

  it('tells the other services about each one through the outbox, as for anyone added, without their phone', async () => {
    const payloads = await staffCreated();
    expect(payloads).toHaveLength(people.length);
    const byNo = new Map(payloads.map((p) => [p.staffNo, p]));
    for (const person of people) {
      expect(byNo.get(person.staffNo)).toEqual({
        id: demoStaffId(person.staffNo),
        staffNo: person.staffNo,
        name: person.name,
        group: person.group,
        posts: person.posts,
        active: true,
        version: 1,
      });
    }
    expect(JSON.stringify(payloads)).not.toContain(people[0].phone);
  });

  it('adds nothing and announces nothing when run again (a restart, a second replica)', async () => {
    const before = (await service.outbox()).length;
    await expect(service.app.get(DemoStaffSeed).seed()).resolves.toBe(0);
    expect((await service.outbox()).length).toBe(before);
    expect(await service.query('SELECT count(*)::int AS n FROM "dispatch"."staff"')).toEqual([{ n: people.length }]);
  });

  it('adds only who is missing, leaving a changed person as they are', async () => {
    const [first, second] = people;
    await service.query('UPDATE "dispatch"."staff" SET "name" = $2 WHERE "staff_no" = $1', [first.staffNo, '改过的名字']);
    await service.query('DELETE FROM "dispatch"."staff" WHERE "staff_no" = $1', [second.staffNo]);

    await expect(service.app.get(DemoStaffSeed).seed()).resolves.toBe(1);

    const names = (await service.query('SELECT "staff_no", "name" FROM "dispatch"."staff" WHERE "staff_no" = ANY($1) ORDER BY "staff_no"', [
      [first.staffNo, second.staffNo],
    ])) as { staff_no: string; name: string }[];
    expect(names).toEqual(
      [
        { staff_no: first.staffNo, name: '改过的名字' },
        { staff_no: second.staffNo, name: second.name },
      ].sort((a, b) => (a.staff_no < b.staff_no ? -1 : 1)),
    );
    expect((await staffCreated()).filter((p) => p.staffNo === second.staffNo)).toHaveLength(2);
  });
});
