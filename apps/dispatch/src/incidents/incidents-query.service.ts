import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ErrorCode, IncidentListDto, ListTaskIncidentsRequestDto } from '@hospital/contracts';
import { DomainError } from '@hospital/platform';
import { Repository } from 'typeorm';
import { TaskEntity } from '../tasks/task.entity';
import { IncidentEntity } from './incident.entity';
import { toIncidentDto } from './incident.mapper';

/** Reading incidents: those of one job, oldest first, optionally in one status. */
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
}
