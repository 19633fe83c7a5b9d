import { ApiHideProperty, ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEnum, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { WorkerDutyDto } from '../duty/duty.dto';
import { Group, TaskPriority, TaskStatus, TaskType } from '../enums';
import { LocationDto } from '../tasks/task.dto';

/** The most jobs each board list carries; `counts` always gives the true totals. */
export const BOARD_LIST_LIMIT = 200;

export class BoardQueryDto {
  @ApiPropertyOptional({ enum: Group, enumName: 'Group', description: 'Only this group (its jobs, workers and events); omit for the whole center' })
  @IsOptional()
  @IsEnum(Group)
  group?: Group;
}

/** A job as the board shows it: where, how urgent, who has it. No patient or requester details. */
export class BoardTaskDto {
  @ApiProperty({ format: 'uuid', description: 'Task id' }) id: string;
  @ApiProperty({ description: 'Human-readable number, per hospital day', example: 'T20261123-0001' }) number: string;
  @ApiProperty({ enum: TaskType, enumName: 'TaskType', description: 'What kind of job' }) type: TaskType;
  @ApiProperty({ enum: TaskPriority, enumName: 'TaskPriority', description: 'How fast it must be done' }) priority: TaskPriority;
  @ApiProperty({ enum: TaskStatus, enumName: 'TaskStatus', description: 'PENDING, or ASSIGNED / ACCEPTED / IN_PROGRESS for jobs in hand' })
  status: TaskStatus;
  @ApiProperty({ enum: Group, enumName: 'Group', description: 'The group running the job' }) group: Group;
  @ApiProperty({ type: LocationDto, description: 'Pick-up (department, ward, bed)' }) origin: LocationDto;
  @ApiProperty({ type: LocationDto, description: 'Delivery (department, ward, bed)' }) destination: LocationDto;
  @ApiProperty({ type: String, nullable: true, format: 'uuid', description: 'The worker who has the job; null while pending' })
  assigneeId: string | null;
  @ApiProperty({ type: String, nullable: true, description: "The assignee's name; null while pending" }) assigneeName: string | null;
  @ApiProperty({ format: 'date-time', description: 'When the job must be done' }) dueAt: string;
  @ApiProperty({ description: 'The deadline has passed (dueAt before generatedAt), or the overdue sweep has flagged the job' })
  overdue: boolean;
  @ApiProperty({ format: 'date-time', description: 'When it was registered' }) createdAt: string;
}

export class BoardCountsDto {
  @ApiProperty({ type: 'integer', description: 'All PENDING jobs (the `pending` list holds at most 200 of them)', example: 12 }) pending: number;
  @ApiProperty({ type: 'integer', description: 'All jobs ASSIGNED, ACCEPTED or IN_PROGRESS (the `inHand` list holds at most 200)', example: 30 }) inHand: number;
  @ApiProperty({ type: 'integer', description: 'Of the pending and in-hand jobs, how many are overdue', example: 2 }) overdue: number;
}

/** The live queue of one group (or the whole center) at `generatedAt`. */
export class BoardDto {
  @ApiProperty({ enum: Group, enumName: 'Group', nullable: true, description: 'The group asked for; null for the whole center' })
  group: Group | null;

  @ApiProperty({ format: 'date-time', description: 'When the board was read; `overdue` is judged against this instant' })
  generatedAt: string;

  @ApiProperty({ type: BoardCountsDto, description: 'True totals, however long the lists are' })
  counts: BoardCountsDto;

  @ApiProperty({
    type: BoardTaskDto,
    isArray: true,
    description: 'Pending jobs, STAT first, then URGENT, then ROUTINE, each by due time; at most 200 (see counts.pending)',
  })
  pending: BoardTaskDto[];

  @ApiProperty({
    type: BoardTaskDto,
    isArray: true,
    description: 'Jobs assigned, accepted or in progress, by due time, with the assignee; at most 200 (see counts.inHand)',
  })
  inHand: BoardTaskDto[];

  @ApiProperty({ type: WorkerDutyDto, isArray: true, description: 'The active workers with their duty status and current load' })
  workers: WorkerDutyDto[];
}

/**
 * The `data` of one message on `GET /dispatch/board/stream`: which job or worker changed, enough to
 * update a board in place or to decide to reload it. The SSE `event` is the event type and the SSE
 * `id` the event's sequence in the event stream (what a reconnect resumes after). No names or patient details.
 */
export class BoardStreamEventDto {
  @ApiProperty({ description: 'The domain event type, as in the SSE `event` field', example: 'dispatch.task.assigned' }) type: string;
  @ApiProperty({
    format: 'uuid',
    description: "The event's own id (its envelope id): the same event carries the same eventId on every gateway and in a replay",
  })
  eventId: string;
  @ApiProperty({ format: 'date-time', description: 'When it happened' }) at: string;
  @ApiProperty({ enum: Group, enumName: 'Group', nullable: true, description: 'The group concerned; null when the event names none' })
  group: Group | null;
  @ApiProperty({ type: String, nullable: true, format: 'uuid', description: 'The job concerned (task and incident events)' })
  taskId: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Its number', example: 'T20261123-0001' }) number: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Task events: the status after the step. Staff events: the duty status, when the event carries one' })
  status: string | null;
  @ApiProperty({ enum: TaskPriority, enumName: 'TaskPriority', nullable: true, description: 'Task events: the priority' })
  priority: TaskPriority | null;
  @ApiProperty({ type: String, nullable: true, format: 'uuid', description: 'Task events: the worker concerned. Staff events: the staff member' })
  workerId: string | null;
}

