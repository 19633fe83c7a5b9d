import { SurveyQuestionDto } from '@hospital/contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A questionnaire. Never edited once created: responses are validated and read against its questions. */
@Entity({ name: 'survey_templates' })
export class SurveyTemplateEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  /** Marks a standard template (PATIENT_TRANSPORT, SUPERVISOR); unique, so seeding twice adds nothing. */
  @Column({ type: 'varchar', length: 30, nullable: true })
  purpose: string | null;

  @Column({ type: 'jsonb' })
  questions: SurveyQuestionDto[];

  @Column({ name: 'created_by', type: 'varchar', length: 64 })
  createdBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
