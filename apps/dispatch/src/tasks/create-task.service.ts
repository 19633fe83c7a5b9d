import { Inject, Injectable } from '@nestjs/common';
import { Actor, CreateTaskDto, DispatchEvents, TaskCreatedEvent, TaskDetailDto, TaskStatus, TaskTimelineAction } from '@hospital/contracts';
import { ENV, hospitalDay, IdempotentRequest, ServiceEnv, UnitOfWork } from '@hospital/platform';
import { DISPATCH_CONFIG, DispatchConfig } from '../config';
import { ruleOnTask } from './details/task-details.rules';
import { dueAt } from './due-times';
import { TaskEventEntity } from './task-event.entity';
import { nextTaskNumber } from './task-number';
import { toTaskDetailDto } from './task.mapper';
import { TaskEntity } from './task.entity';

/** Registering a logistics job (docs/domain.md §3.1): numbered for the hospital day, due by its priority. */
@Injectable()
export class CreateTaskService {
  constructor(
    private readonly uow: UnitOfWork,
    @Inject(ENV) private readonly env: ServiceEnv,
    @Inject(DISPATCH_CONFIG) private readonly config: DispatchConfig,
  ) {}

  /**
   * The task, its number, its first timeline entry and its task.created event are written
   * together or not at all; with an Idempotency-Key, a retry gets the first answer back.
   */
  async create(dto: CreateTaskDto, actor: Actor, idempotency: IdempotentRequest | null = null): Promise<TaskDetailDto> {
    const ruling = ruleOnTask(dto, this.config.fees);
    const now = new Date();
    const day = hospitalDay(now, this.env.TZ_HOSPITAL);
    return this.uow.run(
      async ({ manager, emit }, number: string) => {
        const task = await manager.save(
          manager.create(TaskEntity, {
            number,
            type: dto.type,
            priority: ruling.priority,
            status: TaskStatus.Pending,
            group: dto.group,
            origin: dto.origin,
            destination: dto.destination,
            requester: dto.requester,
            notes: dto.notes ?? null,
            details: ruling.details,
            feeFen: ruling.feeFen,
            createdBy: actor.id,
            // One clock for both, so the deadline is exactly the priority's minutes after registration.
            createdAt: now,
            assigneeId: null,
            dueAt: dueAt(now, ruling.priority, this.config.dueMinutes[dto.type]),
          }),
        );
        const created = await manager.save(
          manager.create(TaskEventEntity, {
            taskId: task.id,
            action: TaskTimelineAction.Created,
            status: TaskStatus.Pending,
            actorId: actor.id,
            workerId: null,
            note: ruling.remarks.join('; ') || null,
            at: task.createdAt,
          }),
        );
        emit<TaskCreatedEvent>(DispatchEvents.taskCreated, task.id, {
          id: task.id,
          number: task.number,
          type: task.type,
          priority: task.priority,
          group: task.group,
          createdBy: task.createdBy,
          createdAt: task.createdAt.toISOString(),
          dueAt: task.dueAt.toISOString(),
        });
        return toTaskDetailDto(task, [created], actor);
      },
      // The number is taken outside the transaction (see nextTaskNumber), and not for a retry.
      { idempotency, prepare: (manager) => nextTaskNumber(manager, day) },
    );
  }
}
