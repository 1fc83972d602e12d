import type { EnrolmentStatus } from '@tsunagu/shared/domain';
import type { EntityManager } from 'typeorm';
import { DomainEventRecorder } from '../../core/events/domain-event';
import type { EnrolmentEntity } from './enrolment.entity';

/** What every event about one enrolment carries: the enrolment as it is after the change. */
export interface EnrolmentFacts {
  enrolmentId: string;
  sessionId: string;
  userId: string;
  status: EnrolmentStatus;
  /** Her waitlist ticket when waitlisted, else null. */
  waitlistPosition: number | null;
}

/** Who cancelled a place: herself, the organisers, or the session's cancellation (中止). */
export type CancelledBy = 'learner' | 'staff' | 'session_cancelled';

export interface EnrolmentCancelled extends EnrolmentFacts {
  by: CancelledBy;
}

export interface SessionCancelled {
  sessionId: string;
  /** How many places (confirmed, waitlisted, applied) the cancellation ended. */
  cancelledEnrolments: number;
}

/** The enrolment module's events (the README's "Domain events" says when each is emitted). */
export interface EnrolmentEventPayloads {
  'enrolment.confirmed': EnrolmentFacts;
  'enrolment.waitlisted': EnrolmentFacts;
  'enrolment.applied': EnrolmentFacts;
  'enrolment.promoted': EnrolmentFacts;
  'enrolment.cancelled': EnrolmentCancelled;
  'enrolment.lottery_won': EnrolmentFacts;
  'enrolment.lottery_waitlisted': EnrolmentFacts;
  'enrolment.completed': EnrolmentFacts;
  'session.cancelled': SessionCancelled;
}

declare module '../../core/events/domain-event' {
  // eslint-disable-next-line @typescript-eslint/no-empty-interface, @typescript-eslint/no-empty-object-type
  interface DomainEventPayloads extends EnrolmentEventPayloads {}
}

const ENROLMENT_FACTS = ['enrolmentId', 'sessionId', 'userId', 'status', 'waitlistPosition'] as const;

/**
 * Each type's payload fields, in the order the SQL paths write them. `satisfies` keeps every name a
 * field of its payload; `enrolment-events.int-spec.ts` proves every path writes exactly these.
 */
export const ENROLMENT_EVENT_FIELDS = {
  'enrolment.confirmed': ENROLMENT_FACTS,
  'enrolment.waitlisted': ENROLMENT_FACTS,
  'enrolment.applied': ENROLMENT_FACTS,
  'enrolment.promoted': ENROLMENT_FACTS,
  'enrolment.cancelled': [...ENROLMENT_FACTS, 'by'],
  'enrolment.lottery_won': ENROLMENT_FACTS,
  'enrolment.lottery_waitlisted': ENROLMENT_FACTS,
  'enrolment.completed': ENROLMENT_FACTS,
  'session.cancelled': ['sessionId', 'cancelledEnrolments'],
} as const satisfies { [T in keyof EnrolmentEventPayloads]: readonly (keyof EnrolmentEventPayloads[T])[] };

/** The events carrying only an enrolment's facts. */
export type EnrolmentFactsEvent = {
  [T in keyof EnrolmentEventPayloads]: EnrolmentEventPayloads[T] extends EnrolmentFacts
    ? EnrolmentFacts extends EnrolmentEventPayloads[T]
      ? T
      : never
    : never;
}[keyof EnrolmentEventPayloads];

export function enrolmentFacts(enrolment: EnrolmentEntity): EnrolmentFacts {
  return {
    enrolmentId: enrolment.id,
    sessionId: enrolment.sessionId,
    userId: enrolment.userId,
    status: enrolment.status,
    waitlistPosition: enrolment.waitlistPosition,
  };
}

/** Records an event about one enrolment (its facts after the change) in the writing transaction. */
export function recordEnrolmentEvent(
  manager: EntityManager,
  type: EnrolmentFactsEvent,
  enrolment: EnrolmentEntity,
): Promise<void> {
  return DomainEventRecorder.record(manager, { type, payload: enrolmentFacts(enrolment) });
}
