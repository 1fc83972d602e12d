import { Field, ID, ObjectType } from '@nestjs/graphql';
import {
  COMPANY_SIZE_BANDS,
  COMPANY_STATUSES,
  INDUSTRY_CODES,
  LIMITS,
  type CompanySizeBand,
  type CompanyStatus,
  type IndustryMajorGroup,
} from '@tsunagu/shared/domain';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { CompanySizeBandEnum, CompanyStatusEnum, IndustryMajorGroupEnum } from './dto/company.enums';

const quoted = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/**
 * A partner company's profile, on its organisation (kind `partner_company`; the name is the
 * organisation's). The 法人番号 is unique by a named constraint, so a duplicate, even from two
 * applications at once, is a CONFLICT. `status`: a company applies (or a secretariat's staff register
 * it, approved at once), and the staff of its secretariat — the city, prefecture or national agency
 * running the programme — approve or decline it. Only an approved company is shown to others.
 *
 * The GraphQL fields here are its public facts; contacts and the application's details (decline reason,
 * who applied and decided, when) are field resolvers for its company admins, the secretariat's staff and
 * platform admins only (company-profiles.resolver.ts).
 */
@ObjectType('CompanyProfile', { description: 'A partner company: its profile and certifications' })
@Entity('company_profiles')
@Unique('company_profiles_corporate_number_unique', ['corporateNumber'])
@Check('company_profiles_industry_check', `industry IN (${quoted(INDUSTRY_CODES)})`)
@Check('company_profiles_size_band_check', `size_band IN (${quoted(COMPANY_SIZE_BANDS)})`)
@Check('company_profiles_status_check', `status IN (${quoted(COMPANY_STATUSES)})`)
@Index('company_profiles_secretariat', ['secretariatOrganisationId', 'createdAt'])
export class CompanyProfileEntity {
  @Field(() => ID, { description: 'The organisation this is the profile of' })
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'company_profiles_pkey' })
  organisationId: string;

  // The foreign keys the migration created, declared so the schema has nothing left to generate.
  @ManyToOne('OrganisationEntity', { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'company_profiles_organisation_id_fkey' })
  private readonly organisationRef?: unknown;

  @Field({ description: 'フリガナ of the company name' })
  @Column({ type: 'varchar', length: LIMITS.company.nameKana.max })
  nameKana: string;

  @Field({ description: '法人番号: 13 digits, the first a check digit' })
  @Column({ type: 'char', length: 13 })
  corporateNumber: string;

  @Field(() => IndustryMajorGroupEnum)
  @Column({ type: 'char', length: 1 })
  industry: IndustryMajorGroup;

  @Field(() => CompanySizeBandEnum)
  @Column({ type: 'varchar', length: 20 })
  sizeBand: CompanySizeBand;

  @Field(() => String, { nullable: true, description: '郵便番号, as 123-4567' })
  @Column({ type: 'varchar', length: LIMITS.company.postalCode.max, nullable: true })
  postalCode: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: LIMITS.company.address.max, nullable: true })
  address: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: LIMITS.company.website.max, nullable: true })
  website: string | null;

  @Field(() => CompanyStatusEnum)
  @Column({ type: 'varchar', length: 20 })
  status: CompanyStatus;

  /** The organising body (city, prefecture or national agency) whose staff decide. */
  @Column({ type: 'uuid' })
  secretariatOrganisationId: string;

  @ManyToOne('OrganisationEntity', { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn({
    name: 'secretariat_organisation_id',
    foreignKeyConstraintName: 'company_profiles_secretariat_organisation_id_fkey',
  })
  private readonly secretariatRef?: unknown;

  @Column({ type: 'text', nullable: true })
  declineReason: string | null;

  @Column({ type: 'uuid', nullable: true })
  appliedBy: string | null;

  @ManyToOne('UserEntity', { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'applied_by', foreignKeyConstraintName: 'company_profiles_applied_by_fkey' })
  private readonly appliedByRef?: unknown;

  @Column({ type: 'uuid', nullable: true })
  decidedBy: string | null;

  @ManyToOne('UserEntity', { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'decided_by', foreignKeyConstraintName: 'company_profiles_decided_by_fkey' })
  private readonly decidedByRef?: unknown;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  /** Its logo (company_files, purpose `logo`); served at `logoUrl`. */
  @Column({ type: 'uuid', nullable: true })
  logoFileId: string | null;

  @ManyToOne('CompanyFileEntity', { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'logo_file_id', foreignKeyConstraintName: 'company_profiles_logo_file_id_fkey' })
  private readonly logoFileRef?: unknown;

  /** When it applied (or was registered); the secretariat's list is oldest first. */
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
