import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';

/**
 * A company's invitation to an address without an account (issue 11): kept until an account with that
 * address verifies it, when it becomes an `invited` employment (company-email-invitations.service.ts).
 * At most one unclaimed row per company and address (an expired one is renewed in place by a new
 * invitation); `email_key` is the normalised address.
 */
@Entity('company_employee_email_invitations')
@Index('company_employee_email_invitations_one_live', ['organisationId', 'emailKey'], {
  unique: true,
  where: `claimed_at IS NULL`,
})
@Index('company_employee_email_invitations_email', ['emailKey'], { where: `claimed_at IS NULL` })
@Index('company_employee_email_invitations_created', ['organisationId', 'createdAt'])
export class CompanyEmailInvitationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'company_employee_email_invitations_pkey' })
  id: string;

  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne('CompanyProfileEntity', { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({
    name: 'organisation_id',
    foreignKeyConstraintName: 'company_employee_email_invitations_organisation_id_fkey',
  })
  private readonly profileRef?: unknown;

  @Column({ type: 'varchar', length: 254 })
  emailKey: string;

  @Column({ type: 'uuid', nullable: true })
  invitedBy: string | null;

  @ManyToOne('UserEntity', { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({
    name: 'invited_by',
    foreignKeyConstraintName: 'company_employee_email_invitations_invited_by_fkey',
  })
  private readonly invitedByRef?: unknown;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  claimedAt: Date | null;

  /** The employment it became (null until claimed, or if that link was since deleted). */
  @Column({ type: 'uuid', nullable: true })
  claimedEmploymentId: string | null;
}
