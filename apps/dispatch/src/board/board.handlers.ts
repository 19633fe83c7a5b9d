import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { Actor, BoardDto, BoardPatterns, BoardQueryDto } from '@hospital/contracts';
import { BoardService } from './board.service';

@Controller()
export class BoardHandlers {
  constructor(private readonly board: BoardService) {}

  @MessagePattern(BoardPatterns.get)
  get(@Payload('data') query: BoardQueryDto, @Payload('actor') actor: Actor): Promise<BoardDto> {
    return this.board.get(query, actor);
  }
}
