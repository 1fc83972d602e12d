import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { CompanyStatus } from '@tsunagu/shared/domain';
import { CurrentPrincipal, OptionalPrincipal, Req } from '../../core/auth/current-principal.decorator';
import { Allow, Authenticated, Public, RoleAnywhere, RoleInOrganisation } from '../../core/auth/policy';
import type { Principal } from '../../core/auth/principal';
import type { TsunaguRequest } from '../../core/auth/request';
import { RequestAuthService } from '../../core/auth/request-auth.service';
import { DataLoaderRegistry, Loaders } from '../../core/graphql/dataloaders';
import { UserEntity, UsersService } from '../identity';
import { CreatedInvitation, OrganisationEntity, OrganisationsService } from '../organisations';
import { CompanyApplicationsService } from './company-applications.service';
import { CompanyCertificationEntity } from './company-certification.entity';
import { CompanyCertificationsService } from './company-certifications.service';
import { CompanyContactEntity } from './company-contact.entity';
import { CompanyInsider } from './company-groups.policies';
import { CompanyProfileEntity } from './company-profile.entity';
import { CompanyProfilesService } from './company-profiles.service';
import { AddCompanyCertificationInput } from './dto/company-certification.input';
import {
  CompanyApplicationInput,
  CompanyRegistrationInput,
  DecideCompanyApplicationInput,
  InviteCompanyAdminInput,
  UpdateCompanyProfileInput,
} from './dto/company-profile.input';
import { CompanyStatusEnum } from './dto/company.enums';

const inputField = (field: string) => (args: Record<string, unknown>) =>
  (args['input'] as Record<string, unknown> | undefined)?.[field];

/** Partner company profiles: applying, deciding, editing, certifications. Rules live in the services. */
@Resolver(() => CompanyProfileEntity)
export class CompanyProfilesResolver {
  constructor(
    private readonly profiles: CompanyProfilesService,
    private readonly applications: CompanyApplicationsService,
    private readonly certificationsService: CompanyCertificationsService,
    private readonly organisations: OrganisationsService,
    private readonly users: UsersService,
    private readonly requestAuth: RequestAuthService,
  ) {}

  @Allow(Public)
  @Query(() => CompanyProfileEntity, {
    description:
      "An approved company's public profile, for anyone (its company page); an unapproved one only for its admins and secretariat",
  })
  companyProfile(
    @OptionalPrincipal() principal: Principal | null,
    @Args('organisationId', { type: () => ID }) organisationId: string,
  ): Promise<CompanyProfileEntity> {
    return this.profiles.get(principal, organisationId);
  }

  @Allow(RoleAnywhere(['staff', 'admin']))
  @Query(() => [CompanyProfileEntity], {
    description:
      "Companies that applied to (or were registered by) her organisations' secretariat, oldest first",
  })
  companyApplications(
    @CurrentPrincipal() principal: Principal,
    @Args('status', { type: () => CompanyStatusEnum, nullable: true }) status?: CompanyStatus | null,
  ): Promise<CompanyProfileEntity[]> {
    return this.profiles.applications(principal, status);
  }

  @Allow(Authenticated)
  @Query(() => [CompanyProfileEntity], { description: 'The companies she is a company admin of' })
  myCompanies(@CurrentPrincipal() principal: Principal): Promise<CompanyProfileEntity[]> {
    return this.profiles.mine(principal);
  }

  @Allow(Authenticated)
  @Mutation(() => CompanyProfileEntity, {
    description: 'Applies to join the programme as a new company; she becomes its company admin at once',
  })
  async applyAsCompany(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: CompanyApplicationInput,
    @Req() req: TsunaguRequest,
  ): Promise<CompanyProfileEntity> {
    const profile = await this.applications.apply(principal, input);
    // The answer's private fields resolve under her new role.
    this.requestAuth.reloadRoles(req);
    return profile;
  }

  @Allow(RoleInOrganisation(['staff', 'admin'], inputField('secretariatOrganisationId')))
  @Mutation(() => CompanyProfileEntity, {
    description: "A secretariat's staff register a company themselves: approved at once",
  })
  registerCompany(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: CompanyRegistrationInput,
  ): Promise<CompanyProfileEntity> {
    return this.applications.register(principal, input);
  }

  @Allow(RoleAnywhere(['staff', 'admin']))
  @Mutation(() => CompanyProfileEntity, {
    description: "Approves or declines (with a reason) an application to her organisation's secretariat",
  })
  decideCompanyApplication(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: DecideCompanyApplicationInput,
  ): Promise<CompanyProfileEntity> {
    return this.applications.decide(principal, input);
  }

  @Allow(RoleAnywhere(['staff', 'admin']))
  @Mutation(() => CreatedInvitation, {
    description:
      "Invites a company admin for an approved company of her organisation's secretariat (e.g. one it registered)",
  })
  inviteCompanyAdmin(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: InviteCompanyAdminInput,
  ): Promise<CreatedInvitation> {
    return this.applications.inviteAdmin(principal, input);
  }

