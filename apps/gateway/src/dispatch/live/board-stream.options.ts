import type { GatewayConfig } from '../../config';

/** How the board stream behaves (BOARD_HEARTBEAT_SECONDS, BOARD_FEED_START_TIMEOUT_MS); replaced in specs. */
export type BoardStreamOptions = GatewayConfig['boardStream'];

export const BOARD_STREAM_OPTIONS = Symbol('BOARD_STREAM_OPTIONS');

/** The gateway's one EventFeed<DispatchEvent>: what the board streams show. */
export const DISPATCH_EVENT_FEED = Symbol('DISPATCH_EVENT_FEED');
