/** How the board stream behaves: BOARD_HEARTBEAT_SECONDS and BOARD_FEED_START_TIMEOUT_MS; replaced in specs. */
export interface BoardStreamOptions {
  /** A comment line this often keeps proxies and load balancers from closing an idle stream. */
  heartbeatMs: number;
  /** How long boot waits for the first attempt to open the event consumer before going on without it. */
  startTimeoutMs: number;
}

export const BOARD_STREAM_OPTIONS = Symbol('BOARD_STREAM_OPTIONS');

/** The gateway's one EventFeed<DispatchEvent>: what the board streams show. */
export const DISPATCH_EVENT_FEED = Symbol('DISPATCH_EVENT_FEED');
