import { Controller, ExecutionContext, Get, Logger, Type } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ErrorCode, Role } from '@hospital/contracts';
import { DomainError, PublicRoute } from '@hospital/platform';
import { expectDomainError } from '@hospital/service-testing';
import { actors } from '@hospital/testing';
import type { ApiKeysService } from '../api-keys/api-keys.service';
import { AcceptsStreamTicket, AllowedBeforePasswordChange, Authenticated, Public, Roles, StreamTicketRedeemer } from './access.decorators';
import { ApiAuth } from './api-auth.decorators';
import { AuthGuard } from './auth.guard';
import type { BearerAuthenticator } from './bearer-authenticator';
import { ANONYMOUS_ACTOR, GatewayActor } from './gateway-actor';
import type { UserSessions } from './user-sessions';

// Controllers exist only to carry decorators; the guard reads metadata from their methods.
@Controller()
class Routes {
  @Get() @Public() open() { return 'ok'; }
  @Get() @PublicRoute() platformOpen() { return 'ok'; }
  @Get() undeclared() { return 'ok'; }
  @Get() @Public() @Roles(Role.Admin) conflicting() { return 'ok'; }
  @Get() @Roles(Role.Dispatcher, Role.Manager) dispatch() { return 'ok'; }
  @Get() @ApiAuth(Role.Integration) integration() { return 'ok'; }
  @Get() @Authenticated() anyone() { return 'ok'; }
  @Get() @Authenticated() @AllowedBeforePasswordChange() changePassword() { return 'ok'; }
  @Get() @Roles(Role.Dispatcher) @AcceptsStreamTicket('board-stream') stream() { return 'ok'; }
}

@Public()
@Controller()
class PublicController {
  @Get() inherits() { return 'ok'; }
  @Get() @Roles(Role.Admin) adminOnly() { return 'ok'; }
}

@Roles(Role.Admin)
@Controller()
class AdminController {
  @Get() inherits() { return 'ok'; }
  @Get() @Public() open() { return 'ok'; }
}

const dispatcher: GatewayActor = { ...actors.user(Role.Dispatcher, { id: 'u1', staffId: null }), name: 'dispatcher' };
const admin: GatewayActor = { ...actors.user(Role.Admin, { id: 'u2', staffId: null }), name: 'admin' };
const integration: GatewayActor = { ...actors.apiKey('k1', { staffId: null }), name: 'HIS' };

function call(controller: Type<unknown>, method: string, headers: Record<string, string | string[]> = {}, type = 'http', query: Record<string, unknown> = {}) {
  const request: { headers: typeof headers; query: typeof query; actor?: GatewayActor } = { headers, query };
  const response = { setHeader: jest.fn() };
  const context = {
    getType: () => type,
    getClass: () => controller,
    getHandler: () => (controller.prototype as Record<string, unknown>)[method],
    switchToHttp: () => ({ getRequest: () => request, getResponse: () => response }),
  } as unknown as ExecutionContext;
  return { context, request, response };
}

