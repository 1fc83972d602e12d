import { Injectable } from '@nestjs/common';
import { LIMITS } from '@tsunagu/shared/domain';
import { DataSource, EntityManager, In } from 'typeorm';
import type { Principal } from '../../core/auth/principal';
import {
  BadUserInputError,
  ConflictError,
  NotFoundError,
  type FieldProblem,
} from '../../core/graphql/errors';
import { CatalogueAccessService } from './catalogue-access.service';
import { recordSessionChanged, sessionChanges } from './catalogue-events';
import { CourseEntity } from './course.entity';
import type {
  CreateSessionInput,
  MeetingInput,
  QuestionInput,
  UpdateSessionInput,
} from './dto/session.input';
import { newLotterySeed } from './lottery-commitment';
import {
  cleanQuestion,
  lotteryRuleProblems,
  meetingChangeProblems,
  unknownIdProblems,
} from './session-change-rules';
import { sessionProblems, type SessionDraft } from './session-rules';
import { MeetingEntity, QuestionEntity, SessionEntity } from './session.entity';

/**
 * The enrolment module's side of a session's seats, which it registers with `useSeats` (the catalogue
 * cannot import the enrolment module, which builds on it). Both run inside the session editor's
 * transaction.
 */
export interface SessionSeatsKeeper {
  /** Takes the session's seat lock (the one every writer of seats takes) and answers the seats taken. */
  lock(manager: EntityManager, sessionId: string): Promise<{ confirmed: number; childcareConfirmed: number }>;
  /** A larger capacity freed seats: the waitlist moves up, under that lock. */
  freed(manager: EntityManager, session: SessionEntity): Promise<void>;
}

