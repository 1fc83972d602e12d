import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountEmailsResolver } from './account-emails.resolver';
import { AccountEmailsService } from './account-emails.service';
import { AccountMailRequestEntity } from './account-mail-request.entity';
import { AccountTokenEntity } from './account-token.entity';
import { AccountTokensService } from './account-tokens.service';
import { AuthSessionEntity } from './auth-session.entity';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { PasswordService } from './password.service';
import { RefreshTokenEntity } from './refresh-token.entity';
import { SignInFailureEntity } from './sign-in-failure.entity';
import { SignUpAttemptEntity } from './sign-up-attempt.entity';
import { UserEntity } from './user.entity';
import { UsersResolver } from './users.resolver';
import { UsersService } from './users.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([
      UserEntity,
      AuthSessionEntity,
      RefreshTokenEntity,
      SignInFailureEntity,
      SignUpAttemptEntity,
      AccountTokenEntity,
      AccountMailRequestEntity,
    ]),
  ],
  providers: [
    AuthService,
    UsersService,
    PasswordService,
    AccountTokensService,
    AccountEmailsService,
    AuthResolver,
    UsersResolver,
    AccountEmailsResolver,
  ],
  exports: [UsersService, PasswordService],
})
export class IdentityModule {}
