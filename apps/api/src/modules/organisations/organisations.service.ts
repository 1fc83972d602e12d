import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  normaliseEmail,
  personasForRoles,
  type Certification,
  type OrganisationKind,
  type Persona,
  type Role,
} from '@tsunagu/shared/domain';
import { randomBytes } from 'node:crypto';
import { DataSource, EntityManager, In, Repository } from 'typeorm';
import { AuditService } from '../../core/audit/audit.service';
import type { Principal } from '../../core/auth/principal';
import { hashToken } from '../../core/auth/token-hash';
import { ENV, type Env } from '../../core/config/env';
import { alignByKey, groupByKey, type DataLoaderRegistry } from '../../core/graphql/dataloaders';
import { ConflictError, ForbiddenError, NotFoundError } from '../../core/graphql/errors';
import type { CreateOrganisationInput } from './dto/create-organisation.input';
import type { CreatedInvitation } from './dto/created-invitation.type';
import type { InviteMemberInput } from './dto/invite-member.input';
import type { UpdateOrganisationContactInput } from './dto/update-organisation-contact.input';
import { InvitationEntity } from './invitation.entity';
import { MembershipEntity } from './membership.entity';
import { OrganisationEntity } from './organisation.entity';

const INVITATION_DAYS = 14;
/** Roles a company admin may hand out in her own company; staff and admins may hand out any but admin. */
const COMPANY_ADMIN_GRANTS: readonly Role[] = ['learner', 'company_admin'];

@Injectable()
export class OrganisationsService {
  constructor(
    @InjectRepository(OrganisationEntity) private readonly organisations: Repository<OrganisationEntity>,
    @InjectRepository(MembershipEntity) private readonly memberships: Repository<MembershipEntity>,
    @InjectRepository(InvitationEntity) private readonly invitations: Repository<InvitationEntity>,
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    @Inject(ENV) private readonly env: Env,
  ) {}

  list(kind?: OrganisationKind | null): Promise<OrganisationEntity[]> {
    return this.organisations.find({ where: kind ? { kind } : {}, order: { kind: 'ASC', name: 'ASC' } });
  }

  async get(id: string): Promise<OrganisationEntity> {
    const organisation = await this.organisations.findOneBy({ id });
    if (!organisation) throw new NotFoundError('organisations.notFound');
    return organisation;
  }

  /** Those of `ids` that exist. */
  existing(ids: readonly string[]): Promise<OrganisationEntity[]> {
    return ids.length ? this.organisations.findBy({ id: In([...ids]) }) : Promise.resolve([]);
  }

  load(loaders: DataLoaderRegistry, id: string): Promise<OrganisationEntity> {
    return loaders
      .get<string, OrganisationEntity>('organisationById', async (ids) =>
        alignByKey(
          ids,
          await this.organisations.findBy({ id: In([...ids]) }),
          (o) => o.id,
          () => new NotFoundError('organisations.notFound'),
        ),
      )
      .load(id);
  }

  create(input: CreateOrganisationInput): Promise<OrganisationEntity> {
    return this.organisations.save(
      this.organisations.create({
        name: input.name.trim(),
        kind: input.kind,
        prefecture: input.prefecture?.trim() || null,
        certifications: [...new Set(input.certifications ?? [])],
      }),
    );
  }

  /*
   * For the company-groups module, in its transaction (`manager`): it never writes organisations or
   * memberships itself. Each method trusts the caller's access check.
   */

  /** A new partner company organisation (a company applying, or registered by a secretariat's staff). */
  createPartnerCompany(manager: EntityManager, name: string): Promise<OrganisationEntity> {
    return manager.save(
      manager.create(OrganisationEntity, {
        name,
        kind: 'partner_company',
        prefecture: null,
        certifications: [],
      }),
    );
  }

  async rename(manager: EntityManager, organisationId: string, name: string): Promise<void> {
    await manager.update(OrganisationEntity, { id: organisationId }, { name });
  }

  /**
   * Sets the certification marks shown with the organisation (on its courses). For a partner company
   * they are derived from its certifications (company-groups), which calls this whenever they change.
   */
  async setCertificationMarks(
    manager: EntityManager,
    organisationId: string,
    marks: readonly Certification[],
  ): Promise<void> {
    await manager.update(OrganisationEntity, { id: organisationId }, { certifications: [...marks] });
  }

  /**
   * Grants `role` in the organisation to a user (a no-op when she holds it already), audited as
   * `organisations.role_granted` like an accepted invitation; `reason` says what granted it.
   */
  async grantRole(
    manager: EntityManager,
    grant: { actorUserId: string; userId: string; organisationId: string; role: Role; reason: string },
  ): Promise<void> {
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(MembershipEntity)
      .values({ userId: grant.userId, organisationId: grant.organisationId, role: grant.role })
      .orIgnore()
      .returning('id')
      .execute();
    const id = (inserted.raw as { id: string }[])[0]?.id;
    if (!id) return;
    await this.audit.record(
      {
        actorUserId: grant.actorUserId,
        action: 'organisations.role_granted',
        subjectType: 'membership',
        subjectId: id,
        metadata: { organisationId: grant.organisationId, role: grant.role, reason: grant.reason },
      },
      manager,
    );
  }

