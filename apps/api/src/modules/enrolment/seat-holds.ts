import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { BadUserInputError, ConflictError } from '../../core/graphql/errors';
import { CatalogueService } from '../catalogue';
import { ChildcareFallback, type EnrolInput } from './dto/enrol.input';
import { checkAnswers, checkChildcare } from './enrol.service';
import { recordEnrolmentEvent } from './enrolment-events';
import { EnrolmentEntity, type EnrolmentAnswer } from './enrolment.entity';
import { confirmSeat, openSeats, SessionSeats, type SessionContext } from './session-seats';
import { SessionSeatsEntity } from './session-seats.entity';
import { WaitlistService } from './waitlist.service';

/**
 * Demo data only (a seat pool seeded with the demo sessions, before any enrolment exists): sets `n` seats
 * of the session aside as `SeatHolds.hold` does, in the seed's transaction (the CHECK is the backstop).
 */
export async function holdDemoSeats(manager: EntityManager, sessionId: string, n: number): Promise<void> {
  await manager.increment(SessionSeatsEntity, { sessionId }, 'heldCount', n);
}

/** What a nominee sends with her acceptance: an enrolment's own fields, without the session. */
export type HeldSeatInput = Pick<EnrolInput, 'childcare' | 'childAgesMonths' | 'ifChildcareFull' | 'answers'>;

/** Her request once checked against the session's questions and childcare rules (before any lock). */
export interface CheckedHeldSeat {
  readonly sessionId: string;
  readonly childcare: boolean;
  readonly childAgesMonths: number[];
  readonly withoutChildcareIfFull: boolean;
  readonly answers: EnrolmentAnswer[];
}

/** A session's seats as a seat pool needs them, read under the seat lock. */
export interface HeldSeatsView {
  readonly sessionId: string;
  readonly capacity: number;
  readonly confirmed: number;
  readonly held: number;
  /** Neither confirmed nor held: what a new pool may take. */
  readonly open: number;
  readonly status: string;
  readonly registrationMode: string;
  readonly registrationOpensAt: Date;
  readonly registrationClosesAt: Date;
  readonly providerOrganisationId: string;
  readonly courseStatus: string;
  readonly courseTitle: string;
}

/**
 * Seats held for seat pools (company-groups, issue 11): the only writer of `session_seats.held_count`.
 * A held seat counts toward capacity (the CHECK `confirmed_count + held_count <= capacity`, and
 * enrol_learner's and the waitlist's "is a seat free?"), so ordinary learners see the session full when only
 * held seats remain. Every method runs in the caller's transaction and first takes the session's seat lock
 * (`SessionSeats.lock`, re-entrant within a transaction): a caller that also locks its own rows (the seat
 * pool) takes this lock first, then its own, everywhere — one order, no deadlock.
 */
@Injectable()
export class SeatHolds {
  constructor(
    private readonly catalogue: CatalogueService,
    private readonly seats: SessionSeats,
    private readonly waitlist: WaitlistService,
  ) {}

  /** The session's seats under their lock. NOT_FOUND for no such session. */
  async lock(manager: EntityManager, sessionId: string): Promise<HeldSeatsView> {
    return view(await this.seats.lock(manager, sessionId));
  }

  /** Sets `n` more seats aside; the caller has checked `open` under the lock (the CHECK is the backstop). */
  async hold(manager: EntityManager, sessionId: string, n: number): Promise<void> {
    const { seats } = await this.seats.lock(manager, sessionId);
    seats.heldCount += n;
    await this.seats.save(manager, seats);
  }

  /**
   * Gives `n` held seats back to the session's open capacity, and moves its waitlist up into them as a
   * cancellation does (not into a session that is over, nor an undrawn lottery).
   */
  async release(manager: EntityManager, sessionId: string, n: number): Promise<void> {
    if (n <= 0) return;
    const { session, seats } = await this.seats.lock(manager, sessionId);
    seats.heldCount -= n;
    if (!(await this.waitlist.sessionOver(manager, sessionId)))
      await this.waitlist.promote(manager, session, seats);
    await this.seats.save(manager, seats);
  }

