import { Module } from '@nestjs/common';
import { Identity1795314582990 } from '../../core/database/migrations/1795314582990-Identity';
import { SignUpAttempts1796114837276 } from '../../core/database/migrations/1796114837276-SignUpAttempts';
import { UserDirectory1796150100000 } from '../../core/database/migrations/1796150100000-UserDirectory';
import { AccountTokens1796200400000 } from '../../core/database/migrations/1796200400000-AccountTokens';
import type { DomainRegistration } from '../../core/registration/domain-registration';
import { AccountMailRequestEntity } from './account-mail-request.entity';
import { AccountTokenEntity } from './account-token.entity';
import { AuthSessionEntity } from './auth-session.entity';
import { identityDemoData } from './identity.demo-data';
import { IDENTITY_MESSAGES } from './identity.messages';
import { IdentityModule } from './identity.module';
import { PrincipalResolverModule } from './principal-resolver.service';
import { RefreshTokenEntity } from './refresh-token.entity';
import { SignInFailureEntity } from './sign-in-failure.entity';
import { SignUpAttemptEntity } from './sign-up-attempt.entity';
import { UserEntity } from './user.entity';

/**
 * IdentityModule plus the principal resolver core's guard asks for. The resolver stays out of
 * IdentityModule because it reads the organisations module's public file, which imports IdentityModule.
 */
@Module({ imports: [IdentityModule, PrincipalResolverModule] })
export class IdentityDomainModule {}

/** People, their passwords and sessions: sign-up, sign-in, tokens, account emails (reset, verification). */
export const identity: DomainRegistration = {
  name: 'identity',
  module: IdentityDomainModule,
  entities: [
    UserEntity,
    AuthSessionEntity,
    RefreshTokenEntity,
    SignInFailureEntity,
    SignUpAttemptEntity,
    AccountTokenEntity,
    AccountMailRequestEntity,
  ],
  // The first migration also created the organisations module's tables and core's audit_log: it is
  // identity's because identity came first, and history is not rewritten.
  migrations: [
    Identity1795314582990,
    SignUpAttempts1796114837276,
    UserDirectory1796150100000,
    AccountTokens1796200400000,
  ],
  tables: [
    'users',
    'auth_sessions',
    'refresh_tokens',
    'sign_in_failures',
    'sign_up_attempts',
    'account_tokens',
    'account_mail_requests',
  ],
  // The read model other modules may name in SQL (user-read-models.ts is its contract).
  publishedViews: ['identity_user_directory'],
  messages: IDENTITY_MESSAGES,
  demoData: identityDemoData,
};
