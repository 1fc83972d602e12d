import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { Role } from '@tsunagu/shared/domain';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { RoleEnum } from '../../core/graphql/enums';

/** A role a user holds in one organisation. `organisation` and `user` resolve through DataLoaders. */
@ObjectType('Membership')
@Entity('memberships')
@Check(
  'memberships_role_check',
  `role IN ('learner', 'company_admin', 'mentor', 'staff', 'team_member', 'admin')`,
)
@Unique(['userId', 'organisationId', 'role'])
export class MembershipEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  userId: string;

  /** FK only; other modules' entities are referenced by name, never imported. */
  @ManyToOne('UserEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: unknown;

  @Index()
  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne('OrganisationEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: unknown;

  @Field(() => RoleEnum)
  @Column({ type: 'varchar', length: 20 })
  role: Role;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
