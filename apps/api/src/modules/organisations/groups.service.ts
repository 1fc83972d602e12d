import { Injectable } from '@nestjs/common';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { groupByKey, type DataLoaderRegistry } from '../../core/graphql/dataloaders';
import { USER_DIRECTORY } from '../identity';
import {
  GroupCoordinatorEntity,
  GroupEntity,
  GroupMemberEntity,
  type GroupMemberStatus,
} from './group.entity';

/** A company group as the company-groups module shows it. */
export interface CompanyGroupRow {
  id: string;
  name: string;
  charter: string | null;
  fiscalYear: number | null;
  ownerOrganisationId: string;
  ownerName: string;
  createdAt: Date;
}

/** One membership row of a group: current, pending or past (history is never deleted). */
export interface GroupMembershipRow {
  id: string;
  groupId: string;
  organisationId: string;
  organisationName: string;
  status: GroupMemberStatus;
  invitedAt: Date | null;
  joinedAt: Date | null;
  declinedAt: Date | null;
  leftAt: Date | null;
}

export interface GroupCoordinatorRow {
  id: string;
  groupId: string;
  userId: string;
  familyName: string;
  givenName: string;
  addedAt: Date;
  removedAt: Date | null;
}

/** Who the caller is to groups: the organisations she holds roles in, and herself. */
export interface GroupViewer {
  userId: string;
  organisationIds: readonly string[];
}

const GROUP_COLUMNS = `g.id, g.name, g.charter, g.fiscal_year AS "fiscalYear",
  g.owner_organisation_id AS "ownerOrganisationId", o.name AS "ownerName", g.created_at AS "createdAt"`;
const MEMBER_COLUMNS = `m.id, m.group_id AS "groupId", m.organisation_id AS "organisationId",
  o.name AS "organisationName", m.status, m.invited_at AS "invitedAt", m.joined_at AS "joinedAt",
  m.declined_at AS "declinedAt", m.left_at AS "leftAt"`;

/**
 * Company groups' rows (issue 11), for the company-groups module, which decides who may do what and
 * calls these in its own transaction (`manager`). The organisations module keeps the group tables:
 * project teams and startup groups share them, and the catalogue reads `company_group_peers` over them.
 * Nothing here checks access. A membership is never deleted; its status and dates are its history.
 */
@Injectable()
export class GroupsService {
  constructor(private readonly dataSource: DataSource) {}

  async createCompanyGroup(
    manager: EntityManager,
    group: { ownerOrganisationId: string; name: string; charter: string | null; fiscalYear: number | null },
    by: string,
  ): Promise<string> {
    const saved = await manager.save(
      manager.create(GroupEntity, { ...group, kind: 'company_group', parentId: null, createdBy: by }),
    );
    return saved.id;
  }

  async updateCompanyGroup(
    manager: EntityManager,
    id: string,
    patch: Partial<Pick<GroupEntity, 'name' | 'charter' | 'fiscalYear'>>,
  ): Promise<void> {
    await manager.update(GroupEntity, { id }, { ...patch, updatedAt: new Date() });
  }

  /** Locks the company group for the caller's transaction; false when there is none. */
  async lockCompanyGroup(manager: EntityManager, id: string): Promise<boolean> {
    const rows = (await manager.query(
      `SELECT 1 FROM groups WHERE id = $1 AND kind = 'company_group' FOR UPDATE`,
      [id],
    )) as unknown[];
    return rows.length > 0;
  }

  async companyGroup(id: string, manager?: EntityManager): Promise<CompanyGroupRow | null> {
    const [row] = (await (manager ?? this.dataSource.manager).query(
      `SELECT ${GROUP_COLUMNS} FROM groups g JOIN organisations o ON o.id = g.owner_organisation_id
        WHERE g.id = $1 AND g.kind = 'company_group'`,
      [id],
    )) as CompanyGroupRow[];
    return row ?? null;
  }

  /**
   * The company groups she is part of: owned by one of her organisations, coordinated by her, or with one
   * of her organisations invited or a current member. Newest fiscal year first, then by name.
   */
  async companyGroupsOf(viewer: GroupViewer): Promise<CompanyGroupRow[]> {
    return (await this.dataSource.query(
      `SELECT ${GROUP_COLUMNS} FROM groups g JOIN organisations o ON o.id = g.owner_organisation_id
        WHERE g.kind = 'company_group' AND (
              g.owner_organisation_id = ANY($1::uuid[])
           OR EXISTS (SELECT 1 FROM group_coordinators gc
                       WHERE gc.group_id = g.id AND gc.user_id = $2 AND gc.removed_at IS NULL)
           OR EXISTS (SELECT 1 FROM group_members m
                       WHERE m.group_id = g.id AND m.organisation_id = ANY($1::uuid[])
                         AND m.status IN ('invited', 'member')))
        ORDER BY g.fiscal_year DESC NULLS LAST, g.name, g.id`,
      [viewer.organisationIds, viewer.userId],
    )) as CompanyGroupRow[];
  }

  /**
   * What a viewer is to these groups, in two statements whatever their number: the groups she coordinates
   * now, and the live memberships (invited or current) of her organisations in them.
   */
  async viewerFacts(
    groupIds: readonly string[],
    viewer: GroupViewer,
    manager?: EntityManager,
  ): Promise<{ coordinated: Set<string>; live: GroupMembershipRow[] }> {
    if (!groupIds.length) return { coordinated: new Set(), live: [] };
    const db = manager ?? this.dataSource.manager;
    const coordinated = (await db.query(
      `SELECT group_id AS "groupId" FROM group_coordinators
        WHERE group_id = ANY($1::uuid[]) AND user_id = $2 AND removed_at IS NULL`,
      [groupIds, viewer.userId],
    )) as { groupId: string }[];
    const live = viewer.organisationIds.length
      ? ((await db.query(
          `SELECT ${MEMBER_COLUMNS} FROM group_members m JOIN organisations o ON o.id = m.organisation_id
            WHERE m.group_id = ANY($1::uuid[]) AND m.organisation_id = ANY($2::uuid[])
              AND m.status IN ('invited', 'member')
            ORDER BY o.name, m.id`,
          [groupIds, viewer.organisationIds],
        )) as GroupMembershipRow[])
      : [];
    return { coordinated: new Set(coordinated.map((c) => c.groupId)), live };
  }

