import { Injectable } from '@nestjs/common';
import { normaliseEmail } from '@tsunagu/shared/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../../core/audit/audit.service';
import type { Principal } from '../../core/auth/principal';
import { ConflictError, ForbiddenError, NotFoundError } from '../../core/graphql/errors';
import { USER_DIRECTORY } from '../identity';
import { ORGANISATION_DIRECTORY } from '../organisations';
import { CompanyEmailInvitations } from './company-email-invitations.service';
import { CompanyEmploymentEntity, type EmploymentStatus } from './company-employment.entity';
import { recordEmployeeInvited } from './company-groups-events';
import { mayManageEmployees } from './company-groups.policies';
import { mappingConflicts } from './company-profile-rows';
import { CompanyProfileEntity } from './company-profile.entity';
import { ConsentRecorder } from './consent-recorder';
import type {
  CompanyEmployee,
  ConsentChange,
  MyEmployment,
  PartnerCompany,
  SetCompanyConsentInput,
} from './dto/company-employee.types';

/** The most of her consent changes one read returns (newest first). */
const CONSENT_HISTORY_LIMIT = 200;

/**
 * A learner's link to her employer (issue 11). She asks (`requested`, her company's admin confirms or
 * declines), or the company's admin invites an existing account by email address (`invited`, she
 * accepts or declines); either side ends an active link, which also turns her consent off. At most one
 * live link per company and person (the database decides: a duplicate, even a concurrent one, is a
 * CONFLICT). Every change is one transaction that locks the link; consent changes are recorded.
 *
 * For later parts (nominations): `isEmployee` and `allowsNomination` answer "her employee?" and "has she
 * consented to being nominated?" in one call each, inside the caller's transaction if given one.
 */
