import { Injectable, inject } from '@angular/core';
import {
  AcceptEmploymentInvitationDocument,
  CompanyEmployeesPageDocument,
  ConfirmEmploymentDocument,
  DeclineEmploymentInvitationDocument,
  DeclineEmploymentRequestDocument,
  EndEmploymentDocument,
  FileDownloader,
  InviteEmployeeDocument,
  MyEmployerDocument,
  RequestEmploymentDocument,
  SetCompanyConsentDocument,
  type CompanyEmployeesPageQuery,
  type MyEmployerQuery,
  type MyEmploymentItemFragment,
} from '@tsunagu/web/shared/data-access';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';

export type MyEmployment = MyEmploymentItemFragment;
export type MyEmployer = MyEmployerQuery;
export type PartnerCompany = MyEmployerQuery['partnerCompanies'][number];
export type ConsentChange = MyEmployerQuery['myConsentHistory'][number];
export type CompanyEmployeesPage = CompanyEmployeesPageQuery;
export type CompanyEmployee = CompanyEmployeesPageQuery['companyEmployees'][number];
export type EmployeeParticipation = CompanyEmployeesPageQuery['companyParticipation']['employees'][number];
export type ParticipationCounts = CompanyEmployeesPageQuery['companyParticipation']['others'];

function need<T>(value: T | null | undefined, error: unknown, what: string): T {
  if (value === null || value === undefined) throw error ?? new Error(`${what} returned no data`);
  return value;
}

/**
 * Employees and their consent: her links to employers and her consent per company (account page), and
 * the company admin's view of its employees (links to decide, participation by consent, exports). Every
 * read asks the API (no cache): a consent change must show the next time anyone looks.
 */
@Injectable({ providedIn: 'root' })
export class CompanyEmployeesService {
  private readonly apollo = inject(Apollo);
  private readonly files = inject(FileDownloader);

  async myEmployer(): Promise<MyEmployer> {
    const result = await firstValueFrom(
      this.apollo.query({ query: MyEmployerDocument, fetchPolicy: 'no-cache' }),
    );
    return need(result.data, result.error, 'myEmployments');
  }

  async request(organisationId: string): Promise<MyEmployment> {
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: RequestEmploymentDocument, variables: { organisationId } }),
    );
    return need(result.data?.requestEmployment, result.error, 'requestEmployment');
  }

  async answerInvitation(id: string, accept: boolean): Promise<MyEmployment> {
    if (accept) {
      const result = await firstValueFrom(
        this.apollo.mutate({ mutation: AcceptEmploymentInvitationDocument, variables: { id } }),
      );
      return need(result.data?.acceptEmploymentInvitation, result.error, 'acceptEmploymentInvitation');
    }
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: DeclineEmploymentInvitationDocument, variables: { id } }),
    );
    return need(result.data?.declineEmploymentInvitation, result.error, 'declineEmploymentInvitation');
  }

  async end(id: string): Promise<void> {
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: EndEmploymentDocument, variables: { id } }),
    );
    need(result.data?.endEmployment, result.error, 'endEmployment');
  }

  async setConsent(
    organisationId: string,
    change: { sharesParticipation?: boolean; allowsNomination?: boolean },
  ): Promise<MyEmployment> {
    const result = await firstValueFrom(
      this.apollo.mutate({
        mutation: SetCompanyConsentDocument,
        variables: { input: { organisationId, ...change } },
      }),
    );
    return need(result.data?.setCompanyConsent, result.error, 'setCompanyConsent');
  }

  async companyPage(organisationId: string): Promise<CompanyEmployeesPage> {
    const result = await firstValueFrom(
      this.apollo.query({
        query: CompanyEmployeesPageDocument,
        variables: { organisationId },
        fetchPolicy: 'no-cache',
      }),
    );
    return need(result.data, result.error, 'companyEmployees');
  }

  async decide(id: string, confirm: boolean): Promise<void> {
    if (confirm) {
      const result = await firstValueFrom(
        this.apollo.mutate({ mutation: ConfirmEmploymentDocument, variables: { id } }),
      );
      need(result.data?.confirmEmployment, result.error, 'confirmEmployment');
      return;
    }
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: DeclineEmploymentRequestDocument, variables: { id } }),
    );
    need(result.data?.declineEmploymentRequest, result.error, 'declineEmploymentRequest');
  }

  async invite(organisationId: string, email: string): Promise<void> {
    const result = await firstValueFrom(
      this.apollo.mutate({
        mutation: InviteEmployeeDocument,
        variables: { input: { organisationId, email } },
      }),
    );
    need(result.data?.inviteEmployee, result.error, 'inviteEmployee');
  }

  exportParticipation(organisationId: string, format: 'csv' | 'xlsx'): Promise<void> {
    return this.files.download(
      `/api/companies/${encodeURIComponent(organisationId)}/participation.${format}`,
      `participation.${format}`,
    );
  }
}
