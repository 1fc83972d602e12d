import { Injectable, inject } from '@angular/core';
import type { Role } from '@tsunagu/shared/domain';
import {
  InviteMemberDocument,
  OrganisationMembersDocument,
  type InviteMemberMutation,
  type OrganisationMembersQuery,
} from '@tsunagu/web/shared/data-access';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';

export type Member = OrganisationMembersQuery['organisationMembers'][number];
export type CreatedInvitation = InviteMemberMutation['inviteMember'];

/** Roles each manager may hand out: one rule in the shared domain, which the API enforces too. */
export { grantableRoles } from '@tsunagu/shared/domain';

@Injectable({ providedIn: 'root' })
export class MembersService {
  private readonly apollo = inject(Apollo);

  async members(organisationId: string): Promise<Member[]> {
    const result = await firstValueFrom(
      this.apollo.query({
        query: OrganisationMembersDocument,
        variables: { organisationId },
        fetchPolicy: 'network-only',
      }),
    );
    if (!result.data) throw result.error ?? new Error('organisationMembers returned no data');
    return [...result.data.organisationMembers];
  }

  async invite(organisationId: string, email: string, role: Role): Promise<CreatedInvitation> {
    const result = await firstValueFrom(
      this.apollo.mutate({
        mutation: InviteMemberDocument,
        variables: { input: { organisationId, email, role } },
      }),
    );
    if (!result.data) throw result.error ?? new Error('inviteMember returned no data');
    return result.data.inviteMember;
  }
}
