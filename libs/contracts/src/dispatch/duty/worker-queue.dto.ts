import { ApiProperty } from '@nestjs/swagger';
import { TaskPriority, TaskStatus, TaskType } from '../enums';
import { TaskDetailOutputs } from '../tasks/task-detail-fields';
import { LocationDto, RequesterDto } from '../tasks/task.dto';
import { WorkerDutyDto } from './duty.dto';

/** The step a worker takes next on a job in hand: what the button on their phone says. */
export enum NextStep {
  /** ASSIGNED: take it (or decline it). */
  Accept = 'ACCEPT',
  /** ACCEPTED: pick the patient or item up (who handed it over is recorded). */
  Start = 'START',
  /** IN_PROGRESS: deliver it (who received it is recorded). */
  Complete = 'COMPLETE',
}

/**
 * What a job asks the worker to bring or take care of, read from its details: the few facts that
 * decide what they fetch before setting off (a wheelchair, oxygen) or how they go (isolation).
 */
export enum TaskNeed {
  Wheelchair = 'WHEELCHAIR',
  Stretcher = 'STRETCHER',
  /** The patient travels in their bed. */
  Bed = 'BED',
  Oxygen = 'OXYGEN',
  Monitor = 'MONITOR',
  /** A clinician or family member comes along for the whole trip: collect them with the patient. */
  Companion = 'COMPANION',
  CriticalPatient = 'CRITICAL_PATIENT',
  ContactIsolation = 'CONTACT_ISOLATION',
  DropletIsolation = 'DROPLET_ISOLATION',
  AirborneIsolation = 'AIRBORNE_ISOLATION',
  /** 急血: urgent blood, straight to the lab. */
  UrgentBlood = 'URGENT_BLOOD',
}

/** One job in a worker's queue: where, by when, what to take, and the step to take next. */
export class WorkerQueueItemDto extends TaskDetailOutputs {
  @ApiProperty({ format: 'uuid', description: 'Task id' }) id: string;
  @ApiProperty({ description: 'Human-readable number, per hospital day', example: 'T20261123-0001' }) number: string;
  @ApiProperty({ enum: TaskType, enumName: 'TaskType', description: 'What kind of job' }) type: TaskType;
  @ApiProperty({ enum: TaskPriority, enumName: 'TaskPriority', description: 'How fast it must be done' }) priority: TaskPriority;
  @ApiProperty({ enum: TaskStatus, enumName: 'TaskStatus', description: 'ASSIGNED, ACCEPTED or IN_PROGRESS' }) status: TaskStatus;
  @ApiProperty({ enum: NextStep, enumName: 'NextStep', description: 'What to do next: ACCEPT (POST …/accept), START (…/start), COMPLETE (…/complete)' })
  nextStep: NextStep;
  @ApiProperty({ type: LocationDto, description: 'Pick-up' }) origin: LocationDto;
  @ApiProperty({ type: LocationDto, description: 'Delivery' }) destination: LocationDto;
  @ApiProperty({ type: RequesterDto, description: 'Who asked for it, with the number to call back' }) requester: RequesterDto;
  @ApiProperty({ type: String, nullable: true, description: 'Notes for the worker' }) notes: string | null;
  @ApiProperty({ format: 'date-time', description: 'When the job must be done' }) dueAt: string;
  @ApiProperty({ description: 'The deadline has passed (dueAt before generatedAt), or the overdue sweep has flagged the job' }) overdue: boolean;
  @ApiProperty({
    enum: TaskNeed,
    enumName: 'TaskNeed',
    isArray: true,
    description: 'What the job asks to bring or take care of, from its details (empty when nothing special); the details property itself is beside it',
    example: [TaskNeed.Wheelchair, TaskNeed.Oxygen, TaskNeed.Companion],
  })
  needs: TaskNeed[];
}

/** A worker's own queue: their duty (on break or not) and their open jobs in the order to do them. */
export class WorkerQueueDto {
  @ApiProperty({ format: 'date-time', description: 'When the queue was read; `overdue` is judged against this instant' }) generatedAt: string;
  @ApiProperty({ type: WorkerDutyDto, description: 'Their own duty: status (ON_BREAK on a break), `onBreakSince`, shift, load and capacity' })
  duty: WorkerDutyDto;
  @ApiProperty({
    type: WorkerQueueItemDto,
    isArray: true,
    description:
      'Their jobs ASSIGNED, ACCEPTED or IN_PROGRESS, in the order to do them: IN_PROGRESS first, then ACCEPTED, then ASSIGNED; ' +
      'within each STAT, URGENT, ROUTINE; then the earliest due; then the number. Patient name and MRN in full (they are the assignee).',
  })
  items: WorkerQueueItemDto[];
}
