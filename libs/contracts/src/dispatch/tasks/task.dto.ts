import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsDefined, IsEnum, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Length, Matches, Max, Min, ValidateIf, ValidateNested } from 'class-validator';
import { PageOf, PageQueryDto } from '../../common/pagination';
import { Group, TaskPriority, TaskStatus, TaskType } from '../enums';
import { TaskDetailInputs, TaskDetailOutputs } from './task-detail-fields';
import { trimString } from '../../common/transforms';

/** A date-time that says which instant it is: a booking or a poll cursor without an offset would be read in the server's zone. */
const ISO_WITH_OFFSET = /T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

export class LocationDto {
  @ApiProperty({ description: 'Department or place', example: '心内科', minLength: 1, maxLength: 60 })
  @Transform(trimString)
  @IsString()
  @Length(1, 60)
  department: string;

  @ApiPropertyOptional({ description: 'Ward (病区)', example: '5病区', maxLength: 30 })
  @IsOptional()
  @Transform(trimString)
  @IsString()
  @Length(1, 30)
  ward?: string;

  @ApiPropertyOptional({ description: 'Bed number', example: '12', maxLength: 10 })
  @IsOptional()
  @Transform(trimString)
  @IsString()
  @Length(1, 10)
  bed?: string;
}

export class RequesterDto {
  @ApiProperty({ description: 'Requesting department', example: '心内科', minLength: 1, maxLength: 60 })
  @Transform(trimString)
  @IsString()
  @Length(1, 60)
  department: string;

  @ApiPropertyOptional({ description: 'Who called', example: '李护士', maxLength: 50 })
  @IsOptional()
  @Transform(trimString)
  @IsString()
  @Length(1, 50)
  contactName?: string;

  @ApiPropertyOptional({ description: 'Call-back number (extension or mobile); masked for roles that do not need it', example: '8021' })
  @IsOptional()
  @Matches(/^\+?[0-9-]{3,20}$/, { message: 'phone must be 3-20 digits or dashes' })
  phone?: string;
}

export class CreateTaskDto extends TaskDetailInputs {
  @ApiProperty({ enum: TaskType, enumName: 'TaskType', description: 'What kind of job' })
  @IsEnum(TaskType)
  type: TaskType;

  @ApiProperty({ enum: TaskPriority, enumName: 'TaskPriority', description: 'STAT: at once (urgent blood, critical patients)' })
  @IsEnum(TaskPriority)
  priority: TaskPriority;

  @ApiProperty({ enum: Group, enumName: 'Group', description: 'The group whose desk covers the origin and runs the job' })
  @IsEnum(Group)
  group: Group;

  @ApiProperty({ type: LocationDto, description: 'Where the job starts (pick-up)' })
  @IsDefined()
  @ValidateNested()
  @Type(() => LocationDto)
  origin: LocationDto;

  @ApiProperty({ type: LocationDto, description: 'Where the job ends (delivery)' })
  @IsDefined()
  @ValidateNested()
  @Type(() => LocationDto)
  destination: LocationDto;

  @ApiProperty({ type: RequesterDto, description: 'Who asked for the job' })
  @IsDefined()
  @ValidateNested()
  @Type(() => RequesterDto)
  requester: RequesterDto;

  @ApiPropertyOptional({ description: 'Free-text notes for the worker', maxLength: 500 })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  notes?: string;

