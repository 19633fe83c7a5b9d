import type { GatewayConfig } from '../../config';

/**
 * How the board stream behaves (BOARD_HEARTBEAT_SECONDS, BOARD_FEED_START_TIMEOUT_MS), and the most
 * events one resuming client may be sent again (`replayMaxEvents`); replaced in specs.
 */
export type BoardStreamOptions = GatewayConfig['boardStream'] & { replayMaxEvents: number };

/** The most dispatch events one reconnect replays; with more since its Last-Event-ID, the client gets a reset. */
export const BOARD_REPLAY_MAX_EVENTS = 10_000;

export const BOARD_STREAM_OPTIONS = Symbol('BOARD_STREAM_OPTIONS');

/** The gateway's one EventFeed<DispatchEvent>: what the board streams show. */
export const DISPATCH_EVENT_FEED = Symbol('DISPATCH_EVENT_FEED');
