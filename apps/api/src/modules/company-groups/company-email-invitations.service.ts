import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { LIMITS, normaliseEmail } from '@tsunagu/shared/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../../core/audit/audit.service';
import type { Principal } from '../../core/auth/principal';
import { OutboxRelay } from '../../core/events/outbox-relay';
import { TooManyRequestsError } from '../../core/graphql/errors';
import type { OutboxEvent } from '../../core/jobs/jobs';
import { ORGANISATION_DIRECTORY } from '../organisations';
import { recordEmailInvitation, recordEmployeeInvited } from './company-groups-events';

interface Claimed {
  invitationId: string;
  organisationId: string;
  invitedBy: string | null;
  employmentId: string | null;
}

/**
 * Invitations to addresses without an account (issue 11). The company's admin invites an address; if no
 * account has it, one pending invitation per company and address is kept for
 * `LIMITS.company.emailInvitationDays` days and one mail asks her to sign up
 * (`company.employee_email_invited`). When an account's address becomes verified (identity's
 * `identity.email_verified`, heard through the outbox in the relay's transaction), every live invitation to
 * that address becomes an `invited` employment, which she accepts or declines like any other: never
 * before, since anyone may sign up with another person's address. Expired ones are left as they are.
 */
@Injectable()
export class CompanyEmailInvitations implements OnModuleInit {
  private readonly logger = new Logger(CompanyEmailInvitations.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly relay: OutboxRelay,
  ) {}

  onModuleInit(): void {
    this.relay.subscribe((events, manager) => this.onEvents(events, manager));
  }

  /**
   * Refuses a company's invitation past its daily cap, counted the same whether or not the addresses
   * had accounts (an invitation that wrote nothing, to a live link or a live invitation, counts in
   * neither case), so the refusal tells nothing about any address. Concurrent invitations of one company
   * queue on a transaction lock, so the cap holds under races.
   */
  async assertUnderCap(manager: EntityManager, organisationId: string): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('company_invitations:' || $1))`, [
      organisationId,
    ]);
    const max = LIMITS.company.employeeInvitationsPerDay.max;
    const [row] = (await manager.query(
      `SELECT (SELECT count(*) FROM company_employee_email_invitations
                WHERE organisation_id = $1 AND created_at > now() - interval '1 day')
            + (SELECT count(*) FROM company_employments
                WHERE organisation_id = $1 AND status = 'invited' AND requested_at > now() - interval '1 day')
              AS n`,
      [organisationId],
    )) as { n: string }[];
    if (Number(row?.n ?? 0) >= max)
      throw new TooManyRequestsError('companyGroups.tooManyInvitations', { max });
  }

  /**
   * Keeps an invitation to an address without an account: a new one, or an expired one renewed; a live
   * one already there is left alone (no second mail). Only a written row is audited and mailed.
   */
  async invite(
    manager: EntityManager,
    principal: Principal,
    organisationId: string,
    emailKey: string,
    companyName: string,
  ): Promise<void> {
    const rows = (await manager.query(
      `INSERT INTO company_employee_email_invitations (organisation_id, email_key, invited_by, expires_at)
       VALUES ($1, $2, $3, now() + make_interval(days => $4))
       ON CONFLICT (organisation_id, email_key) WHERE claimed_at IS NULL DO UPDATE
         SET invited_by = EXCLUDED.invited_by, created_at = now(), expires_at = EXCLUDED.expires_at
         WHERE company_employee_email_invitations.expires_at <= now()
       RETURNING id, expires_at AS "expiresAt"`,
      [organisationId, emailKey, principal.userId, LIMITS.company.emailInvitationDays.max],
    )) as { id: string; expiresAt: Date }[];
    const row = rows[0];
    if (!row) return;
    await this.audit.record(
      {
        actorUserId: principal.userId,
        action: 'company_groups.employee_email_invited',
        subjectType: 'company_email_invitation',
        subjectId: row.id,
        metadata: { organisationId },
      },
      manager,
    );
    await recordEmailInvitation(manager, {
      invitationId: row.id,
      organisationId,
      companyName,
      email: emailKey,
      expiresAt: new Date(row.expiresAt).toISOString(),
    });
  }

  /**
   * Her address is verified: each live invitation to it becomes an `invited` employment (none where she
   * has a live link with that company already), audited as the inviting admin's invitation, and she is
   * told as for any invitation (`company.employee_invited`). Claimed invitations are marked either way.
   */
  async claim(manager: EntityManager, userId: string, emailKey: string): Promise<number> {
    const claimed = (await manager.query(
      `WITH live AS (
         SELECT id, organisation_id, invited_by FROM company_employee_email_invitations
          WHERE email_key = $2 AND claimed_at IS NULL AND expires_at > now()
          FOR UPDATE
       ), written AS (
         INSERT INTO company_employments (organisation_id, user_id, status)
         SELECT organisation_id, $1, 'invited' FROM live
         ON CONFLICT (organisation_id, user_id) WHERE status <> 'ended' DO NOTHING
         RETURNING id, organisation_id
       ), claimed AS (
         UPDATE company_employee_email_invitations inv
            SET claimed_at = now(), claimed_employment_id = w.id
           FROM live LEFT JOIN written w ON w.organisation_id = live.organisation_id
          WHERE inv.id = live.id
         RETURNING inv.id AS "invitationId", inv.organisation_id AS "organisationId",
                   live.invited_by AS "invitedBy", w.id AS "employmentId"
       )
       SELECT * FROM claimed`,
      [userId, emailKey],
    )) as Claimed[];
    const written = claimed.filter((c): c is Claimed & { employmentId: string } => c.employmentId !== null);
    if (!written.length) return 0;
    const names = new Map(
      (
        (await manager.query(`SELECT id, name FROM ${ORGANISATION_DIRECTORY} WHERE id = ANY($1::uuid[])`, [
          written.map((c) => c.organisationId),
        ])) as { id: string; name: string }[]
      ).map((o) => [o.id, o.name]),
    );
    for (const c of written) {
      await this.audit.record(
        {
          actorUserId: c.invitedBy,
          action: 'company_groups.employee_invited',
          subjectType: 'company_employment',
          subjectId: c.employmentId,
          metadata: { organisationId: c.organisationId, invitationId: c.invitationId },
        },
        manager,
      );
      await recordEmployeeInvited(
        manager,
        { employmentId: c.employmentId, organisationId: c.organisationId, userId },
        names.get(c.organisationId) ?? '',
      );
    }
    return written.length;
  }

  /** The outbox subscriber: claims for each verified address, behind a savepoint (a failure is logged). */
  private async onEvents(events: readonly OutboxEvent[], manager: EntityManager): Promise<void> {
    for (const event of events) {
      if (event.type !== 'identity.email_verified') continue;
      const { userId, email } = event.payload;
      if (typeof userId !== 'string' || typeof email !== 'string') continue;
      await manager.query('SAVEPOINT company_email_invitations');
      try {
        await this.claim(manager, userId, normaliseEmail(email));
        await manager.query('RELEASE SAVEPOINT company_email_invitations');
      } catch (error) {
        await manager.query('ROLLBACK TO SAVEPOINT company_email_invitations');
        this.logger.error(
          `Event ${event.id} (${event.type}) not claimed: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    }
  }
}
