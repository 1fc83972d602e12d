import { Injectable } from '@nestjs/common';
import type { CompanyFilePurpose } from '@tsunagu/shared/domain';
import { isUUID } from 'class-validator';
import { createHash } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../../core/audit/audit.service';
import type { Principal } from '../../core/auth/principal';
import {
  BadUserInputError,
  ForbiddenError,
  NotFoundError,
  UnauthenticatedError,
} from '../../core/graphql/errors';
import { CompanyCertificationEntity } from './company-certification.entity';
import { checkCompanyUpload } from './company-file-content';
import { CompanyFileEntity } from './company-file.entity';
import { isCompanyInsider, mayEditCompany } from './company-groups.policies';
import { CompanyProfileEntity } from './company-profile.entity';

/** What multer hands over for one uploaded file (memory storage). */
export interface CompanyUploadBody {
  originalname: string;
  size: number;
  buffer: Buffer;
}

export interface CompanyFileView {
  id: string;
  filename: string;
  contentType: string;
  sizeBytes: number;
  url: string;
}

export function companyFileUrl(id: string): string {
  return `/api/company-files/${id}`;
}

/** Where an upload goes: the company (whose admin she must be) and, for evidence, the certification. */
export interface UploadTarget {
  organisationId: string;
  certificationId: string | null;
}

export interface CompanyFileDownload {
  file: CompanyFileEntity;
  /** The logo of an approved company: anyone may fetch it, so shared caches may keep it. */
  isPublic: boolean;
}

/**
 * A company's logo and its certifications' evidence files. Its company admins (and platform admins)
 * upload them; a new one replaces the old, which is deleted in the same transaction. The logo of an
 * approved company is public; evidence is for the company's insiders only (its admins, its
 * secretariat's staff, platform admins), and each fetch of it is audit-logged.
 */
