import { COMPANY_FILE_PURPOSES, LIMITS, type CompanyFilePurpose } from '@tsunagu/shared/domain';
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

/**
 * A company's file: its logo (public with its approved profile) or a certification's evidence (its
 * admins, its secretariat, platform admins). The bytes live in the row; a replaced logo or evidence file
 * is deleted with the change that replaces it. Never a GraphQL type: the API serves it at
 * `/api/company-files/:id`.
 */
@Entity('company_files')
@Check('company_files_purpose_check', `purpose IN (${COMPANY_FILE_PURPOSES.map((p) => `'${p}'`).join(', ')})`)
@Index('company_files_organisation', ['organisationId'])
export class CompanyFileEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'company_files_pkey' })
  id: string;

  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne('CompanyProfileEntity', { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'company_files_organisation_id_fkey' })
  private readonly profileRef?: unknown;

  @Column({ type: 'varchar', length: 10 })
  purpose: CompanyFilePurpose;

  @Column({ type: 'varchar', length: LIMITS.courseFile.filename.max })
  filename: string;

  @Column({ type: 'varchar', length: LIMITS.courseFile.contentType.max })
  contentType: string;

  @Column({ type: 'integer' })
  sizeBytes: number;

  @Column({ type: 'char', length: 64 })
  sha256: string;

  @Column({ type: 'bytea', select: false })
  data: Buffer;

  @Column({ type: 'uuid', nullable: true })
  uploadedBy: string | null;

  @ManyToOne('UserEntity', { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'uploaded_by', foreignKeyConstraintName: 'company_files_uploaded_by_fkey' })
  private readonly uploadedByRef?: unknown;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
