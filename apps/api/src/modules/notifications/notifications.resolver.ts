import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal } from '../../core/auth/current-principal.decorator';
import { Allow, Authenticated, Public, RoleAnywhere } from '../../core/auth/policy';
import type { Principal } from '../../core/auth/principal';
import { requestLocale } from '../../core/auth/request';
import { currentGraphqlRequest } from '../../core/graphql/request-context';
import {
  DeliveryStatusEnum,
  NotificationDelivery,
  NotificationPage,
  NotificationPreference,
  NotificationPreferenceInput,
  NotificationView,
} from './dto/notification.types';
import { NotificationCentreService } from './notification-centre.service';
import { NotificationOutboxService } from './notification-outbox.service';
import { NotificationPreferencesService } from './notification-preferences.service';
import type { DeliveryStatus } from './notification.entity';
import { UnsubscribeService } from './unsubscribe.service';

const OutboxReader = RoleAnywhere(['staff', 'admin']);
const locale = () => requestLocale(currentGraphqlRequest());

@Resolver()
export class NotificationsResolver {
  constructor(
    private readonly centre: NotificationCentreService,
    private readonly preferences: NotificationPreferencesService,
    private readonly outbox: NotificationOutboxService,
    private readonly unsubscribing: UnsubscribeService,
  ) {}

  @Allow(Authenticated)
  @Query(() => NotificationPage, { description: 'Her notification centre, newest first' })
  myNotifications(
    @CurrentPrincipal() principal: Principal,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number | null,
  ): Promise<NotificationPage> {
    return this.centre.page(principal, locale(), after ?? null, first ?? 20);
  }

  @Allow(Authenticated)
  @Query(() => Int)
  unreadNotificationCount(@CurrentPrincipal() principal: Principal): Promise<number> {
    return this.centre.unreadCount(principal);
  }

  @Allow(Authenticated)
  @Mutation(() => NotificationView)
  markNotificationRead(
    @CurrentPrincipal() principal: Principal,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<NotificationView> {
    return this.centre.markRead(principal, locale(), id);
  }

  @Allow(Authenticated)
  @Mutation(() => Int, { description: 'How many were unread' })
  markAllNotificationsRead(@CurrentPrincipal() principal: Principal): Promise<number> {
    return this.centre.markAllRead(principal);
  }

  @Allow(Authenticated)
  @Query(() => [NotificationPreference])
  myNotificationPreferences(@CurrentPrincipal() principal: Principal): Promise<NotificationPreference[]> {
    return this.preferences.mine(principal);
  }

  @Allow(Authenticated)
  @Mutation(() => NotificationPreference)
  setNotificationPreference(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: NotificationPreferenceInput,
  ): Promise<NotificationPreference> {
    return this.preferences.set(principal, input);
  }

  @Allow(Public)
  @Mutation(() => NotificationPreference, {
    description: "A mail's unsubscribe link: turns off that kind's email",
  })
  unsubscribe(@Args('token') token: string): Promise<NotificationPreference> {
    return this.unsubscribing.unsubscribe(token);
  }

  @Allow(OutboxReader)
  @Query(() => [NotificationDelivery], {
    description: "Deliveries about her organisations' sessions (platform admins: all)",
  })
  notificationOutbox(
    @CurrentPrincipal() principal: Principal,
    @Args('status', { type: () => DeliveryStatusEnum, nullable: true, defaultValue: 'failed' })
    status: DeliveryStatus | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50 }) first: number | null,
  ): Promise<NotificationDelivery[]> {
    return this.outbox.list(principal, status ?? 'failed', first ?? 50);
  }

  @Allow(OutboxReader)
  @Mutation(() => NotificationDelivery)
  retryNotificationDelivery(
    @CurrentPrincipal() principal: Principal,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<NotificationDelivery> {
    return this.outbox.retry(principal, id);
  }
}