  @ApiPropertyOptional({
    format: 'date-time',
    description:
      'Book the job for a later time: when it is wanted done (the patient at the exam at 14:30, the specimen at the lab). ' +
      'The job is SCHEDULED until its lead time before it (TASK_LEAD_MINUTES_*, by default the priority’s deadline window), ' +
      'then enters the queue; `dueAt` is this time. ISO 8601 with an offset, in the future and within the booking horizon ' +
      '(TASK_BOOKING_HORIZON_DAYS, 30 days by default). Omit for a job wanted now.',
    example: '2026-11-23T14:30:00+08:00',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Matches(ISO_WITH_OFFSET, { message: 'scheduledFor must be an ISO 8601 date-time with an offset (Z or ±hh:mm)' })
  scheduledFor?: string;

  @ApiPropertyOptional({ type: 'integer',
    description:
      'Fee in fen for paid services only: patient transport (defaults to the configured fee) and mailed reports (postage, required). ' +
      'Free services refuse a fee (422).',
    minimum: 0,
    maximum: 1_000_000,
    example: 1000,
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  feeFen?: number;
}

export class TaskIdDto {
  @ApiProperty({ format: 'uuid', description: 'Task id' })
  @IsUUID()
  id: string;
}

export class ListTasksQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: TaskStatus, enumName: 'TaskStatus', description: 'Only tasks in this status' })
  @IsOptional()
  @IsEnum(TaskStatus)
  status?: TaskStatus;

  @ApiPropertyOptional({ enum: TaskType, enumName: 'TaskType', description: 'Only tasks of this type' })
  @IsOptional()
  @IsEnum(TaskType)
  type?: TaskType;

  @ApiPropertyOptional({ enum: TaskPriority, enumName: 'TaskPriority', description: 'Only tasks of this priority' })
  @IsOptional()
  @IsEnum(TaskPriority)
  priority?: TaskPriority;

  @ApiPropertyOptional({ enum: Group, enumName: 'Group', description: 'Only tasks run by this group' })
  @IsOptional()
  @IsEnum(Group)
  group?: Group;

  @ApiPropertyOptional({
    format: 'date-time',
    description:
      'For systems that poll: only jobs changed at or after this instant (`updatedAt` >= it), oldest change first, ' +
      'ordered by (updatedAt, id) with a cursor of its own. ISO 8601 with an offset (encode `+` as `%2B`); see docs/webhooks.md',
    example: '2026-11-23T08:00:00+08:00',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Matches(ISO_WITH_OFFSET, { message: 'updatedSince must be an ISO 8601 date-time with an offset (Z or ±hh:mm)' })
  updatedSince?: string;
}

export enum TaskTimelineAction {
  Created = 'CREATED',
  Assigned = 'ASSIGNED',
  Accepted = 'ACCEPTED',
  Declined = 'DECLINED',
  Started = 'STARTED',
  Completed = 'COMPLETED',
  Cancelled = 'CANCELLED',
  /** Flagged by the overdue sweep when the deadline passed with the job still open. */
  Overdue = 'OVERDUE',
  /** A booked job entered the queue: at its lead time by the release sweep, or early by the floor. */
  Released = 'RELEASED',
  /** A booked job was changed while SCHEDULED; the note says what. */
  Edited = 'EDITED',
}

export class TaskTimelineEntryDto {
  @ApiProperty({ enum: TaskTimelineAction, enumName: 'TaskTimelineAction', description: 'What happened' }) action: TaskTimelineAction;
  @ApiProperty({ enum: TaskStatus, enumName: 'TaskStatus', description: 'Status after this step' }) status: TaskStatus;
  @ApiProperty({ description: 'Who did it (user, API key or staff id)' }) actorId: string;
  @ApiProperty({ type: String, nullable: true, format: 'uuid', description: 'The worker the step concerns (assigned, accepted, ...)' })
  workerId: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Reason or remark given with the step' }) note: string | null;
  @ApiProperty({ format: 'date-time', description: 'When it happened' }) at: string;
}

export class TaskDto extends TaskDetailOutputs {
  @ApiProperty({ format: 'uuid', description: 'Task id' }) id: string;
  @ApiProperty({ description: 'Human-readable number, per hospital day', example: 'T20261123-0001' }) number: string;
  @ApiProperty({ enum: TaskType, enumName: 'TaskType', description: 'What kind of job' }) type: TaskType;
  @ApiProperty({ enum: TaskPriority, enumName: 'TaskPriority', description: 'How fast it must be done' }) priority: TaskPriority;
  @ApiProperty({ enum: TaskStatus, enumName: 'TaskStatus', description: 'Where the job stands' }) status: TaskStatus;
  @ApiProperty({ enum: Group, enumName: 'Group', description: 'The group running the job' }) group: Group;
  @ApiProperty({ type: LocationDto, description: 'Pick-up' }) origin: LocationDto;
  @ApiProperty({ type: LocationDto, description: 'Delivery' }) destination: LocationDto;
  @ApiProperty({ type: RequesterDto, description: 'Who asked for it; phone masked for roles that do not call back' }) requester: RequesterDto;
  @ApiProperty({ type: String, nullable: true, description: 'Notes for the worker' }) notes: string | null;
  @ApiProperty({ type: 'integer', nullable: true, description: 'Fee in fen for paid services (patient transport, mailed reports); null when free' })
  feeFen: number | null;
  @ApiProperty({ description: 'Who created it: a user id, or the system id of an API key (the same across its rotations)' }) createdBy: string;
  @ApiProperty({ type: String, nullable: true, format: 'uuid', description: 'The worker doing the job, once assigned' })
  assigneeId: string | null;
  @ApiProperty({ format: 'date-time', description: 'When the job must be done: its booked time, or its priority’s window after registration (STAT 15 min, URGENT 30 min, ROUTINE 2 h by default)' })
  dueAt: string;
  @ApiProperty({ type: String, nullable: true, format: 'date-time', description: 'A booked job’s time (when it is wanted done); null for a job wanted at once' })
  scheduledFor: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time', description: 'A booked job: when it enters (or entered) the queue, its lead time before `scheduledFor`' })
  releaseAt: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    format: 'date-time',
    description: 'When the job entered the queue (its registration, or a booked job’s release): response and turnaround in the KPIs run from here; null while SCHEDULED',
  })
  queuedAt: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Who handed the patient or item over at pick-up' }) handedOverBy: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Who received the patient or item at delivery' }) receivedBy: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time', description: 'When it was delivered' }) completedAt: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time', description: 'When it was flagged overdue (deadline passed while open); null if never' })
  overdueAt: string | null;
  @ApiProperty({ type: 'integer', description: 'Increments on every change', example: 1 }) version: number;
  @ApiProperty({ format: 'date-time', description: 'When it was registered' }) createdAt: string;
  @ApiProperty({ format: 'date-time', description: 'Last change' }) updatedAt: string;
}

