import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { GATEWAY_CONFIG, type GatewayConfig } from '../config';
import { IDENTITY_ENTITIES } from '../database/schema';
import { AuthGuard } from './access/auth.guard';
import { ApiKeysController } from './api-keys/api-keys.controller';
import { ApiKeysService } from './api-keys/api-keys.service';
import { AuthController } from './auth/auth.controller';
import { AuthService } from './auth/auth.service';
import { PasswordHasher } from './auth/password-hasher';
import { jwtModuleOptions, TokenService } from './auth/token.service';

/**
 * Authentication and authorisation for the whole gateway. Importing it installs AuthGuard as a
 * global guard, so every route of every module is closed unless it declares its access.
 * Expects the app to provide `GATEWAY_CONFIG` globally and the `identity` DataSource.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature(IDENTITY_ENTITIES),
    JwtModule.registerAsync({ inject: [GATEWAY_CONFIG], useFactory: (config: GatewayConfig) => jwtModuleOptions(config.jwt) }),
  ],
  controllers: [AuthController, ApiKeysController],
  providers: [
    PasswordHasher,
    TokenService,
    AuthService,
    ApiKeysService,
    AuthGuard,
    { provide: APP_GUARD, useExisting: AuthGuard },
  ],
  exports: [AuthGuard, TokenService, ApiKeysService, PasswordHasher],
})
export class IdentityModule {}
