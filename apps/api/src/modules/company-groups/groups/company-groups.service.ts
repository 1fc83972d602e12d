import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../../../core/audit/audit.service';
import type { Principal } from '../../../core/auth/principal';
import type { DataLoaderRegistry } from '../../../core/graphql/dataloaders';
import {
  BadUserInputError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
} from '../../../core/graphql/errors';
import {
  GroupsService,
  OrganisationsService,
  type CompanyGroupRow,
  type GroupCoordinatorRow,
  type GroupMembershipRow,
} from '../../organisations';
import { SECRETARIAT_KINDS } from '../company-groups.policies';
import { CompanyProfileEntity } from '../company-profile.entity';
import type {
  CompanyGroup,
  CreateCompanyGroupInput,
  UpdateCompanyGroupInput,
} from './dto/company-group.types';
import {
  ANSWERING_ROLES,
  BOARD_COMPANY_ROLES,
  groupAccess,
  isOnBoard,
  mayManageGroup,
  mayRecordForGroup,
  OWNER_ROLES,
  type GroupAccess,
} from './group-access';

/**
 * Company groups (issue 11): the secretariat creates one and invites approved partner companies; a
 * company's admin accepts or declines, and later leaves (or the owner removes it), which is recorded with
 * its date and never deleted. The rows are the organisations module's (`GroupsService`), written in this
 * module's transactions after its checks; each change locks the group and is audit-logged. Visibility of
 * courses restricted to `company_group` follows the current members at once (`company_group_peers`).
 */
