import { Desk, EquipmentUnitStatus } from '@hospital/contracts';
import { ServiceUnderTest } from '@hospital/service-testing';
import { EquipmentQueryService } from '../equipment/equipment-query.service';
import { startDepositUnderTest } from '../service.spec-helper';
import { DemoEquipmentSeed } from './demo-equipment.seed';

describe('demo equipment (SEED_DEMO=true, real Postgres)', () => {
  let service: ServiceUnderTest;

  beforeAll(async () => {
    service = await startDepositUnderTest({ env: { SEED_DEMO: 'true' } });
  });

  afterAll(() => service.stop());

  const stock = () =>
    service.query<{ desk: string; type: string; n: number }[]>(
      `SELECT "desk", "type", count(*)::int AS n FROM "deposit"."equipment_units" GROUP BY 1, 2 ORDER BY 1, 2`,
    );

  it('stocks every desk with 5 wheelchairs, 5 airline chairs, 10 umbrellas and 2 flat carts, all AVAILABLE', async () => {
    const expected = Object.values(Desk).flatMap((desk) => [
      { desk, type: 'AIRLINE_CHAIR', n: 5 },
      { desk, type: 'FLAT_CART', n: 2 },
      { desk, type: 'UMBRELLA', n: 10 },
      { desk, type: 'WHEELCHAIR', n: 5 },
    ]);
    expect(await stock()).toEqual(expect.arrayContaining(expected));
    expect(await stock()).toHaveLength(expected.length);
    const page = await service.app.get(EquipmentQueryService).list({ desk: Desk.InpatientLobby, limit: 100 });
    expect(page.items.map((u) => u.code)).toEqual(expect.arrayContaining(['IP-WC-01', 'IP-WC-05', 'IP-AC-05', 'IP-UB-10', 'IP-FC-02']));
    expect(page.counts.every((c) => c.status === EquipmentUnitStatus.Available)).toBe(true);
  });

  it('adds nothing when run again, and leaves a unit someone changed as it is', async () => {
    const before = await stock();
    await service.query(`UPDATE "deposit"."equipment_units" SET "status" = 'MAINTENANCE', "note" = '轮胎漏气' WHERE "code" = 'ER-WC-01'`);
    expect(await service.app.get(DemoEquipmentSeed).seed()).toBe(0);
    expect(await stock()).toEqual(before);
    const [unit] = await service.query<{ status: string; note: string }[]>(`SELECT "status", "note" FROM "deposit"."equipment_units" WHERE "code" = 'ER-WC-01'`);
    expect(unit).toEqual({ status: 'MAINTENANCE', note: '轮胎漏气' });
  });
});
