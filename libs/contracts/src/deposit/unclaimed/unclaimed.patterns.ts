export const UnclaimedPatterns = {
  sweep: 'deposit.unclaimed.sweep',
  dispose: 'deposit.unclaimed.dispose',
} as const;
