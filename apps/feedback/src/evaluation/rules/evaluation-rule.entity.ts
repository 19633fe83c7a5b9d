import { EvaluationPointsDto } from '@hospital/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One version of the scoring rules (docs/domain.md §6.3): never edited, a change is the next version. */
@Entity({ name: 'evaluation_rules' })
export class EvaluationRuleEntity {
  @PrimaryColumn({ type: 'integer' }) version: number;
  /** Sources that happened from then on are scored with this version, until the next one. */
  @Column({ name: 'effective_from', type: 'timestamptz' }) effectiveFrom: Date;
  @Column({ type: 'jsonb' }) points: EvaluationPointsDto;
  /** Null for version 1, the defaults the migration wrote. */
  @Column({ name: 'created_by', type: 'varchar', length: 64, nullable: true }) createdBy: string | null;
}
