import { CreatePeerReviewDto, PeerReviewDto } from '@hospital/contracts';

export function toPeerReviewDto(review: CreatePeerReviewDto, stored: { id: string; reviewerId: string; createdAt: Date }): PeerReviewDto {
  return { ...review, id: stored.id, reviewerId: stored.reviewerId, createdAt: stored.createdAt.toISOString() };
}
