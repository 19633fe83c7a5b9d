import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { InjectEntityManager } from '@nestjs/typeorm';
import { Actor, CreatePraiseDto, ListPraisesQueryDto, PraiseDto, PraisePageDto, PraisePatterns } from '@hospital/contracts';
import { EntityManager } from 'typeorm';
import { PraisesService } from './praises.service';

@Controller()
export class PraisesHandlers {
  constructor(
    private readonly praises: PraisesService,
    @InjectEntityManager() private readonly manager: EntityManager,
  ) {}

  @MessagePattern(PraisePatterns.create)
  create(@Payload('data') req: CreatePraiseDto, @Payload('actor') actor: Actor): Promise<PraiseDto> {
    return this.praises.create(req, actor);
  }

  @MessagePattern(PraisePatterns.list)
  list(@Payload('data') req: ListPraisesQueryDto): Promise<PraisePageDto> {
    return this.praises.list(req, this.manager);
  }
}