export class TaskDetailDto extends TaskDto {
  @ApiProperty({ type: TaskTimelineEntryDto, isArray: true, description: 'Every step, oldest first' })
  timeline: TaskTimelineEntryDto[];
}

export class TaskPageDto extends PageOf(TaskDto) {}

const optionalNote = () =>
  function (target: object, key: string) {
    ApiPropertyOptional({ description: 'Remark for the timeline', maxLength: 500 })(target, key);
    IsOptional()(target, key);
    IsString()(target, key);
    Length(1, 500)(target, key);
  };

export class AssignTaskBodyDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'The worker (staff id) who is to do the job; omit with `auto: true`' })
  @ValidateIf((body: AssignTaskBodyDto) => body.auto !== true || body.workerId !== undefined)
  @IsUUID()
  workerId?: string;

  @ApiPropertyOptional({
    description:
      'Let the service choose: clocked in, on shift, holding the post the job needs, in the group covering the origin ' +
      '(for STAT, other groups when none is free there), under capacity; least loaded, then longest idle. The reason is on the timeline.',
    default: false,
  })
  @IsOptional()
  @IsBoolean()
  auto?: boolean;

  @ApiPropertyOptional({ description: 'Set to move a job that is already assigned or accepted to another worker', default: false })
  @IsOptional()
  @IsBoolean()
  reassign?: boolean;

  @optionalNote()
  note?: string;
}

export class TaskNoteBodyDto {
  @optionalNote()
  note?: string;
}

export class TaskReasonBodyDto {
  @ApiProperty({ description: 'Why (shown on the timeline)', minLength: 1, maxLength: 500 })
  @Transform(trimString)
  @IsString()
  @Length(1, 500)
  reason: string;
}

export class StartTaskBodyDto {
  @ApiProperty({ description: 'Who handed the patient or item over (name and role), as on the handover record', minLength: 1, maxLength: 100, example: '李护士 (5病区)' })
  @Transform(trimString)
  @IsString()
  @Length(1, 100)
  handedOverBy: string;

  @optionalNote()
  note?: string;
}

export class CompleteTaskBodyDto {
  @ApiProperty({ description: 'Who received the patient or item (name and role), as on the handover record', minLength: 1, maxLength: 100, example: '王医生 (检验科)' })
  @Transform(trimString)
  @IsString()
  @Length(1, 100)
  receivedBy: string;

  @optionalNote()
  note?: string;
}

/** A booked job's changes while SCHEDULED: only the fields sent change; the type and its details stay (cancel and book again for those). */
export class EditTaskBodyDto {
  @ApiPropertyOptional({
    format: 'date-time',
    description: 'The new time it is wanted done (moves `dueAt` and `releaseAt` with it); future, within the booking horizon, with an offset',
    example: '2026-11-23T15:00:00+08:00',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Matches(ISO_WITH_OFFSET, { message: 'scheduledFor must be an ISO 8601 date-time with an offset (Z or ±hh:mm)' })
  scheduledFor?: string;

  @ApiPropertyOptional({ enum: TaskPriority, enumName: 'TaskPriority', description: 'New priority (urgent blood stays STAT); moves the release with its lead time' })
  @IsOptional()
  @IsEnum(TaskPriority)
  priority?: TaskPriority;

  @ApiPropertyOptional({ type: LocationDto, description: 'New pick-up' })
  @IsOptional()
  @ValidateNested()
  @Type(() => LocationDto)
  origin?: LocationDto;

  @ApiPropertyOptional({ type: LocationDto, description: 'New delivery' })
  @IsOptional()
  @ValidateNested()
  @Type(() => LocationDto)
  destination?: LocationDto;

  @ApiPropertyOptional({ type: RequesterDto, description: 'New requester' })
  @IsOptional()
  @ValidateNested()
  @Type(() => RequesterDto)
  requester?: RequesterDto;

  @ApiPropertyOptional({ description: 'New notes for the worker', maxLength: 500 })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  notes?: string;
}

/** The wire requests: the task id from the path plus the body. */
export class AssignTaskRequestDto extends IntersectionType(TaskIdDto, AssignTaskBodyDto) {}
export class TaskNoteRequestDto extends IntersectionType(TaskIdDto, TaskNoteBodyDto) {}
export class TaskReasonRequestDto extends IntersectionType(TaskIdDto, TaskReasonBodyDto) {}
export class StartTaskRequestDto extends IntersectionType(TaskIdDto, StartTaskBodyDto) {}
export class CompleteTaskRequestDto extends IntersectionType(TaskIdDto, CompleteTaskBodyDto) {}
export class EditTaskRequestDto extends IntersectionType(TaskIdDto, EditTaskBodyDto) {}
