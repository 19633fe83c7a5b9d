import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ErrorCode, IncidentListDto, IncidentPageDto, IncidentQueryDto, ListTaskIncidentsRequestDto } from '@hospital/contracts';
import { DomainError, keysetPage } from '@hospital/platform';
import { In, Repository } from 'typeorm';
import { TaskEntity } from '../tasks/task.entity';
import { IncidentEntity } from './incident.entity';
import { toIncidentDto } from './incident.mapper';

/** Reading incidents: those of one job, oldest first, or the center's, newest first; optionally in one status. */
@Injectable()
export class IncidentsQueryService {
  constructor(
    @InjectRepository(IncidentEntity) private readonly incidents: Repository<IncidentEntity>,
    @InjectRepository(TaskEntity) private readonly tasks: Repository<TaskEntity>,
  ) {}

  async listForTask({ id: taskId, status }: ListTaskIncidentsRequestDto): Promise<IncidentListDto> {
    const task = await this.tasks.findOne({ where: { id: taskId }, select: { id: true, number: true } });
    if (!task) throw DomainError.notFound(ErrorCode.TaskNotFound, 'Task', taskId);
    const incidents = await this.incidents.find({ where: { taskId, ...(status ? { status } : {}) }, order: { reportedAt: 'ASC' } });
    return { items: incidents.map((incident) => toIncidentDto(incident, task.number)) };
  }

  /** With `status: PENDING`, the queue of reports about colleagues waiting for a dispatcher or supervisor. */
  async search(query: IncidentQueryDto): Promise<IncidentPageDto> {
    const qb = this.incidents.createQueryBuilder('i');
    if (query.status) qb.andWhere('i.status = :status', { status: query.status });
    if (query.group) qb.innerJoin(TaskEntity, 't', 't.id = i.task_id AND t.group = :group', { group: query.group });
    const page = await keysetPage(qb, query);
    const numbers = await this.numbersOf(page.items.map((i) => i.taskId));
    return { items: page.items.map((incident) => toIncidentDto(incident, numbers.get(incident.taskId) ?? '')), nextCursor: page.nextCursor };
  }

  private async numbersOf(taskIds: string[]): Promise<Map<string, string>> {
    if (!taskIds.length) return new Map();
    const tasks = await this.tasks.find({ where: { id: In([...new Set(taskIds)]) }, select: { id: true, number: true } });
    return new Map(tasks.map((t) => [t.id, t.number]));
  }
}
