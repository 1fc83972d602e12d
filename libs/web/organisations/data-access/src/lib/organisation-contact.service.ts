import { Injectable, inject } from '@angular/core';
import {
  OrganisationContactDocument,
  UpdateOrganisationContactDocument,
  type OrganisationContactFragment,
  type UpdateOrganisationContactInput,
} from '@tsunagu/web/shared/data-access';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';

export type OrganisationContact = OrganisationContactFragment;

/** The organisation's contact (問い合わせ先) and privacy notice, for its own staff to keep. */
@Injectable({ providedIn: 'root' })
export class OrganisationContactService {
  private readonly apollo = inject(Apollo);

  async get(id: string): Promise<OrganisationContact> {
    const result = await firstValueFrom(
      this.apollo.query({
        query: OrganisationContactDocument,
        variables: { id },
        fetchPolicy: 'network-only',
      }),
    );
    if (!result.data) throw result.error ?? new Error('organisation returned no data');
    return result.data.organisation;
  }

  async update(input: UpdateOrganisationContactInput): Promise<OrganisationContact> {
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: UpdateOrganisationContactDocument, variables: { input } }),
    );
    if (!result.data) throw result.error ?? new Error('updateOrganisationContact returned no data');
    return result.data.updateOrganisationContact;
  }
}
