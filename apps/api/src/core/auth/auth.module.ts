import { Global, Module } from '@nestjs/common';
import { APP_GUARD, DiscoveryModule } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { AccessTokenService } from './access-token.service';
import { PolicyGuard } from './policy.guard';
import { RequestAuthService } from './request-auth.service';

@Global()
@Module({
  imports: [JwtModule.register({}), DiscoveryModule],
  providers: [AccessTokenService, RequestAuthService, { provide: APP_GUARD, useClass: PolicyGuard }],
  exports: [AccessTokenService, RequestAuthService],
})
export class AuthModule {}
