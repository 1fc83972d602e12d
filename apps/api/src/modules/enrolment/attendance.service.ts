import { Inject, Injectable } from '@nestjs/common';
import { meetsCompletionRule, type AttendanceStatus } from '@tsunagu/shared/domain';
import { DataSource, EntityManager } from 'typeorm';
import type { Principal } from '../../core/auth/principal';
import { ENV, type Env } from '../../core/config/env';
import { firstRow } from '../../core/database/first-row';
import { BadUserInputError, ConflictError, NotFoundError } from '../../core/graphql/errors';
import {
  CATALOGUE_SESSION_SCHEDULE,
  CatalogueService,
  type MeetingEntity,
  type SessionEntity,
} from '../catalogue';
import { CertificatesService } from './certificates.service';
import { CheckInCodes } from './check-in-code';
import { recordEnrolmentEvent } from './enrolment-events';
import { AttendanceEntity, EnrolmentEntity } from './enrolment.entity';
import { allEnded, SessionSeats } from './session-seats';

/**
 * Check-in, attendance and completion (修了): marks only once a meeting has (nearly) started, completion
 * and its certificate only once the last meeting has ended. Each mark is settled under the session's
 * row lock.
 */
@Injectable()
export class AttendanceService {
  readonly checkInCodes: CheckInCodes;

  constructor(
    private readonly dataSource: DataSource,
    private readonly seats: SessionSeats,
    private readonly certificates: CertificatesService,
    private readonly catalogue: CatalogueService,
    @Inject(ENV) env: Env,
  ) {
    this.checkInCodes = new CheckInCodes(env.JWT_SECRET);
  }

  async checkIn(
    principal: Principal,
    sessionId: string,
    meetingId: string,
    code: string,
  ): Promise<EnrolmentEntity> {
    await this.seats.assertEditor(principal, sessionId);
    const claimed = CheckInCodes.claimedEnrolmentId(code);
    const enrolment = claimed
      ? await this.dataSource.getRepository(EnrolmentEntity).findOneBy({ id: claimed })
      : null;
    if (!enrolment || !this.checkInCodes.verify(code, enrolment.id, enrolment.sessionId)) {
      throw BadUserInputError.field('code', 'enrolment.checkInInvalid');
    }
    if (enrolment.sessionId !== sessionId)
      throw BadUserInputError.field('code', 'enrolment.checkInOtherSession');
    return this.mark(principal, enrolment.id, meetingId, 'attended', false);
  }

  async markAttendance(
    principal: Principal,
    enrolmentId: string,
    meetingId: string,
    status: AttendanceStatus,
  ): Promise<EnrolmentEntity> {
    return this.mark(principal, enrolmentId, meetingId, status, true);
  }

  private async mark(
    principal: Principal,
    enrolmentId: string,
    meetingId: string,
    status: AttendanceStatus,
    checkEditor: boolean,
  ): Promise<EnrolmentEntity> {
    const found = await this.dataSource.getRepository(EnrolmentEntity).findOneBy({ id: enrolmentId });
    if (!found) throw new NotFoundError('enrolment.notFound');
    if (checkEditor) await this.seats.assertEditor(principal, found.sessionId);
    return this.dataSource.transaction(async (manager) => {
      const { session } = await this.seats.lock(manager, found.sessionId);
      const enrolment = await manager.findOneByOrFail(EnrolmentEntity, { id: enrolmentId });
      if (enrolment.status !== 'confirmed' && enrolment.status !== 'completed')
        throw new ConflictError('enrolment.notConfirmed');
      const meetings = await this.catalogue.meetingsOf(session.id, manager);
      const meeting = meetings.find((m) => m.id === meetingId);
      if (!meeting) throw BadUserInputError.field('meetingId', 'enrolment.meetingNotInSession');
      // A meeting that has not happened cannot be attended: marks open at its start, or as many
      // minutes before as the organisers set for reception.
      const opensAt = meeting.startsAt.getTime() - session.checkInOpensMinutesBefore * 60_000;
      if (Date.now() < opensAt) {
        throw new ConflictError('enrolment.attendanceNotOpen', {
          minutes: session.checkInOpensMinutesBefore,
        });
      }
      await manager
        .createQueryBuilder()
        .insert()
        .into(AttendanceEntity)
        .values({ enrolmentId, meetingId, status, markedById: principal.userId })
        .orUpdate(['status', 'marked_by_id', 'marked_at'], ['enrolment_id', 'meeting_id'])
        .execute();
      await this.settleCompletion(manager, session, meetings, enrolment);
      return enrolment;
    });
  }

  /**
   * Completion (修了) and its certificate: only once the last meeting has ended and attendance meets the
   * session's rule. A correction (attended → no-show) after completion withdraws a certificate issued
   * by mistake. Returns whether she was completed now.
   */
  private async settleCompletion(
    manager: EntityManager,
    session: SessionEntity,
    meetings: MeetingEntity[],
    enrolment: EnrolmentEntity,
  ): Promise<boolean> {
    const { attended } = firstRow(
      (await manager.query(
        `SELECT count(*)::int AS attended FROM attendance WHERE enrolment_id = $1 AND status = 'attended'`,
        [enrolment.id],
      )) as { attended: number }[],
      'attendance count',
    );
    const over = allEnded(meetings);
    const complete =
      over &&
      meetsCompletionRule(session.completionRule, session.completionMinMeetings, meetings.length, attended);
    if (complete && enrolment.status === 'confirmed') {
      enrolment.status = 'completed';
      enrolment.completedAt = new Date();
      await manager.save(enrolment);
      await this.certificates.issue(manager, enrolment.id);
      await recordEnrolmentEvent(manager, 'enrolment.completed', enrolment);
      return true;
    }
    if (!complete && enrolment.status === 'completed') {
      enrolment.status = 'confirmed';
      enrolment.completedAt = null;
      await manager.save(enrolment);
      await this.certificates.withdraw(manager, enrolment.id);
    }
    return false;
  }

  /**
   * Completes the confirmed participants of sessions whose last meeting has ended and whose attendance
   * meets the rule (attendance marked during the last meeting completes her only once it is over). Run
   * by the scheduler; safe to run twice or on several instances (each enrolment is settled under its
   * session's lock). Returns how many were completed.
   */
  async completeFinishedSessions(): Promise<number> {
    const due = (await this.dataSource.query(
      `SELECT e.id, e.session_id AS "sessionId"
         FROM enrolments e
         JOIN ${CATALOGUE_SESSION_SCHEDULE} s ON s.session_id = e.session_id AND s.status = 'scheduled'
         JOIN LATERAL (SELECT count(*)::int AS n FROM attendance a
                        WHERE a.enrolment_id = e.id AND a.status = 'attended') a ON true
        WHERE e.status = 'confirmed' AND s.meeting_count > 0 AND s.last_ends_at <= now()
          AND a.n >= CASE WHEN s.completion_rule = 'all' THEN s.meeting_count
                          ELSE LEAST(COALESCE(s.completion_min_meetings, s.meeting_count), s.meeting_count) END
        ORDER BY e.session_id`,
    )) as { id: string; sessionId: string }[];
    let completed = 0;
    for (const { id, sessionId } of due) {
      await this.dataSource.transaction(async (manager) => {
        const { session } = await this.seats.lock(manager, sessionId);
        const enrolment = await manager.findOneByOrFail(EnrolmentEntity, { id });
        if (enrolment.status !== 'confirmed') return;
        const meetings = await this.catalogue.meetingsOf(sessionId, manager);
        if (await this.settleCompletion(manager, session, meetings, enrolment)) completed += 1;
      });
    }
    return completed;
  }
}