@Injectable()
export class CompanyEmploymentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly consent: ConsentRecorder,
    private readonly emailInvitations: CompanyEmailInvitations,
  ) {}

  /** Any signed-in person asks an approved company to link her; NOT_FOUND for any other company. */
  async request(principal: Principal, organisationId: string): Promise<MyEmployment> {
    const profile = await this.dataSource.getRepository(CompanyProfileEntity).findOneBy({ organisationId });
    if (!profile || profile.status !== 'approved') throw new NotFoundError('companyGroups.profileNotFound');
    const id = await mappingConflicts(() =>
      this.dataSource.transaction(async (manager) => {
        const inserted = await manager.insert(CompanyEmploymentEntity, {
          organisationId,
          userId: principal.userId,
          status: 'requested',
        });
        const id = String((inserted.identifiers[0] as { id: string }).id);
        await this.record(manager, principal, 'company_groups.employment_requested', id, organisationId);
        return id;
      }),
    );
    return this.myEmployment(principal.userId, id);
  }

  /**
   * The company's admin invites an account by its email address. The answer is the same whether or not
   * the address has an account, or already a live link (no row is written then), so the company learns
   * nothing about who has an account. Only a written row records `company.employee_invited` (she is told).
   * An address without an account gets a pending invitation instead (CompanyEmailInvitations). Past the
   * company's daily cap every address is refused alike (TOO_MANY_REQUESTS).
   */
  async invite(principal: Principal, organisationId: string, email: string): Promise<boolean> {
    this.assertManages(principal, organisationId);
    const emailKey = normaliseEmail(email);
    await this.dataSource.transaction(async (manager) => {
      await this.emailInvitations.assertUnderCap(manager, organisationId);
      const [company] = (await manager.query(`SELECT name FROM ${ORGANISATION_DIRECTORY} WHERE id = $1`, [
        organisationId,
      ])) as { name: string }[];
      const [user] = (await manager.query(`SELECT id FROM ${USER_DIRECTORY} WHERE lower(email) = $1`, [
        emailKey,
      ])) as { id: string }[];
      // No account: a pending invitation, mailed once, claimed when an account verifies the address.
      if (!user)
        return this.emailInvitations.invite(
          manager,
          principal,
          organisationId,
          emailKey,
          company?.name ?? '',
        );
      const rows = (await manager.query(
        `INSERT INTO company_employments (organisation_id, user_id, status) VALUES ($1, $2, 'invited')
         ON CONFLICT (organisation_id, user_id) WHERE status <> 'ended' DO NOTHING RETURNING id`,
        [organisationId, user.id],
      )) as { id: string }[];
      const employmentId = rows[0]?.id;
      if (!employmentId) return;
      await this.record(manager, principal, 'company_groups.employee_invited', employmentId, organisationId);
      await recordEmployeeInvited(
        manager,
        { employmentId, organisationId, userId: user.id },
        company?.name ?? '',
      );
    });
    return true;
  }

  async accept(principal: Principal, id: string): Promise<MyEmployment> {
    await this.change(principal, id, { side: 'employee', from: 'invited', to: 'active' });
    return this.myEmployment(principal.userId, id);
  }

  async declineInvitation(principal: Principal, id: string): Promise<MyEmployment> {
    await this.change(principal, id, { side: 'employee', from: 'invited', to: 'ended' });
    return this.myEmployment(principal.userId, id);
  }

  async confirm(principal: Principal, id: string): Promise<CompanyEmploymentEntity> {
    return this.change(principal, id, { side: 'company', from: 'requested', to: 'active' });
  }

  async declineRequest(principal: Principal, id: string): Promise<CompanyEmploymentEntity> {
    return this.change(principal, id, { side: 'company', from: 'requested', to: 'ended' });
  }

  /** She or her company's admin ends a live link; her consent for that company is turned off with it. */
  async end(principal: Principal, id: string): Promise<CompanyEmploymentEntity> {
    return this.change(principal, id, { side: 'either', from: 'live', to: 'ended' });
  }

  /** Her consent for a company she has an active link with; each change is recorded, effective at once. */
  async setConsent(principal: Principal, input: SetCompanyConsentInput): Promise<MyEmployment> {
    const id = await this.dataSource.transaction(async (manager) => {
      // The lock queues this behind an ending of the link, so consent is never left on an ended one.
      const link = await manager.findOne(CompanyEmploymentEntity, {
        where: { organisationId: input.organisationId, userId: principal.userId, status: 'active' },
        lock: { mode: 'pessimistic_write' },
      });
      if (!link) throw new ForbiddenError('companyGroups.noActiveEmployment');
      await this.consent.set(manager, link.organisationId, principal.userId, principal.userId, {
        sharesParticipation: input.sharesParticipation ?? undefined,
        allowsNomination: input.allowsNomination ?? undefined,
      });
      return link.id;
    });
    return this.myEmployment(principal.userId, id);
  }

  /** Her links, newest first, with her consent flags. */
  async mine(principal: Principal): Promise<MyEmployment[]> {
    return this.myEmployments(principal.userId);
  }

  /** The approved partner companies she may ask to link her to, by フリガナ (public profile data only). */
  async partnerCompanies(): Promise<PartnerCompany[]> {
    return (await this.dataSource.query(
      `SELECT cp.organisation_id AS "organisationId", o.name, cp.name_kana AS "nameKana"
         FROM company_profiles cp JOIN ${ORGANISATION_DIRECTORY} o ON o.id = cp.organisation_id
        WHERE cp.status = 'approved'
        ORDER BY cp.name_kana, o.name, cp.organisation_id`,
    )) as PartnerCompany[];
  }

  /** Her own record of consent changes, every company, newest first. */
  async consentHistory(principal: Principal): Promise<ConsentChange[]> {
    return (await this.dataSource.query(
      `SELECT ev.id, ev.organisation_id AS "organisationId", o.name AS "companyName",
              CASE ev.field WHEN 'shares_participation' THEN 'sharesParticipation' ELSE 'allowsNomination' END
                AS field,
              ev.value, ev.at, coalesce(ev.by = ev.user_id, false) AS "byHerself"
         FROM company_consent_events ev JOIN ${ORGANISATION_DIRECTORY} o ON o.id = ev.organisation_id
        WHERE ev.user_id = $1
        ORDER BY ev.at DESC, ev.id
        LIMIT ${CONSENT_HISTORY_LIMIT}`,
      [principal.userId],
    )) as ConsentChange[];
  }

  /** Her company's links (names and states, never participation), for its company admins. */
  async forCompany(
    principal: Principal,
    organisationId: string,
    status?: EmploymentStatus | null,
  ): Promise<CompanyEmployee[]> {
    this.assertManages(principal, organisationId);
    const rows = (await this.dataSource.query(
      `SELECT ce.id, ce.user_id AS "userId", u.family_name AS "familyName", u.given_name AS "givenName",
              ce.status, ce.requested_at AS "requestedAt", ce.confirmed_at AS "confirmedAt",
              ce.ended_at AS "endedAt",
              (ce.status = 'active' AND coalesce(cc.allows_nomination, false)) AS "allowsNomination"
         FROM company_employments ce JOIN ${USER_DIRECTORY} u ON u.id = ce.user_id
         LEFT JOIN company_participation_consents cc
           ON cc.organisation_id = ce.organisation_id AND cc.user_id = ce.user_id
        WHERE ce.organisation_id = $1 AND ($2::varchar IS NULL OR ce.status = $2::varchar)
        ORDER BY u.family_name_kana, u.given_name_kana, ce.requested_at, ce.id`,
      [organisationId, status ?? null],
    )) as CompanyEmployee[];
    return rows;
  }

  /** Whether she is the company's employee now (an active link). For nominations. */
  async isEmployee(organisationId: string, userId: string, manager?: EntityManager): Promise<boolean> {
    const rows = (await (manager ?? this.dataSource.manager).query(
      `SELECT 1 FROM company_employments WHERE organisation_id = $1 AND user_id = $2 AND status = 'active'`,
      [organisationId, userId],
    )) as unknown[];
    return rows.length > 0;
  }

  /** Whether she is its employee and has consented to being nominated by it. For nominations. */
  async allowsNomination(organisationId: string, userId: string, manager?: EntityManager): Promise<boolean> {
    const rows = (await (manager ?? this.dataSource.manager).query(
      `SELECT 1 FROM company_employments ce
         JOIN company_participation_consents cc
           ON cc.organisation_id = ce.organisation_id AND cc.user_id = ce.user_id AND cc.allows_nomination
        WHERE ce.organisation_id = $1 AND ce.user_id = $2 AND ce.status = 'active'`,
      [organisationId, userId],
    )) as unknown[];
    return rows.length > 0;
  }

  private async change(
    principal: Principal,
    id: string,
    rule: { side: 'employee' | 'company' | 'either'; from: EmploymentStatus | 'live'; to: EmploymentStatus },
  ): Promise<CompanyEmploymentEntity> {
    return this.dataSource.transaction(async (manager) => {
      const link = await manager.findOne(CompanyEmploymentEntity, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      const isHers = link?.userId === principal.userId;
      const manages = !!link && mayManageEmployees(principal, link.organisationId);
      if (!link) throw new NotFoundError('companyGroups.employmentNotFound');
      // Neither she nor an admin of its company (another company's admin, say): FORBIDDEN.
      const allowed =
        rule.side === 'either' ? isHers || manages : rule.side === 'employee' ? isHers : manages;
      if (!allowed) throw new ForbiddenError('companyGroups.notYourEmployment');
      const fromOk = rule.from === 'live' ? link.status !== 'ended' : link.status === rule.from;
      if (!fromOk) throw new ConflictError('companyGroups.employmentNotPending');
      const now = new Date();
      if (rule.to === 'active') Object.assign(link, { confirmedAt: now, confirmedBy: principal.userId });
      else Object.assign(link, { endedAt: now, endedBy: principal.userId });
      const wasActive = link.status === 'active';
      link.status = rule.to;
      const saved = await manager.save(link);
      if (rule.to === 'ended' && wasActive)
        await this.consent.set(manager, link.organisationId, link.userId, principal.userId, {
          sharesParticipation: false,
          allowsNomination: false,
        });
      await this.record(manager, principal, `company_groups.employment_${rule.to}`, id, link.organisationId);
      return saved;
    });
  }

  private assertManages(principal: Principal, organisationId: string): void {
    if (!mayManageEmployees(principal, organisationId))
      throw new ForbiddenError('companyGroups.notYourCompany');
  }

  private async myEmployment(userId: string, id: string): Promise<MyEmployment> {
    const [row] = await this.myEmployments(userId, id);
    if (!row) throw new NotFoundError('companyGroups.employmentNotFound');
    return row;
  }

  private async myEmployments(userId: string, id?: string): Promise<MyEmployment[]> {
    const rows = (await this.dataSource.query(
      `SELECT ce.id, ce.organisation_id AS "organisationId", o.name AS "companyName", ce.status,
              ce.requested_at AS "requestedAt", ce.confirmed_at AS "confirmedAt", ce.ended_at AS "endedAt",
              coalesce(cc.shares_participation, false) AS "sharesParticipation",
              coalesce(cc.allows_nomination, false) AS "allowsNomination"
         FROM company_employments ce JOIN ${ORGANISATION_DIRECTORY} o ON o.id = ce.organisation_id
         LEFT JOIN company_participation_consents cc
           ON cc.organisation_id = ce.organisation_id AND cc.user_id = ce.user_id
        WHERE ce.user_id = $1 AND ($2::uuid IS NULL OR ce.id = $2::uuid)
        ORDER BY ce.requested_at DESC, ce.id`,
      [userId, id ?? null],
    )) as MyEmployment[];
    return rows;
  }

  private record(
    manager: EntityManager,
    principal: Principal,
    action: string,
    employmentId: string,
    organisationId: string,
  ): Promise<void> {
    return this.audit.record(
      {
        actorUserId: principal.userId,
        action,
        subjectType: 'company_employment',
        subjectId: employmentId,
        metadata: { organisationId },
      },
      manager,
    );
  }
}
