import { Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal } from '../../../core/auth/current-principal.decorator';
import { Allow, Authenticated } from '../../../core/auth/policy';
import type { Principal } from '../../../core/auth/principal';
import { CalendarFeedService } from './calendar-feed.service';
import { CalendarFeed } from './calendar-feed.types';

/** Her own feed: every operation acts on the caller only. */
@Resolver(() => CalendarFeed)
export class CalendarFeedResolver {
  constructor(private readonly feeds: CalendarFeedService) {}

  @Allow(Authenticated)
  @Query(() => CalendarFeed, { description: 'Whether she has a calendar feed, and since when' })
  myCalendarFeed(@CurrentPrincipal() principal: Principal): Promise<CalendarFeed> {
    return this.feeds.myFeed(principal.userId);
  }

  @Allow(Authenticated)
  @Mutation(() => CalendarFeed, { description: 'A new feed URL; the previous one stops working' })
  issueCalendarFeed(@CurrentPrincipal() principal: Principal): Promise<CalendarFeed> {
    return this.feeds.issue(principal.userId);
  }

  @Allow(Authenticated)
  @Mutation(() => CalendarFeed, { description: 'Stops her feed URL' })
  revokeCalendarFeed(@CurrentPrincipal() principal: Principal): Promise<CalendarFeed> {
    return this.feeds.revoke(principal.userId);
  }
}
