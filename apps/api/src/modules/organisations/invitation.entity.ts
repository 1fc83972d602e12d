import { Field, ID, ObjectType } from '@nestjs/graphql';
import { LIMITS, type Role } from '@tsunagu/shared/domain';
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
import { RoleEnum } from '../../core/graphql/enums';

/** Staff invite a person (by email) into an organisation with a role; the token is stored hashed. */
@ObjectType('Invitation')
@Entity('invitations')
@Check(
  'invitations_role_check',
  `role IN ('learner', 'company_admin', 'mentor', 'staff', 'team_member', 'admin')`,
)
export class InvitationEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne('OrganisationEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: unknown;

  @Field()
  @Column({ type: 'varchar', length: LIMITS.email.max })
  email: string;

  @Field(() => RoleEnum)
  @Column({ type: 'varchar', length: 20 })
  role: Role;

  @Column({ type: 'char', length: 64, unique: true })
  tokenHash: string;

  @Column({ type: 'uuid' })
  invitedById: string;

  @Field()
  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  acceptedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  acceptedById: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
