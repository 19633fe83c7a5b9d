import {
  CreateTaskDto,
  DocumentKind,
  DrugKind,
  Group,
  IsolationPrecaution,
  LinenKind,
  OddJobKind,
  PatientCondition,
  SpecimenKind,
  TASK_DETAILS_KEY,
  TaskDetailsByKey,
  TaskPriority,
  TaskType,
  TransportMode,
} from '@hospital/contracts';

/** A valid details object for every job type, so a spec only spells out what it is about. */
export const SAMPLE_TASK_DETAILS: { [K in keyof TaskDetailsByKey]: TaskDetailsByKey[K] } = {
  patient: {
    patientName: '王小明',
    mrn: 'ZY20260012',
    ward: '5病区',
    bed: '12',
    exam: 'CT 增强',
    mode: TransportMode.Wheelchair,
    oxygen: false,
    monitor: false,
    isolation: IsolationPrecaution.None,
    condition: PatientCondition.Stable,
    selfCaring: true,
  },
  specimen: { kind: SpecimenKind.Urgent, count: 2, container: '紫头管' },
  drug: { kind: DrugKind.IvFluids, items: '0.9% NS 500ml ×10' },
  document: { kind: DocumentKind.LabReport, count: 1 },
  goods: { description: '护士服 20 套', quantity: 20 },
  linen: { kind: LinenKind.Dirty, bags: 4 },
  oddJob: { kind: OddJobKind.ExtraBed, description: '加床 1 张' },
  disinfection: { bedUnit: '5病区 12床' },
  ambulance: { address: '幸福路 12 号', bearers: 2 },
};

/** A job request that passes validation: a specimen run unless `type` says otherwise, with that type's sample details. */
export function taskRequest(overrides: Partial<CreateTaskDto> = {}): CreateTaskDto {
  const type = overrides.type ?? TaskType.Specimen;
  const key = TASK_DETAILS_KEY[type];
  return {
    type,
    priority: TaskPriority.Urgent,
    group: Group.InternalMedicine,
    origin: { department: '心内科', ward: '5病区', bed: '12' },
    destination: { department: '检验科' },
    requester: { department: '心内科', contactName: '李护士', phone: '8021' },
    [key]: SAMPLE_TASK_DETAILS[key],
    ...overrides,
  };
}
