import { CreateTaskDto, ErrorCode, SpecimenKind, TASK_DETAILS_KEY, TaskType, TransportMode } from '@hospital/contracts';
import { createValidationPipe, DomainError } from '@hospital/platform';
import { SAMPLE_TASK_DETAILS, taskRequest } from '../task-fixtures.spec-helper';

const pipe = createValidationPipe();
const validate = (value: unknown) => pipe.transform(value, { type: 'body', metatype: CreateTaskDto });

async function refusedFields(value: unknown): Promise<string[]> {
  const error = await validate(value).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  expect((error as DomainError).code).toBe(ErrorCode.ValidationFailed);
  return ((error as DomainError).details?.errors ?? []).map((e) => e.field);
}

describe('job details at the door (CreateTaskDto)', () => {
  it.each(Object.values(TaskType))('accepts a %s job with its own details', async (type) => {
    await expect(validate(taskRequest({ type }))).resolves.toBeInstanceOf(CreateTaskDto);
  });

  it.each(Object.values(TaskType))('refuses a %s job without its details, naming the property', async (type) => {
    const key = TASK_DETAILS_KEY[type];
    const { [key]: _omitted, ...request } = taskRequest({ type });
    expect(await refusedFields(request)).toEqual([key]);
  });

  it('refuses details that belong to another job type', async () => {
    expect(await refusedFields({ ...taskRequest({ type: TaskType.Drug }), specimen: SAMPLE_TASK_DETAILS.specimen })).toEqual(['specimen']);
  });

  it('names the nested field that is wrong', async () => {
    const request = taskRequest({
      type: TaskType.PatientTransport,
      patient: { ...SAMPLE_TASK_DETAILS.patient, mode: 'PIGGYBACK' as TransportMode, mrn: '' },
    });
    expect((await refusedFields(request)).sort()).toEqual(['patient.mode', 'patient.mrn']);
  });

  it('refuses a specimen count of zero and an unknown specimen kind', async () => {
    const request = taskRequest({ specimen: { kind: 'SOMETIME' as SpecimenKind, count: 0, container: '紫头管' } });
    expect((await refusedFields(request)).sort()).toEqual(['specimen.count', 'specimen.kind']);
  });

  it('refuses a negative or fractional fee', async () => {
    expect(await refusedFields(taskRequest({ type: TaskType.PatientTransport, feeFen: -1 }))).toEqual(['feeFen']);
    expect(await refusedFields(taskRequest({ type: TaskType.PatientTransport, feeFen: 10.5 }))).toEqual(['feeFen']);
  });
});
