import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import {
  drawLottery,
  meetsCompletionRule,
  SEMINAR_LIMITS,
  type AttendanceStatus,
} from '@tsunagu/shared/domain';
import { randomBytes } from 'node:crypto';
import { DataSource, EntityManager, In, Not } from 'typeorm';
import { AuditService } from '../../core/audit/audit.service';
import type { Principal } from '../../core/auth/principal';
import { ENV, type Env } from '../../core/config/env';
import { firstRow } from '../../core/database/first-row';
import { preparedQuery } from '../../core/database/prepared-query';
import { DomainEventEntity } from '../../core/events/domain-event.entity';
import { alignByKey, groupByKey, type DataLoaderRegistry } from '../../core/graphql/dataloaders';
import {
  BadUserInputError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  type FieldProblem,
} from '../../core/graphql/errors';
import type { MessageKey } from '../../core/i18n/messages';
import { CatalogueService } from '../catalogue/catalogue.service';
import { CourseEntity } from '../catalogue/course.entity';
import type { EnrolmentTarget } from '../catalogue/enrolment-target';
import { MeetingEntity, QuestionEntity, SessionEntity } from '../catalogue/session.entity';
import { renderCertificate } from './certificate.pdf';
import { CheckInCodes } from './check-in-code';
import { ChildcareFallback, type EnrolInput } from './dto/enrol.input';
import { ENROL_STATEMENT } from './enrol.statement';
import { AttendanceEntity, CertificateEntity, EnrolmentEntity } from './enrolment.entity';
import { lotteryTicket } from './lottery-ticket';
import { rosterTable, type RosterRow } from './roster-export';
import { SessionQueue } from './session-queue';
import { UnsafeEnrolment } from './unsafe-enrolment';

interface SessionContext {
  session: SessionEntity;
  providerOrganisationId: string;
  courseStatus: string;
  visibility: string;
  courseTitle: string;
}

/**
 * Enrolment, waitlist (キャンセル待ち) with automatic promotion, childcare seats, the lottery (抽選),
 * check-in and completion. Every change to a session's seats happens under a row lock on that session
 * (`SELECT … FOR UPDATE`): enrolments in one session queue behind each other, other sessions are not
 * held up, and the sessions table's CHECK constraints are the backstop against overselling.
 */