  @Allow(RoleInOrganisation(['company_admin'], (a) => a['organisationId']))
  @Mutation(() => CompanyProfileEntity, { description: 'Sends a declined application again' })
  resubmitCompanyApplication(
    @CurrentPrincipal() principal: Principal,
    @Args('organisationId', { type: () => ID }) organisationId: string,
  ): Promise<CompanyProfileEntity> {
    return this.applications.resubmit(principal, organisationId);
  }

  @Allow(RoleInOrganisation(['company_admin'], inputField('organisationId')))
  @Mutation(() => CompanyProfileEntity, { description: "Changes her own company's profile" })
  updateCompanyProfile(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: UpdateCompanyProfileInput,
  ): Promise<CompanyProfileEntity> {
    return this.profiles.update(principal, input);
  }

  @Allow(RoleInOrganisation(['company_admin'], inputField('organisationId')))
  @Mutation(() => CompanyProfileEntity, { description: 'Adds a certification her company holds' })
  addCompanyCertification(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: AddCompanyCertificationInput,
  ): Promise<CompanyProfileEntity> {
    return this.certificationsService.add(principal, input);
  }

  @Allow(RoleAnywhere(['company_admin']))
  @Mutation(() => CompanyProfileEntity, { description: "Removes a certification of her company's" })
  removeCompanyCertification(
    @CurrentPrincipal() principal: Principal,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<CompanyProfileEntity> {
    return this.certificationsService.remove(principal, id);
  }

  // Public facts of a profile (its company page shows them to anyone): the query or mutation that
  // returned it has checked she may see it.

  @Allow(Public)
  @ResolveField(() => String, { description: "The company name (its organisation's)" })
  async name(
    @Parent() profile: CompanyProfileEntity,
    @Loaders() loaders: DataLoaderRegistry,
  ): Promise<string> {
    return (await this.organisations.load(loaders, profile.organisationId)).name;
  }

  @Allow(Public)
  @ResolveField(() => OrganisationEntity, { description: 'Its organisation, with its certification marks' })
  organisation(
    @Parent() profile: CompanyProfileEntity,
    @Loaders() loaders: DataLoaderRegistry,
  ): Promise<OrganisationEntity> {
    return this.organisations.load(loaders, profile.organisationId);
  }

  @Allow(Public)
  @ResolveField(() => OrganisationEntity, { description: 'The organising body it applied to' })
  secretariat(
    @Parent() profile: CompanyProfileEntity,
    @Loaders() loaders: DataLoaderRegistry,
  ): Promise<OrganisationEntity> {
    return this.organisations.load(loaders, profile.secretariatOrganisationId);
  }

  @Allow(Public)
  @ResolveField(() => [CompanyCertificationEntity], { description: 'Oldest first' })
  certifications(
    @Parent() profile: CompanyProfileEntity,
    @Loaders() loaders: DataLoaderRegistry,
  ): Promise<CompanyCertificationEntity[]> {
    return this.profiles.certificationsOf(loaders, profile.organisationId);
  }

  // Private details: its company admins, its secretariat's staff and platform admins; FORBIDDEN otherwise.

  @Allow(CompanyInsider)
  @ResolveField(() => [CompanyContactEntity], { nullable: true, description: 'Contact people (担当者)' })
  contacts(
    @Parent() profile: CompanyProfileEntity,
    @Loaders() loaders: DataLoaderRegistry,
  ): Promise<CompanyContactEntity[]> {
    return this.profiles.contactsOf(loaders, profile.organisationId);
  }

  @Allow(CompanyInsider)
  @ResolveField(() => String, { nullable: true, description: 'Why the secretariat declined it' })
  declineReason(@Parent() profile: CompanyProfileEntity): string | null {
    return profile.declineReason;
  }

  @Allow(CompanyInsider)
  @ResolveField(() => Date, { nullable: true, description: 'When it applied (or was registered)' })
  appliedAt(@Parent() profile: CompanyProfileEntity): Date {
    return profile.createdAt;
  }

  @Allow(CompanyInsider)
  @ResolveField(() => UserEntity, {
    nullable: true,
    description: 'Who applied; null when staff registered it',
  })
  appliedBy(
    @Parent() profile: CompanyProfileEntity,
    @Loaders() loaders: DataLoaderRegistry,
  ): Promise<UserEntity> | null {
    return profile.appliedBy ? this.users.load(loaders, profile.appliedBy) : null;
  }

  @Allow(CompanyInsider)
  @ResolveField(() => UserEntity, { nullable: true, description: 'Who approved or declined it' })
  decidedBy(
    @Parent() profile: CompanyProfileEntity,
    @Loaders() loaders: DataLoaderRegistry,
  ): Promise<UserEntity> | null {
    return profile.decidedBy ? this.users.load(loaders, profile.decidedBy) : null;
  }

  @Allow(CompanyInsider)
  @ResolveField(() => Date, { nullable: true })
  decidedAt(@Parent() profile: CompanyProfileEntity): Date | null {
    return profile.decidedAt;
  }
}
