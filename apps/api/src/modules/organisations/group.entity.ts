import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';

export type GroupKind = 'project_team' | 'company_group' | 'startup_support_group';

/**
 * `invited`: the owner invited the company (it accepts or declines); `member`: accepted (joined_at);
 * `declined`; `left`: left or removed (left_at). Rows are never deleted: they are the history.
 */
export const GROUP_MEMBER_STATUSES = ['invited', 'member', 'declined', 'left'] as const;
export type GroupMemberStatus = (typeof GROUP_MEMBER_STATUSES)[number];

/**
 * A project team and its working groups (企業グループ, 起業支援グループ), owned by the secretariat's
 * organisation. Members are organisations (companies in a company group) or people (publicly recruited
 * members of a startup support group). The organisations module keeps the tables (project teams and
 * startup groups share them, and the catalogue, earlier in dependency order, reads the view
 * `company_group_peers`); the company-groups module decides who may change a company group and calls
 * `GroupsService` (groups.service.ts) to write them. Other modules never read these tables.
 */
@Entity('groups')
@Check('groups_kind_check', `kind IN ('project_team', 'company_group', 'startup_support_group')`)
@Check('groups_fiscal_year_check', `fiscal_year IS NULL OR fiscal_year BETWEEN 2000 AND 2100`)
export class GroupEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'varchar', length: 30 })
  kind: GroupKind;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  parentId: string | null;

  @Index()
  @Column({ type: 'uuid' })
  ownerOrganisationId: string;

  @ManyToOne('OrganisationEntity', { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({
    name: 'owner_organisation_id',
    foreignKeyConstraintName: 'groups_owner_organisation_id_fkey',
  })
  private readonly ownerRef?: unknown;

  /** 規約・目的: what the group is for and how it works. */
  @Column({ type: 'text', nullable: true })
  charter: string | null;

  /** The April–March year the group plans (2026 = 2026年度). */
  @Column({ type: 'integer', nullable: true })
  fiscalYear: number | null;

  @Column({ type: 'uuid', nullable: true })
  createdBy: string | null;

  @ManyToOne('UserEntity', { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'groups_created_by_fkey' })
  private readonly createdByRef?: unknown;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}

@Entity('group_members')
@Check('group_members_status_check', `status IN ('invited', 'member', 'declined', 'left')`)
@Check(
  'group_members_history_check',
  `(status <> 'member' OR (joined_at IS NOT NULL AND left_at IS NULL))
          AND (status <> 'left' OR (joined_at IS NOT NULL AND left_at IS NOT NULL))
          AND (status <> 'declined' OR (declined_at IS NOT NULL AND joined_at IS NULL))
          AND (status <> 'invited' OR (joined_at IS NULL AND left_at IS NULL))`,
)
@Index('group_members_one_live', ['groupId', 'organisationId'], {
  unique: true,
  where: `organisation_id IS NOT NULL AND status IN ('invited', 'member')`,
})
@Index('group_members_organisation', ['organisationId'], { where: 'organisation_id IS NOT NULL' })
export class GroupMemberEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  groupId: string;

  @ManyToOne('GroupEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'group_id' })
  group?: unknown;

  @Column({ type: 'uuid', nullable: true })
  organisationId: string | null;

  @ManyToOne('OrganisationEntity', { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'group_members_organisation_id_fkey' })
  private readonly organisationRef?: unknown;

  @Column({ type: 'uuid', nullable: true })
  userId: string | null;

  @Column({ type: 'varchar', length: 20 })
  status: GroupMemberStatus;

  @Column({ type: 'timestamptz', nullable: true })
  invitedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  invitedBy: string | null;

  @ManyToOne('UserEntity', { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'invited_by', foreignKeyConstraintName: 'group_members_invited_by_fkey' })
  private readonly invitedByRef?: unknown;

  @Column({ type: 'timestamptz', nullable: true })
  joinedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  declinedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  leftAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  leftBy: string | null;

  @ManyToOne('UserEntity', { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'left_by', foreignKeyConstraintName: 'group_members_left_by_fkey' })
  private readonly leftByRef?: unknown;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** Secretariat staff of the owner who run a group; removing one records when (the row stays). */
@Entity('group_coordinators')
@Index('group_coordinators_one_current', ['groupId', 'userId'], { unique: true, where: 'removed_at IS NULL' })
@Index('group_coordinators_user', ['userId'])
export class GroupCoordinatorEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'group_coordinators_pkey' })
  id: string;

  @Column({ type: 'uuid' })
  groupId: string;

  @ManyToOne('GroupEntity', { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'group_id', foreignKeyConstraintName: 'group_coordinators_group_id_fkey' })
  private readonly groupRef?: unknown;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne('UserEntity', { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'group_coordinators_user_id_fkey' })
  private readonly userRef?: unknown;

  @CreateDateColumn({ type: 'timestamptz' })
  addedAt: Date;

  @Column({ type: 'uuid', nullable: true })
  addedBy: string | null;

  @ManyToOne('UserEntity', { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'added_by', foreignKeyConstraintName: 'group_coordinators_added_by_fkey' })
  private readonly addedByRef?: unknown;

  @Column({ type: 'timestamptz', nullable: true })
  removedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  removedBy: string | null;

  @ManyToOne('UserEntity', { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'removed_by', foreignKeyConstraintName: 'group_coordinators_removed_by_fkey' })
  private readonly removedByRef?: unknown;
}