  /** The organisation's live membership of the group, locked (null when there is none). */
  async lockLiveMembership(
    manager: EntityManager,
    groupId: string,
    organisationId: string,
  ): Promise<GroupMembershipRow | null> {
    const [row] = (await manager.query(
      `SELECT ${MEMBER_COLUMNS} FROM group_members m JOIN organisations o ON o.id = m.organisation_id
        WHERE m.group_id = $1 AND m.organisation_id = $2 AND m.status IN ('invited', 'member')
          FOR UPDATE OF m`,
      [groupId, organisationId],
    )) as GroupMembershipRow[];
    return row ?? null;
  }

  /**
   * Invites the organisation: a new row, or null when it already has a live membership (the partial
   * unique index decides, also for two invitations at once).
   */
  async invite(
    manager: EntityManager,
    groupId: string,
    organisationId: string,
    by: string,
  ): Promise<string | null> {
    const rows = (await manager.query(
      `INSERT INTO group_members (group_id, organisation_id, status, invited_at, invited_by)
       VALUES ($1, $2, 'invited', now(), $3)
       ON CONFLICT (group_id, organisation_id) WHERE organisation_id IS NOT NULL AND status IN ('invited', 'member')
       DO NOTHING RETURNING id`,
      [groupId, organisationId, by],
    )) as { id: string }[];
    return rows[0]?.id ?? null;
  }

  /** Moves a membership on: accepted (joined now), declined, or left/removed (left now, by whom). */
  async setMembershipStatus(
    manager: EntityManager,
    membershipId: string,
    to: 'member' | 'declined' | 'left',
    by: string,
  ): Promise<void> {
    const now = new Date();
    await manager.update(
      GroupMemberEntity,
      { id: membershipId },
      to === 'member'
        ? { status: to, joinedAt: now }
        : to === 'declined'
          ? { status: to, declinedAt: now }
          : { status: to, leftAt: now, leftBy: by },
    );
  }

  /** Every membership row of these groups (current, pending and past), by group, by name then date. */
  membersOf(loaders: DataLoaderRegistry, groupId: string): Promise<GroupMembershipRow[]> {
    return loaders
      .get<string, GroupMembershipRow[]>('companyGroupMembersByGroup', async (ids) =>
        groupByKey(
          ids,
          (await this.dataSource.query(
            `SELECT ${MEMBER_COLUMNS} FROM group_members m JOIN organisations o ON o.id = m.organisation_id
              WHERE m.group_id = ANY($1::uuid[])
              ORDER BY o.name, coalesce(m.joined_at, m.invited_at, m.created_at), m.id`,
            [ids],
          )) as GroupMembershipRow[],
          (m) => m.groupId,
        ),
      )
      .load(groupId);
  }

  coordinatorsOf(loaders: DataLoaderRegistry, groupId: string): Promise<GroupCoordinatorRow[]> {
    return loaders
      .get<string, GroupCoordinatorRow[]>('companyGroupCoordinatorsByGroup', async (ids) =>
        groupByKey(
          ids,
          (await this.dataSource.query(
            `SELECT gc.id, gc.group_id AS "groupId", gc.user_id AS "userId", u.family_name AS "familyName",
                    u.given_name AS "givenName", gc.added_at AS "addedAt", gc.removed_at AS "removedAt"
               FROM group_coordinators gc JOIN ${USER_DIRECTORY} u ON u.id = gc.user_id
              WHERE gc.group_id = ANY($1::uuid[])
              ORDER BY gc.added_at, gc.id`,
            [ids],
          )) as GroupCoordinatorRow[],
          (c) => c.groupId,
        ),
      )
      .load(groupId);
  }

  /** Adds a current coordinator; false when she is one already. */
  async addCoordinator(
    manager: EntityManager,
    groupId: string,
    userId: string,
    by: string,
  ): Promise<boolean> {
    const rows = (await manager.query(
      `INSERT INTO group_coordinators (group_id, user_id, added_by) VALUES ($1, $2, $3)
       ON CONFLICT (group_id, user_id) WHERE removed_at IS NULL DO NOTHING RETURNING id`,
      [groupId, userId, by],
    )) as { id: string }[];
    return rows.length > 0;
  }

  /** Records that she no longer coordinates; false when she was not a current coordinator. */
  async removeCoordinator(
    manager: EntityManager,
    groupId: string,
    userId: string,
    by: string,
  ): Promise<boolean> {
    const result = await manager.update(
      GroupCoordinatorEntity,
      { groupId, userId, removedAt: IsNull() },
      { removedAt: new Date(), removedBy: by },
    );
    return (result.affected ?? 0) > 0;
  }

  /** Whether the user holds one of `roles` in the organisation (a coordinator is its staff). */
  async holdsRole(organisationId: string, userId: string, roles: readonly string[]): Promise<boolean> {
    const rows = (await this.dataSource.query(
      `SELECT 1 FROM memberships WHERE organisation_id = $1 AND user_id = $2 AND role = ANY($3::varchar[])`,
      [organisationId, userId, roles],
    )) as unknown[];
    return rows.length > 0;
  }
}
