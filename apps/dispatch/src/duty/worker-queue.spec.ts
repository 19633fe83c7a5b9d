import {
  Actor,
  CompanionRole,
  DutyStatus,
  ErrorCode,
  IsolationPrecaution,
  NextStep,
  PatientCondition,
  Role,
  StaffDto,
  TaskDetails,
  TaskNeed,
  TaskPriority,
  TaskStatus,
  TaskType,
  TransportMode,
} from '@hospital/contracts';
import { actors } from '@hospital/testing';
import { expectDomainError, ServiceUnderTest, startServiceUnderTest } from '@hospital/service-testing';
import { dispatchService } from '../service';
import { StaffRecordsService } from '../staff/staff-records.service';
import { SAMPLE_TASK_DETAILS } from '../tasks/task-fixtures.spec-helper';
import { DutyBreaksService } from './duty-breaks.service';
import { DutyClockService } from './duty-clock.service';
import { createDutyFloor, cst, dispatcher } from './duty-floor.spec-helper';
import { DutyQueryService } from './duty-query.service';
import { needsOf } from './worker-queue.mapper';

/** 10:00 on a Monday in the hospital, inside the early shift the floor clocks in for. */
const NOW = cst('2025-11-24T10:00');

const transport: TaskDetails = {
  patient: {
    ...SAMPLE_TASK_DETAILS.patient,
    mode: TransportMode.Wheelchair,
    oxygen: true,
    isolation: IsolationPrecaution.Contact,
    selfCaring: false,
    companion: { name: '王丽', role: CompanionRole.Family },
  },
};