  /** Whether she holds or waits for a place in the session (confirmed, waitlisted, a lottery application). */
  async holdsPlace(manager: EntityManager, sessionId: string, userId: string): Promise<boolean> {
    const rows = (await manager.query(
      `SELECT 1 FROM enrolments WHERE session_id = $1 AND user_id = $2
          AND status IN ('confirmed', 'waitlisted', 'applied') LIMIT 1`,
      [sessionId, userId],
    )) as unknown[];
    return rows.length > 0;
  }

  /**
   * Checks a nominee's answers and childcare request as `enrol` does (BAD_USER_INPUT with the same
   * field messages), without a lock. The course's visibility is not asked: the pool's offer to her
   * company is her way in.
   */
  async check(sessionId: string, input: HeldSeatInput): Promise<CheckedHeldSeat> {
    const target = await this.catalogue.heldSeatTarget(sessionId);
    const problems = [...checkAnswers(target.questions, input), ...checkChildcare(target.session, input)];
    if (problems.length) throw new BadUserInputError(problems);
    return {
      sessionId,
      childcare: input.childcare,
      childAgesMonths: input.childcare ? input.childAgesMonths : [],
      withoutChildcareIfFull: input.ifChildcareFull === ChildcareFallback.WITHOUT_CHILDCARE,
      answers: input.answers.map((a) => ({ questionId: a.questionId, value: a.value.trim() })),
    };
  }

  /**
   * Enrols her in one of the session's held seats, in the caller's transaction: the enrolment rules
   * enrol_learner applies under the lock (a cancelled session, the registration window), childcare
   * (with it when a childcare seat is free; without it when full and she chose WITHOUT_CHILDCARE; else
   * CONFLICT — a held seat never waits), one active enrolment per learner, then the held seat becomes a
   * confirmed one (`held - 1`, `confirmed + 1`) with its `enrolment.confirmed` event.
   */
  async enrolInHeldSeat(manager: EntityManager, userId: string, checked: CheckedHeldSeat) {
    const context = await this.seats.lock(manager, checked.sessionId);
    const { session, seats } = context;
    const now = Date.now();
    if (session.status === 'cancelled') throw new ConflictError('enrolment.sessionCancelled');
    if (now < session.registrationOpensAt.getTime()) throw new ConflictError('enrolment.registrationNotOpen');
    if (now >= session.registrationClosesAt.getTime())
      throw new ConflictError('enrolment.registrationClosed');
    if (seats.heldCount < 1) throw new Error(`session ${seats.sessionId} has no held seat to give`);
    if (await this.holdsPlace(manager, checked.sessionId, userId))
      throw new ConflictError('enrolment.alreadyEnrolled');
    let withChildcare = checked.childcare;
    if (withChildcare && seats.childcareConfirmedCount >= seats.childcareCapacity) {
      if (!checked.withoutChildcareIfFull) throw new ConflictError('enrolment.heldSeatChildcareFull');
      withChildcare = false;
    }
    const enrolment = manager.create(EnrolmentEntity, {
      sessionId: checked.sessionId,
      userId,
      childcareRequested: withChildcare,
      childAgesMonths: withChildcare ? checked.childAgesMonths : [],
      answers: checked.answers,
      priorityTier: 0,
    });
    seats.heldCount -= 1;
    confirmSeat(enrolment, seats, withChildcare);
    const saved = await manager.save(enrolment);
    await this.seats.save(manager, seats);
    await recordEnrolmentEvent(manager, 'enrolment.confirmed', saved);
    return { enrolmentId: saved.id, childcareConfirmed: saved.childcareConfirmed };
  }
}

function view({
  session,
  seats,
  providerOrganisationId,
  courseStatus,
  courseTitle,
}: SessionContext): HeldSeatsView {
  return {
    sessionId: seats.sessionId,
    capacity: seats.capacity,
    confirmed: seats.confirmedCount,
    held: seats.heldCount,
    open: openSeats(seats),
    status: session.status,
    registrationMode: session.registrationMode,
    registrationOpensAt: session.registrationOpensAt,
    registrationClosesAt: session.registrationClosesAt,
    providerOrganisationId,
    courseStatus,
    courseTitle,
  };
}
