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
 * A project team and its working groups (企業グループ, 起業支援グループ), owned by the secretariat's
 * organisation. Members are organisations (companies in a company group) or people (publicly recruited
 * members of a startup support group). Stored and seeded now; the company-groups and planning modules
 * expose them when their issues land. Other modules never read these tables: the catalogue's visibility
 * by company group reads the view `company_group_peers`, the contract (organisation-read-models.ts).
 */
@Entity('groups')
@Check('groups_kind_check', `kind IN ('project_team', 'company_group', 'startup_support_group')`)
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

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

@Entity('group_members')
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

  @Column({ type: 'uuid', nullable: true })
  userId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