@Injectable()
export class CompanyGroupsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly groups: GroupsService,
    private readonly organisations: OrganisationsService,
    private readonly audit: AuditService,
  ) {}

  /** The groups she runs, coordinates, or whose member (or invited) company she acts for. */
  async mine(principal: Principal): Promise<CompanyGroup[]> {
    const rows = await this.groups.companyGroupsOf(viewerOf(principal));
    return this.withViewer(principal, rows);
  }

  /** A group she may see (else NOT_FOUND: it does not exist for her). */
  async get(principal: Principal, id: string): Promise<CompanyGroup> {
    const row = await this.groups.companyGroup(id);
    const [group] = row ? await this.withViewer(principal, [row]) : [];
    if (!group || (!group.viewer.onBoard && !group.viewer.invitedCompanyIds.length))
      throw new NotFoundError('companyGroups.groupNotFound');
    return group;
  }

  /** Her access to the group, inside the caller's transaction (NOT_FOUND when there is no such group). */
  async access(principal: Principal, groupId: string, manager?: EntityManager): Promise<GroupAccess> {
    const group = await this.groups.companyGroup(groupId, manager);
    if (!group) throw new NotFoundError('companyGroups.groupNotFound');
    const facts = await this.groups.viewerFacts([groupId], viewerOf(principal), manager);
    return groupAccess(principal, group, facts.coordinated.has(groupId), facts.live);
  }

  async create(principal: Principal, input: CreateCompanyGroupInput): Promise<CompanyGroup> {
    if (!principal.isPlatformAdmin && !principal.hasRoleIn(input.ownerOrganisationId, OWNER_ROLES))
      throw new ForbiddenError('companyGroups.notGroupOwner');
    const owner = await this.organisations.get(input.ownerOrganisationId);
    if (!SECRETARIAT_KINDS.includes(owner.kind))
      throw BadUserInputError.field('ownerOrganisationId', 'companyGroups.secretariatInvalid');
    const id = await this.dataSource.transaction(async (manager) => {
      const id = await this.groups.createCompanyGroup(
        manager,
        {
          ownerOrganisationId: owner.id,
          name: input.name,
          charter: input.charter || null,
          fiscalYear: input.fiscalYear ?? null,
        },
        principal.userId,
      );
      await this.record(manager, principal, 'company_groups.group_created', id);
      return id;
    });
    return this.get(principal, id);
  }

  async update(principal: Principal, input: UpdateCompanyGroupInput): Promise<CompanyGroup> {
    await this.managing(principal, input.groupId, async (manager) => {
      await this.groups.updateCompanyGroup(manager, input.groupId, {
        ...(input.name != null ? { name: input.name } : {}),
        ...(input.charter !== undefined ? { charter: input.charter || null } : {}),
        ...(input.fiscalYear !== undefined ? { fiscalYear: input.fiscalYear } : {}),
      });
      await this.record(manager, principal, 'company_groups.group_updated', input.groupId);
    });
    return this.get(principal, input.groupId);
  }

  /** Invites an approved partner company; a second live invitation or membership is a CONFLICT. */
  async invite(principal: Principal, groupId: string, organisationId: string): Promise<CompanyGroup> {
    await this.managing(principal, groupId, async (manager) => {
      const profile = await manager.findOneBy(CompanyProfileEntity, { organisationId });
      if (profile?.status !== 'approved')
        throw BadUserInputError.field('organisationId', 'companyGroups.notAnApprovedCompany');
      const id = await this.groups.invite(manager, groupId, organisationId, principal.userId);
      if (!id)
        throw new ConflictError('companyGroups.alreadyInGroup', {}, [
          { field: 'organisationId', key: 'companyGroups.alreadyInGroup' },
        ]);
      await this.record(manager, principal, 'company_groups.company_invited', groupId, { organisationId });
    });
    return this.get(principal, groupId);
  }

  /** The owner removes a current member: it is recorded as having left now. */
  async remove(principal: Principal, groupId: string, organisationId: string): Promise<CompanyGroup> {
    await this.managing(principal, groupId, (manager) =>
      this.move(manager, principal, groupId, organisationId, 'member', 'left', 'company_removed'),
    );
    return this.get(principal, groupId);
  }

  accept(principal: Principal, groupId: string, organisationId: string): Promise<CompanyGroup> {
    return this.answer(principal, groupId, organisationId, 'invited', 'member', 'invitation_accepted');
  }

  decline(principal: Principal, groupId: string, organisationId: string): Promise<boolean> {
    return this.answer(principal, groupId, organisationId, 'invited', 'declined', 'invitation_declined').then(
      () => true,
    );
  }

  /** Her company leaves: recorded with its date; its people no longer see the board. */
  async leave(principal: Principal, groupId: string, organisationId: string): Promise<boolean> {
    await this.answer(principal, groupId, organisationId, 'member', 'left', 'company_left');
    return true;
  }

  /** Coordinators are secretariat staff of the owner. */
  async addCoordinator(principal: Principal, groupId: string, userId: string): Promise<CompanyGroup> {
    await this.managing(principal, groupId, async (manager, access) => {
      if (!(await this.groups.holdsRole(access.group.ownerOrganisationId, userId, ['staff'])))
        throw BadUserInputError.field('userId', 'companyGroups.coordinatorNotStaff');
      if (!(await this.groups.addCoordinator(manager, groupId, userId, principal.userId)))
        throw new ConflictError('companyGroups.alreadyCoordinator');
      await this.record(manager, principal, 'company_groups.coordinator_added', groupId, { userId });
    });
    return this.get(principal, groupId);
  }

  async removeCoordinator(principal: Principal, groupId: string, userId: string): Promise<CompanyGroup> {
    await this.managing(principal, groupId, async (manager) => {
      if (!(await this.groups.removeCoordinator(manager, groupId, userId, principal.userId)))
        throw new NotFoundError('companyGroups.coordinatorNotFound');
      await this.record(manager, principal, 'company_groups.coordinator_removed', groupId, { userId });
    });
    return this.get(principal, groupId);
  }

  membersOf(loaders: DataLoaderRegistry, groupId: string): Promise<GroupMembershipRow[]> {
    return this.groups.membersOf(loaders, groupId);
  }

  coordinatorsOf(loaders: DataLoaderRegistry, groupId: string): Promise<GroupCoordinatorRow[]> {
    return this.groups.coordinatorsOf(loaders, groupId);
  }

  private async withViewer(principal: Principal, rows: CompanyGroupRow[]): Promise<CompanyGroup[]> {
    const facts = await this.groups.viewerFacts(
      rows.map((r) => r.id),
      viewerOf(principal),
    );
    return rows.map((row) => {
      const access = groupAccess(
        principal,
        row,
        facts.coordinated.has(row.id),
        facts.live.filter((m) => m.groupId === row.id),
      );
      return {
        ...row,
        viewer: {
          manages: mayManageGroup(access),
          coordinates: access.coordinator,
          onBoard: isOnBoard(access),
          records: mayRecordForGroup(access),
          memberCompanyIds: access.memberCompanies,
          invitedCompanyIds: access.invitedCompanies,
        },
      };
    });
  }

  /** One transaction holding the group's lock, for its owner's side only. */
  private async managing(
    principal: Principal,
    groupId: string,
    work: (manager: EntityManager, access: GroupAccess) => Promise<void>,
  ): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      if (!(await this.groups.lockCompanyGroup(manager, groupId)))
        throw new NotFoundError('companyGroups.groupNotFound');
      const access = await this.access(principal, groupId, manager);
      if (!mayManageGroup(access)) throw new ForbiddenError('companyGroups.notGroupOwner');
      await work(manager, access);
    });
  }

  /** A company admin answers for her company (the policy checked the role; this checks it again). */
  private async answer(
    principal: Principal,
    groupId: string,
    organisationId: string,
    from: 'invited' | 'member',
    to: 'member' | 'declined' | 'left',
    action: string,
  ): Promise<CompanyGroup> {
    if (!principal.hasRoleIn(organisationId, ANSWERING_ROLES))
      throw new ForbiddenError('companyGroups.notYourCompany');
    await this.dataSource.transaction(async (manager) => {
      if (!(await this.groups.lockCompanyGroup(manager, groupId)))
        throw new NotFoundError('companyGroups.groupNotFound');
      await this.move(manager, principal, groupId, organisationId, from, to, action);
    });
    const row = await this.groups.companyGroup(groupId);
    const [group] = await this.withViewer(principal, row ? [row] : []);
    if (!group) throw new NotFoundError('companyGroups.groupNotFound');
    return group;
  }

  private async move(
    manager: EntityManager,
    principal: Principal,
    groupId: string,
    organisationId: string,
    from: 'invited' | 'member',
    to: 'member' | 'declined' | 'left',
    action: string,
  ): Promise<void> {
    const membership = await this.groups.lockLiveMembership(manager, groupId, organisationId);
    if (!membership || membership.status !== from)
      throw new ConflictError(from === 'invited' ? 'companyGroups.noInvitation' : 'companyGroups.notAMember');
    await this.groups.setMembershipStatus(manager, membership.id, to, principal.userId);
    await this.record(manager, principal, `company_groups.${action}`, groupId, { organisationId });
  }

  private record(
    manager: EntityManager,
    principal: Principal,
    action: string,
    groupId: string,
    metadata: Record<string, string> = {},
  ): Promise<void> {
    return this.audit.record(
      { actorUserId: principal.userId, action, subjectType: 'company_group', subjectId: groupId, metadata },
      manager,
    );
  }
}

/** Her user id and the organisations she acts for in groups: as the owner's staff, or as a company. */
function viewerOf(principal: Principal) {
  return {
    userId: principal.userId,
    organisationIds: principal.organisationIdsWithRole([...OWNER_ROLES, ...BOARD_COMPANY_ROLES]),
  };
}
