import { Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal } from '../../../core/auth/current-principal.decorator';
import { Allow, Authenticated } from '../../../core/auth/policy';
import type { Principal } from '../../../core/auth/principal';
import { LineLinksService } from './line-links.service';
import { LineLink } from './line.types';

/** Her own LINE link: every operation acts on the caller only. */
@Resolver(() => LineLink)
export class LineResolver {
  constructor(private readonly links: LineLinksService) {}

  @Allow(Authenticated)
  @Query(() => LineLink, { description: 'Her LINE link (and whether LINE is set up at all)' })
  myLineLink(@CurrentPrincipal() principal: Principal): Promise<LineLink> {
    return this.links.myLineLink(principal.userId);
  }

  @Allow(Authenticated)
  @Mutation(() => LineLink, {
    description:
      'A new one-time code (15 minutes) to send to the official account; earlier codes stop working',
  })
  issueLineLinkCode(@CurrentPrincipal() principal: Principal): Promise<LineLink> {
    return this.links.issueCode(principal.userId);
  }

  @Allow(Authenticated)
  @Mutation(() => LineLink, { description: 'Ends her LINE link: nothing more is sent there' })
  unlinkLine(@CurrentPrincipal() principal: Principal): Promise<LineLink> {
    return this.links.unlink(principal.userId);
  }
}