/** An SSE id of the board stream: the decimal stream sequence of an event, e.g. `48211`. */
export const BOARD_STREAM_EVENT_ID = /^[0-9]{1,16}$/;

export class BoardStreamQueryDto extends BoardQueryDto {
  @ApiPropertyOptional({
    description:
      'Resume after this SSE `id` (as the `Last-Event-ID` header does, for clients that cannot set it, such as a new EventSource): ' +
      'every event after it that passes `group` is sent first, in order, then the live ones. The header wins when both are sent.',
    example: '48211',
    pattern: BOARD_STREAM_EVENT_ID.source,
  })
  @IsOptional()
  @Matches(BOARD_STREAM_EVENT_ID, { message: 'lastEventId must be an SSE id of this stream: up to 16 digits' })
  lastEventId?: string;

  // Documented as the gateway's `stream-ticket` security scheme (an API key in the query), not as a parameter.
  @ApiHideProperty()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  ticket?: string;
}

/** Why a board stream says `event: reset` instead of replaying what a client missed. */
export enum BoardStreamResetReason {
  /** The id is older than the event stream keeps (EVENTS_MAX_AGE_DAYS): some events after it are gone. */
  Expired = 'EXPIRED',
  /** More events followed the id than one replay sends. */
  TooMany = 'TOO_MANY',
  /** The event stream never reached the id (it was created again since, or the id is not of this platform). */
  UnknownId = 'UNKNOWN_ID',
  /** The event stream cannot be read right now; live events follow once it can. */
  Unavailable = 'UNAVAILABLE',
  /** The gateway's feed lost continuity (NATS or the stream were away): events may be missing. */
  Interrupted = 'INTERRUPTED',
}

/**
 * The `data` of an `event: reset` message: the stream cannot give everything since the client's
 * `Last-Event-ID` (or lost continuity while open). Reload `GET /dispatch/board`, then go on applying
 * the events that follow; the message's SSE `id` (when it has one) is where they follow from.
 */
export class BoardStreamResetDto {
  @ApiProperty({ enum: BoardStreamResetReason, enumName: 'BoardStreamResetReason', description: 'Why nothing (or not everything) was replayed' })
  reason: BoardStreamResetReason;
  @ApiProperty({ description: 'For people', example: 'the stream no longer holds the events after 48211 (it starts at 50112)' })
  message: string;
  @ApiProperty({ description: 'What to load to start over', example: '/api/v1/dispatch/board' })
  reload: string;
}

/** The answer of `POST /dispatch/board/stream-tickets`. */
export class BoardStreamTicketDto {
  @ApiProperty({
    description:
      'Opaque, random (256 bits), for one `GET /dispatch/board/stream?ticket=...` within `expiresIn` seconds, by the account that asked for it',
    example: 'bst_3q2x7K0mZ4yQ8v1nT6wR5sU9pL2cH0aE4dF7gJ1kM3o',
  })
  ticket: string;
  @ApiProperty({ type: 'integer', description: 'Seconds the ticket stays usable', example: 60 })
  expiresIn: number;
}
