import { Inject, Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { DataSource, EntityManager, In } from 'typeorm';
import type { Principal } from '../../core/auth/principal';
import { ENV, type Env } from '../../core/config/env';
import { groupByKey, type DataLoaderRegistry } from '../../core/graphql/dataloaders';
import { NotFoundError } from '../../core/graphql/errors';
import { CATALOGUE_SESSION_COURSES, CATALOGUE_SESSION_SCHEDULE, CatalogueService } from '../catalogue';
import { USER_DIRECTORY } from '../identity';
import { ORGANISATION_DIRECTORY } from '../organisations';
import { renderCertificate } from './certificate.pdf';
import { CertificateEntity, EnrolmentEntity } from './enrolment.entity';

/** Certificates (修了証): issued at completion, verified publicly by code, downloaded as a PDF. */
@Injectable()
export class CertificatesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly catalogue: CatalogueService,
    @Inject(ENV) private readonly env: Env,
  ) {}

  /** Issues her certificate with a fresh verification code (in the completing transaction). */
  async issue(manager: EntityManager, enrolmentId: string): Promise<void> {
    await manager.insert(CertificateEntity, { enrolmentId, verificationCode: verificationCode() });
  }

  /** Withdraws a certificate issued by mistake (attendance corrected after completion). */
  async withdraw(manager: EntityManager, enrolmentId: string): Promise<void> {
    await manager.delete(CertificateEntity, { enrolmentId });
  }

  certificateOf(loaders: DataLoaderRegistry, enrolmentId: string): Promise<CertificateEntity | null> {
    return loaders
      .get<string, CertificateEntity | null>('enrolment.certificate', async (ids) =>
        groupByKey(
          ids,
          await this.dataSource.getRepository(CertificateEntity).findBy({ enrolmentId: In([...ids]) }),
          (c) => c.enrolmentId,
        ).map((list) => list[0] ?? null),
      )
      .load(enrolmentId);
  }

  async verifyCertificate(code: string): Promise<{
    learnerName: string;
    courseTitle: string;
    providerName: string;
    issuedAt: Date;
    verificationCode: string;
  }> {
    const rows = (await this.dataSource.query(
      `SELECT u.family_name, u.given_name, sc.course_title AS title, o.name AS provider, ce.issued_at,
              ce.verification_code
         FROM certificates ce JOIN enrolments e ON e.id = ce.enrolment_id
         JOIN ${USER_DIRECTORY} u ON u.id = e.user_id
         JOIN ${CATALOGUE_SESSION_COURSES} sc ON sc.session_id = e.session_id
         JOIN ${ORGANISATION_DIRECTORY} o ON o.id = sc.provider_organisation_id
        WHERE ce.verification_code = $1`,
      [code.trim().toUpperCase()],
    )) as {
      family_name: string;
      given_name: string;
      title: string;
      provider: string;
      issued_at: Date;
      verification_code: string;
    }[];
    const row = rows[0];
    if (!row) throw new NotFoundError('enrolment.certificateNotFound');
    return {
      learnerName: `${row.family_name} ${row.given_name}`,
      courseTitle: row.title,
      providerName: row.provider,
      issuedAt: row.issued_at,
      verificationCode: row.verification_code,
    };
  }

  /** The learner's certificate as a PDF: hers, or for the session's organisers. */
  async certificatePdf(
    principal: Principal,
    enrolmentId: string,
  ): Promise<{ pdf: Buffer; fileName: string }> {
    const enrolment = await this.dataSource.getRepository(EnrolmentEntity).findOneBy({ id: enrolmentId });
    const certificate = enrolment
      ? await this.dataSource.getRepository(CertificateEntity).findOneBy({ enrolmentId })
      : null;
    if (!enrolment || !certificate) throw new NotFoundError('enrolment.certificateNotFound');
    if (
      enrolment.userId !== principal.userId &&
      !(await this.catalogue.isCourseEditor(principal, { sessionId: enrolment.sessionId }))
    ) {
      throw new NotFoundError('enrolment.certificateNotFound');
    }
    const [row] = (await this.dataSource.query(
      `SELECT u.family_name, u.given_name, sc.course_title AS title, o.name AS provider,
              ss.first_starts_at AS first_at, ss.last_starts_at AS last_at
         FROM enrolments e JOIN ${USER_DIRECTORY} u ON u.id = e.user_id
         JOIN ${CATALOGUE_SESSION_COURSES} sc ON sc.session_id = e.session_id
         JOIN ${ORGANISATION_DIRECTORY} o ON o.id = sc.provider_organisation_id
         JOIN ${CATALOGUE_SESSION_SCHEDULE} ss ON ss.session_id = e.session_id
        WHERE e.id = $1`,
      [enrolmentId],
    )) as {
      family_name: string;
      given_name: string;
      title: string;
      provider: string;
      first_at: Date | null;
      last_at: Date | null;
    }[];
    if (!row) throw new NotFoundError('enrolment.certificateNotFound');
    const pdf = await renderCertificate({
      learnerName: `${row.family_name} ${row.given_name}`,
      courseTitle: row.title,
      providerName: row.provider,
      firstMeetingAt: row.first_at,
      lastMeetingAt: row.last_at,
      issuedAt: certificate.issuedAt,
      verificationCode: certificate.verificationCode,
      verifyUrl: `${this.env.PUBLIC_URL}/certificates/verify?code=${certificate.verificationCode}`,
    });
    return { pdf, fileName: `certificate-${certificate.verificationCode}.pdf` };
  }
}

/** TSU-XXXX-XXXX from an alphabet without look-alikes (0/O, 1/I). */
function verificationCode(): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const bytes = randomBytes(8);
  const chars = [...bytes].map((b) => alphabet[b % alphabet.length]);
  return `TSU-${chars.slice(0, 4).join('')}-${chars.slice(4).join('')}`;
}