describe("A worker's own queue (the whole dispatch service in-process: real Postgres, NATS JetStream)", () => {
  let service: ServiceUnderTest;
  let queries: DutyQueryService;
  let clock: DutyClockService;
  let breaks: DutyBreaksService;

  let wang: StaffDto;
  let chen: StaffDto;
  let wangHimself: Actor;

  let taskNo = 0;
  /** A job in `status` for `staffId`, due `dueLocal`, with the details of its type; the number orders the ties. */
  const job = async (staffId: string, status: TaskStatus, priority: TaskPriority, dueLocal: string, type = TaskType.Specimen, details: TaskDetails = { specimen: SAMPLE_TASK_DETAILS.specimen }) => {
    const number = `WQ${String(++taskNo).padStart(4, '0')}`;
    await service.query(
      `INSERT INTO "dispatch"."tasks" ("number", "type", "priority", "status", "group", "origin", "destination", "requester", "notes", "details",
         "created_by", "version", "due_at", "assignee_id")
       VALUES ($1, $2, $3, $4, 'INTERNAL_MEDICINE', '{"department":"心内科","ward":"5病区","bed":"12"}', '{"department":"检验科"}',
         '{"department":"心内科","contactName":"李护士","phone":"8021"}', $5, $6, 'queue-spec', 1, $7, $8)`,
      [number, type, priority, status, `note ${number}`, JSON.stringify(details), cst(dueLocal), staffId],
    );
    return number;
  };

  beforeAll(async () => {
    service = await startServiceUnderTest(dispatchService, { env: { TZ_HOSPITAL: 'Asia/Shanghai' } });
    queries = service.app.get(DutyQueryService);
    clock = service.app.get(DutyClockService);
    breaks = service.app.get(DutyBreaksService);
    ({ wang, chen, wangHimself } = await createDutyFloor(service.app.get(StaffRecordsService)));
    await service.query(`UPDATE "dispatch"."staff" SET "capacity" = 10 WHERE "id" = $1`, [wang.id]);
  }, 60_000);

  afterAll(() => service?.stop(), 60_000);

  beforeEach(async () => {
    await service.query(`DELETE FROM "dispatch"."tasks"`);
    await service.query(`DELETE FROM "dispatch"."duty_sessions"`);
  });

  it('lists the open jobs under way first, then those accepted, then those offered; STAT before URGENT before ROUTINE, then by due time and number', async () => {
    await clock.clockIn({ id: wang.id }, wangHimself, cst('2025-11-24T07:28'));
    const routineA = await job(wang.id, TaskStatus.Assigned, TaskPriority.Routine, '2025-11-24T11:00');
    const routineB = await job(wang.id, TaskStatus.Assigned, TaskPriority.Routine, '2025-11-24T11:00');
    const urgentLater = await job(wang.id, TaskStatus.Assigned, TaskPriority.Urgent, '2025-11-24T10:32');
    const urgent = await job(wang.id, TaskStatus.Assigned, TaskPriority.Urgent, '2025-11-24T10:30');
    const stat = await job(wang.id, TaskStatus.Assigned, TaskPriority.Stat, '2025-11-24T10:15');
    const acceptedRoutine = await job(wang.id, TaskStatus.Accepted, TaskPriority.Routine, '2025-11-24T10:05');
    const acceptedStat = await job(wang.id, TaskStatus.Accepted, TaskPriority.Stat, '2025-11-24T10:20');
    const underWay = await job(wang.id, TaskStatus.InProgress, TaskPriority.Routine, '2025-11-24T11:30', TaskType.PatientTransport, transport);
    // Not in the queue: finished, not yet given out, or someone else's.
    await job(wang.id, TaskStatus.Completed, TaskPriority.Stat, '2025-11-24T09:00');
    await job(wang.id, TaskStatus.Cancelled, TaskPriority.Stat, '2025-11-24T09:00');
    await job(chen.id, TaskStatus.Assigned, TaskPriority.Stat, '2025-11-24T09:00');

    const queue = await queries.queue(wangHimself, NOW);

    expect(queue.items.map((item) => item.number)).toEqual([underWay, acceptedStat, acceptedRoutine, stat, urgent, urgentLater, routineA, routineB]);
    expect(queue.items.map((item) => item.nextStep)).toEqual([
      NextStep.Complete,
      NextStep.Start,
      NextStep.Start,
      NextStep.Accept,
      NextStep.Accept,
      NextStep.Accept,
      NextStep.Accept,
      NextStep.Accept,
    ]);
    expect(queue.generatedAt).toBe(NOW.toISOString());
    expect(queue.duty).toMatchObject({ staffId: wang.id, status: DutyStatus.Available, load: 8, capacity: 10, onBreakSince: null });
  });

  it('says what each job needs, with the patient in full for the assignee, where from and to, by when and whether it is late', async () => {
    await clock.clockIn({ id: wang.id }, wangHimself, cst('2025-11-24T07:28'));
    const late = await job(wang.id, TaskStatus.Accepted, TaskPriority.Stat, '2025-11-24T09:55', TaskType.Specimen, {
      specimen: { ...SAMPLE_TASK_DETAILS.specimen, urgentBlood: true },
    });
    const underWay = await job(wang.id, TaskStatus.InProgress, TaskPriority.Urgent, '2025-11-24T10:20', TaskType.PatientTransport, transport);

    const [transportItem, specimenItem] = (await queries.queue(wangHimself, NOW)).items;

    expect(transportItem).toEqual({
      id: expect.any(String),
      number: underWay,
      type: TaskType.PatientTransport,
      priority: TaskPriority.Urgent,
      status: TaskStatus.InProgress,
      nextStep: NextStep.Complete,
      origin: { department: '心内科', ward: '5病区', bed: '12' },
      destination: { department: '检验科' },
      requester: { department: '心内科', contactName: '李护士', phone: '8021' },
      notes: `note ${underWay}`,
      dueAt: cst('2025-11-24T10:20').toISOString(),
      overdue: false,
      needs: [TaskNeed.Wheelchair, TaskNeed.Oxygen, TaskNeed.Companion, TaskNeed.ContactIsolation],
      patient: expect.objectContaining({ patientName: '王小明', mrn: 'ZY20260012', exam: 'CT 增强' }),
    });
    expect(specimenItem).toMatchObject({ number: late, nextStep: NextStep.Start, overdue: true, needs: [TaskNeed.UrgentBlood], specimen: { urgentBlood: true, count: 2 } });
    expect(specimenItem).not.toHaveProperty('patient');
  });

  it('says the worker is on a break, with the jobs they still carry', async () => {
    await clock.clockIn({ id: wang.id }, wangHimself, cst('2025-11-24T07:28'));
    await job(wang.id, TaskStatus.Accepted, TaskPriority.Routine, '2025-11-24T11:00');
    await breaks.start({ id: wang.id }, wangHimself, cst('2025-11-24T09:45'));

    const queue = await queries.queue(wangHimself, NOW);

    expect(queue.duty).toMatchObject({ status: DutyStatus.OnBreak, onBreakSince: cst('2025-11-24T09:45').toISOString() });
    expect(queue.items).toHaveLength(1);
  });

  it('is empty, and off duty, for a worker with nothing in hand who has not clocked in', async () => {
    expect(await queries.queue(wangHimself, NOW)).toEqual({
      generatedAt: NOW.toISOString(),
      duty: expect.objectContaining({ status: DutyStatus.OffDuty, load: 0, onBreakSince: null }),
      items: [],
    });
  });

  it('is a worker’s own: the floor is refused, and so is a worker account linked to nobody', async () => {
    const error = await expectDomainError(queries.queue(dispatcher, NOW));
    expect(error.code).toBe(ErrorCode.Forbidden);
    const unlinked = await expectDomainError(queries.queue(actors.user(Role.Worker, { staffId: null }), NOW));
    expect(unlinked.code).toBe(ErrorCode.NotLinkedToStaff);
  });

  it('answers STAFF_NOT_FOUND for a worker whose staff record is gone or inactive', async () => {
    const error = await expectDomainError(queries.queue(actors.user(Role.Worker, { staffId: '00000000-0000-4000-8000-000000000000' }), NOW));
    expect(error.code).toBe(ErrorCode.StaffNotFound);
  });
});

