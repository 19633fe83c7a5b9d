// Public surface of the gateway's identity piece: the module and what routes decorate themselves with.
export { IdentityModule } from './identity.module';

export { AuthGuard } from './access/auth.guard';
export { Roles, Authenticated, Public, ACCESS_RULE, type AccessRule } from './access/access.decorators';
export {
  ApiAuth,
  ApiAuthenticated,
  ApiPublic,
  ApiStreamTicket,
  addIdentitySecurity,
  SECURITY_BEARER,
  SECURITY_API_KEY,
  SECURITY_STREAM_TICKET,
} from './access/api-auth.decorators';
export { CurrentActor } from './access/current-actor.decorator';
export { ANONYMOUS_ACTOR, actorOf, type GatewayActor, type RequestWithActor } from './access/gateway-actor';
export { API_KEY_HEADER } from './access/credentials';
export { UuidParam } from './http/uuid-param';

export { TokenService, type AccessTokenClaims } from './auth/token.service';
export { PasswordHasher } from './auth/password-hasher';
export { ApiKeysService } from './api-keys/api-keys.service';
export { UserEntity } from './users/user.entity';
export { ApiKeyEntity } from './api-keys/api-key.entity';
// Kept for the specs that log in as the demo accounts and still import them from here.
export { DEMO_USERS, demoPassword, type DemoUser } from '../seed/demo-users';
