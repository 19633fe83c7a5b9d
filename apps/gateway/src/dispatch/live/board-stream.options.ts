/** How the board stream behaves; provided by BoardLiveModule, replaced in specs. */
export interface BoardStreamOptions {
  /** A comment line this often keeps proxies and load balancers from closing an idle stream. */
  heartbeatMs: number;
  /** How long boot waits for the first attempt to open the event consumer before going on without it. */
  startTimeoutMs: number;
}

export const BOARD_STREAM_OPTIONS = Symbol('BOARD_STREAM_OPTIONS');

export const DEFAULT_BOARD_STREAM_OPTIONS: BoardStreamOptions = { heartbeatMs: 15_000, startTimeoutMs: 5_000 };
