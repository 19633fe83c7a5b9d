import { Injectable } from '@nestjs/common';
import { Actor, HolidayDto, HolidayListDto, PutHolidayRequestDto } from '@hospital/contracts';
import { DomainError } from '@hospital/platform';
import { DataSource } from 'typeorm';
import { HolidayEntity } from './holiday.entity';

/**
 * The hospital calendar's holidays (法定节假日), kept by managers: schedules that skip holidays
 * book nothing on them. Occurrences already booked for a day made a holiday later are the floor's
 * to cancel; a holiday applies to what is booked from then on.
 */
@Injectable()
export class CalendarService {
  constructor(private readonly data: DataSource) {}

  async list(year: string): Promise<HolidayListDto> {
    const rows = await this.data
      .getRepository(HolidayEntity)
      .createQueryBuilder('h')
      .where('h.day >= :from AND h.day < :to', { from: `${year}-01-01`, to: `${Number(year) + 1}-01-01` })
      .orderBy('h.day', 'ASC')
      .getMany();
    return { items: rows.map(toDto) };
  }

  async put(req: PutHolidayRequestDto, actor: Actor): Promise<HolidayDto> {
    if (Number.isNaN(Date.parse(`${req.day}T00:00:00Z`))) throw DomainError.validation([{ field: 'day', message: `day ${req.day} is not a date` }]);
    await this.data
      .createQueryBuilder()
      .insert()
      .into(HolidayEntity)
      .values({ day: req.day, name: req.name, updatedBy: actor.id })
      .orUpdate(['name', 'updated_by', 'updated_at'], ['day'])
      .execute();
    return { day: req.day, name: req.name };
  }

  /** Idempotent: removing a day that is not a holiday changes nothing. */
  async remove(day: string): Promise<{ day: string }> {
    await this.data.getRepository(HolidayEntity).delete({ day });
    return { day };
  }
}

const toDto = (h: HolidayEntity): HolidayDto => ({ day: h.day, name: h.name });
