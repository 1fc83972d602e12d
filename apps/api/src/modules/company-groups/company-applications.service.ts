import { Injectable } from '@nestjs/common';
import { LIMITS, type CompanyStatus } from '@tsunagu/shared/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../../core/audit/audit.service';
import type { Principal } from '../../core/auth/principal';
import { BadUserInputError, ConflictError, ForbiddenError } from '../../core/graphql/errors';
import { OrganisationsService, type CreatedInvitation } from '../organisations';
import { recordApplicationDecided } from './company-groups-events';
import { mayDecideFor, mayEditCompany, SECRETARIAT_KINDS } from './company-groups.policies';
import { lockProfile, mappingConflicts, replaceContacts } from './company-profile-rows';
import { CompanyProfileEntity } from './company-profile.entity';
import type {
  CompanyApplicationInput,
  CompanyRegistrationInput,
  DecideCompanyApplicationInput,
  InviteCompanyAdminInput,
} from './dto/company-profile.input';

/**
 * A company's way into the programme: it applies (any signed-in person, who becomes its company admin
 * at once, so she sees and edits her application), or a secretariat's staff register it (approved at
 * once, no admin yet); the secretariat's staff approve or decline (with a reason); a declined company
 * corrects its profile and applies again. Every write is one transaction; a decision locks the row.
 */
