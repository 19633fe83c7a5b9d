import { Inject, Injectable } from '@nestjs/common';
import { Actor, CreateInspectionDto, ErrorCode, InspectionDto, PointsSourceType, PointsSubjectKind } from '@hospital/contracts';
import { DomainError, ENV, IdempotentRequest, ServiceEnv, UnitOfWork } from '@hospital/platform';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { knownStaffIds } from '../../staff-directory/named-staff';
import { PointsLedger } from '../ledger/points-ledger';
import { periodOf } from '../period';
import { toInspectionDto } from './inspection.mapper';

/** Inspections on site last at least 30 minutes, and are recorded (docs/domain.md §6.1). */
const MIN_INSPECTION_MS = 30 * 60 * 1000;

@Injectable()
export class InspectionsService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly ledger: PointsLedger,
    @Inject(ENV) private readonly env: ServiceEnv,
  ) {}

  async create(dto: CreateInspectionDto, actor: Actor, idempotency: IdempotentRequest | null = null): Promise<InspectionDto> {
    const startedAt = new Date(dto.startedAt);
    const endedAt = new Date(dto.endedAt);
    if (endedAt.getTime() - startedAt.getTime() < MIN_INSPECTION_MS) {
      throw new DomainError(ErrorCode.BusinessRule, 'An inspection lasts at least 30 minutes', {
        errors: [{ field: 'endedAt', message: 'must be at least 30 minutes after startedAt' }],
      });
    }
    this.checkSubjects(dto);
    return this.uow.run(async ({ manager }) => {
      await this.checkStaffExist(manager, dto);
      const id = randomUUID();
      await manager.query(
        `INSERT INTO "feedback"."evaluation_inspections" ("id", "inspector_id", "department", "started_at", "ended_at", "quarter")
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [id, actor.id, dto.department, startedAt, endedAt, periodOf(startedAt, this.env.TZ_HOSPITAL).quarter],
      );
      const findings = dto.findings.map((f) => ({
        id: randomUUID(),
        staffId: f.staffId ?? null,
        department: f.staffId ? null : (f.department ?? null),
        description: f.description,
        points: f.points,
        upheld: f.upheld ?? true,
      }));
      for (const [position, f] of findings.entries()) {
        await manager.query(
          `INSERT INTO "feedback"."evaluation_inspection_findings" ("id", "inspection_id", "position", "staff_id", "department", "description", "points", "upheld")
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
          [f.id, id, position, f.staffId, f.department, f.description, f.points, f.upheld],
        );
      }
      // The finding counts in the period the inspection happened in.
      await this.ledger.record(
        manager,
        findings.map((f) => ({
          sourceType: PointsSourceType.InspectionFinding,
          sourceId: f.id,
          subjectKind: f.staffId ? PointsSubjectKind.Staff : PointsSubjectKind.Department,
          subjectId: f.staffId ?? f.department ?? dto.department,
          points: () => f.points,
          reason: `Inspection of ${dto.department}: ${f.description}`,
          occurredAt: startedAt,
        })),
      );
      return toInspectionDto({ id, inspectorId: actor.id, department: dto.department, startedAt, endedAt, findings });
    }, { idempotency });
  }

  private checkSubjects(dto: CreateInspectionDto): void {
    const errors = dto.findings.flatMap((f, i) =>
      f.staffId || f.department ? [] : [{ field: `findings.${i}.staffId`, message: 'name a staff member or a department' }],
    );
    if (errors.length > 0) throw DomainError.validation(errors);
  }

  private async checkStaffExist(manager: EntityManager, dto: CreateInspectionDto): Promise<void> {
    const known = await knownStaffIds(manager, dto.findings.map((f) => f.staffId).filter((id): id is string => !!id));
    const errors = dto.findings.flatMap((f, i) =>
      f.staffId && !known.has(f.staffId) ? [{ field: `findings.${i}.staffId`, message: 'no such staff member' }] : [],
    );
    if (errors.length > 0) throw new DomainError(ErrorCode.UnknownStaff, 'A finding names an unknown staff member', { errors });
  }
}