describe('needsOf (what a job asks the worker to bring)', () => {
  it('reads a transport’s mode, oxygen, monitor, companion, condition and isolation; nothing for a walking, stable, self-caring patient', () => {
    const patient = SAMPLE_TASK_DETAILS.patient;
    expect(needsOf({ patient: { ...patient, mode: TransportMode.Walk } })).toEqual([]);
    expect(
      needsOf({
        patient: {
          ...patient,
          mode: TransportMode.Stretcher,
          oxygen: true,
          monitor: true,
          condition: PatientCondition.Critical,
          companion: { name: '张医生', role: CompanionRole.Clinician },
          isolation: IsolationPrecaution.Airborne,
        },
      }),
    ).toEqual([TaskNeed.Stretcher, TaskNeed.Oxygen, TaskNeed.Monitor, TaskNeed.Companion, TaskNeed.CriticalPatient, TaskNeed.AirborneIsolation]);
    expect(needsOf({ patient: { ...patient, mode: TransportMode.Bed, isolation: IsolationPrecaution.Droplet } })).toEqual([TaskNeed.Bed, TaskNeed.DropletIsolation]);
  });

  it('reads urgent blood on a specimen, isolation on a disinfection, and nothing on the other types', () => {
    expect(needsOf({ specimen: { ...SAMPLE_TASK_DETAILS.specimen, urgentBlood: true } })).toEqual([TaskNeed.UrgentBlood]);
    expect(needsOf({ specimen: SAMPLE_TASK_DETAILS.specimen })).toEqual([]);
    expect(needsOf({ disinfection: { bedUnit: '5病区 12床', isolation: IsolationPrecaution.Contact } })).toEqual([TaskNeed.ContactIsolation]);
    expect(needsOf({ goods: SAMPLE_TASK_DETAILS.goods })).toEqual([]);
    expect(needsOf({})).toEqual([]);
  });
});
