import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { AuditService } from '../../core/audit/audit.service';
import type { Principal } from '../../core/auth/principal';
import { CatalogueService } from '../catalogue';
import { USER_DIRECTORY } from '../identity';
import { EnrolmentEntity } from './enrolment.entity';
import { rosterTable, type RosterRow } from './roster-export';
import { SessionSeats } from './session-seats';

/** The roster (名簿) for the people who run a session, and its CSV/Excel export. */
@Injectable()
export class RosterService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly seats: SessionSeats,
    private readonly catalogue: CatalogueService,
  ) {}

  async roster(principal: Principal, sessionId: string): Promise<EnrolmentEntity[]> {
    await this.seats.assertEditor(principal, sessionId);
    return this.dataSource.getRepository(EnrolmentEntity).find({
      where: { sessionId, status: In(['applied', 'confirmed', 'waitlisted', 'completed', 'cancelled']) },
      order: { status: 'ASC', waitlistPosition: 'ASC', createdAt: 'ASC' },
    });
  }

  /** The roster as a table for CSV/Excel export; an export of personal data is audit-logged. */
  async rosterTable(principal: Principal, sessionId: string): Promise<{ table: string[][]; title: string }> {
    const context = await this.seats.assertEditor(principal, sessionId);
    const questions = await this.catalogue.questionsOf(sessionId);
    const rows = (await this.dataSource.query(
      `SELECT u.family_name, u.given_name, u.family_name_kana, u.given_name_kana, u.email, u.email_verified, e.status, e.childcare_requested,
              e.childcare_confirmed, e.child_ages_months, e.answers, e.created_at,
              CASE WHEN e.status = 'waitlisted' THEN 1 + (SELECT count(*) FROM enrolments w WHERE w.session_id = e.session_id
                   AND w.status = 'waitlisted' AND w.waitlist_position < e.waitlist_position)::int END AS rank,
              (SELECT count(*)::int FROM attendance a WHERE a.enrolment_id = e.id AND a.status = 'attended') AS attended
         FROM enrolments e JOIN ${USER_DIRECTORY} u ON u.id = e.user_id
        WHERE e.session_id = $1
        ORDER BY CASE e.status WHEN 'completed' THEN 0 WHEN 'confirmed' THEN 1 WHEN 'applied' THEN 2
                 WHEN 'waitlisted' THEN 3 ELSE 4 END, e.waitlist_position NULLS FIRST, u.family_name_kana, u.given_name_kana`,
      [sessionId],
    )) as {
      family_name: string;
      given_name: string;
      family_name_kana: string;
      given_name_kana: string;
      email: string;
      email_verified: boolean;
      status: string;
      childcare_requested: boolean;
      childcare_confirmed: boolean;
      child_ages_months: number[];
      answers: { questionId: string; value: string }[];
      created_at: Date;
      rank: number | null;
      attended: number;
    }[];
    const table: RosterRow[] = rows.map((r) => ({
      familyName: r.family_name,
      givenName: r.given_name,
      familyNameKana: r.family_name_kana,
      givenNameKana: r.given_name_kana,
      email: r.email,
      emailVerified: r.email_verified,
      status: r.status,
      waitlistPosition: r.rank,
      childcare: r.childcare_confirmed ? 'あり' : r.childcare_requested ? '希望(待ち)' : '',
      childAges: r.child_ages_months.join(', '),
      attended: r.attended,
      answers: Object.fromEntries(r.answers.map((a) => [a.questionId, a.value])),
      enrolledAt: r.created_at,
    }));
    await this.audit.record({
      actorUserId: principal.userId,
      action: 'enrolment.roster_exported',
      subjectType: 'session',
      subjectId: sessionId,
      metadata: { rows: rows.length },
    });
    return {
      table: rosterTable(table, questions),
      title: `${context.courseTitle} ${context.session.title}`.trim(),
    };
  }
}
