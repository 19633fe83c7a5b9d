import { CompanionRole, ErrorCode, PatientCondition, Role, TaskPriority, TaskTimelineAction, TaskType } from '@hospital/contracts';
import { actors } from '@hospital/testing';
import { expectDomainError, ServiceUnderTest, startServiceUnderTest } from '@hospital/service-testing';
import { SAMPLE_TASK_DETAILS, taskRequest } from '../task-fixtures.spec-helper';
import { dispatchService } from '../../service';
import { TasksHandlers } from '../tasks.handlers';

const dispatcher = actors.user(Role.Dispatcher, { id: 'user-dispatcher-01' });
const supervisor = actors.user(Role.Supervisor, { id: 'user-supervisor-01' });

describe('job details and fees (dispatch service: real Postgres, NATS)', () => {
  let service: ServiceUnderTest;
  let handlers: TasksHandlers;

  beforeAll(async () => {
    // The fee and one cell of the deadline table, set as an operator would.
    service = await startServiceUnderTest(dispatchService, { env: { PATIENT_TRANSPORT_FEE_FEN: '1500', TASK_DUE_MINUTES_PATIENT_TRANSPORT_ROUTINE: '90' } });
    handlers = service.app.get(TasksHandlers);
  }, 60_000);

  afterAll(async () => {
    await service?.stop();
  }, 60_000);

  it('keeps a patient transport with its details and the configured fee; its deadline comes from the type table', async () => {
    const created = await handlers.create(taskRequest({ type: TaskType.PatientTransport, priority: TaskPriority.Routine }), dispatcher, null);
    expect(created.patient).toEqual(SAMPLE_TASK_DETAILS.patient);
    expect(created.feeFen).toBe(1500);
    expect(new Date(created.dueAt).getTime() - new Date(created.createdAt).getTime()).toBe(90 * 60_000);
    expect(await handlers.get({ id: created.id }, dispatcher)).toMatchObject({ patient: SAMPLE_TASK_DETAILS.patient, feeFen: 1500 });
  });

  it('masks the patient name and MRN in lists, and in the job itself for roles that do not move patients', async () => {
    const created = await handlers.create(taskRequest({ type: TaskType.PatientTransport }), dispatcher, null);
    const listed = (await handlers.list({ type: TaskType.PatientTransport, limit: 100 }, dispatcher)).items.find((t) => t.id === created.id);
    expect(listed?.patient).toMatchObject({ patientName: '王**', mrn: '******0012', exam: 'CT 增强' });
    expect((await handlers.get({ id: created.id }, supervisor)).patient).toMatchObject({ patientName: '王**', mrn: '******0012' });
  });

  it('sends urgent blood as STAT whatever was asked, and says so on the timeline', async () => {
    const created = await handlers.create(
      taskRequest({ priority: TaskPriority.Routine, specimen: { ...SAMPLE_TASK_DETAILS.specimen, urgentBlood: true } }),
      dispatcher,
      null,
    );
    expect(created.priority).toBe(TaskPriority.Stat);
    expect(new Date(created.dueAt).getTime() - new Date(created.createdAt).getTime()).toBe(15 * 60_000);
    expect(created.timeline[0]).toMatchObject({ action: TaskTimelineAction.Created, note: expect.stringContaining('急血') });
    expect(created.feeFen).toBeNull();
  });

  it('refuses a critical patient without a companion with 422, writing nothing', async () => {
    const before = await service.query('SELECT count(*)::int AS n FROM "dispatch"."tasks"');
    const request = taskRequest({ type: TaskType.PatientTransport, patient: { ...SAMPLE_TASK_DETAILS.patient, condition: PatientCondition.Critical } });
    const error = await expectDomainError(handlers.create(request, dispatcher, null));
    expect(error.code).toBe(ErrorCode.BusinessRule);
    expect(error.details?.errors?.[0].field).toBe('patient.companion');
    expect(await service.query('SELECT count(*)::int AS n FROM "dispatch"."tasks"')).toEqual(before);

    const accompanied = { ...request.patient!, companion: { name: '李女士 (家属)', role: CompanionRole.Family } };
    const created = await handlers.create({ ...request, patient: accompanied }, dispatcher, null);
    expect(created.patient?.companion).toEqual({ name: '李女士 (家属)', role: CompanionRole.Family });
  });
});
