import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { Actor, CreatePeerReviewDto, EvaluationPatterns, PeerReviewDto } from '@hospital/contracts';
import { Idempotency, IdempotentRequest } from '@hospital/platform';
import { PeerReviewsService } from './peer-reviews.service';

@Controller()
export class PeerReviewsHandlers {
  constructor(private readonly reviews: PeerReviewsService) {}

  @MessagePattern(EvaluationPatterns.createPeerReview)
  create(@Payload('data') dto: CreatePeerReviewDto, @Payload('actor') actor: Actor, @Idempotency() idempotency: IdempotentRequest | null): Promise<PeerReviewDto> {
    return this.reviews.create(dto, actor, idempotency);
  }
}
