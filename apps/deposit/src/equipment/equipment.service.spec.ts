import { Desk, EquipmentType, EquipmentUnitStatus, ErrorCode, Role } from '@hospital/contracts';
import { expectDomainError, ServiceUnderTest } from '@hospital/service-testing';
import { actors } from '@hospital/testing';
import { startDepositUnderTest } from '../service.spec-helper';
import { EquipmentQueryService } from './equipment-query.service';
import { EquipmentService } from './equipment.service';
import { LoansService } from './loans.service';

const supervisor = actors.user(Role.Supervisor);
const clerk = actors.user(Role.DeskClerk, { id: 'user-clerk' });

describe('EquipmentService and EquipmentQueryService (real Postgres, no demo stock)', () => {
  let service: ServiceUnderTest;
  let equipment: EquipmentService;
  let inventory: EquipmentQueryService;

  beforeAll(async () => {
    service = await startDepositUnderTest();
    equipment = service.app.get(EquipmentService);
    inventory = service.app.get(EquipmentQueryService);
  });

  afterAll(() => service.stop());

  it('adds units AVAILABLE, and refuses a code already in use with 409 naming code, even when two arrive at once', async () => {
    const unit = await equipment.add({ code: 'ER-WC-09', type: EquipmentType.Wheelchair, desk: Desk.Emergency, note: '新购' }, supervisor);
    expect(unit).toMatchObject({ code: 'ER-WC-09', type: 'WHEELCHAIR', typeLabel: '轮椅', desk: 'EMERGENCY', status: 'AVAILABLE', note: '新购' });

    const again = await expectDomainError(equipment.add({ code: 'ER-WC-09', type: EquipmentType.Wheelchair, desk: Desk.SurgeryLobby }, supervisor));
    expect(again).toMatchObject({ code: ErrorCode.EquipmentCodeTaken, details: { errors: [{ field: 'code' }] } });

    const racing = await Promise.allSettled(
      [Desk.Emergency, Desk.SurgeryLobby].map((desk) => equipment.add({ code: 'RACE-01', type: EquipmentType.Umbrella, desk }, supervisor)),
    );
    expect(racing.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(racing.find((r): r is PromiseRejectedResult => r.status === 'rejected')?.reason).toMatchObject({ code: ErrorCode.EquipmentCodeTaken });
  });

  it('lists by desk, type and status with counts over every match, and pages newest first', async () => {
    for (const code of ['SL-UB-01', 'SL-UB-02', 'SL-UB-03']) await equipment.add({ code, type: EquipmentType.Umbrella, desk: Desk.SurgeryLobby }, supervisor);
    await equipment.add({ code: 'SL-FC-01', type: EquipmentType.FlatCart, desk: Desk.SurgeryLobby }, supervisor);

    const first = await inventory.list({ desk: Desk.SurgeryLobby, limit: 2 });
    expect(first.items.map((u) => u.code)).toEqual(['SL-FC-01', 'SL-UB-03']);
    expect(first.counts).toEqual(
      expect.arrayContaining([
        { type: 'FLAT_CART', status: 'AVAILABLE', count: 1 },
        { type: 'UMBRELLA', status: 'AVAILABLE', count: expect.any(Number) },
      ]),
    );
    const umbrellas = first.counts.find((c) => c.type === 'UMBRELLA')?.count ?? 0;
    expect(umbrellas).toBeGreaterThanOrEqual(3);
    const second = await inventory.list({ desk: Desk.SurgeryLobby, limit: 2, cursor: first.nextCursor ?? undefined });
    expect(second.items.map((u) => u.code)).toEqual(['SL-UB-02', 'SL-UB-01']);

    const carts = await inventory.list({ type: EquipmentType.FlatCart, status: EquipmentUnitStatus.Available });
    expect(carts.items.map((u) => u.code)).toEqual(['SL-FC-01']);
    expect(carts.counts).toEqual([{ type: 'FLAT_CART', status: 'AVAILABLE', count: 1 }]);
  });

  it('puts a unit into maintenance with its note and back; a lent unit is refused with 409 until its return', async () => {
    const unit = await equipment.add({ code: 'IP-WC-09', type: EquipmentType.Wheelchair, desk: Desk.InpatientLobby }, supervisor);
    expect(await equipment.setStatus({ id: unit.id, status: EquipmentUnitStatus.Maintenance, note: '刹车失灵' })).toMatchObject({
      status: 'MAINTENANCE',
      note: '刹车失灵',
    });
    expect((await inventory.list({ status: EquipmentUnitStatus.Maintenance })).items.map((u) => u.code)).toEqual(['IP-WC-09']);
    expect(await equipment.setStatus({ id: unit.id, status: EquipmentUnitStatus.Available })).toMatchObject({ status: 'AVAILABLE', note: null });

    const loan = await service.app
      .get(LoansService)
      .open({ unitId: unit.id, borrower: { name: '赵六', phone: '13700000000', idNumber: 'E12345678' }, dueBackAt: new Date(Date.now() + 3_600_000).toISOString() }, clerk);
    const refused = await expectDomainError(equipment.setStatus({ id: unit.id, status: EquipmentUnitStatus.Lost, note: '找不到了' }));
    expect(refused).toMatchObject({ code: ErrorCode.InvalidTransition, details: { status: 'LENT' } });
    await service.app.get(LoansService).returnLoan({ id: loan.id }, clerk);
    expect(await equipment.setStatus({ id: unit.id, status: EquipmentUnitStatus.Lost, note: '找不到了' })).toMatchObject({ status: 'LOST' });
  });

  it('answers 404 for a unit that does not exist', async () => {
    const error = await expectDomainError(equipment.setStatus({ id: '00000000-0000-4000-8000-000000000000', status: EquipmentUnitStatus.Available }));
    expect(error.code).toBe(ErrorCode.EquipmentNotFound);
  });
});
