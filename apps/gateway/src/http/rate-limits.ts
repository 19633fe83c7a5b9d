import { CanActivate, ExecutionContext, Inject, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { normalizeIp } from '@nestjs/throttler';
import { ErrorCode } from '@hospital/contracts';
import { DomainError, isOperationalRoute, PUBLIC_ROUTE } from '@hospital/platform';
import type { Request, Response } from 'express';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
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
 * Each limit is a rate-limiter-flexible `RateLimiterMemory`: a key's window opens at its first hit
 * and lasts a minute, and a timer of the library drops the key then, so keys of past clients do not
 * pile up. Whether a window is over is decided on `Date.now()` alone (the timer only frees memory),
 * so specs move the windows by moving Date (freezeDateAt, moveDateTo) and the seconds stay exact.
 *
 * `AddressRateLimitGuard` runs before AuthGuard and `CallerRateLimitGuard` after it (app.module.ts
 * registers them in that order): authenticated traffic is limited per account, so a ward behind one
 * NAT address does not share one budget, while floods without or with bad credentials are still
 * refused per address before any credential is checked. The client address is Express's `req.ip`,
 * which honours X-Forwarded-For only through `TRUST_PROXY_HOPS` proxies (configure-gateway.ts).
 * Probes and /metrics are never limited.
 */
export const UNLIMITED = 'http:unlimited';

/**
 * A route outside the rate limits: only for answers that are the same for everyone, hold nothing
 * personal and are cheap to give (the enum labels every front end loads at start: a ward's screens
 * behind one NAT address at shift change would otherwise spend the public limit on them).
 */
export const Unlimited = (): MethodDecorator => SetMetadata(UNLIMITED, true);

export const RATE_LIMIT_WINDOW_SECONDS = 60;

export interface RateLimitVerdict {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Whole seconds until the window ends (at least 1). */
  resetSeconds: number;
}

type LimitName = 'login' | 'public' | 'anonymous' | 'credentials' | 'caller';

/** One limit: its setting, the 429's detail (which limit was hit, in the words of the one who hit it) and its counter. */
class Limit {
  private readonly counter: RateLimiterMemory;

  constructor(
    readonly name: LimitName,
    readonly perMinute: number,
    readonly detail: string,
  ) {
    this.counter = new RateLimiterMemory({ points: perMinute, duration: RATE_LIMIT_WINDOW_SECONDS });
  }

  /** Counts one request under `key`; past the limit it is refused. */
  async take(key: string): Promise<RateLimitVerdict> {
    try {
      return this.verdict(await this.counter.consume(key), true);
    } catch (refusal) {
      // The library rejects with the window's state when the points are spent, with an Error on a fault.
      if (refusal instanceof RateLimiterRes) return this.verdict(refusal, false);
      throw refusal;
    }
  }

  /** Whether `key` is still under the limit, counting nothing. */
  async peek(key: string): Promise<RateLimitVerdict> {
    const window = await this.counter.get(key);
    // get() still hands back a window whose end has passed until the library's timer drops the key:
    // that window counts for nothing, as consume() treats it.
    if (!window || window.msBeforeNext <= 0) {
      return { allowed: true, limit: this.perMinute, remaining: this.perMinute, resetSeconds: RATE_LIMIT_WINDOW_SECONDS };
    }
    return this.verdict(window, window.consumedPoints < this.perMinute);
  }

  /** Counts one event under `key` (a failure found after the request was let through), never refusing. */
  async record(key: string): Promise<void> {
    await this.counter.penalty(key);
  }

  private verdict(window: RateLimiterRes, allowed: boolean): RateLimitVerdict {
    const resetSeconds = Math.max(1, Math.ceil(window.msBeforeNext / 1000));
    return { allowed, limit: this.perMinute, remaining: window.remainingPoints, resetSeconds };
  }
}

type RateLimitSettings = GatewayConfig['rateLimits'];

const LIMITS: Record<LimitName, (settings: RateLimitSettings) => Limit> = {
  login: ({ loginPerMinute }) =>
    new Limit('login', loginPerMinute, `login limit reached: ${loginPerMinute} attempts a minute from one address (RATE_LIMIT_LOGIN_PER_MINUTE)`),
  public: ({ publicPerMinute }) =>
    new Limit(
      'public',
      publicPerMinute,
      `public route limit reached: ${publicPerMinute} requests a minute from one address to this route (RATE_LIMIT_PUBLIC_PER_MINUTE)`,
    ),
  anonymous: ({ perMinute }) =>
    new Limit(
      'anonymous',
      perMinute,
      `limit for requests without credentials reached: ${perMinute} a minute from one address to this route (RATE_LIMIT_PER_MINUTE)`,
    ),
  credentials: ({ perMinute }) =>
    new Limit(
      'credentials',
      perMinute,
      `too many rejected credentials from this address: ${perMinute} a minute (RATE_LIMIT_PER_MINUTE); none is checked until the window ends`,
    ),
  caller: ({ perMinute }) =>
    new Limit(
      'caller',
      perMinute,
      `per-caller limit reached: ${perMinute} requests a minute to this route for one user or API key (RATE_LIMIT_PER_MINUTE)`,
    ),
};

/** The request's client address as the limits count it: `req.ip` (trust proxy applied), IPv6 per /64. */
export function clientAddress(req: Request): string {
  return normalizeIp(req.ip ?? req.socket.remoteAddress ?? 'unknown');
}

/** A route is a controller method: `GET /dispatch/tasks` and `GET /dispatch/tasks/{id}` count apart. */
const routeOf = (context: ExecutionContext): string => `${context.getClass().name}.${context.getHandler().name}`;

const API_KEY = API_KEY_HEADER.toLowerCase();
const carriesCredential = (req: Request): boolean => req.headers.authorization !== undefined || req.headers[API_KEY] !== undefined;

abstract class RateLimitGuard implements CanActivate {
  constructor(protected readonly reflector: Reflector) {}

  abstract canActivate(context: ExecutionContext): Promise<boolean>;

  /** Whether the route is open without an account, decided as AuthGuard does: the handler's declaration wins. */
  protected isPublic(context: ExecutionContext): boolean {
    for (const target of [context.getHandler(), context.getClass()]) {
      if (this.reflector.get<boolean | undefined>(PUBLIC_ROUTE, target) === true) return true;
      if (this.reflector.get<unknown>(ACCESS_RULE, target) !== undefined) return false;
    }
    return false;
  }

  protected applies(context: ExecutionContext): boolean {
    return context.getType() === 'http' && !isOperationalRoute(context) && this.reflector.get<boolean>(UNLIMITED, context.getHandler()) !== true;
  }

  /** Counts the request against `limit` under `key`; sets the X-RateLimit headers; refuses with 429 past it. */
  protected async enforce(limit: Limit, key: string, res: Response): Promise<void> {
    this.answer(limit, await limit.take(key), res);
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
  private readonly login: Limit;
  private readonly public: Limit;
  private readonly anonymous: Limit;
  private readonly credentials: Limit;

  constructor(reflector: Reflector, @Inject(GATEWAY_CONFIG) config: GatewayConfig) {
    super(reflector);
    this.login = LIMITS.login(config.rateLimits);
    this.public = LIMITS.public(config.rateLimits);
    this.anonymous = LIMITS.anonymous(config.rateLimits);
    this.credentials = LIMITS.credentials(config.rateLimits);
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (!this.applies(context)) return true;
    const req = context.switchToHttp().getRequest<Request>();
    const res = context.switchToHttp().getResponse<Response>();
    const address = clientAddress(req);
    if (this.isPublic(context)) {
      const limit = context.getHandler() === AuthController.prototype.login ? this.login : this.public;
      await this.enforce(limit, `${routeOf(context)}:${address}`, res);
    } else if (!carriesCredential(req)) {
      await this.enforce(this.anonymous, `${routeOf(context)}:${address}`, res);
    } else {
      // AuthGuard checks the credential next. An address whose credentials keep being rejected is
      // refused before that, for the rest of the window: guessing tokens or keys gets nowhere.
      const verdict = await this.credentials.peek(address);
      if (!verdict.allowed) this.answer(this.credentials, verdict, res);
      res.once('finish', () => {
        // The memory limiter counts synchronously: the next request from the address already sees it.
        if (res.statusCode === 401) void this.credentials.record(address);
      });
    }
    return true;
  }
}

/** After authentication: the limit per verified caller (`request.actor`, a user or an API key) and route. */
@Injectable()
export class CallerRateLimitGuard extends RateLimitGuard {
  private readonly caller: Limit;

  constructor(reflector: Reflector, @Inject(GATEWAY_CONFIG) config: GatewayConfig) {
    super(reflector);
    this.caller = LIMITS.caller(config.rateLimits);
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (!this.applies(context) || this.isPublic(context)) return true;
    const req = context.switchToHttp().getRequest<Request>();
    const actor = actorOf(req);
    if (!actor || actor.kind === 'anonymous') return true;
    await this.enforce(this.caller, `${routeOf(context)}:${actor.kind}:${actor.id}`, context.switchToHttp().getResponse<Response>());
    return true;
  }
}
