import { Inject, Injectable } from '@nestjs/common';
import {
  Actor,
  CreateScheduleDto,
  CreateTaskDto,
  EditScheduleRequestDto,
  ErrorCode,
  HolidayPolicy,
  ListSchedulesQueryDto,
  Page,
  ScheduleDto,
  ScheduleOccurrenceDto,
  ScheduleOccurrencePageDto,
  ScheduleOccurrencesQueryDto,
  ScheduleStatus,
  TaskStatus,
} from '@hospital/contracts';
import { DomainError, ENV, hospitalDate, keysetPage, ServiceEnv, Transaction, UnitOfWork } from '@hospital/platform';
import { DataSource } from 'typeorm';
import { CreateTaskService } from '../tasks/create-task.service';
import { checkRecurrence, nextOccurrence, upcomingOccurrences } from './recurrence';
import { recurrenceOf, ScheduleBooking } from './schedule-booking';
import { ScheduleOccurrenceEntity } from './schedule-occurrence.entity';
import { TaskScheduleEntity } from './schedule.entity';

const UPCOMING = 5;

/**
 * Recurring jobs (docs/dispatch.md): a schedule's occurrences are booked a look-ahead in advance
 * by the schedule sweep and released like any booking. A change applies from the next occurrence
 * on: what is booked but not yet released is withdrawn and booked again under the new rules.
 */
