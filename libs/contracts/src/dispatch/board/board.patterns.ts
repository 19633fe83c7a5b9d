export const BoardPatterns = {
  get: 'dispatch.board.get',
} as const;
