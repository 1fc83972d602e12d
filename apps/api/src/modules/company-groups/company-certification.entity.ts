import { Field, ID, ObjectType } from '@nestjs/graphql';
import { COMPANY_CERTIFICATION_KINDS, LIMITS, type CompanyCertificationKind } from '@tsunagu/shared/domain';
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
import { CompanyCertificationKindEnum } from './dto/company.enums';

/**
 * A certification a company holds (くるみん, えるぼし …, or `other` with its name), with the date it was
 * certified, never in the future. Each kind but `other` at most once per company (a partial unique
 * index). The organisation's certification marks are derived from these rows: whoever changes them
 * sets the marks again in the same transaction (company-certifications.service.ts).
 * Each may have its evidence file (認定通知書, company_files purpose `evidence`).
 */
@ObjectType('CompanyCertification')
@Entity('company_certifications')
@Check(
  'company_certifications_kind_check',
  `kind IN (${COMPANY_CERTIFICATION_KINDS.map((k) => `'${k}'`).join(', ')})`,
)
@Check('company_certifications_other_name_check', `(kind = 'other') = (other_name IS NOT NULL)`)
@Index('company_certifications_one_per_kind', ['organisationId', 'kind'], {
  unique: true,
  where: `kind <> 'other'`,
})
@Index('company_certifications_organisation', ['organisationId'])
export class CompanyCertificationEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'company_certifications_pkey' })
  id: string;

  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne('CompanyProfileEntity', { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({
    name: 'organisation_id',
    foreignKeyConstraintName: 'company_certifications_organisation_id_fkey',
  })
  private readonly profileRef?: unknown;

  @Field(() => CompanyCertificationKindEnum)
  @Column({ type: 'varchar', length: 30 })
  kind: CompanyCertificationKind;

  @Field(() => String, { nullable: true, description: 'The name of an `other` certification' })
  @Column({ type: 'varchar', length: LIMITS.company.certificationName.max, nullable: true })
  otherName: string | null;

  @Field({ description: 'The date certified, YYYY-MM-DD' })
  @Column({ type: 'date' })
  certifiedOn: string;

  @Column({ type: 'uuid', nullable: true })
  evidenceFileId: string | null;

  @ManyToOne('CompanyFileEntity', { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({
    name: 'evidence_file_id',
    foreignKeyConstraintName: 'company_certifications_evidence_file_id_fkey',
  })
  private readonly evidenceFileRef?: unknown;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
