import { FeedbackChannel, SurveyAnswerDto } from '@hospital/contracts';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** An answered survey, with whom it is about copied from its invitation so satisfaction reads one table. */
@Entity({ name: 'survey_responses' })
export class SurveyResponseEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'survey_id', type: 'uuid' })
  surveyId: string;

  @Column({ name: 'invitation_id', type: 'uuid' })
  invitationId: string;

  @Column({ type: 'varchar', length: 20 })
  channel: FeedbackChannel;

  @Column({ name: 'staff_id', type: 'uuid', nullable: true })
  staffId: string | null;

  @Column({ type: 'varchar', length: 50, nullable: true })
  department: string | null;

  @Column({ name: 'supervisor_id', type: 'uuid', nullable: true })
  supervisorId: string | null;

  @Column({ type: 'jsonb' })
  answers: SurveyAnswerDto[];

  @Column({ name: 'likert_mean', type: 'double precision', nullable: true })
  likertMean: number | null;

  @Column({ type: 'smallint', nullable: true })
  nps: number | null;

  @Column({ name: 'answered_at', type: 'timestamptz', precision: 3 })
  answeredAt: Date;
}