@Injectable()
export class SchedulesService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly data: DataSource,
    private readonly creation: CreateTaskService,
    private readonly booking: ScheduleBooking,
    @Inject(ENV) private readonly env: ServiceEnv,
  ) {}

  async create(dto: CreateScheduleDto, actor: Actor): Promise<ScheduleDto> {
    const now = new Date();
    const startsOn = dto.startsOn ?? hospitalDate(now, this.env.TZ_HOSPITAL);
    const recurrence = { cron: dto.cron, timeZone: this.env.TZ_HOSPITAL, startsOn, endsOn: dto.endsOn ?? null };
    checkRecurrence(recurrence, now);
    const template = this.checkTemplate(dto.template, now);
    return this.uow.run(async (tx) => {
      const schedule = await tx.manager.save(
        tx.manager.create(TaskScheduleEntity, {
          name: dto.name,
          cron: dto.cron.trim(),
          holidays: dto.holidays ?? HolidayPolicy.Skip,
          status: ScheduleStatus.Active,
          startsOn,
          endsOn: dto.endsOn ?? null,
          template,
          nextOccurrenceAt: nextOccurrence(recurrence, now),
          createdBy: actor.id,
        }),
      );
      // What falls inside the look-ahead is booked at once, so the floor sees tomorrow's round now.
      await this.booking.bookDue(tx, schedule, now);
      return this.saveAndMap(tx, schedule);
    });
  }

  async get(id: string): Promise<ScheduleDto> {
    return this.toDto(await this.find(id));
  }

  async list(query: ListSchedulesQueryDto): Promise<Page<ScheduleDto>> {
    const qb = this.data.getRepository(TaskScheduleEntity).createQueryBuilder('s');
    if (query.status) qb.where('s.status = :status', { status: query.status });
    const page = await keysetPage(qb, query);
    return { items: page.items.map((s) => this.toDto(s)), nextCursor: page.nextCursor };
  }

  async edit(req: EditScheduleRequestDto, actor: Actor): Promise<ScheduleDto> {
    const { id, ...sent } = req;
    const changes = Object.fromEntries(Object.entries(sent).filter(([, v]) => v !== undefined)) as Omit<EditScheduleRequestDto, 'id'>;
    if (Object.keys(changes).length === 0) throw DomainError.validation([{ field: 'cron', message: 'send at least one field to change' }]);
    const now = new Date();
    const template = changes.template && this.checkTemplate(changes.template, now);
    return this.change(id, [ScheduleStatus.Active, ScheduleStatus.Paused], async (tx, schedule) => {
      Object.assign(schedule, {
        ...(changes.name !== undefined ? { name: changes.name } : {}),
        ...(changes.cron !== undefined ? { cron: changes.cron.trim() } : {}),
        ...(changes.holidays !== undefined ? { holidays: changes.holidays } : {}),
        ...(changes.endsOn !== undefined ? { endsOn: changes.endsOn } : {}),
        ...(template ? { template } : {}),
      });
      checkRecurrence(recurrenceOf(schedule, this.env.TZ_HOSPITAL), now, changes.cron !== undefined ? 'cron' : 'endsOn');
      await this.booking.withdrawWaiting(tx, schedule.id, actor.id, `schedule “${schedule.name}” changed: booked again under the new rules`);
      if (schedule.status === ScheduleStatus.Active) {
        schedule.nextOccurrenceAt = nextOccurrence(recurrenceOf(schedule, this.env.TZ_HOSPITAL), now);
        await this.booking.bookDue(tx, schedule, now);
      }
    });
  }

  pause(id: string, actor: Actor): Promise<ScheduleDto> {
    return this.change(id, [ScheduleStatus.Active], async (tx, schedule) => {
      schedule.status = ScheduleStatus.Paused;
      schedule.nextOccurrenceAt = null;
      await this.booking.withdrawWaiting(tx, schedule.id, actor.id, `schedule “${schedule.name}” paused`);
    });
  }

  resume(id: string): Promise<ScheduleDto> {
    const now = new Date();
    return this.change(id, [ScheduleStatus.Paused], async (tx, schedule) => {
      schedule.status = ScheduleStatus.Active;
      schedule.nextOccurrenceAt = nextOccurrence(recurrenceOf(schedule, this.env.TZ_HOSPITAL), now);
      await this.booking.bookDue(tx, schedule, now);
    });
  }

  end(id: string, actor: Actor): Promise<ScheduleDto> {
    return this.change(id, [ScheduleStatus.Active, ScheduleStatus.Paused], async (tx, schedule) => {
      schedule.status = ScheduleStatus.Ended;
      schedule.nextOccurrenceAt = null;
      await this.booking.withdrawWaiting(tx, schedule.id, actor.id, `schedule “${schedule.name}” ended`);
    });
  }

  /** The occurrences so far, newest first, each with its job as it stands; and the next few to come. */
  async occurrences(query: ScheduleOccurrencesQueryDto): Promise<ScheduleOccurrencePageDto> {
    const schedule = await this.find(query.id);
    const qb = this.data
      .getRepository(ScheduleOccurrenceEntity)
      .createQueryBuilder('o')
      .where('o.schedule_id = :id', { id: schedule.id });
    const page = await keysetPage(qb, query);
    const taskIds = page.items.map((o) => o.taskId).filter((t): t is string => t !== null);
    const tasks = taskIds.length
      ? ((await this.data.query(`SELECT "id", "number", "status" FROM "dispatch"."tasks" WHERE "id" = ANY($1::uuid[])`, [taskIds])) as {
          id: string;
          number: string;
          status: TaskStatus;
        }[])
      : [];
    const byId = new Map(tasks.map((t) => [t.id, t]));
    const upcoming =
      schedule.status === ScheduleStatus.Active && schedule.nextOccurrenceAt
        ? [schedule.nextOccurrenceAt, ...upcomingOccurrences(recurrenceOf(schedule, this.env.TZ_HOSPITAL), schedule.nextOccurrenceAt, UPCOMING - 1)]
        : [];
    return {
      items: page.items.map((o): ScheduleOccurrenceDto => {
        const task = o.taskId ? byId.get(o.taskId) : undefined;
        return {
          id: o.id,
          occursAt: o.occursAt.toISOString(),
          outcome: o.outcome,
          taskId: o.taskId,
          taskNumber: task?.number ?? null,
          taskStatus: task?.status ?? null,
          createdAt: o.createdAt.toISOString(),
        };
      }),
      nextCursor: page.nextCursor,
      upcoming: upcoming.map((d) => d.toISOString()),
    };
  }

  /**
   * The template is a job as POST /dispatch/tasks takes it, checked by the same rules now (a
   * template the rules refuse would fail at every occurrence); each occurrence sets the time.
   */
  private checkTemplate(template: CreateTaskDto, now: Date): CreateTaskDto {
    if (template.scheduledFor !== undefined) {
      throw DomainError.validation([{ field: 'template.scheduledFor', message: 'each occurrence sets the time: leave template.scheduledFor out' }]);
    }
    try {
      this.creation.draft(template, now);
    } catch (error) {
      throw prefixFields(error, 'template.');
    }
    return template;
  }

  private async find(id: string): Promise<TaskScheduleEntity> {
    const schedule = await this.data.getRepository(TaskScheduleEntity).findOne({ where: { id } });
    if (!schedule) throw DomainError.notFound(ErrorCode.ScheduleNotFound, 'Schedule', id);
    return schedule;
  }

  /** Locks the schedule (the sweep skips it meanwhile), checks its status, applies the change and saves it. */
  private change(id: string, from: ScheduleStatus[], apply: (tx: Transaction, schedule: TaskScheduleEntity) => Promise<void>): Promise<ScheduleDto> {
    return this.uow.run(async (tx) => {
      const schedule = await tx.manager.findOne(TaskScheduleEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!schedule) throw DomainError.notFound(ErrorCode.ScheduleNotFound, 'Schedule', id);
      if (!from.includes(schedule.status)) {
        throw new DomainError(ErrorCode.InvalidTransition, `schedule “${schedule.name}” is ${schedule.status}; this needs it ${from.join(' or ')}`, {
          status: schedule.status,
          allowedFrom: from,
        });
      }
      await apply(tx, schedule);
      return this.saveAndMap(tx, schedule);
    });
  }

  private async saveAndMap(tx: Transaction, schedule: TaskScheduleEntity): Promise<ScheduleDto> {
    return this.toDto(await tx.manager.save(schedule));
  }

  toDto(s: TaskScheduleEntity): ScheduleDto {
    return {
      id: s.id,
      name: s.name,
      cron: s.cron,
      timeZone: this.env.TZ_HOSPITAL,
      holidays: s.holidays,
      status: s.status,
      startsOn: s.startsOn,
      endsOn: s.endsOn,
      template: s.template,
      nextOccurrenceAt: s.status === ScheduleStatus.Active ? (s.nextOccurrenceAt?.toISOString() ?? null) : null,
      createdBy: s.createdBy,
      version: s.version,
      createdAt: s.createdAt.toISOString(),
      updatedAt: s.updatedAt.toISOString(),
    };
  }
}

/** A rule's 400/422 about the template names the field as the request spells it (`template.patient.companion`). */
function prefixFields(error: unknown, prefix: string): unknown {
  if (!(error instanceof DomainError) || !error.details || !Array.isArray((error.details as { errors?: unknown }).errors)) return error;
  const errors = (error.details as { errors: { field: string; message: string }[] }).errors.map((e) => ({ ...e, field: prefix + e.field }));
  return new DomainError(error.code, error.message, { ...error.details, errors });
}
