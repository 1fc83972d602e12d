import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';

/**
 * `requested`: she asked to be linked (her company's admin confirms); `invited`: the company invited her
 * (she accepts); `active`: confirmed or accepted; `ended`: left, declined or ended by either side.
 */
export const EMPLOYMENT_STATUSES = ['requested', 'invited', 'active', 'ended'] as const;
export type EmploymentStatus = (typeof EMPLOYMENT_STATUSES)[number];
export const EmploymentStatusEnum = Object.fromEntries(EMPLOYMENT_STATUSES.map((s) => [s, s])) as Record<
  EmploymentStatus,
  EmploymentStatus
>;
registerEnumType(EmploymentStatusEnum, {
  name: 'EmploymentStatus',
  description: 'requested (she asked), invited (the company asked), active, ended',
});

/**
 * The link between a learner and her employer, a partner company (issue 11). At most one live link
 * (not `ended`) per company and person: a partial unique index, so a duplicate, even two at once, is a
 * CONFLICT. An ended link stays as history; a new link is a new row.
 */
@ObjectType('CompanyEmployment', { description: "A learner's link to her employer, a partner company" })
@Entity('company_employments')
@Check('company_employments_status_check', `status IN ('requested', 'invited', 'active', 'ended')`)
@Index('company_employments_one_live', ['organisationId', 'userId'], {
  unique: true,
  where: `status <> 'ended'`,
})
@Index('company_employments_user', ['userId'])
export class CompanyEmploymentEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'company_employments_pkey' })
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne('CompanyProfileEntity', { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({
    name: 'organisation_id',
    foreignKeyConstraintName: 'company_employments_organisation_id_fkey',
  })
  private readonly profileRef?: unknown;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne('UserEntity', { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'company_employments_user_id_fkey' })
  private readonly userRef?: unknown;

  @Field(() => EmploymentStatusEnum)
  @Column({ type: 'varchar', length: 20 })
  status: EmploymentStatus;

  /** When she asked, or the company invited her. */
  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  requestedAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  confirmedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  confirmedBy: string | null;

  @ManyToOne('UserEntity', { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'confirmed_by', foreignKeyConstraintName: 'company_employments_confirmed_by_fkey' })
  private readonly confirmedByRef?: unknown;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  endedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  endedBy: string | null;

  @ManyToOne('UserEntity', { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'ended_by', foreignKeyConstraintName: 'company_employments_ended_by_fkey' })
  private readonly endedByRef?: unknown;
}

/**
 * Her consent, per company: whether it sees her participation, whether it may nominate her. No row
 * means both false. Read in the same SQL statement as whatever it guards, so a revocation holds for
 * every read that starts after it commits.
 */
@Entity('company_participation_consents')
export class CompanyConsentEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'company_participation_consents_pkey' })
  organisationId: string;

  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'company_participation_consents_pkey' })
  userId: string;

  @ManyToOne('CompanyProfileEntity', { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({
    name: 'organisation_id',
    foreignKeyConstraintName: 'company_participation_consents_organisation_id_fkey',
  })
  private readonly profileRef?: unknown;

  @ManyToOne('UserEntity', { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'company_participation_consents_user_id_fkey' })
  private readonly userRef?: unknown;

  @Column({ type: 'boolean', default: false })
  sharesParticipation: boolean;

  @Column({ type: 'boolean', default: false })
  allowsNomination: boolean;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}

/** Append-only: every change of a consent flag, by whom (she, or the system when a link ends). */
@Entity('company_consent_events')
@Check('company_consent_events_field_check', `field IN ('shares_participation', 'allows_nomination')`)
@Index('company_consent_events_subject', ['organisationId', 'userId', 'at'])
export class CompanyConsentEventEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'company_consent_events_pkey' })
  id: string;

  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne('CompanyProfileEntity', { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({
    name: 'organisation_id',
    foreignKeyConstraintName: 'company_consent_events_organisation_id_fkey',
  })
  private readonly profileRef?: unknown;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne('UserEntity', { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'company_consent_events_user_id_fkey' })
  private readonly userRef?: unknown;

  @Column({ type: 'varchar', length: 30 })
  field: 'shares_participation' | 'allows_nomination';

  @Column({ type: 'boolean' })
  value: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;

  @Column({ type: 'uuid', nullable: true })
  by: string | null;

  @ManyToOne('UserEntity', { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'by', foreignKeyConstraintName: 'company_consent_events_by_fkey' })
  private readonly byRef?: unknown;
}
