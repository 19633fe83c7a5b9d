import { Desk, EquipmentType, EquipmentUnitStatus } from '@hospital/contracts';
import { VersionedEntity } from '@hospital/platform';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One wheelchair, airline chair, umbrella or flat cart kept at a desk for lending. */
@Entity({ name: 'equipment_units' })
export class EquipmentUnitEntity extends VersionedEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The code on the unit, e.g. IP-WC-01; unique across desks. */
  @Column({ type: 'varchar', length: 20, unique: true })
  code: string;

  @Column({ type: 'varchar', length: 20 })
  type: EquipmentType;

  @Column({ type: 'varchar', length: 20 })
  desk: Desk;

  /** LENT only while a loan is open; set by the loan, never by hand. */
  @Column({ type: 'varchar', length: 12 })
  status: EquipmentUnitStatus;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note: string | null;
}
