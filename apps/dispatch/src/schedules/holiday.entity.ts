import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** A day of the hospital calendar on which schedules that skip holidays book nothing. */
@Entity({ name: 'hospital_holidays' })
export class HolidayEntity {
  /** YYYY-MM-DD, a hospital day. */
  @PrimaryColumn({ type: 'date' })
  day: string;

  @Column({ type: 'varchar', length: 40 })
  name: string;

  @Column({ name: 'updated_by', type: 'varchar', length: 64 })
  updatedBy: string;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
