import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

/**
 * A session's seats, owned by the enrolment module: one row per session (made with the session and kept
 * at its capacities by triggers of migration SessionSeats), the counters, and the next waitlist ticket.
 * Every writer of seats locks this row first (`SELECT … FOR UPDATE`): enrol_learner, cancel, promote,
 * the lottery draw, a capacity change in the session editor and the session's cancellation. The CHECKs
 * are the database's backstop against overselling: a capacity lowered below the seats taken, or one
 * seat too many, fails here whichever path tries it. Seats held for open seat pools (`heldCount`,
 * written only through `SeatHolds`) count toward capacity like confirmed ones.
 */
@Entity('session_seats')
@Check(
  'session_seats_confirmed_check',
  `confirmed_count >= 0 AND held_count >= 0 AND confirmed_count + held_count <= capacity`,
)
@Check(
  'session_seats_childcare_check',
  `childcare_confirmed_count >= 0 AND childcare_confirmed_count <= childcare_capacity`,
)
export class SessionSeatsEntity {
  @PrimaryColumn({ type: 'uuid' })
  sessionId: string;

  @ManyToOne('SessionEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: unknown;

  /** The session's capacity as the catalogue set it (copied by trigger, never written here). */
  @Column({ type: 'int' })
  capacity: number;

  @Column({ type: 'int' })
  childcareCapacity: number;

  @Column({ type: 'int', default: 0 })
  confirmedCount: number;

  @Column({ type: 'int', default: 0 })
  childcareConfirmedCount: number;

  /** Seats set aside for open seat pools (company-groups): taken for everyone else. */
  @Column({ type: 'int', default: 0 })
  heldCount: number;

  /** The next waitlist position to hand out (positions are never reused within a session). */
  @Column({ type: 'int', default: 1 })
  nextWaitlistPosition: number;
}
