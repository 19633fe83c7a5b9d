export const StatsPatterns = {
  get: 'dispatch.stats.get',
} as const;
