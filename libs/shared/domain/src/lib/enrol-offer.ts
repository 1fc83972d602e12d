import type { RegistrationMode, SessionStatus } from './seminars';

/** What she would get if she enrolled now; the API decides the same way (enrolment.service.ts `enrol`). */
export type EnrolOffer =
  | { kind: 'cancelled' }
  | { kind: 'notOpen'; opensAt: Date }
  | { kind: 'closed' }
  /** Seats are allocated at the draw: no countdown, every application waits for it. */
  | { kind: 'lottery'; closesAt: Date; drawAt: Date | null; capacity: number }
  /**
   * First come with a seat free. `childcare` says whether a childcare seat is free too; when it is
   * full, asking for childcare means waiting at `waitlistRank` unless she takes the seat without it.
   */
  | {
      kind: 'seat';
      seatsLeft: number;
      capacity: number;
      closesAt: Date;
      childcare: 'none' | 'available' | 'full';
      waitlistRank: number;
    }
  /** First come and full: whatever she chooses, she waits at `waitlistRank`. */
  | { kind: 'waitlist'; capacity: number; closesAt: Date; waitlistRank: number };

export interface OfferSession {
  status: SessionStatus;
  registrationMode: RegistrationMode;
  registrationOpensAt: string | Date;
  registrationClosesAt: string | Date;
  drawAt?: string | Date | null;
  drawnAt?: string | Date | null;
  capacity: number;
  seatsLeft: number;
  childcareCapacity: number;
  childcareSeatsLeft: number;
  /** How many are waiting now; she would be next after them. */
  waitlistCount: number;
}

export function enrolOffer(session: OfferSession, now: Date): EnrolOffer {
  if (session.status === 'cancelled') return { kind: 'cancelled' };
  const opensAt = new Date(session.registrationOpensAt);
  const closesAt = new Date(session.registrationClosesAt);
  if (now.getTime() < opensAt.getTime()) return { kind: 'notOpen', opensAt };
  if (now.getTime() >= closesAt.getTime()) return { kind: 'closed' };
  const capacity = session.capacity;
  if (session.registrationMode === 'lottery') {
    if (session.drawnAt) return { kind: 'closed' };
    return { kind: 'lottery', closesAt, drawAt: session.drawAt ? new Date(session.drawAt) : null, capacity };
  }
  const waitlistRank = Math.max(0, session.waitlistCount) + 1;
  if (session.seatsLeft <= 0) return { kind: 'waitlist', capacity, closesAt, waitlistRank };
  const childcare =
    session.childcareCapacity <= 0 ? 'none' : session.childcareSeatsLeft > 0 ? 'available' : 'full';
  return { kind: 'seat', seatsLeft: session.seatsLeft, capacity, closesAt, childcare, waitlistRank };
}

/** Her answer to "childcare is full": wait for a childcare seat, or take the seat without childcare. */
export type ChildcareChoice = 'WAIT' | 'WITHOUT_CHILDCARE';

export type EnrolOutcome =
  | 'confirmed'
  | 'confirmedWithoutChildcare'
  | 'waitlisted'
  | 'applied'
  /** Childcare is full and she has not yet said whether to wait or go without. */
  | 'choose'
  | 'unavailable';

/** What sending the form with these choices would do, as the API would decide it right now. */
export function enrolOutcome(
  offer: EnrolOffer,
  choice: { childcare: boolean; ifChildcareFull: ChildcareChoice | null },
): EnrolOutcome {
  switch (offer.kind) {
    case 'lottery':
      return 'applied';
    case 'waitlist':
      return 'waitlisted';
    case 'seat':
      if (!choice.childcare || offer.childcare !== 'full') return 'confirmed';
      if (choice.ifChildcareFull === 'WAIT') return 'waitlisted';
      if (choice.ifChildcareFull === 'WITHOUT_CHILDCARE') return 'confirmedWithoutChildcare';
      return 'choose';
    default:
      return 'unavailable';
  }
}

/** Whether the form should ask "wait or without childcare": only when that choice changes anything. */
export function asksChildcareFallback(offer: EnrolOffer, wantsChildcare: boolean): boolean {
  return wantsChildcare && offer.kind === 'seat' && offer.childcare === 'full';
}