@Injectable()
export class EnrolmentService implements OnModuleInit {
  private readonly logger = new Logger(EnrolmentService.name);
  readonly checkInCodes: CheckInCodes;
  /** The benchmark's negative control (BENCH_UNSAFE_ENROLMENT=1, refused in production), else null. */
  private readonly unsafe: UnsafeEnrolment | null;
  private readonly sessionQueue = new SessionQueue(2);

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly catalogue: CatalogueService,
    @Inject(ENV) private readonly env: Env,
  ) {
    this.checkInCodes = new CheckInCodes(env.JWT_SECRET);
    this.unsafe = env.BENCH_UNSAFE_ENROLMENT === '1' ? new UnsafeEnrolment(dataSource) : null;
  }

  onModuleInit(): void {
    // Raising a session's capacity promotes its waitlist as a cancellation does.
    this.catalogue.onSeatsFreed(async (manager, session) => {
      await this.promote(manager, session);
      await this.saveSeats(manager, session);
    });
  }

  // ---------------------------------------------------------------- access

  private async sessionContext(
    manager: EntityManager,
    sessionId: string,
    lock: boolean,
  ): Promise<SessionContext> {
    const query = manager.createQueryBuilder(SessionEntity, 's').where('s.id = :sessionId', { sessionId });
    if (lock) query.setLock('pessimistic_write');
    const session = await query.getOne();
    if (!session) throw new NotFoundError('enrolment.sessionNotFound');
    const course = await manager.findOneOrFail(CourseEntity, {
      where: { id: session.courseId },
      select: { id: true, providerOrganisationId: true, status: true, visibility: true, title: true },
    });
    return {
      session,
      providerOrganisationId: course.providerOrganisationId,
      courseStatus: course.status,
      visibility: course.visibility,
      courseTitle: course.title,
    };
  }

  /**
   * The session's organisers only (the catalogue's editor rule: provider and co-organisers): NOT_FOUND
   * when she cannot see its course, FORBIDDEN when she sees it but does not run it.
   */
  private async assertEditorOfSession(principal: Principal, sessionId: string): Promise<SessionContext> {
    await this.catalogue.editableSession(principal, sessionId);
    return this.sessionContext(this.dataSource.manager, sessionId, false);
  }

  // ---------------------------------------------------------------- enrol

  async enrol(principal: Principal, input: EnrolInput): Promise<EnrolmentEntity> {
    // Everything that does not depend on the seats is checked before the session row is locked; the
    // locked part (lock, seat decision, insert, counters, event) is then one statement.
    const target = await this.catalogue.enrolmentTarget(principal, input.sessionId);
    const { session, course } = target;
    const problems = [...this.checkAnswers(target.questions, input), ...this.checkChildcare(session, input)];
    if (problems.length) throw new BadUserInputError(problems);
    const priorityTier =
      session.registrationMode === 'lottery'
        ? await this.priorityTier(principal, session.lotteryPriorities, course.providerOrganisationId)
        : 0;
    const answers = input.answers.map((a) => ({ questionId: a.questionId, value: a.value.trim() }));
    if (this.unsafe) return this.unsafe.enrol(principal, input, answers, priorityTier);
    let rows: (EnrolmentRow & { refusal: MessageKey | null })[];
    try {
      rows = await this.sessionQueue.run(session.id, () =>
        preparedQuery(this.dataSource, ENROL_STATEMENT, [
          session.id,
          principal.userId,
          input.childcare,
          input.childcare ? input.childAgesMonths : [],
          JSON.stringify(answers),
          priorityTier,
          input.ifChildcareFull === ChildcareFallback.WITHOUT_CHILDCARE,
        ]),
      );
    } catch (error) {
      // A second active enrolment of hers fails on the partial unique index, rolling back the seat.
      if ((error as { constraint?: string }).constraint === 'enrolments_one_active_per_learner') {
        throw new ConflictError('enrolment.alreadyEnrolled');
      }
      throw error;
    }
    const [row] = rows;
    if (!row) throw new NotFoundError('enrolment.sessionNotFound');
    if (row.refusal) throw new ConflictError(row.refusal);
    return Object.assign(new EnrolmentEntity(), fromRow(row));
  }

  private confirm(enrolment: EnrolmentEntity, session: SessionEntity, withChildcare: boolean): void {
    enrolment.status = 'confirmed';
    enrolment.waitlistPosition = null;
    enrolment.childcareConfirmed = withChildcare;
    session.confirmedCount += 1;
    if (withChildcare) session.childcareConfirmedCount += 1;
  }

  private waitlist(enrolment: EnrolmentEntity, session: SessionEntity): void {
    enrolment.status = 'waitlisted';
    enrolment.waitlistPosition = session.nextWaitlistPosition;
    session.nextWaitlistPosition += 1;
  }

  private async saveSeats(manager: EntityManager, session: SessionEntity): Promise<void> {
    await manager.update(
      SessionEntity,
      { id: session.id },
      {
        confirmedCount: session.confirmedCount,
        childcareConfirmedCount: session.childcareConfirmedCount,
        nextWaitlistPosition: session.nextWaitlistPosition,
      },
    );
  }

  private checkAnswers(questions: EnrolmentTarget['questions'], input: EnrolInput): FieldProblem[] {
    const problems: FieldProblem[] = [];
    const byId = new Map(questions.map((q) => [q.id, q]));
    const given = new Map(input.answers.map((a) => [a.questionId, a.value.trim()]));
    for (const answer of input.answers) {
      if (!byId.has(answer.questionId))
        problems.push({ field: `answers.${answer.questionId}`, key: 'enrolment.unknownQuestion' });
    }
    for (const question of questions) {
      const value = given.get(question.id) ?? '';
      const field = `answers.${question.id}`;
      if (!value) {
        if (question.required) problems.push({ field, key: 'enrolment.answerRequired' });
        continue;
      }
      if (value.length > SEMINAR_LIMITS.answer.max) {
        problems.push({ field, key: 'enrolment.answerTooLong', params: { max: SEMINAR_LIMITS.answer.max } });
      } else if (question.kind === 'choice' && !question.choices.includes(value)) {
        problems.push({ field, key: 'enrolment.answerInvalid' });
      } else if (question.kind === 'yes_no' && value !== 'yes' && value !== 'no') {
        problems.push({ field, key: 'enrolment.answerInvalid' });
      }
    }
    return problems;
  }

  private checkChildcare(session: EnrolmentTarget['session'], input: EnrolInput): FieldProblem[] {
    if (!input.childcare) return [];
    if (session.childcareCapacity <= 0)
      return [{ field: 'childcare', key: 'enrolment.childcareUnavailable' }];
    const ages = input.childAgesMonths;
    if (ages.length === 0) return [{ field: 'childAgesMonths', key: 'enrolment.childAgesRequired' }];
    if (ages.length > SEMINAR_LIMITS.children.max) {
      return [
        {
          field: 'childAgesMonths',
          key: 'enrolment.tooManyChildren',
          params: { max: SEMINAR_LIMITS.children.max },
        },
      ];
    }
    const min = session.childcareMinAgeMonths ?? SEMINAR_LIMITS.childAgeMonths.min;
    const max = session.childcareMaxAgeMonths ?? SEMINAR_LIMITS.childAgeMonths.max;
    if (ages.some((age) => age < min || age > max)) {
      return [{ field: 'childAgesMonths', key: 'enrolment.childAgeOutOfRange', params: { min, max } }];
    }
    return [];
  }

  /** Index of the first priority rule she meets (0 is drawn first); the number of rules if none. */
  private async priorityTier(
    principal: Principal,
    rules: readonly string[],
    providerOrganisationId: string,
  ): Promise<number> {
    for (const [index, rule] of rules.entries()) {
      if (
        rule === 'member_of_provider' &&
        principal.memberships.some((m) => m.organisationId === providerOrganisationId)
      ) {
        return index;
      }
      if (rule === 'first_time') {
        const rows = await this.dataSource.query(
          `SELECT 1 FROM enrolments e JOIN sessions s ON s.id = e.session_id JOIN courses c ON c.id = s.course_id
            WHERE e.user_id = $1 AND c.provider_organisation_id = $2 AND e.status IN ('confirmed', 'completed') LIMIT 1`,
          [principal.userId, providerOrganisationId],
        );
        if (rows.length === 0) return index;
      }
    }
    return rules.length;
  }

  // ---------------------------------------------------------------- cancel and promote

  async cancel(principal: Principal, enrolmentId: string): Promise<EnrolmentEntity> {
    const found = await this.dataSource.getRepository(EnrolmentEntity).findOneBy({ id: enrolmentId });
    if (!found) throw new NotFoundError('enrolment.notFound');
    const editor = await this.catalogue.isSessionEditor(principal, found.sessionId);
    if (found.userId !== principal.userId && !editor) throw new NotFoundError('enrolment.notFound');
    return this.dataSource.transaction(async (manager) => {
      const context = await this.sessionContext(manager, found.sessionId, true);
      const enrolment = await manager.findOneByOrFail(EnrolmentEntity, { id: enrolmentId });
      if (enrolment.status === 'cancelled') throw new ConflictError('enrolment.alreadyCancelled');
      // A completion is a record with a public certificate: it is corrected through attendance (a
      // no-show mark withdraws it), never by cancelling, which would leave the certificate valid.
      if (enrolment.status === 'completed') throw new ConflictError('enrolment.completedCannotCancel');
      if (!editor && Date.now() > context.session.cancellationDeadline.getTime()) {
        throw new ConflictError('enrolment.cancellationClosed');
      }
      const { session } = context;
      const heldSeat = enrolment.status === 'confirmed';
      if (heldSeat) {
        session.confirmedCount -= 1;
        if (enrolment.childcareConfirmed) session.childcareConfirmedCount -= 1;
      }
      enrolment.status = 'cancelled';
      enrolment.waitlistPosition = null;
      enrolment.childcareConfirmed = false;
      enrolment.cancelledAt = new Date();
      await manager.save(enrolment);
      await this.event(manager, 'enrolment.cancelled', enrolment, {
        by: editor && enrolment.userId !== principal.userId ? 'staff' : 'learner',
      });
      // Nobody is moved up into a session that is over.
      if (!(await this.sessionOver(manager, session.id))) await this.promote(manager, session);
      await this.saveSeats(manager, session);
      return enrolment;
    });
  }

  private async sessionOver(manager: EntityManager, sessionId: string): Promise<boolean> {
    const meetings = await manager.find(MeetingEntity, { where: { sessionId }, select: { endsAt: true } });
    return allEnded(meetings);
  }

  /**
   * Cancels a session (中止) and, in the same transaction under the session's row lock, every enrolment
   * that still holds or waits for a seat: confirmed, waitlisted and lottery applications. Nobody is
   * promoted; each learner gets an `enrolment.cancelled` event (by: session_cancelled) for the
   * notifications, and the session one `session.cancelled` event. Completed enrolments keep their
   * certificates. Cancelling a cancelled session changes nothing.
   */
  async cancelSession(principal: Principal, sessionId: string): Promise<SessionEntity> {
    await this.catalogue.editableSession(principal, sessionId);
    return this.dataSource.transaction(async (manager) => {
      const { session } = await this.sessionContext(manager, sessionId, true);
      if (session.status === 'cancelled') return session;
      // Two statements whatever the number of enrolments: cancel them all with their events, then set
      // the counters from what is left (completed enrolments keep their seats).
      const { cancelled } = firstRow(
        (await manager.query(
          `WITH cancelled AS (
           UPDATE enrolments
              SET status = 'cancelled', waitlist_position = NULL, childcare_confirmed = false,
                  cancelled_at = now(), updated_at = now()
            WHERE session_id = $1 AND status IN ('confirmed', 'waitlisted', 'applied')
           RETURNING id, session_id, user_id, created_at
         ), events AS (
           INSERT INTO domain_events (type, payload)
           SELECT 'enrolment.cancelled',
                  jsonb_build_object('enrolmentId', c.id, 'sessionId', c.session_id, 'userId', c.user_id,
                                     'status', 'cancelled', 'waitlistPosition', NULL, 'by', 'session_cancelled')
             FROM cancelled c ORDER BY c.created_at
         )
         SELECT count(*)::int AS cancelled FROM cancelled`,
          [sessionId],
        )) as { cancelled: number }[],
        'cancelling the enrolments of a session',
      );
      // An UPDATE answers [rows, affected count] through TypeORM.
      const [updated] = (await manager.query(
        `UPDATE sessions s SET status = 'cancelled',
                confirmed_count = (SELECT count(*) FROM enrolments e
                                    WHERE e.session_id = s.id AND e.status IN ('confirmed', 'completed')),
                childcare_confirmed_count = (SELECT count(*) FROM enrolments e
                                    WHERE e.session_id = s.id AND e.status IN ('confirmed', 'completed')
                                      AND e.childcare_confirmed)
          WHERE s.id = $1
          RETURNING s.confirmed_count, s.childcare_confirmed_count`,
        [sessionId],
      )) as [{ confirmed_count: number; childcare_confirmed_count: number }[], number];
      const seats = firstRow(updated, 'cancelling a session');
      session.status = 'cancelled';
      session.confirmedCount = seats.confirmed_count;
      session.childcareConfirmedCount = seats.childcare_confirmed_count;
      await manager.insert(DomainEventEntity, {
        type: 'session.cancelled',
        payload: { sessionId, cancelledEnrolments: cancelled },
        processedAt: null,
      });
      await this.audit.record(
        {
          actorUserId: principal.userId,
          action: 'catalogue.session_cancelled',
          subjectType: 'session',
          subjectId: sessionId,
          metadata: { cancelledEnrolments: cancelled },
        },
        manager,
      );
      return session;
    });
  }

  /**
   * Fills free seats from the waitlist in order. Someone who needs childcare while no childcare seat is
   * free keeps her place (one queue) and the next person who fits is promoted.
   */
  private async promote(manager: EntityManager, session: SessionEntity): Promise<void> {
    if (session.registrationMode === 'lottery' && !session.drawnAt) return;
    const waiting = await manager.find(EnrolmentEntity, {
      where: { sessionId: session.id, status: 'waitlisted' },
      order: { waitlistPosition: 'ASC' },
    });
    for (const candidate of waiting) {
      if (session.confirmedCount >= session.capacity) break;
      const needsChildcare = candidate.childcareRequested;
      if (needsChildcare && session.childcareConfirmedCount >= session.childcareCapacity) continue;
      this.confirm(candidate, session, needsChildcare);
      await manager.save(candidate);
      await this.event(manager, 'enrolment.promoted', candidate);
    }
  }

  // ---------------------------------------------------------------- lottery

  /**
   * Draws the lottery with the seed the system committed to when the lottery was set up (its SHA-256
   * has been public since): nobody chooses the seed, and the draw is refused while applications can
   * still change. Applicants are ordered by their ticket (申込番号) within each priority tier, so the
   * published seed, tickets and tiers are all an outsider needs to re-run it (`lotteryDraw`).
   */
  async drawLottery(principal: Principal | null, sessionId: string): Promise<SessionEntity> {
    if (principal) await this.assertEditorOfSession(principal, sessionId);
    return this.dataSource.transaction(async (manager) => {
      const { session } = await this.sessionContext(manager, sessionId, true);
      if (session.registrationMode !== 'lottery') throw new ConflictError('enrolment.notLottery');
      if (session.drawnAt) throw new ConflictError('enrolment.lotteryDrawn');
      if (Date.now() < session.registrationClosesAt.getTime())
        throw new ConflictError('enrolment.lotteryStillOpen');
      const seed = session.lotterySeed;
      if (!seed || !session.lotteryCommitment) throw new ConflictError('enrolment.lotteryNotCommitted');
      const applicants = await manager.find(EnrolmentEntity, { where: { sessionId, status: 'applied' } });
      const order = drawLottery(
        seed,
        applicants.map((a) => ({ id: lotteryTicket(sessionId, a.id), tier: a.priorityTier, enrolment: a })),
      );
      for (const [index, { enrolment }] of order.entries()) {
        enrolment.drawOrder = index + 1;
        const seat = session.confirmedCount < session.capacity;
        const childcareSeat = session.childcareConfirmedCount < session.childcareCapacity;
        if (seat && (!enrolment.childcareRequested || childcareSeat))
          this.confirm(enrolment, session, enrolment.childcareRequested);
        else this.waitlist(enrolment, session);
        await manager.save(enrolment);
        await this.event(
          manager,
          enrolment.status === 'confirmed' ? 'enrolment.lottery_won' : 'enrolment.lottery_waitlisted',
          enrolment,
        );
      }
      session.drawnAt = new Date();
      await manager.update(SessionEntity, { id: session.id }, { drawnAt: session.drawnAt });
      await this.saveSeats(manager, session);
      await this.audit.record(
        {
          actorUserId: principal?.userId ?? null,
          action: 'enrolment.lottery_drawn',
          subjectType: 'session',
          subjectId: session.id,
          metadata: { seed, applicants: applicants.length },
        },
        manager,
      );
      return session;
    });
  }

  /** Draws every lottery whose draw time has passed (run by the scheduler; safe to run twice). */
  async drawDueLotteries(): Promise<number> {
    const due: { id: string }[] = await this.dataSource.query(
      // Only lotteries of published courses: a draft (a copy for next year, say) is never drawn empty.
      `SELECT s.id FROM sessions s JOIN courses c ON c.id = s.course_id
        WHERE s.registration_mode = 'lottery' AND s.drawn_at IS NULL AND s.status = 'scheduled'
          AND s.draw_at <= now() AND c.status = 'published'`,
    );
    let drawn = 0;
    for (const { id } of due) {
      try {
        await this.drawLottery(null, id);
        drawn += 1;
      } catch (error) {
        if (!(error instanceof ConflictError))
          this.logger.error(`Lottery draw of session ${id} failed: ${String(error)}`);
      }
    }
    return drawn;
  }

  // ---------------------------------------------------------------- check-in and completion

  async checkIn(
    principal: Principal,
    sessionId: string,
    meetingId: string,
    code: string,
  ): Promise<EnrolmentEntity> {
    await this.assertEditorOfSession(principal, sessionId);
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
    if (checkEditor) await this.assertEditorOfSession(principal, found.sessionId);
    return this.dataSource.transaction(async (manager) => {
      const { session } = await this.sessionContext(manager, found.sessionId, true);
      const enrolment = await manager.findOneByOrFail(EnrolmentEntity, { id: enrolmentId });
      if (enrolment.status !== 'confirmed' && enrolment.status !== 'completed')
        throw new ConflictError('enrolment.notConfirmed');
      const meetings = await manager.find(MeetingEntity, { where: { sessionId: session.id } });
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
      'counting attended meetings',
    );
    const over = allEnded(meetings);
    const complete =
      over &&
      meetsCompletionRule(session.completionRule, session.completionMinMeetings, meetings.length, attended);
    if (complete && enrolment.status === 'confirmed') {
      enrolment.status = 'completed';
      enrolment.completedAt = new Date();
      await manager.save(enrolment);
      await manager.insert(CertificateEntity, {
        enrolmentId: enrolment.id,
        verificationCode: verificationCode(),
      });
      await this.event(manager, 'enrolment.completed', enrolment);
      return true;
    }
    if (!complete && enrolment.status === 'completed') {
      enrolment.status = 'confirmed';
      enrolment.completedAt = null;
      await manager.save(enrolment);
      await manager.delete(CertificateEntity, { enrolmentId: enrolment.id });
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
         JOIN sessions s ON s.id = e.session_id AND s.status = 'scheduled'
         JOIN LATERAL (SELECT count(*)::int AS n, max(ends_at) AS last_end
                         FROM session_meetings m WHERE m.session_id = s.id) m ON true
         JOIN LATERAL (SELECT count(*)::int AS n FROM attendance a
                        WHERE a.enrolment_id = e.id AND a.status = 'attended') a ON true
        WHERE e.status = 'confirmed' AND m.n > 0 AND m.last_end <= now()
          AND a.n >= CASE WHEN s.completion_rule = 'all' THEN m.n
                          ELSE LEAST(COALESCE(s.completion_min_meetings, m.n), m.n) END
        ORDER BY e.session_id`,
    )) as { id: string; sessionId: string }[];
    let completed = 0;
    for (const { id, sessionId } of due) {
      await this.dataSource.transaction(async (manager) => {
        const { session } = await this.sessionContext(manager, sessionId, true);
        const enrolment = await manager.findOneByOrFail(EnrolmentEntity, { id });
        if (enrolment.status !== 'confirmed') return;
        const meetings = await manager.find(MeetingEntity, { where: { sessionId } });
        if (await this.settleCompletion(manager, session, meetings, enrolment)) completed += 1;
      });
    }
    return completed;
  }

  // ---------------------------------------------------------------- reads

  myEnrolments(principal: Principal): Promise<EnrolmentEntity[]> {
    return this.dataSource
      .getRepository(EnrolmentEntity)
      .find({ where: { userId: principal.userId }, order: { createdAt: 'DESC' } });
  }

  async roster(principal: Principal, sessionId: string): Promise<EnrolmentEntity[]> {
    await this.assertEditorOfSession(principal, sessionId);
    return this.dataSource.getRepository(EnrolmentEntity).find({
      where: { sessionId, status: In(['applied', 'confirmed', 'waitlisted', 'completed', 'cancelled']) },
      order: { status: 'ASC', waitlistPosition: 'ASC', createdAt: 'ASC' },
    });
  }

  /** May this caller read the enrolment's personal details (children, answers)? */
  async canReadPersonal(
    principal: Principal,
    enrolment: EnrolmentEntity,
    loaders: DataLoaderRegistry,
  ): Promise<boolean> {
    if (enrolment.userId === principal.userId) return true;
    return this.catalogue.isSessionEditor(principal, enrolment.sessionId, loaders);
  }

  async readPersonal<T>(
    principal: Principal,
    enrolment: EnrolmentEntity,
    loaders: DataLoaderRegistry,
    field: string,
    value: T,
  ): Promise<T> {
    if (!(await this.canReadPersonal(principal, enrolment, loaders))) throw new ForbiddenError();
    await this.audit.record({
      actorUserId: principal.userId,
      action: `enrolment.read_${field}`,
      subjectType: 'enrolment',
      subjectId: enrolment.id,
    });
    return value;
  }

  /** Current rank in the waitlist (1 = next), from the stored ticket numbers. */
  waitlistRank(loaders: DataLoaderRegistry, enrolment: EnrolmentEntity): Promise<number | null> {
    if (enrolment.status !== 'waitlisted') return Promise.resolve(null);
    return loaders
      .get<string, { id: string; rank: number }>('enrolment.waitlistRank', async (ids) =>
        alignByKey(
          ids,
          (await this.dataSource.query(
            `SELECT e.id, 1 + (SELECT count(*) FROM enrolments w WHERE w.session_id = e.session_id AND w.status = 'waitlisted'
                                 AND w.waitlist_position < e.waitlist_position)::int AS rank
               FROM enrolments e WHERE e.id = ANY($1::uuid[])`,
            [[...ids]],
          )) as { id: string; rank: number }[],
          (r) => r.id,
          () => ({ id: '', rank: 0 }),
        ),
      )
      .load(enrolment.id)
      .then((r) => r.rank || null);
  }

  /**
   * How many wait for a seat in the session now (キャンセル待ち). Someone enrolling in a full session
   * (or needing childcare while none is free) would be next after them: the rank is count + 1.
   */
  waitlistCount(loaders: DataLoaderRegistry, sessionId: string): Promise<number> {
    return loaders
      .get<string, number>('enrolment.waitlistCount', async (ids) => {
        const rows = (await this.dataSource.query(
          `SELECT session_id, count(*)::int AS n FROM enrolments
            WHERE session_id = ANY($1::uuid[]) AND status = 'waitlisted' GROUP BY session_id`,
          [[...ids]],
        )) as { session_id: string; n: number }[];
        const bySession = new Map(rows.map((r) => [r.session_id, r.n]));
        return ids.map((id) => bySession.get(id) ?? 0);
      })
      .load(sessionId);
  }

  loadSession(loaders: DataLoaderRegistry, sessionId: string): Promise<SessionEntity> {
    return loaders
      .get<string, SessionEntity>('enrolment.sessionById', async (ids) =>
        alignByKey(
          ids,
          await this.dataSource.getRepository(SessionEntity).findBy({ id: In([...ids]) }),
          (s) => s.id,
          () => new NotFoundError('enrolment.sessionNotFound'),
        ),
      )
      .load(sessionId);
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

  attendanceOf(loaders: DataLoaderRegistry, enrolmentId: string): Promise<AttendanceEntity[]> {
    return loaders
      .get<string, AttendanceEntity[]>('enrolment.attendance', async (ids) =>
        groupByKey(
          ids,
          await this.dataSource.getRepository(AttendanceEntity).findBy({ enrolmentId: In([...ids]) }),
          (a) => a.enrolmentId,
        ),
      )
      .load(enrolmentId);
  }

  /**
   * Her enrolment in the session that is not cancelled (there is at most one: a partial unique index),
   * or null. Batched per request: a page of sessions asks for hers in one query.
   */
  async myEnrolmentIn(
    principal: Principal | null,
    sessionId: string,
    loaders: DataLoaderRegistry,
  ): Promise<EnrolmentEntity | null> {
    if (!principal) return null;
    return loaders
      .get<string, EnrolmentEntity | null>(`enrolment.mine:${principal.userId}`, async (sessionIds) => {
        const rows = await this.dataSource.getRepository(EnrolmentEntity).find({
          where: { userId: principal.userId, sessionId: In([...sessionIds]), status: Not('cancelled') },
        });
        const bySession = new Map(rows.map((e) => [e.sessionId, e]));
        return sessionIds.map((id) => bySession.get(id) ?? null);
      })
      .load(sessionId);
  }

  /** Whether she may see the session's join URL: a confirmed participant or an editor. */
  async onlineUrlFor(
    principal: Principal | null,
    session: SessionEntity,
    loaders: DataLoaderRegistry,
  ): Promise<string | null> {
    if (!principal || !session.onlineUrl) return null;
    if (await this.catalogue.isSessionEditor(principal, session.id, loaders)) return session.onlineUrl;
    const mine = await this.myEnrolmentIn(principal, session.id, loaders);
    const holdsSeat = mine?.status === 'confirmed' || mine?.status === 'completed';
    return holdsSeat ? session.onlineUrl : null;
  }

  async verifyCertificate(code: string): Promise<{
    learnerName: string;
    courseTitle: string;
    providerName: string;
    issuedAt: Date;
    verificationCode: string;
  }> {
    const rows = (await this.dataSource.query(
      `SELECT u.family_name, u.given_name, c.title, o.name AS provider, ce.issued_at, ce.verification_code
         FROM certificates ce JOIN enrolments e ON e.id = ce.enrolment_id JOIN users u ON u.id = e.user_id
         JOIN sessions s ON s.id = e.session_id JOIN courses c ON c.id = s.course_id
         JOIN organisations o ON o.id = c.provider_organisation_id
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

  // ---------------------------------------------------------------- files

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
      !(await this.catalogue.isSessionEditor(principal, enrolment.sessionId))
    ) {
      throw new NotFoundError('enrolment.certificateNotFound');
    }
    const row = firstRow(
      (await this.dataSource.query(
        `SELECT u.family_name, u.given_name, c.title, o.name AS provider,
              (SELECT min(starts_at) FROM session_meetings m WHERE m.session_id = s.id) AS first_at,
              (SELECT max(starts_at) FROM session_meetings m WHERE m.session_id = s.id) AS last_at
         FROM enrolments e JOIN users u ON u.id = e.user_id JOIN sessions s ON s.id = e.session_id
         JOIN courses c ON c.id = s.course_id JOIN organisations o ON o.id = c.provider_organisation_id
        WHERE e.id = $1`,
        [enrolmentId],
      )) as {
        family_name: string;
        given_name: string;
        title: string;
        provider: string;
        first_at: Date | null;
        last_at: Date | null;
      }[],
      "the certificate's enrolment",
    );
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

  /** The roster as a table for CSV/Excel export; an export of personal data is audit-logged. */
  async rosterTable(principal: Principal, sessionId: string): Promise<{ table: string[][]; title: string }> {
    const context = await this.assertEditorOfSession(principal, sessionId);
    const questions = await this.dataSource
      .getRepository(QuestionEntity)
      .find({ where: { sessionId }, order: { position: 'ASC' } });
    const rows = (await this.dataSource.query(
      `SELECT u.family_name, u.given_name, u.family_name_kana, u.given_name_kana, u.email, e.status, e.childcare_requested,
              e.childcare_confirmed, e.child_ages_months, e.answers, e.created_at,
              CASE WHEN e.status = 'waitlisted' THEN 1 + (SELECT count(*) FROM enrolments w WHERE w.session_id = e.session_id
                   AND w.status = 'waitlisted' AND w.waitlist_position < e.waitlist_position)::int END AS rank,
              (SELECT count(*)::int FROM attendance a WHERE a.enrolment_id = e.id AND a.status = 'attended') AS attended
         FROM enrolments e JOIN users u ON u.id = e.user_id
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

  private async event(
    manager: EntityManager,
    type: string,
    enrolment: EnrolmentEntity,
    extra: Record<string, string> = {},
  ): Promise<void> {
    await manager.insert(DomainEventEntity, {
      type,
      payload: {
        enrolmentId: enrolment.id,
        sessionId: enrolment.sessionId,
        userId: enrolment.userId,
        status: enrolment.status,
        waitlistPosition: enrolment.waitlistPosition,
        ...extra,
      },
      processedAt: null,
    });
  }
}

interface EnrolmentRow {
  id: string;
  session_id: string;
  user_id: string;
  status: EnrolmentEntity['status'];
  waitlist_position: number | null;
  childcare_requested: boolean;
  childcare_confirmed: boolean;
  child_ages_months: number[];
  answers: EnrolmentEntity['answers'];
  priority_tier: number;
  draw_order: number | null;
  created_at: Date;
  updated_at: Date;
  cancelled_at: Date | null;
  completed_at: Date | null;
}

function fromRow(row: EnrolmentRow): Partial<EnrolmentEntity> {
  return {
    id: row.id,
    sessionId: row.session_id,
    userId: row.user_id,
    status: row.status,
    waitlistPosition: row.waitlist_position,
    childcareRequested: row.childcare_requested,
    childcareConfirmed: row.childcare_confirmed,
    childAgesMonths: row.child_ages_months,
    answers: row.answers,
    priorityTier: row.priority_tier,
    drawOrder: row.draw_order,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    cancelledAt: row.cancelled_at,
    completedAt: row.completed_at,
  };
}

/** TSU-XXXX-XXXX from an alphabet without look-alikes (0/O, 1/I). */
function verificationCode(): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const bytes = randomBytes(8);
  const chars = [...bytes].map((b) => alphabet[b % alphabet.length]);
  return `TSU-${chars.slice(0, 4).join('')}-${chars.slice(4).join('')}`;
}

/** A session is over once it has meetings and the last of them has ended. */
function allEnded(meetings: readonly { endsAt: Date }[]): boolean {
  return meetings.length > 0 && meetings.every((m) => m.endsAt.getTime() <= Date.now());
}
