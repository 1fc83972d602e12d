import { Inject, Injectable, Logger, OnModuleInit, Optional } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Principal } from '../../../core/auth/principal';
import { DataLoaderRegistry } from '../../../core/graphql/dataloaders';
import { Jobs } from '../../../core/jobs/jobs.service';
import { CatalogueService, CO_ORGANISER_EDITOR_ROLES, PROVIDER_EDITOR_ROLES } from '../../catalogue';
import { ENROLMENT_PARTICIPANTS } from '../../enrolment';
import { OrganisationsService } from '../../organisations';
import { NOTIFIER, type Notifier, type ScheduledNotifyRequest } from '../reminders/notifier';

/** The daily schedule's queue: 08:00 in Asia/Tokyo (pg-boss schedules run in that zone). */
export const DIGEST_QUEUE = 'notifications.staff-digest';
export const DIGEST_CRON = '0 8 * * *';
/** Without an earlier digest, or after a long pause, a digest covers at most this far back. */
const FIRST_WINDOW_HOURS = 24;
const MAX_WINDOW_DAYS = 7;
/** Sessions named in one digest's params (the rest are counted in the total). */
const MAX_SESSIONS = 30;

/** The Tokyo calendar date of `at` (YYYY-MM-DD): the digest's key. */
export function tokyoDate(at: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo' }).format(at);
}

export interface DigestEntry {
  readonly sessionId: string;
  readonly count: number;
}

/**
 * The staff's daily digest (08:00 Asia/Tokyo): for each person who edits a session (the catalogue's
 * editor rule, `CatalogueService.isCourseEditor`; candidates are the members of its organisers), the
 * new enrolments since her previous digest per session, as one `staff_digest` notification
 * (`digest:<date>:<userId>`). Nothing when there is nothing new.
 */
@Injectable()
export class DigestService implements OnModuleInit {
  private readonly logger = new Logger(DigestService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: Jobs,
    private readonly catalogue: CatalogueService,
    private readonly organisations: OrganisationsService,
    @Optional() @Inject(NOTIFIER) private readonly notifier?: Notifier,
  ) {}

  onModuleInit(): void {
    this.jobs.define({
      queue: DIGEST_QUEUE,
      cron: DIGEST_CRON,
      retryLimit: 3,
      concurrency: 1,
      handle: async () => {
        const sent = await this.sendDigests();
        if (sent) this.logger.log(`Wrote ${sent} staff digests`);
      },
    });
  }

  /** The digests due at `now`, one per editor with something new. */
  async digests(now: Date): Promise<ScheduledNotifyRequest[]> {
    const since = new Date(now.getTime() - MAX_WINDOW_DAYS * 86_400_000);
    const fresh: { sessionId: string; createdAt: Date[] }[] = await this.dataSource.query(
      `SELECT session_id AS "sessionId", array_agg(created_at ORDER BY created_at) AS "createdAt"
         FROM ${ENROLMENT_PARTICIPANTS}
        WHERE created_at >= $1 AND created_at < $2 AND status <> 'cancelled'
        GROUP BY session_id`,
      [since, now],
    );
    if (fresh.length === 0) return [];
    const loaders = new DataLoaderRegistry();
    const editors = await this.editorsOf(
      fresh.map((f) => f.sessionId),
      loaders,
    );
    const date = tokyoDate(now);
    const requests: ScheduledNotifyRequest[] = [];
    for (const [userId, principal] of editors) {
      const from = await this.windowStart(userId, now);
      const entries: DigestEntry[] = [];
      for (const { sessionId, createdAt } of fresh) {
        const count = createdAt.filter((at) => at >= from).length;
        if (count === 0) continue;
        if (await this.catalogue.isCourseEditor(principal, { sessionId }, loaders))
          entries.push({ sessionId, count });
      }
      if (entries.length === 0) continue;
      entries.sort((a, b) => b.count - a.count || a.sessionId.localeCompare(b.sessionId));
      const named = entries.slice(0, MAX_SESSIONS);
      requests.push({
        userId,
        kind: 'staff_digest',
        dedupeKey: `digest:${date}:${userId}`,
        params: {
          date,
          since: from.toISOString(),
          until: now.toISOString(),
          total: entries.reduce((sum, e) => sum + e.count, 0),
          sessionCount: entries.length,
          sessionIds: named.map((e) => e.sessionId).join(','),
          counts: named.map((e) => e.count).join(','),
        },
        link: '/staff/courses',
        organisationId: null,
      });
    }
    return requests;
  }

  /** Writes the digests due now, in one transaction; returns how many were asked for. */
  async sendDigests(now = new Date()): Promise<number> {
    const notifier = this.notifier;
    if (!notifier) {
      this.logger.warn('No notifier: staff digests are not written (NOTIFIER is not provided)');
      return 0;
    }
    const requests = await this.digests(now);
    await this.dataSource.transaction(async (manager) => {
      for (const request of requests) await notifier.notify(manager, request);
    });
    return requests.length;
  }

  /** Since her previous digest (within a week), else the last day. */
  private async windowStart(userId: string, now: Date): Promise<Date> {
    const rows: { at: Date | null }[] = await this.dataSource.query(
      `SELECT max(created_at) AS at FROM notifications WHERE user_id = $1 AND kind = 'staff_digest'`,
      [userId],
    );
    const last = rows[0]?.at ?? new Date(now.getTime() - FIRST_WINDOW_HOURS * 3_600_000);
    return new Date(Math.max(last.getTime(), now.getTime() - MAX_WINDOW_DAYS * 86_400_000));
  }

  /**
   * The people who may edit some of these sessions, as principals (their memberships): the provider's
   * staff, admins and company admins and the co-organisers' staff. `isCourseEditor` then decides per
   * session, so the rule lives in the catalogue only.
   */
  private async editorsOf(
    sessionIds: readonly string[],
    loaders: DataLoaderRegistry,
  ): Promise<Map<string, Principal>> {
    const candidates = new Set<string>();
    const seen = new Map<string, readonly string[]>();
    for (const sessionId of sessionIds) {
      const organisers = await this.catalogue.organisersOfSession(sessionId, loaders).catch(() => null);
      if (!organisers) continue;
      const byOrganisation: [string, readonly string[]][] = [
        [organisers.providerOrganisationId, PROVIDER_EDITOR_ROLES],
        ...organisers.coOrganiserIds.map((id): [string, readonly string[]] => [
          id,
          CO_ORGANISER_EDITOR_ROLES,
        ]),
      ];
      for (const [organisationId, roles] of byOrganisation) {
        const key = `${organisationId}:${roles.join(',')}`;
        if (seen.has(key)) continue;
        seen.set(key, roles);
        for (const member of await this.organisations.members(organisationId)) {
          if (roles.includes(member.role)) candidates.add(member.userId);
        }
      }
    }
    const principals = new Map<string, Principal>();
    for (const userId of candidates) {
      const memberships = await this.organisations.membershipsOf(loaders, userId);
      principals.set(
        userId,
        new Principal(
          userId,
          'staff-digest',
          '',
          'ja',
          memberships.map((m) => ({ organisationId: m.organisationId, role: m.role })),
        ),
      );
    }
    return principals;
  }
}
