import { CanActivate, ExecutionContext, Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { normalizeIp } from '@nestjs/throttler';
import { ErrorCode } from '@hospital/contracts';
import { DomainError, isOperationalRoute, PUBLIC_ROUTE } from '@hospital/platform';
import type { Request, Response } from 'express';
import { GATEWAY_CONFIG, type GatewayConfig } from '../config';
import { ACCESS_RULE, actorOf, API_KEY_HEADER } from '../identity';
import { AuthController } from '../identity/auth/auth.controller';

/**
 * The gateway's rate limits, in fixed one-minute windows counted in this process's memory:
 *
 * - login: `POST /auth/login`, per client address (`RATE_LIMIT_LOGIN_PER_MINUTE`);
 * - public: every other no-account route, per client address and route (`RATE_LIMIT_PUBLIC_PER_MINUTE`);
 * - anonymous: a protected route called without a credential, per client address and route (`RATE_LIMIT_PER_MINUTE`);
 * - credentials: rejected credentials (401 answers to requests that carried one), per client address (`RATE_LIMIT_PER_MINUTE`);
 * - caller: a protected route, per verified user or API key and route (`RATE_LIMIT_PER_MINUTE`).
 *
 * `AddressRateLimitGuard` runs before AuthGuard and `CallerRateLimitGuard` after it (app.module.ts
 * registers them in that order): authenticated traffic is limited per account, so a ward behind one
 * NAT address does not share one budget, while floods without or with bad credentials are still
 * refused per address before any credential is checked. The client address is Express's `req.ip`,
 * which honours X-Forwarded-For only through `TRUST_PROXY_HOPS` proxies (configure-gateway.ts).
 * Probes and /metrics are never limited.
 */
export const RATE_LIMIT_WINDOW_MS = 60_000;

/** Milliseconds since the epoch; the windows' clock, replaceable in specs. */
export type RateLimitClock = () => number;
export const RATE_LIMIT_CLOCK = Symbol('RATE_LIMIT_CLOCK');

export interface RateLimitVerdict {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Whole seconds until the window ends (at least 1). */
  resetSeconds: number;
}

interface Window {
  hits: number;
  endsAt: number;
}

/** Fixed windows per key: a window opens at the key's first hit and lasts RATE_LIMIT_WINDOW_MS. */
@Injectable()
export class RateLimitWindows implements OnApplicationShutdown {
  private readonly windows = new Map<string, Window>();
  private readonly sweeper: NodeJS.Timeout;

  constructor(@Inject(RATE_LIMIT_CLOCK) private readonly now: RateLimitClock) {
    // Ended windows are dropped once a window length, so keys of past clients do not pile up.
    this.sweeper = setInterval(() => this.sweep(), RATE_LIMIT_WINDOW_MS);
    this.sweeper.unref();
  }

  /** Counts one request under `key`, unless the window holds `limit` already: then it is refused. */
  take(key: string, limit: number): RateLimitVerdict {
    const window = this.open(key);
    const allowed = window.hits < limit;
    if (allowed) window.hits++;
    return this.verdict(window, limit, allowed);
  }

  /** Whether `key` is still under `limit`, counting nothing. */
  peek(key: string, limit: number): RateLimitVerdict {
    const window = this.current(key) ?? { hits: 0, endsAt: this.now() + RATE_LIMIT_WINDOW_MS };
    return this.verdict(window, limit, window.hits < limit);
  }

  /** Counts one event under `key` (a failure found after the request was let through). */
  record(key: string): void {
    this.open(key).hits++;
  }

  onApplicationShutdown(): void {
    clearInterval(this.sweeper);
    this.windows.clear();
  }

  private current(key: string): Window | undefined {
    const window = this.windows.get(key);
    return window && window.endsAt > this.now() ? window : undefined;
  }

  private open(key: string): Window {
    let window = this.current(key);
    if (!window) {
      window = { hits: 0, endsAt: this.now() + RATE_LIMIT_WINDOW_MS };
      this.windows.set(key, window);
    }
    return window;
  }

  private verdict(window: Window, limit: number, allowed: boolean): RateLimitVerdict {
    const resetSeconds = Math.max(1, Math.ceil((window.endsAt - this.now()) / 1000));
    return { allowed, limit, remaining: Math.max(0, limit - window.hits), resetSeconds };
  }

  private sweep(): void {
    const now = this.now();
    for (const [key, window] of this.windows) if (window.endsAt <= now) this.windows.delete(key);
  }
}

interface Limit {
  name: 'login' | 'public' | 'anonymous' | 'credentials' | 'caller';
  perMinute: number;
  /** The 429's detail: which limit was hit, in the words of the one who hit it. */
  detail: string;
}

function limitsOf(config: GatewayConfig): Record<Limit['name'], Limit> {
  const { perMinute, publicPerMinute, loginPerMinute } = config.rateLimits;
  return {
    login: { name: 'login', perMinute: loginPerMinute, detail: `login limit reached: ${loginPerMinute} attempts a minute from one address (RATE_LIMIT_LOGIN_PER_MINUTE)` },
    public: {
      name: 'public',
      perMinute: publicPerMinute,
      detail: `public route limit reached: ${publicPerMinute} requests a minute from one address to this route (RATE_LIMIT_PUBLIC_PER_MINUTE)`,
    },
    anonymous: {
      name: 'anonymous',
      perMinute,
      detail: `limit for requests without credentials reached: ${perMinute} a minute from one address to this route (RATE_LIMIT_PER_MINUTE)`,
    },
    credentials: {
      name: 'credentials',
      perMinute,
      detail: `too many rejected credentials from this address: ${perMinute} a minute (RATE_LIMIT_PER_MINUTE); none is checked until the window ends`,
    },
    caller: {
      name: 'caller',
      perMinute,
      detail: `per-caller limit reached: ${perMinute} requests a minute to this route for one user or API key (RATE_LIMIT_PER_MINUTE)`,
    },
  };
}

/** The request's client address as the limits count it: `req.ip` (trust proxy applied), IPv6 per /64. */
export function clientAddress(req: Request): string {
  return normalizeIp(req.ip ?? req.socket.remoteAddress ?? 'unknown');
}

/** A route is a controller method: `GET /dispatch/tasks` and `GET /dispatch/tasks/{id}` count apart. */
const routeOf = (context: ExecutionContext): string => `${context.getClass().name}.${context.getHandler().name}`;

const API_KEY = API_KEY_HEADER.toLowerCase();
const carriesCredential = (req: Request): boolean => req.headers.authorization !== undefined || req.headers[API_KEY] !== undefined;

abstract class RateLimitGuard implements CanActivate {
  protected readonly limits: Record<Limit['name'], Limit>;

  constructor(
    protected readonly reflector: Reflector,
    protected readonly windows: RateLimitWindows,
    config: GatewayConfig,
  ) {
    this.limits = limitsOf(config);
  }

  abstract canActivate(context: ExecutionContext): boolean;

  /** Whether the route is open without an account, decided as AuthGuard does: the handler's declaration wins. */
  protected isPublic(context: ExecutionContext): boolean {
    for (const target of [context.getHandler(), context.getClass()]) {
      if (this.reflector.get<boolean | undefined>(PUBLIC_ROUTE, target) === true) return true;
      if (this.reflector.get<unknown>(ACCESS_RULE, target) !== undefined) return false;
    }
    return false;
  }

  protected applies(context: ExecutionContext): boolean {
    return context.getType() === 'http' && !isOperationalRoute(context);
  }

  /** Counts the request against `limit` under `key`; sets the X-RateLimit headers; refuses with 429 past it. */
  protected enforce(limit: Limit, key: string, res: Response): void {
    this.answer(limit, this.windows.take(`${limit.name}:${key}`, limit.perMinute), res);
  }

  protected answer(limit: Limit, verdict: RateLimitVerdict, res: Response): void {
    res.setHeader('X-RateLimit-Limit', String(verdict.limit));
    res.setHeader('X-RateLimit-Remaining', String(verdict.remaining));
    res.setHeader('X-RateLimit-Reset', String(verdict.resetSeconds));
    if (verdict.allowed) return;
    res.setHeader('Retry-After', String(verdict.resetSeconds));
    throw new DomainError(ErrorCode.RateLimited, `${limit.detail}; retry in ${verdict.resetSeconds} s`);
  }
}

/** Before authentication: the limits keyed on the client address (login, public routes, no or bad credentials). */
@Injectable()
export class AddressRateLimitGuard extends RateLimitGuard {
  constructor(reflector: Reflector, windows: RateLimitWindows, @Inject(GATEWAY_CONFIG) config: GatewayConfig) {
    super(reflector, windows, config);
  }

  canActivate(context: ExecutionContext): boolean {
    if (!this.applies(context)) return true;
    const req = context.switchToHttp().getRequest<Request>();
    const res = context.switchToHttp().getResponse<Response>();
    const address = clientAddress(req);
    if (this.isPublic(context)) {
      const limit = context.getHandler() === AuthController.prototype.login ? this.limits.login : this.limits.public;
      this.enforce(limit, `${routeOf(context)}:${address}`, res);
    } else if (!carriesCredential(req)) {
      this.enforce(this.limits.anonymous, `${routeOf(context)}:${address}`, res);
    } else {
      // AuthGuard checks the credential next. An address whose credentials keep being rejected is
      // refused before that, for the rest of the window: guessing tokens or keys gets nowhere.
      const limit = this.limits.credentials;
      const key = `${limit.name}:${address}`;
      const verdict = this.windows.peek(key, limit.perMinute);
      if (!verdict.allowed) this.answer(limit, verdict, res);
      res.once('finish', () => {
        if (res.statusCode === 401) this.windows.record(key);
      });
    }
    return true;
  }
}

/** After authentication: the limit per verified caller (`request.actor`, a user or an API key) and route. */
@Injectable()
export class CallerRateLimitGuard extends RateLimitGuard {
  constructor(reflector: Reflector, windows: RateLimitWindows, @Inject(GATEWAY_CONFIG) config: GatewayConfig) {
    super(reflector, windows, config);
  }

  canActivate(context: ExecutionContext): boolean {
    if (!this.applies(context) || this.isPublic(context)) return true;
    const req = context.switchToHttp().getRequest<Request>();
    const actor = actorOf(req);
    if (!actor || actor.kind === 'anonymous') return true;
    this.enforce(this.limits.caller, `${routeOf(context)}:${actor.kind}:${actor.id}`, context.switchToHttp().getResponse<Response>());
    return true;
  }
}
