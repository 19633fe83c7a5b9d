import {
  CreateTaskDto,
  DocumentKind,
  ErrorCode,
  FieldError,
  PatientCondition,
  TASK_DETAILS_KEY,
  TaskDetails,
  TaskPriority,
  TaskType,
} from '@hospital/contracts';
import { DomainError } from '@hospital/platform';
import { TaskFees } from '../../config';

/** What the hospital's rules make of a job request beyond its shape. */
export interface TaskRuling {
  priority: TaskPriority;
  feeFen: number | null;
  details: TaskDetails | Record<string, never>;
  /** Remarks for the CREATED timeline entry, e.g. why the priority was raised. */
  remarks: string[];
}

/**
 * The rules that need more than one field: a critical or dependent patient never travels
 * without a clinician or family member, urgent blood is never anything but STAT, and only
 * paid services carry a fee. Broken rules are 422 naming the field.
 */
export function ruleOnTask(dto: CreateTaskDto, fees: TaskFees): TaskRuling {
  const key = TASK_DETAILS_KEY[dto.type];
  const own = dto[key];
  const details = (own ? { [key]: own } : {}) as TaskRuling['details'];
  const errors: FieldError[] = [];
  const remarks: string[] = [];
  let priority = dto.priority;

  if (dto.patient && (dto.patient.condition === PatientCondition.Critical || !dto.patient.selfCaring) && !dto.patient.companion) {
    errors.push({
      field: 'patient.companion',
      message: 'a critical or non-self-caring patient is accompanied by a clinician or family member for the whole trip: name them',
    });
  }

  if (dto.specimen?.urgentBlood && priority !== TaskPriority.Stat) {
    remarks.push(`priority raised from ${priority} to STAT: urgent blood (急血) goes at once`);
    priority = TaskPriority.Stat;
  }

  const mailed = dto.document?.kind === DocumentKind.MailedReport;
  if (mailed && !dto.document?.mailingAddress) {
    errors.push({ field: 'document.mailingAddress', message: 'a mailed report needs the postal address' });
  }

  let feeFen: number | null = null;
  if (dto.type === TaskType.PatientTransport) {
    feeFen = dto.feeFen ?? fees.patientTransportFen;
  } else if (mailed) {
    if (dto.feeFen === undefined) errors.push({ field: 'feeFen', message: 'postage for a mailed report is paid by the patient: give it in fen' });
    else feeFen = dto.feeFen;
  } else if (dto.feeFen) {
    errors.push({ field: 'feeFen', message: `${dto.type} is a free service: only patient transport and mailed reports carry a fee` });
  }

  if (errors.length) {
    throw new DomainError(ErrorCode.BusinessRule, errors.map((e) => `${e.field}: ${e.message}`).join('; '), { errors });
  }
  return { priority, feeFen, details, remarks };
}
