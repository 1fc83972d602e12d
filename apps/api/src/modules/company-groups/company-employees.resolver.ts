import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal } from '../../core/auth/current-principal.decorator';
import { Allow, Authenticated, RoleAnywhere, RoleInOrganisation } from '../../core/auth/policy';
import type { Principal } from '../../core/auth/principal';
import {
  CompanyEmploymentEntity,
  EmploymentStatusEnum,
  type EmploymentStatus,
} from './company-employment.entity';
import { CompanyEmploymentsService } from './company-employments.service';
import { CompanyParticipationService } from './company-participation.service';
import {
  CompanyEmployee,
  ConsentChange,
  InviteEmployeeInput,
  MyEmployment,
  PartnerCompany,
  SetCompanyConsentInput,
} from './dto/company-employee.types';
import { CompanyParticipation } from './dto/company-participation.types';

const inputField = (field: string) => (args: Record<string, unknown>) =>
  (args['input'] as Record<string, unknown> | undefined)?.[field];
const companyAdminOf = (arg: string) => RoleInOrganisation(['company_admin'], (a) => a[arg]);

/** Employees and their consent: links, consent flags, what the company sees. Rules live in the services. */
@Resolver()
export class CompanyEmployeesResolver {
  constructor(
    private readonly employments: CompanyEmploymentsService,
    private readonly participation: CompanyParticipationService,
  ) {}

  @Allow(Authenticated)
  @Query(() => [MyEmployment], { description: 'Her links to employers, with her consent for each' })
  myEmployments(@CurrentPrincipal() principal: Principal): Promise<MyEmployment[]> {
    return this.employments.mine(principal);
  }

  @Allow(Authenticated)
  @Query(() => [ConsentChange], { description: 'Her own record of consent changes, newest first' })
  myConsentHistory(@CurrentPrincipal() principal: Principal): Promise<ConsentChange[]> {
    return this.employments.consentHistory(principal);
  }

  @Allow(Authenticated)
  @Query(() => [PartnerCompany], { description: 'Approved partner companies she may ask to link her' })
  partnerCompanies(): Promise<PartnerCompany[]> {
    return this.employments.partnerCompanies();
  }

  @Allow(Authenticated)
  @Mutation(() => MyEmployment, { description: 'Asks an approved company to confirm her as its employee' })
  requestEmployment(
    @CurrentPrincipal() principal: Principal,
    @Args('organisationId', { type: () => ID }) organisationId: string,
  ): Promise<MyEmployment> {
    return this.employments.request(principal, organisationId);
  }

  @Allow(Authenticated)
  @Mutation(() => MyEmployment)
  acceptEmploymentInvitation(
    @CurrentPrincipal() principal: Principal,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<MyEmployment> {
    return this.employments.accept(principal, id);
  }

  @Allow(Authenticated)
  @Mutation(() => MyEmployment)
  declineEmploymentInvitation(
    @CurrentPrincipal() principal: Principal,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<MyEmployment> {
    return this.employments.declineInvitation(principal, id);
  }

  @Allow(Authenticated)
  @Mutation(() => CompanyEmploymentEntity, {
    description: 'She or her company admin ends a link; her consent for that company is turned off',
  })
  endEmployment(
    @CurrentPrincipal() principal: Principal,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<CompanyEmploymentEntity> {
    return this.employments.end(principal, id);
  }

  @Allow(Authenticated)
  @Mutation(() => MyEmployment, {
    description: 'Her consent for a company she is an active employee of; recorded, effective at once',
  })
  setCompanyConsent(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: SetCompanyConsentInput,
  ): Promise<MyEmployment> {
    return this.employments.setConsent(principal, input);
  }

  @Allow(companyAdminOf('organisationId'))
  @Query(() => [CompanyEmployee], { description: "Her company's employment links: names and states" })
  companyEmployees(
    @CurrentPrincipal() principal: Principal,
    @Args('organisationId', { type: () => ID }) organisationId: string,
    @Args('status', { type: () => EmploymentStatusEnum, nullable: true }) status?: EmploymentStatus | null,
  ): Promise<CompanyEmployee[]> {
    return this.employments.forCompany(principal, organisationId, status);
  }

  @Allow(RoleAnywhere(['company_admin']))
  @Mutation(() => CompanyEmploymentEntity)
  confirmEmployment(
    @CurrentPrincipal() principal: Principal,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<CompanyEmploymentEntity> {
    return this.employments.confirm(principal, id);
  }

  @Allow(RoleAnywhere(['company_admin']))
  @Mutation(() => CompanyEmploymentEntity)
  declineEmploymentRequest(
    @CurrentPrincipal() principal: Principal,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<CompanyEmploymentEntity> {
    return this.employments.declineRequest(principal, id);
  }

  @Allow(RoleInOrganisation(['company_admin'], inputField('organisationId')))
  @Mutation(() => Boolean, {
    description: 'Invites an account by email address; the same answer whether or not it exists',
  })
  inviteEmployee(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: InviteEmployeeInput,
  ): Promise<boolean> {
    return this.employments.invite(principal, input.organisationId, input.email);
  }

  @Allow(companyAdminOf('organisationId'))
  @Query(() => CompanyParticipation, {
    description: "Consenting employees' participation; everyone else's in suppressed counts (audit-logged)",
  })
  companyParticipation(
    @CurrentPrincipal() principal: Principal,
    @Args('organisationId', { type: () => ID }) organisationId: string,
    @Args('fiscalYear', { type: () => Int, nullable: true }) fiscalYear?: number | null,
  ): Promise<CompanyParticipation> {
    return this.participation.participation(principal, organisationId, fiscalYear);
  }
}
