/**
 * Freezes Date alone at `iso` until `unfreezeDate()` (or `jest.useRealTimers()`): timers, ticks,
 * hrtime and `performance` keep running for real, so the pg and NATS clients and `eventually` are
 * unaffected, and Postgres keeps its own clock. Freeze on a day that cannot be today (a year long
 * gone, such as 2001): a day number or ledger day made under the frozen clock then never meets one
 * made on the real clock by another test of the suite.
 */
export function freezeDateAt(iso: string): void {
  jest.useFakeTimers({
    now: new Date(iso),
    doNotFake: [
      'hrtime',
      'nextTick',
      'performance',
      'queueMicrotask',
      'requestAnimationFrame',
      'cancelAnimationFrame',
      'requestIdleCallback',
      'cancelIdleCallback',
      'setImmediate',
      'clearImmediate',
      'setInterval',
      'clearInterval',
      'setTimeout',
      'clearTimeout',
    ],
  });
}

/** Moves the frozen Date to another instant (it stays frozen there). */
export function moveDateTo(iso: string): void {
  jest.setSystemTime(new Date(iso));
}

export function unfreezeDate(): void {
  jest.useRealTimers();
}
