import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Locale } from '@tsunagu/shared/domain';
import { CurrentPrincipal } from '../../core/auth/current-principal.decorator';
import { Allow, Authenticated } from '../../core/auth/policy';
import type { Principal } from '../../core/auth/principal';
import { LocaleEnum } from '../../core/graphql/enums';
import { UserEntity } from './user.entity';
import { UsersService } from './users.service';

@Resolver(() => UserEntity)
export class UsersResolver {
  constructor(private readonly users: UsersService) {}

  @Allow(Authenticated)
  @Query(() => UserEntity, { description: 'The signed-in user' })
  me(@CurrentPrincipal() principal: Principal): Promise<UserEntity> {
    return this.users.me(principal);
  }

  @Allow(Authenticated)
  @Mutation(() => UserEntity, { description: 'Remembers the UI language for this user' })
  updatePreferredLocale(
    @CurrentPrincipal() principal: Principal,
    @Args('locale', { type: () => LocaleEnum }) locale: Locale,
  ): Promise<UserEntity> {
    return this.users.updatePreferredLocale(principal, locale);
  }
}