@Injectable()
export class CompanyFilesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Before any byte is read: the company or certification exists and she may change it. */
  async uploadTarget(principal: Principal, purpose: CompanyFilePurpose, id: string): Promise<UploadTarget> {
    if (purpose === 'logo') {
      const profile = isUUID(id)
        ? await this.dataSource.getRepository(CompanyProfileEntity).findOneBy({ organisationId: id })
        : null;
      if (!profile) throw new NotFoundError('companyGroups.profileNotFound');
      if (!mayEditCompany(principal, id)) throw new ForbiddenError('companyGroups.notYourCompany');
      return { organisationId: id, certificationId: null };
    }
    const cert = isUUID(id)
      ? await this.dataSource.getRepository(CompanyCertificationEntity).findOneBy({ id })
      : null;
    if (!cert) throw new NotFoundError('companyGroups.certificationNotFound');
    if (!mayEditCompany(principal, cert.organisationId))
      throw new ForbiddenError('companyGroups.notYourCompany');
    return { organisationId: cert.organisationId, certificationId: cert.id };
  }

  /** Stores the file if its contents are a kind the purpose accepts, within its size; nothing otherwise. */
  async upload(
    principal: Principal,
    purpose: CompanyFilePurpose,
    id: string,
    body: CompanyUploadBody | undefined,
    ip: string | null,
  ): Promise<CompanyFileView> {
    const target = await this.uploadTarget(principal, purpose, id);
    if (!body) throw BadUserInputError.field('file', 'companyGroups.fileRequired');
    const check = checkCompanyUpload(purpose, { name: body.originalname, data: body.buffer });
    if (!check.ok) throw new BadUserInputError([check.problem]);
    const sha256 = createHash('sha256').update(body.buffer).digest('hex');
    return this.dataSource.transaction(async (manager) => {
      const [row] = (await manager.query(
        `INSERT INTO company_files (organisation_id, purpose, filename, content_type, size_bytes, sha256, data, uploaded_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
        [
          target.organisationId,
          purpose,
          check.filename,
          check.contentType,
          body.buffer.length,
          sha256,
          body.buffer,
          principal.userId,
        ],
      )) as { id: string }[];
      if (!row) throw new Error('storing a company file returned no row');
      await this.attach(manager, target, row.id);
      await this.audit.record(
        {
          actorUserId: principal.userId,
          action: `company_groups.${purpose}_uploaded`,
          subjectType: 'company_file',
          subjectId: row.id,
          metadata: {
            organisationId: target.organisationId,
            certificationId: target.certificationId,
            filename: check.filename,
            contentType: check.contentType,
            sizeBytes: body.buffer.length,
            sha256,
          },
          ip,
        },
        manager,
      );
      return {
        id: row.id,
        filename: check.filename,
        contentType: check.contentType,
        sizeBytes: body.buffer.length,
        url: companyFileUrl(row.id),
      };
    });
  }

  /**
   * A file she may fetch: the logo in use of an approved company (anyone), or of any company for its
   * insiders; a certification's evidence in use, for its company's insiders only (audit-logged).
   */
  async download(principal: Principal | null, id: string, ip: string | null): Promise<CompanyFileDownload> {
    const rows = (
      isUUID(id)
        ? await this.dataSource.query(
            `SELECT f.id, f.organisation_id AS "organisationId", f.purpose, f.filename,
                    f.content_type AS "contentType", f.size_bytes AS "sizeBytes", f.sha256,
                    p.status, p.secretariat_organisation_id AS "secretariatOrganisationId",
                    (p.logo_file_id = f.id OR EXISTS (
                       SELECT 1 FROM company_certifications c WHERE c.evidence_file_id = f.id)) AS "inUse"
               FROM company_files f JOIN company_profiles p ON p.organisation_id = f.organisation_id
              WHERE f.id = $1`,
            [id],
          )
        : []
    ) as (CompanyFileEntity & { status: string; secretariatOrganisationId: string; inUse: boolean })[];
    const found = rows[0];
    if (!found?.inUse) throw new NotFoundError('companyGroups.fileNotFound');
    const { status, secretariatOrganisationId, inUse: _inUse, ...metadata } = found;
    const file = Object.assign(new CompanyFileEntity(), metadata);
    const ref = { organisationId: file.organisationId, secretariatOrganisationId, status };
    const insider = principal !== null && isCompanyInsider(principal, ref);
    if (file.purpose === 'logo') {
      if (status !== 'approved' && !insider) throw new NotFoundError('companyGroups.fileNotFound');
      return { file, isPublic: status === 'approved' };
    }
    if (!principal) throw new UnauthenticatedError();
    if (!insider) throw new ForbiddenError('companyGroups.notYourEvidence');
    await this.audit.record({
      actorUserId: principal.userId,
      action: 'company_groups.evidence_read',
      subjectType: 'company_file',
      subjectId: file.id,
      metadata: { organisationId: file.organisationId },
      ip,
    });
    return { file, isPublic: false };
  }

  /** The bytes of a file (read only once access has been decided). */
  async bytes(id: string): Promise<Buffer> {
    const [row] = (await this.dataSource.query('SELECT data FROM company_files WHERE id = $1', [id])) as {
      data: Buffer;
    }[];
    if (!row) throw new NotFoundError('companyGroups.fileNotFound');
    return row.data;
  }

  /** Points the profile or the certification at the new file and deletes the one it replaces. */
  private async attach(manager: EntityManager, target: UploadTarget, fileId: string): Promise<void> {
    const [table, key, column, value] = target.certificationId
      ? ['company_certifications', 'id', 'evidence_file_id', target.certificationId]
      : ['company_profiles', 'organisation_id', 'logo_file_id', target.organisationId];
    const [old] = (await manager.query(`SELECT ${column} AS id FROM ${table} WHERE ${key} = $1 FOR UPDATE`, [
      value,
    ])) as { id: string | null }[];
    await manager.query(`UPDATE ${table} SET ${column} = $1 WHERE ${key} = $2`, [fileId, value]);
    if (old?.id) await manager.query('DELETE FROM company_files WHERE id = $1', [old.id]);
  }
}
