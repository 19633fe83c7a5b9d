import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { GATEWAY_CONFIG, type GatewayConfig } from '../config';
import { IDENTITY_ENTITIES } from '../database/schema';
import { AuthGuard } from './access/auth.guard';
import { BearerAuthenticator } from './access/bearer-authenticator';
import { UserSessions } from './access/user-sessions';
import { ApiKeysController } from './api-keys/api-keys.controller';
import { ApiKeysService } from './api-keys/api-keys.service';
import { AuthController } from './auth/auth.controller';
import { AuthService } from './auth/auth.service';
import { LoginProtection } from './auth/login-protection.service';
import { PasswordHasher } from './auth/password-hasher';
import { PasswordPolicy } from './auth/password-policy';
import { jwtModuleOptions, TokenService } from './auth/token.service';
import { OidcVerifier } from './oidc/oidc-verifier';
import { FirstAdmin } from './users/first-admin.service';
import { StaffLinks } from './users/staff-links';
import { UserAdmin } from './users/user-admin.service';
import { UsersController } from './users/users.controller';
import { UsersQuery } from './users/users-query.service';

/**
 * Authentication and authorisation for the whole gateway. The app installs its AuthGuard as a
 * global guard (app.module.ts, between the rate limits), so every route of every module is closed
 * unless it declares its access.
 * Expects the app to provide `GATEWAY_CONFIG` and the AuditService globally, the `identity`
 * DataSource, and the RpcClient (accounts are linked to dispatch's staff directory).
 */
@Module({
  imports: [
    TypeOrmModule.forFeature(IDENTITY_ENTITIES),
    JwtModule.registerAsync({ inject: [GATEWAY_CONFIG], useFactory: (config: GatewayConfig) => jwtModuleOptions(config.jwt) }),
  ],
  controllers: [AuthController, ApiKeysController, UsersController],
  providers: [
    PasswordHasher,
    PasswordPolicy,
    TokenService,
    LoginProtection,
    AuthService,
    ApiKeysService,
    UserSessions,
    // Single sign-on only when the hospital's identity provider is configured.
    { provide: OidcVerifier, inject: [GATEWAY_CONFIG], useFactory: (config: GatewayConfig) => (config.oidc ? new OidcVerifier(config.oidc) : null) },
    BearerAuthenticator,
    StaffLinks,
    UserAdmin,
    UsersQuery,
    FirstAdmin,
    AuthGuard,
  ],
  exports: [AuthGuard, TokenService, ApiKeysService, PasswordHasher, UserAdmin, FirstAdmin],
})
export class IdentityModule {}
