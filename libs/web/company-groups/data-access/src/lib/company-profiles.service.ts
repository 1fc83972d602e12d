import { Injectable, inject } from '@angular/core';
import {
  AddCompanyCertificationDocument,
  ApplyAsCompanyDocument,
  CompanyAdminSessionUserDocument,
  CompanyApplicationsDocument,
  CompanySecretariatsDocument,
  DecideCompanyApplicationDocument,
  InviteCompanyAdminDocument,
  MyCompaniesDocument,
  PublicCompanyProfileDocument,
  RegisterCompanyDocument,
  RemoveCompanyCertificationDocument,
  ResubmitCompanyApplicationDocument,
  SessionStore,
  UpdateCompanyProfileDocument,
  type AddCompanyCertificationInput,
  type CompanyApplicationInput,
  type CompanyApplicationsQuery,
  type CompanyProfileItemFragment,
  type CompanyRegistrationInput,
  type CompanyStatus,
  type DecideCompanyApplicationInput,
  type InviteCompanyAdminInput,
  type InviteCompanyAdminMutation,
  type PublicCompanyProfileQuery,
  type UpdateCompanyProfileInput,
} from '@tsunagu/web/shared/data-access';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';

export type CompanyProfile = CompanyProfileItemFragment;
export type CompanyApplication = CompanyApplicationsQuery['companyApplications'][number];
export type CompanyContact = NonNullable<CompanyProfile['contacts']>[number];
export type CompanyCertification = CompanyProfile['certifications'][number];
export type PublicCompanyProfile = PublicCompanyProfileQuery['companyProfile'];
export type CompanyAdminInvitation = InviteCompanyAdminMutation['inviteCompanyAdmin'];

/** An organising body a company may apply to, with the kind it is listed under. */
export interface Secretariat {
  id: string;
  name: string;
  kind: 'city' | 'prefecture' | 'national_agency';
}

function need<T>(value: T | null | undefined, error: unknown, what: string): T {
  if (value === null || value === undefined) throw error ?? new Error(`${what} returned no data`);
  return value;
}

/**
 * Partner company profiles: hers (`myCompanies`), applying, editing, certifications, and the
 * secretariat's applications with their decisions. Every read asks the API (no cache): a decision by
 * the secretariat must show the next time she opens the page.
 */
@Injectable({ providedIn: 'root' })
export class CompanyProfilesService {
  private readonly apollo = inject(Apollo);
  private readonly session = inject(SessionStore);

  async mine(): Promise<CompanyProfile[]> {
    const result = await firstValueFrom(
      this.apollo.query({ query: MyCompaniesDocument, fetchPolicy: 'no-cache' }),
    );
    return [...need(result.data?.myCompanies, result.error, 'myCompanies')];
  }

  /** An approved company's public profile (its company page; no sign-in needed). */
  async publicProfile(organisationId: string): Promise<PublicCompanyProfile> {
    const result = await firstValueFrom(
      this.apollo.query({
        query: PublicCompanyProfileDocument,
        variables: { organisationId },
        fetchPolicy: 'no-cache',
      }),
    );
    return need(result.data?.companyProfile, result.error, 'companyProfile');
  }

  async applications(status: CompanyStatus): Promise<CompanyApplication[]> {
    const result = await firstValueFrom(
      this.apollo.query({
        query: CompanyApplicationsDocument,
        variables: { status },
        fetchPolicy: 'no-cache',
      }),
    );
    return [...need(result.data?.companyApplications, result.error, 'companyApplications')];
  }

  /** Cities, then prefectures, then national agencies, each in the API's order. */
  async secretariats(): Promise<Secretariat[]> {
    const result = await firstValueFrom(
      this.apollo.query({ query: CompanySecretariatsDocument, fetchPolicy: 'no-cache' }),
    );
    const data = need(result.data, result.error, 'organisations');
    return [
      ...data.cities.map((o) => ({ id: o.id, name: o.name, kind: 'city' as const })),
      ...data.prefectures.map((o) => ({ id: o.id, name: o.name, kind: 'prefecture' as const })),
      ...data.agencies.map((o) => ({ id: o.id, name: o.name, kind: 'national_agency' as const })),
    ];
  }

  /**
   * Applies; she is the company's admin at once, so the session's user is read again (her personas
   * now include the company's home). A failure to re-read keeps the application: it was made.
   */
  async apply(input: CompanyApplicationInput): Promise<CompanyProfile> {
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: ApplyAsCompanyDocument, variables: { input } }),
    );
    const profile = need(result.data?.applyAsCompany, result.error, 'applyAsCompany');
    try {
      const me = await firstValueFrom(
        this.apollo.query({ query: CompanyAdminSessionUserDocument, fetchPolicy: 'no-cache' }),
      );
      if (me.data?.me) this.session.updateUser(me.data.me);
    } catch {
      // The menu catches up at her next sign-in or reload.
    }
    return profile;
  }

  /** Staff register a company for their secretariat: approved at once, with no admin yet. */
  async register(input: CompanyRegistrationInput): Promise<CompanyProfile> {
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: RegisterCompanyDocument, variables: { input } }),
    );
    return need(result.data?.registerCompany, result.error, 'registerCompany');
  }

  /** Staff: an invitation (a sign-up link to send) for a company admin of an approved company. */
  async inviteAdmin(input: InviteCompanyAdminInput): Promise<CompanyAdminInvitation> {
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: InviteCompanyAdminDocument, variables: { input } }),
    );
    return need(result.data?.inviteCompanyAdmin, result.error, 'inviteCompanyAdmin');
  }

  async update(input: UpdateCompanyProfileInput): Promise<CompanyProfile> {
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: UpdateCompanyProfileDocument, variables: { input } }),
    );
    return need(result.data?.updateCompanyProfile, result.error, 'updateCompanyProfile');
  }

  async resubmit(organisationId: string): Promise<CompanyProfile> {
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: ResubmitCompanyApplicationDocument, variables: { organisationId } }),
    );
    return need(result.data?.resubmitCompanyApplication, result.error, 'resubmitCompanyApplication');
  }

  async addCertification(input: AddCompanyCertificationInput): Promise<CompanyProfile> {
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: AddCompanyCertificationDocument, variables: { input } }),
    );
    return need(result.data?.addCompanyCertification, result.error, 'addCompanyCertification');
  }

  async removeCertification(id: string): Promise<CompanyProfile> {
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: RemoveCompanyCertificationDocument, variables: { id } }),
    );
    return need(result.data?.removeCompanyCertification, result.error, 'removeCompanyCertification');
  }

  async decide(input: DecideCompanyApplicationInput): Promise<CompanyProfile> {
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: DecideCompanyApplicationDocument, variables: { input } }),
    );
    return need(result.data?.decideCompanyApplication, result.error, 'decideCompanyApplication');
  }
}
