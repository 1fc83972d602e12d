import { Global, Module } from '@nestjs/common';
import { APP_GUARD, DiscoveryModule } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { createSecretKey } from 'node:crypto';
import { ENV, type Env } from '../config/env';
import { AccessTokenService } from './access-token.service';
import { PolicyGuard } from './policy.guard';
import { RequestAuthService } from './request-auth.service';

@Global()
@Module({
  imports: [
    // The secret as a KeyObject, made once: given a string, jsonwebtoken first tries it as a PEM public
    // key (which throws) on every verify, about half a millisecond of CPU per request in the rush benchmark.
    JwtModule.registerAsync({
      inject: [ENV],
      useFactory: (env: Env) => ({ secret: createSecretKey(Buffer.from(env.JWT_SECRET)) }),
    }),
    DiscoveryModule,
  ],
  providers: [AccessTokenService, RequestAuthService, { provide: APP_GUARD, useClass: PolicyGuard }],
  exports: [AccessTokenService, RequestAuthService],
})
export class AuthModule {}
