import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ENV } from '@hospital/platform';
import type { GatewayEnv } from '../config';
import { AuthGuard } from './access/auth.guard';
import { ApiKeysController } from './api-keys/api-keys.controller';
import { ApiKeysService } from './api-keys/api-keys.service';
import { AuthController } from './auth/auth.controller';
import { AuthService } from './auth/auth.service';
import { PasswordHasher } from './auth/password-hasher';
import { jwtModuleOptions, TokenService } from './auth/token.service';
import { IDENTITY_ENTITIES } from './persistence';
import { DemoSeedService } from './seed/demo-seed.service';

/**
 * Authentication and authorisation for the whole gateway. Importing it installs AuthGuard as a
 * global guard, so every route of every module is closed unless it declares its access.
 * Expects the app to provide `ENV` (a GatewayEnv) globally and the `identity` DataSource.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature(IDENTITY_ENTITIES),
    JwtModule.registerAsync({ inject: [ENV], useFactory: (env: GatewayEnv) => jwtModuleOptions(env) }),
  ],
  controllers: [AuthController, ApiKeysController],
  providers: [
    PasswordHasher,
    TokenService,
    AuthService,
    ApiKeysService,
    DemoSeedService,
    AuthGuard,
    { provide: APP_GUARD, useExisting: AuthGuard },
  ],
  exports: [AuthGuard, TokenService, ApiKeysService, PasswordHasher],
})
export class IdentityModule {}