  /**
   * Replaces the organisation's contact (問い合わせ先) and privacy notice. The policy has checked that
   * she runs this organisation (its staff, admin or company admin) or is a platform admin.
   */
  async updateContact(
    principal: Principal,
    input: UpdateOrganisationContactInput,
  ): Promise<OrganisationEntity> {
    const organisation = await this.get(input.organisationId);
    Object.assign(organisation, {
      contactDepartment: input.department ?? null,
      contactPhone: input.phone ?? null,
      contactEmail: input.email ?? null,
      contactUrl: input.url ?? null,
      contactHours: input.hours ?? null,
      privacyNotice: input.privacyNotice ?? null,
    });
    const saved = await this.organisations.save(organisation);
    await this.audit.record({
      actorUserId: principal.userId,
      action: 'organisations.contact_updated',
      subjectType: 'organisation',
      subjectId: organisation.id,
    });
    return saved;
  }

  /** The policy has checked the caller's role in this organisation. */
  async members(organisationId: string): Promise<MembershipEntity[]> {
    await this.get(organisationId);
    return this.memberships.find({ where: { organisationId }, order: { createdAt: 'ASC' } });
  }

  membershipsOf(loaders: DataLoaderRegistry, userId: string): Promise<MembershipEntity[]> {
    return loaders
      .get<string, MembershipEntity[]>('membershipsByUser', async (userIds) =>
        groupByKey(
          userIds,
          await this.memberships.find({ where: { userId: In([...userIds]) }, order: { createdAt: 'ASC' } }),
          (m) => m.userId,
        ),
      )
      .load(userId);
  }

  async personasOf(loaders: DataLoaderRegistry, userId: string): Promise<Persona[]> {
    const memberships = await this.membershipsOf(loaders, userId);
    return personasForRoles(memberships.map((m) => m.role));
  }

  async invite(principal: Principal, input: InviteMemberInput): Promise<CreatedInvitation> {
    await this.get(input.organisationId);
    const mayGrant =
      principal.isPlatformAdmin ||
      (input.role !== 'admin' && principal.hasRoleIn(input.organisationId, ['staff', 'admin'])) ||
      (COMPANY_ADMIN_GRANTS.includes(input.role) &&
        principal.hasRoleIn(input.organisationId, ['company_admin']));
    if (!mayGrant) throw new ForbiddenError();
    return this.issueInvitation(principal.userId, input);
  }

  /**
   * Writes an invitation and its audit entry, for a caller that has decided she may grant the role
   * (`invite` above; company groups: a secretariat's staff inviting a company's first admin).
   */
  async issueInvitation(actorUserId: string, input: InviteMemberInput): Promise<CreatedInvitation> {
    const token = randomBytes(24).toString('base64url');
    const invitation = await this.invitations.save(
      this.invitations.create({
        organisationId: input.organisationId,
        email: normaliseEmail(input.email),
        role: input.role,
        tokenHash: hashToken(token),
        invitedById: actorUserId,
        expiresAt: new Date(Date.now() + INVITATION_DAYS * 24 * 60 * 60 * 1000),
        acceptedAt: null,
        acceptedById: null,
      }),
    );
    await this.audit.record({
      actorUserId,
      action: 'organisations.invited',
      subjectType: 'invitation',
      subjectId: invitation.id,
      metadata: { organisationId: input.organisationId, role: input.role },
    });
    return {
      invitation,
      token,
      acceptUrl: `${this.env.PUBLIC_URL}/sign-up?invitation=${encodeURIComponent(token)}`,
    };
  }

  /** Shown on the sign-up page: which organisation invites her, and as what. */
  async invitationByToken(token: string): Promise<InvitationEntity> {
    const invitation = await this.invitations.findOneBy({ tokenHash: hashToken(token) });
    if (!invitation || invitation.expiresAt.getTime() <= Date.now()) {
      throw new NotFoundError('organisations.invitationNotFound');
    }
    return invitation;
  }

  async accept(principal: Principal, token: string): Promise<MembershipEntity> {
    return this.dataSource.transaction(async (manager) => {
      const invitation = await manager
        .createQueryBuilder(InvitationEntity, 'i')
        .setLock('pessimistic_write')
        .where('i.token_hash = :hash', { hash: hashToken(token) })
        .getOne();
      if (!invitation || invitation.expiresAt.getTime() <= Date.now()) {
        throw new NotFoundError('organisations.invitationNotFound');
      }
      if (invitation.acceptedAt) throw new ConflictError('organisations.invitationUsed');
      if (invitation.email !== principal.email)
        throw new ForbiddenError('organisations.invitationOtherEmail');
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(MembershipEntity)
        .values({
          userId: principal.userId,
          organisationId: invitation.organisationId,
          role: invitation.role,
        })
        .orIgnore()
        .returning('id')
        .execute();
      const id = (inserted.raw as { id: string }[])[0]?.id;
      if (!id) throw new ConflictError('organisations.alreadyMember');
      await manager.update(
        InvitationEntity,
        { id: invitation.id },
        { acceptedAt: new Date(), acceptedById: principal.userId },
      );
      await this.audit.record(
        {
          actorUserId: principal.userId,
          action: 'organisations.role_granted',
          subjectType: 'membership',
          subjectId: id,
          metadata: {
            organisationId: invitation.organisationId,
            role: invitation.role,
            invitationId: invitation.id,
          },
        },
        manager,
      );
      return manager.findOneByOrFail(MembershipEntity, { id });
    });
  }
}