/** Creating and changing sessions, with their meetings and registration questions. */
@Injectable()
export class SessionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CatalogueAccessService,
  ) {}

  private seatsKeeper?: SessionSeatsKeeper;

  /** The enrolment module registers how seats are locked and refilled. */
  useSeats(keeper: SessionSeatsKeeper): void {
    this.seatsKeeper = keeper;
  }

  private keeper(): SessionSeatsKeeper {
    if (!this.seatsKeeper)
      throw new Error('No SessionSeatsKeeper registered (the enrolment module registers it)');
    return this.seatsKeeper;
  }

  /** The lottery was drawn (by the enrolment module, in its draw's transaction): the seed may be shown. */
  async markLotteryDrawn(manager: EntityManager, sessionId: string): Promise<Date> {
    const drawnAt = new Date();
    await manager.update(SessionEntity, { id: sessionId }, { drawnAt });
    return drawnAt;
  }

  /** The session is cancelled (中止; the enrolment module's cancelSession, in its transaction). */
  async markSessionCancelled(manager: EntityManager, sessionId: string): Promise<void> {
    await manager.update(SessionEntity, { id: sessionId }, { status: 'cancelled' });
  }

  async createSession(principal: Principal, input: CreateSessionInput): Promise<SessionEntity> {
    await this.access.editableCourse(principal, input.courseId);
    const values = {
      courseId: input.courseId,
      title: input.title ?? '',
      venueName: input.venueName || null,
      venueAddress: input.venueAddress || null,
      accessNotes: input.accessNotes || null,
      isOnline: input.isOnline ?? false,
      onlineUrl: input.onlineUrl || null,
      isOffsite: input.isOffsite ?? false,
      capacity: input.capacity,
      childcareCapacity: input.childcareCapacity ?? 0,
      childcareMinAgeMonths: input.childcareMinAgeMonths ?? null,
      childcareMaxAgeMonths: input.childcareMaxAgeMonths ?? null,
      feeYen: input.feeYen ?? null,
      registrationOpensAt: input.registrationOpensAt,
      registrationClosesAt: input.registrationClosesAt,
      cancellationDeadline: input.cancellationDeadline,
      registrationMode: input.registrationMode ?? 'first_come',
      drawAt: input.drawAt ?? null,
      lotteryPriorities: input.lotteryPriorities ?? [],
      completionRule: input.completionRule ?? 'all',
      completionMinMeetings: input.completionMinMeetings ?? null,
      checkInOpensMinutesBefore:
        input.checkInOpensMinutesBefore ?? LIMITS.session.checkInOpensMinutesBefore.default,
      reminderHoursBefore: input.reminderHoursBefore ?? LIMITS.session.reminderHoursBefore.default,
      status: 'scheduled' as const,
      ...(input.registrationMode === 'lottery' ? newLotterySeed() : {}),
    };
    const meetings = input.meetings.map((m) => ({ startsAt: m.startsAt, endsAt: m.endsAt }));
    const questions = (input.questions ?? []).map(cleanQuestion);
    const problems = [
      ...sessionProblems({ ...values, meetings, questions }),
      ...meetingChangeProblems([], input.meetings, values.checkInOpensMinutesBefore),
    ];
    if (problems.length) throw new BadUserInputError(problems);
    return this.dataSource.transaction(async (manager) => {
      const session = await manager.save(manager.create(SessionEntity, values));
      if (meetings.length) {
        await manager.insert(
          MeetingEntity,
          meetings.map((m) => ({ ...m, sessionId: session.id })),
        );
      }
      if (questions.length) {
        await manager.insert(
          QuestionEntity,
          questions.map((q, i) => ({ ...q, sessionId: session.id, position: i + 1 })),
        );
      }
      return session;
    });
  }

  /**
   * Applies the changes under the session's seat lock (taken first, through the enrolment module) and
   * its row lock, so a capacity check against the seats taken cannot race an enrolment.
   */
  async updateSession(principal: Principal, id: string, input: UpdateSessionInput): Promise<SessionEntity> {
    await this.access.editableSession(principal, id);
    return this.dataSource.transaction(async (manager) => {
      // The seat lock first (the order every writer of seats follows), then the session row.
      const taken = await this.keeper().lock(manager, id);
      const session = await manager.findOne(SessionEntity, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!session) throw new NotFoundError('catalogue.sessionNotFound');
      if (session.status === 'cancelled') throw new ConflictError('catalogue.sessionCancelled');
      const problems: FieldProblem[] = [];
      const before = {
        capacity: session.capacity,
        childcareCapacity: session.childcareCapacity,
        checkInOpensMinutesBefore: session.checkInOpensMinutesBefore,
        place: {
          venueName: session.venueName,
          venueAddress: session.venueAddress,
          isOnline: session.isOnline,
          onlineUrl: session.onlineUrl,
        },
      };
      const course = await manager.findOneOrFail(CourseEntity, {
        where: { id: session.courseId },
        select: { id: true, publishedAt: true },
      });
      problems.push(...lotteryRuleProblems(session, input, course.publishedAt));

      const set = <K extends keyof SessionEntity>(key: K, value: SessionEntity[K] | undefined) => {
        if (value !== undefined) session[key] = value;
      };
      const orNull = <T>(value: T | null | undefined): T | null | undefined =>
        value === undefined ? undefined : (value ?? null);
      set('title', input.title === undefined ? undefined : (input.title ?? ''));
      set('venueName', input.venueName === undefined ? undefined : input.venueName || null);
      set('venueAddress', input.venueAddress === undefined ? undefined : input.venueAddress || null);
      set('accessNotes', input.accessNotes === undefined ? undefined : input.accessNotes || null);
      set('isOnline', input.isOnline ?? undefined);
      set('onlineUrl', input.onlineUrl === undefined ? undefined : input.onlineUrl || null);
      set('isOffsite', input.isOffsite ?? undefined);
      set('capacity', input.capacity ?? undefined);
      set('childcareCapacity', input.childcareCapacity ?? undefined);
      set('childcareMinAgeMonths', orNull(input.childcareMinAgeMonths));
      set('childcareMaxAgeMonths', orNull(input.childcareMaxAgeMonths));
      set('feeYen', orNull(input.feeYen));
      set('registrationOpensAt', input.registrationOpensAt ?? undefined);
      set('registrationClosesAt', input.registrationClosesAt ?? undefined);
      set('cancellationDeadline', input.cancellationDeadline ?? undefined);
      set('registrationMode', input.registrationMode ?? undefined);
      set('drawAt', orNull(input.drawAt));
      set('lotteryPriorities', input.lotteryPriorities ?? undefined);
      set('completionRule', input.completionRule ?? undefined);
      set('completionMinMeetings', orNull(input.completionMinMeetings));
      set('checkInOpensMinutesBefore', input.checkInOpensMinutesBefore ?? undefined);
      set('reminderHoursBefore', input.reminderHoursBefore ?? undefined);

      if (session.capacity < taken.confirmed) {
        problems.push({
          field: 'capacity',
          key: 'catalogue.capacityBelowConfirmed',
          params: { confirmed: taken.confirmed },
        });
      }
      if (session.childcareCapacity < taken.childcareConfirmed) {
        problems.push({
          field: 'childcareCapacity',
          key: 'catalogue.childcareBelowConfirmed',
          params: { confirmed: taken.childcareConfirmed },
        });
      }

      const storedMeetings = await manager.find(MeetingEntity, { where: { sessionId: id } });
      const storedQuestions = await manager.find(QuestionEntity, { where: { sessionId: id } });
      const meetings = input.meetings ?? storedMeetings;
      const questions = input.questions ? input.questions.map(cleanQuestion) : storedQuestions;
      if (input.meetings) {
        problems.push(
          ...meetingChangeProblems(storedMeetings, input.meetings, before.checkInOpensMinutesBefore),
        );
      }
      if (input.questions) problems.push(...unknownIdProblems('questions', storedQuestions, input.questions));

      const draft: SessionDraft = { ...session, meetings, questions };
      problems.push(...sessionProblems(draft));
      if (problems.length) throw new BadUserInputError(problems);
      if (session.registrationMode === 'lottery' && !session.lotterySeed)
        Object.assign(session, newLotterySeed());

      await manager.save(session);
      if (input.meetings) await this.replaceMeetings(manager, id, storedMeetings, input.meetings);
      if (input.questions) await this.replaceQuestions(manager, id, storedQuestions, input.questions);
      // Her dates or place moved: the notifications module tells each participant (with an updated .ics).
      await recordSessionChanged(
        manager,
        id,
        sessionChanges(
          { place: before.place, meetings: storedMeetings },
          { place: session, meetings: input.meetings ?? storedMeetings },
        ),
      );
      // Seats freed by a larger capacity go to the waitlist in order, under this same lock, before any
      // newcomer can take them.
      if (session.capacity > before.capacity || session.childcareCapacity > before.childcareCapacity) {
        await this.keeper().freed(manager, session);
      }
      return session;
    });
  }

  private async replaceMeetings(
    manager: EntityManager,
    sessionId: string,
    stored: MeetingEntity[],
    wanted: MeetingInput[],
  ): Promise<void> {
    const kept = new Set(wanted.filter((m) => m.id).map((m) => m.id as string));
    const removed = stored.filter((m) => !kept.has(m.id)).map((m) => m.id);
    if (removed.length) await manager.delete(MeetingEntity, { id: In(removed) });
    for (const meeting of wanted) {
      if (meeting.id) {
        await manager.update(
          MeetingEntity,
          { id: meeting.id },
          { startsAt: meeting.startsAt, endsAt: meeting.endsAt },
        );
      } else {
        await manager.insert(MeetingEntity, {
          sessionId,
          startsAt: meeting.startsAt,
          endsAt: meeting.endsAt,
        });
      }
    }
  }

  private async replaceQuestions(
    manager: EntityManager,
    sessionId: string,
    stored: QuestionEntity[],
    wanted: QuestionInput[],
  ): Promise<void> {
    const kept = new Set(wanted.filter((q) => q.id).map((q) => q.id as string));
    const removed = stored.filter((q) => !kept.has(q.id)).map((q) => q.id);
    if (removed.length) await manager.delete(QuestionEntity, { id: In(removed) });
    await manager.query('UPDATE session_questions SET position = -position WHERE session_id = $1', [
      sessionId,
    ]);
    for (const [i, question] of wanted.entries()) {
      const values = { ...cleanQuestion(question), position: i + 1 };
      if (question.id) await manager.update(QuestionEntity, { id: question.id }, values);
      else await manager.insert(QuestionEntity, { ...values, sessionId });
    }
  }
}
