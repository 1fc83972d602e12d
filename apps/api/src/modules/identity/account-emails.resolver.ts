import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, Req } from '../../core/auth/current-principal.decorator';
import { Allow, Authenticated, PlatformAdmin, Public, SelfOr } from '../../core/auth/policy';
import type { Principal } from '../../core/auth/principal';
import { requestIp, type TsunaguRequest } from '../../core/auth/request';
import { ChecksPassword } from '../../core/graphql/password-checks';
import { AccountEmailsService } from './account-emails.service';
import type { ClientInfo } from './auth.service';
import { UserEntity } from './user.entity';

function clientOf(req: TsunaguRequest): ClientInfo {
  return { ip: requestIp(req), userAgent: req.headers?.['user-agent'] ?? null };
}

/** Password reset, address verification and change of address (links sent by email). */
@Resolver(() => UserEntity)
export class AccountEmailsResolver {
  constructor(private readonly accountEmails: AccountEmailsService) {}

  @Allow(Public)
  @Mutation(() => Boolean, {
    description:
      'Sends a reset link (valid 30 minutes, once) if the address has an account. Always true: the answer never says whether it has',
  })
  requestPasswordReset(@Args('email') email: string, @Req() req: TsunaguRequest): Promise<boolean> {
    return this.accountEmails.requestPasswordReset(email, clientOf(req));
  }

  @Allow(Public)
  @ChecksPassword()
  @Mutation(() => Boolean, {
    description: 'Sets a new password with a reset link; every session of hers ends',
  })
  resetPassword(
    @Args('token') token: string,
    @Args('newPassword') newPassword: string,
    @Req() req: TsunaguRequest,
  ): Promise<boolean> {
    return this.accountEmails.resetPassword(token, newPassword, clientOf(req));
  }

  @Allow(Public)
  @Mutation(() => Boolean, {
    description: 'Opens a verification link: the address is verified, or the new address takes effect',
  })
  verifyEmail(@Args('token') token: string, @Req() req: TsunaguRequest): Promise<boolean> {
    return this.accountEmails.verifyEmail(token, clientOf(req));
  }

  @Allow(Authenticated)
  @Mutation(() => Boolean, {
    description: 'Sends the verification link again (to the address she is changing to, if any)',
  })
  resendEmailVerification(
    @CurrentPrincipal() principal: Principal,
    @Req() req: TsunaguRequest,
  ): Promise<boolean> {
    return this.accountEmails.resendEmailVerification(principal, clientOf(req));
  }

  @Allow(Authenticated)
  @ChecksPassword()
  @Mutation(() => Boolean, {
    description: 'Sends a link to the new address; it replaces hers only once that link is opened',
  })
  requestEmailChange(
    @CurrentPrincipal() principal: Principal,
    @Args('newEmail') newEmail: string,
    @Args('currentPassword') currentPassword: string,
    @Req() req: TsunaguRequest,
  ): Promise<boolean> {
    return this.accountEmails.requestEmailChange(principal, newEmail, currentPassword, clientOf(req));
  }

  /** Whoever may see her email sees whether it is verified (staff of her sessions, her organisation). */
  @Allow(Authenticated)
  @ResolveField(() => Boolean, {
    description: 'Whether she has opened the verification link sent to `email`',
  })
  emailVerified(@Parent() user: UserEntity): boolean {
    return user.emailVerifiedAt !== null && user.emailVerifiedAt !== undefined;
  }

  @Allow(SelfOr((user) => (user as UserEntity).id, PlatformAdmin))
  @ResolveField(() => String, {
    nullable: true,
    description: 'The address she asked to change to, until she opens the link sent there',
  })
  pendingEmail(@Parent() user: UserEntity): Promise<string | null> {
    return this.accountEmails.pendingEmail(user);
  }
}