@Injectable()
export class CompanyApplicationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly organisations: OrganisationsService,
    private readonly audit: AuditService,
  ) {}

  /** Any signed-in person (the policy): the company is created `applied` with her as its company admin. */
  async apply(principal: Principal, input: CompanyApplicationInput): Promise<CompanyProfileEntity> {
    await this.assertSecretariat(input.secretariatOrganisationId);
    return mappingConflicts(() =>
      this.dataSource.transaction(async (manager) => {
        await this.assertFewPending(manager, principal.userId);
        const profile = await this.create(manager, input, { status: 'applied', by: principal.userId });
        await this.organisations.grantRole(manager, {
          actorUserId: principal.userId,
          userId: principal.userId,
          organisationId: profile.organisationId,
          role: 'company_admin',
          reason: 'company_application',
        });
        await this.record(manager, principal, 'company_groups.applied', profile);
        return profile;
      }),
    );
  }

  /** Staff or admins of the secretariat named: the company is approved at once, decided by her. */
  async register(principal: Principal, input: CompanyRegistrationInput): Promise<CompanyProfileEntity> {
    if (!mayDecideFor(principal, input.secretariatOrganisationId))
      throw new ForbiddenError('companyGroups.notYourSecretariat');
    await this.assertSecretariat(input.secretariatOrganisationId);
    return mappingConflicts(() =>
      this.dataSource.transaction(async (manager) => {
        const profile = await this.create(manager, input, { status: 'approved', by: principal.userId });
        await this.record(manager, principal, 'company_groups.registered', profile);
        return profile;
      }),
    );
  }

  /**
   * The secretariat's staff (or a platform admin) approve or decline an application. Only an `applied`
   * one: of two staff deciding at once, the second waits for the row's lock and then gets CONFLICT.
   */
  async decide(principal: Principal, input: DecideCompanyApplicationInput): Promise<CompanyProfileEntity> {
    return this.dataSource.transaction(async (manager) => {
      const profile = await lockProfile(manager, input.organisationId);
      if (!mayDecideFor(principal, profile.secretariatOrganisationId))
        throw new ForbiddenError('companyGroups.notYourSecretariat');
      if (profile.status !== 'applied') throw new ConflictError('companyGroups.notAwaitingDecision');
      const reason = input.reason?.trim() || null;
      if (!input.approve && !reason)
        throw BadUserInputError.field('reason', 'companyGroups.declineReasonRequired');
      const status: CompanyStatus = input.approve ? 'approved' : 'declined';
      Object.assign(profile, {
        status,
        declineReason: input.approve ? null : reason,
        decidedBy: principal.userId,
        decidedAt: new Date(),
      });
      const saved = await manager.save(profile);
      const [organisation] = await this.organisations.existing([saved.organisationId]);
      await recordApplicationDecided(manager, saved, organisation?.name ?? '', status);
      await this.record(
        manager,
        principal,
        `company_groups.${status}`,
        saved,
        input.approve ? {} : { reason },
      );
      return saved;
    });
  }

  /** Its company admins (or a platform admin) send a declined application again; it is `applied` anew. */
  async resubmit(principal: Principal, organisationId: string): Promise<CompanyProfileEntity> {
    if (!mayEditCompany(principal, organisationId)) throw new ForbiddenError('companyGroups.notYourCompany');
    return this.dataSource.transaction(async (manager) => {
      const profile = await lockProfile(manager, organisationId);
      if (profile.status !== 'declined') throw new ConflictError('companyGroups.notDeclined');
      // The earlier decision (and its reason) stays in the audit log.
      Object.assign(profile, { status: 'applied', declineReason: null, decidedBy: null, decidedAt: null });
      const saved = await manager.save(profile);
      await this.record(manager, principal, 'company_groups.resubmitted', saved);
      return saved;
    });
  }

  /**
   * A secretariat's staff invite the (first, or another) company admin of an approved company of
   * theirs, typically one they registered themselves (it has no admin then). The invitation is the
   * organisations module's: a one-time sign-up link she is sent, which makes her its company admin.
   */
  async inviteAdmin(principal: Principal, input: InviteCompanyAdminInput): Promise<CreatedInvitation> {
    const profile = await this.dataSource
      .getRepository(CompanyProfileEntity)
      .findOneBy({ organisationId: input.organisationId });
    if (!profile || !mayDecideFor(principal, profile.secretariatOrganisationId))
      throw new ForbiddenError('companyGroups.notYourCompanyToInvite');
    if (profile.status !== 'approved') throw new ConflictError('companyGroups.inviteNeedsApproval');
    const created = await this.organisations.issueInvitation(principal.userId, {
      organisationId: profile.organisationId,
      email: input.email,
      role: 'company_admin',
    });
    await this.record(this.dataSource.manager, principal, 'company_groups.admin_invited', profile);
    return created;
  }

  private async create(
    manager: EntityManager,
    input: CompanyApplicationInput,
    as: { status: CompanyStatus; by: string },
  ): Promise<CompanyProfileEntity> {
    const organisation = await this.organisations.createPartnerCompany(manager, input.name);
    const approved = as.status === 'approved';
    const profile = manager.create(CompanyProfileEntity, {
      organisationId: organisation.id,
      nameKana: input.nameKana,
      corporateNumber: input.corporateNumber,
      industry: input.industry,
      sizeBand: input.sizeBand,
      postalCode: input.postalCode ?? null,
      address: input.address ?? null,
      website: input.website ?? null,
      status: as.status,
      secretariatOrganisationId: input.secretariatOrganisationId,
      declineReason: null,
      appliedBy: approved ? null : as.by,
      decidedBy: approved ? as.by : null,
      decidedAt: approved ? new Date() : null,
    });
    await manager.insert(CompanyProfileEntity, profile);
    await replaceContacts(manager, organisation.id, input.contacts ?? []);
    return manager.findOneByOrFail(CompanyProfileEntity, { organisationId: organisation.id });
  }

  /**
   * At most `LIMITS.company.pendingApplicationsPerPerson` of her applications await a decision. Her
   * applications are serialised by a transaction-scoped advisory lock on her id, so two sent at once
   * cannot both pass the count.
   */
  private async assertFewPending(manager: EntityManager, userId: string): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('company-application:' || $1, 0))`, [
      userId,
    ]);
    const pending = await manager.countBy(CompanyProfileEntity, { appliedBy: userId, status: 'applied' });
    if (pending >= LIMITS.company.pendingApplicationsPerPerson.max)
      throw new ConflictError('companyGroups.tooManyPendingApplications');
  }

  /** A secretariat is an existing city, prefecture or national agency. */
  private async assertSecretariat(organisationId: string): Promise<void> {
    const [organisation] = await this.organisations.existing([organisationId]);
    if (!organisation || !SECRETARIAT_KINDS.includes(organisation.kind))
      throw BadUserInputError.field('secretariatOrganisationId', 'companyGroups.secretariatInvalid');
  }

  private record(
    manager: EntityManager,
    principal: Principal,
    action: string,
    profile: CompanyProfileEntity,
    metadata: Record<string, string | null> = {},
  ): Promise<void> {
    return this.audit.record(
      {
        actorUserId: principal.userId,
        action,
        subjectType: 'company_profile',
        subjectId: profile.organisationId,
        metadata: { secretariatOrganisationId: profile.secretariatOrganisationId, ...metadata },
      },
      manager,
    );
  }
}
