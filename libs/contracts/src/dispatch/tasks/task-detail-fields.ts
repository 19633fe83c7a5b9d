import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, ValidateBy, ValidateIf, ValidateNested } from 'class-validator';
import { TaskType } from '../enums';
import {
  AmbulanceDetailsDto,
  DisinfectionDetailsDto,
  DocumentDetailsDto,
  DrugDetailsDto,
  GoodsDetailsDto,
  LinenDetailsDto,
  OddJobDetailsDto,
  PatientTransportDetailsDto,
  SpecimenDetailsDto,
} from './task-details.dto';

/** Each job type carries its own details under one property named for it. */
export const TASK_DETAILS_KEY = {
  [TaskType.PatientTransport]: 'patient',
  [TaskType.Specimen]: 'specimen',
  [TaskType.Drug]: 'drug',
  [TaskType.Document]: 'document',
  [TaskType.Goods]: 'goods',
  [TaskType.Linen]: 'linen',
  [TaskType.OddJob]: 'oddJob',
  [TaskType.Disinfection]: 'disinfection',
  [TaskType.Ambulance120]: 'ambulance',
} as const satisfies Record<TaskType, string>;

export type TaskDetailsKey = (typeof TASK_DETAILS_KEY)[TaskType];

export interface TaskDetailsByKey {
  patient: PatientTransportDetailsDto;
  specimen: SpecimenDetailsDto;
  drug: DrugDetailsDto;
  document: DocumentDetailsDto;
  goods: GoodsDetailsDto;
  linen: LinenDetailsDto;
  oddJob: OddJobDetailsDto;
  disinfection: DisinfectionDetailsDto;
  ambulance: AmbulanceDetailsDto;
}

/** The one details object a job holds, tagged by the property it travels under. */
export type TaskDetails = { [K in TaskDetailsKey]: Pick<TaskDetailsByKey, K> }[TaskDetailsKey];

/**
 * Required for jobs of `type`, refused for any other type, validated as `cls`: so a request
 * names exactly the details its type needs and the error says which property is wrong.
 */
function detailsFor(type: TaskType, cls: new () => object, description: string): PropertyDecorator {
  return (target, key) => {
    const property = String(key);
    ApiPropertyOptional({ type: cls, description: `${description}. Required when type is ${type}; refused otherwise` })(target, key);
    // With no valid type there is nothing to match the details against: the type's own error says enough.
    const known = (value: unknown) => Object.values(TaskType).includes(value as TaskType);
    ValidateIf((o: { type?: TaskType } & Record<string, unknown>) => known(o.type) && (o.type === type || o[property] !== undefined))(target, key);
    IsDefined({ message: `${property} is required for ${type} jobs` })(target, key);
    ValidateBy({
      name: 'detailsMatchTaskType',
      validator: {
        validate: (_value, args) => (args?.object as { type?: TaskType }).type === type,
        defaultMessage: () => `${property} is only for ${type} jobs`,
      },
    })(target, key);
    ValidateNested()(target, key);
    Type(() => cls)(target, key);
  };
}

/** Read side: what a job of each type shows. */
function detailsShown(cls: new () => object, description: string): PropertyDecorator {
  return ApiPropertyOptional({ type: cls, description: `${description}; present only on jobs of that type` });
}

export class TaskDetailInputs {
  @detailsFor(TaskType.PatientTransport, PatientTransportDetailsDto, 'Patient, exam, mode, oxygen/monitor, isolation, companion')
  patient?: PatientTransportDetailsDto;

  @detailsFor(TaskType.Specimen, SpecimenDetailsDto, 'Specimen kind, count, container; urgent blood is always STAT')
  specimen?: SpecimenDetailsDto;

  @detailsFor(TaskType.Drug, DrugDetailsDto, 'IV fluids or urgent injection')
  drug?: DrugDetailsDto;

  @detailsFor(TaskType.Document, DocumentDetailsDto, 'Document kind from the catalogue; mailing address for mailed reports')
  document?: DocumentDetailsDto;

  @detailsFor(TaskType.Goods, GoodsDetailsDto, 'What to deliver')
  goods?: GoodsDetailsDto;

  @detailsFor(TaskType.Linen, LinenDetailsDto, 'Clean or dirty linen, bags')
  linen?: LinenDetailsDto;

  @detailsFor(TaskType.OddJob, OddJobDetailsDto, 'Extra bed, pipe, moving')
  oddJob?: OddJobDetailsDto;

  @detailsFor(TaskType.Disinfection, DisinfectionDetailsDto, 'Bed unit to disinfect')
  disinfection?: DisinfectionDetailsDto;

  @detailsFor(TaskType.Ambulance120, AmbulanceDetailsDto, '120 call-out address and bearers')
  ambulance?: AmbulanceDetailsDto;
}

export class TaskDetailOutputs {
  @detailsShown(PatientTransportDetailsDto, 'Patient transport; patient name and MRN masked in lists and for roles that do not need them')
  patient?: PatientTransportDetailsDto;
  @detailsShown(SpecimenDetailsDto, 'Specimen') specimen?: SpecimenDetailsDto;
  @detailsShown(DrugDetailsDto, 'Drug') drug?: DrugDetailsDto;
  @detailsShown(DocumentDetailsDto, 'Document') document?: DocumentDetailsDto;
  @detailsShown(GoodsDetailsDto, 'Goods') goods?: GoodsDetailsDto;
  @detailsShown(LinenDetailsDto, 'Linen') linen?: LinenDetailsDto;
  @detailsShown(OddJobDetailsDto, 'Odd job') oddJob?: OddJobDetailsDto;
  @detailsShown(DisinfectionDetailsDto, 'Disinfection') disinfection?: DisinfectionDetailsDto;
  @detailsShown(AmbulanceDetailsDto, '120 call-out') ambulance?: AmbulanceDetailsDto;
}