describe('AuthGuard', () => {
  let tokens: { authenticate: jest.Mock };
  let apiKeys: { authenticate: jest.Mock };
  let guard: AuthGuard;
  let logError: jest.SpyInstance;

  beforeEach(() => {
    tokens = { authenticate: jest.fn() };
    apiKeys = { authenticate: jest.fn() };
    guard = new AuthGuard(new Reflector(), tokens as unknown as BearerAuthenticator, apiKeys as unknown as ApiKeysService);
    logError = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => jest.restoreAllMocks());

  describe('public routes', () => {
    it.each([
      ['@Public()', Routes, 'open'],
      ["the platform's @PublicRoute()", Routes, 'platformOpen'],
      ['a @Public() controller', PublicController, 'inherits'],
      ['@Public() on a handler of a @Roles controller', AdminController, 'open'],
    ])('lets %s through without credentials, as the anonymous actor', async (_, controller, method) => {
      const { context, request } = call(controller, method);
      await expect(guard.canActivate(context)).resolves.toBe(true);
      expect(request.actor).toEqual(ANONYMOUS_ACTOR);
      expect(tokens.authenticate).not.toHaveBeenCalled();
    });

    it('ignores even broken credentials on a public route', async () => {
      const { context } = call(Routes, 'open', { authorization: 'garbage' });
      await expect(guard.canActivate(context)).resolves.toBe(true);
    });
  });

  describe('routes without a usable rule', () => {
    it('refuses an undeclared route with 403 even for an admin, and logs the handler', async () => {
      tokens.authenticate.mockResolvedValue(admin);
      const { context } = call(Routes, 'undeclared', { authorization: 'Bearer t' });
      const error = await expectDomainError(guard.canActivate(context));
      expect(error.code).toBe(ErrorCode.Forbidden);
      expect(logError).toHaveBeenCalledWith(expect.stringContaining('Routes.undeclared'));
      expect(tokens.authenticate).not.toHaveBeenCalled();
    });

    it('refuses a route that is both public and role-restricted at one level', async () => {
      const error = await expectDomainError(guard.canActivate(call(Routes, 'conflicting').context));
      expect(error.code).toBe(ErrorCode.Forbidden);
      expect(logError).toHaveBeenCalledWith(expect.stringContaining('Routes.conflicting'));
    });

    it('refuses non-HTTP handlers that carry a rule, since only HTTP has credentials', async () => {
      const error = await expectDomainError(guard.canActivate(call(Routes, 'dispatch', {}, 'rpc').context));
      expect(error.code).toBe(ErrorCode.Forbidden);
    });
  });

  describe('authentication', () => {
    it('asks for credentials with 401 and a WWW-Authenticate challenge', async () => {
      const { context, response } = call(Routes, 'dispatch');
      const error = await expectDomainError(guard.canActivate(context));
      expect(error.code).toBe(ErrorCode.Unauthenticated);
      expect(response.setHeader).toHaveBeenCalledWith('WWW-Authenticate', 'Bearer realm="hospital-api"');
    });

    it.each([['Basic YWRtaW46YWRtaW4='], ['Bearer'], ['Bearer a b'], ['']])('rejects the malformed header %p', async (header) => {
      const { context, response } = call(Routes, 'dispatch', { authorization: header });
      expect((await expectDomainError(guard.canActivate(context))).code).toBe(ErrorCode.Unauthenticated);
      expect(response.setHeader).toHaveBeenCalledWith('WWW-Authenticate', expect.stringContaining('error="invalid_token"'));
      expect(tokens.authenticate).not.toHaveBeenCalled();
    });

    it('passes the token to the bearer authenticator and turns an expired token into 401', async () => {
      tokens.authenticate.mockRejectedValue(new DomainError(ErrorCode.Unauthenticated, 'access token has expired'));
      const { context, response } = call(Routes, 'dispatch', { authorization: 'Bearer abc.def.ghi' });
      const error = await expectDomainError(guard.canActivate(context));
      expect(tokens.authenticate).toHaveBeenCalledWith('abc.def.ghi');
      expect(error).toMatchObject({ code: ErrorCode.Unauthenticated, message: 'access token has expired' });
      expect(response.setHeader).toHaveBeenCalledWith('WWW-Authenticate', 'Bearer realm="hospital-api", error="invalid_token"');
    });

    it('rejects an unknown or revoked API key', async () => {
      apiKeys.authenticate.mockResolvedValue(null);
      const { context } = call(Routes, 'anyone', { 'x-api-key': 'hsp_00000000_nope' });
      expect((await expectDomainError(guard.canActivate(context))).code).toBe(ErrorCode.Unauthenticated);
      expect(apiKeys.authenticate).toHaveBeenCalledWith('hsp_00000000_nope');
    });

    it('rejects a repeated X-API-Key header without looking it up', async () => {
      const { context } = call(Routes, 'anyone', { 'x-api-key': ['a', 'b'] });
      expect((await expectDomainError(guard.canActivate(context))).code).toBe(ErrorCode.Unauthenticated);
      expect(apiKeys.authenticate).not.toHaveBeenCalled();
    });

    it('rejects a request carrying both a token and an API key', async () => {
      const { context } = call(Routes, 'anyone', { authorization: 'Bearer t', 'x-api-key': 'k' });
      expect((await expectDomainError(guard.canActivate(context))).code).toBe(ErrorCode.Unauthenticated);
    });

    it('does not swallow unexpected errors as 401', async () => {
      apiKeys.authenticate.mockRejectedValue(new Error('database down'));
      const { context, response } = call(Routes, 'anyone', { 'x-api-key': 'k' });
      await expect(guard.canActivate(context)).rejects.toThrow('database down');
      expect(response.setHeader).not.toHaveBeenCalled();
    });
  });

  describe('authorisation', () => {
    it('admits a caller holding one of the listed roles and attaches the actor', async () => {
      tokens.authenticate.mockResolvedValue(dispatcher);
      const { context, request } = call(Routes, 'dispatch', { authorization: 'Bearer t' });
      await expect(guard.canActivate(context)).resolves.toBe(true);
      expect(request.actor).toEqual(dispatcher);
    });

    it('refuses a caller without a listed role with 403; admin is not implied', async () => {
      tokens.authenticate.mockResolvedValue(admin);
      const { context, request } = call(Routes, 'dispatch', { authorization: 'Bearer t' });
      const error = await expectDomainError(guard.canActivate(context));
      expect(error.code).toBe(ErrorCode.Forbidden);
      expect(error.message).toContain('dispatcher, manager');
      expect(request.actor).toEqual(admin);
    });

    it('admits an API key on an integration route and refuses a person there', async () => {
      apiKeys.authenticate.mockResolvedValue(integration);
      await expect(guard.canActivate(call(Routes, 'integration', { 'x-api-key': 'k' }).context)).resolves.toBe(true);
      tokens.authenticate.mockResolvedValue(admin);
      const error = await expectDomainError(guard.canActivate(call(Routes, 'integration', { authorization: 'Bearer t' }).context));
      expect(error.code).toBe(ErrorCode.Forbidden);
    });

    it('lets a person on a temporary password reach only the routes marked for it, with 403 PASSWORD_CHANGE_REQUIRED elsewhere', async () => {
      tokens.authenticate.mockResolvedValue({ ...dispatcher, passwordChangeRequired: true });
      const headers = { authorization: 'Bearer t' };
      const error = await expectDomainError(guard.canActivate(call(Routes, 'dispatch', headers).context));
      expect(error.code).toBe(ErrorCode.PasswordChangeRequired);
      expect((await expectDomainError(guard.canActivate(call(Routes, 'anyone', headers).context))).code).toBe(ErrorCode.PasswordChangeRequired);
      await expect(guard.canActivate(call(Routes, 'changePassword', headers).context)).resolves.toBe(true);
    });

    it('admits any authenticated caller on @Authenticated()', async () => {
      apiKeys.authenticate.mockResolvedValue(integration);
      tokens.authenticate.mockResolvedValue(dispatcher);
      await expect(guard.canActivate(call(Routes, 'anyone', { 'x-api-key': 'k' }).context)).resolves.toBe(true);
      await expect(guard.canActivate(call(Routes, 'anyone', { authorization: 'Bearer t' }).context)).resolves.toBe(true);
    });

    it("applies a controller's rule to its handlers, and a handler's rule over its controller's", async () => {
      tokens.authenticate.mockResolvedValue(dispatcher);
      const headers = { authorization: 'Bearer t' };
      expect((await expectDomainError(guard.canActivate(call(AdminController, 'inherits', headers).context))).code).toBe(ErrorCode.Forbidden);
      expect((await expectDomainError(guard.canActivate(call(PublicController, 'adminOnly', headers).context))).code).toBe(ErrorCode.Forbidden);
      expect((await expectDomainError(guard.canActivate(call(PublicController, 'adminOnly').context))).code).toBe(ErrorCode.Unauthenticated);
    });
  });
});

describe('AuthGuard with stream tickets', () => {
  const holder = { userId: 'u1', sessionVersion: 3 };
  let tokens: { authenticate: jest.Mock };
  let sessions: { resume: jest.Mock };
  let tickets: { redeem: jest.Mock };
  let guard: AuthGuard;
  const ticketCall = (query: Record<string, unknown>, headers: Record<string, string> = {}, method = 'stream') => call(Routes, method, headers, 'http', query);

  beforeEach(() => {
    tokens = { authenticate: jest.fn() };
    sessions = { resume: jest.fn().mockResolvedValue(dispatcher) };
    tickets = { redeem: jest.fn().mockResolvedValue(holder) };
    const apiKeys = { authenticate: jest.fn() } as unknown as ApiKeysService;
    guard = new AuthGuard(new Reflector(), tokens as unknown as BearerAuthenticator, apiKeys, sessions as unknown as UserSessions, tickets as StreamTicketRedeemer);
  });

  it('takes ?ticket= on a marked route: redeemed for its purpose, then its account checked as a token’s', async () => {
    const { context, request } = ticketCall({ ticket: 'bst_t', group: 'SURGERY' });
    await expect(guard.canActivate(context)).resolves.toBe(true);
    expect(tickets.redeem).toHaveBeenCalledWith('bst_t', 'board-stream');
    expect(sessions.resume).toHaveBeenCalledWith(holder);
    expect(request.actor).toEqual(dispatcher);
  });

  it('refuses a ticket that is unknown, used up or expired with 401 and an invalid_token challenge', async () => {
    tickets.redeem.mockResolvedValue(null);
    const { context, response } = ticketCall({ ticket: 'bst_used' });
    expect((await expectDomainError(guard.canActivate(context))).code).toBe(ErrorCode.Unauthenticated);
    expect(response.setHeader).toHaveBeenCalledWith('WWW-Authenticate', 'Bearer realm="hospital-api", error="invalid_token"');
    expect(sessions.resume).not.toHaveBeenCalled();
  });

  it('refuses the ticket of an account disabled since (the account check fails)', async () => {
    sessions.resume.mockRejectedValue(new DomainError(ErrorCode.Unauthenticated, 'the session has ended: log in again'));
    expect((await expectDomainError(guard.canActivate(ticketCall({ ticket: 'bst_t' }).context))).code).toBe(ErrorCode.Unauthenticated);
  });

  it('still applies the route’s roles to the ticket’s holder', async () => {
    sessions.resume.mockResolvedValue(admin);
    expect((await expectDomainError(guard.canActivate(ticketCall({ ticket: 'bst_t' }).context))).code).toBe(ErrorCode.Forbidden);
  });

  it('refuses a ticket sent with a credential header, and a repeated ticket, without using them up', async () => {
    const both = await expectDomainError(guard.canActivate(ticketCall({ ticket: 'bst_t' }, { authorization: 'Bearer t' }).context));
    expect(both).toMatchObject({ code: ErrorCode.Unauthenticated, message: expect.stringContaining('not both') });
    expect((await expectDomainError(guard.canActivate(ticketCall({ ticket: ['bst_a', 'bst_b'] }).context))).code).toBe(ErrorCode.Unauthenticated);
    expect(tickets.redeem).not.toHaveBeenCalled();
    expect(tokens.authenticate).not.toHaveBeenCalled();
  });

  it('ignores ?ticket= on a route that is not marked for it', async () => {
    const { context } = ticketCall({ ticket: 'bst_t' }, {}, 'dispatch');
    const error = await expectDomainError(guard.canActivate(context));
    expect(error).toMatchObject({ code: ErrorCode.Unauthenticated, message: expect.stringContaining('authentication required') });
    expect(tickets.redeem).not.toHaveBeenCalled();
  });

  it('takes the usual credentials on a marked route too', async () => {
    tokens.authenticate.mockResolvedValue(dispatcher);
    await expect(guard.canActivate(ticketCall({}, { authorization: 'Bearer t' }).context)).resolves.toBe(true);
    expect(tickets.redeem).not.toHaveBeenCalled();
  });

  it('accepts no ticket when built without a ticket store (a routes harness)', async () => {
    const bare = new AuthGuard(new Reflector(), tokens as unknown as BearerAuthenticator, { authenticate: jest.fn() } as unknown as ApiKeysService);
    expect((await expectDomainError(bare.canActivate(ticketCall({ ticket: 'bst_t' }).context))).code).toBe(ErrorCode.Unauthenticated);
  });
});

describe('@Roles()', () => {
  it('refuses unknown roles when the decorator is built, so a typo fails the boot', () => {
    expect(() => Roles('root' as Role)).toThrow(/known roles/);
    expect(() => (Roles as (...roles: Role[]) => unknown)()).toThrow(/known roles/);
  });
});
