import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';

export const SEAT_ALLOCATIONS = ['per_company', 'first_come'] as const;
export type SeatAllocation = (typeof SEAT_ALLOCATIONS)[number];

export const SEAT_POOL_STATUSES = ['open', 'closed'] as const;
export type SeatPoolStatus = (typeof SEAT_POOL_STATUSES)[number];

/**
 * `nominated`: her company's admin put her forward (she holds one of the pool's seats until she answers);
 * `accepted`: she took it and is enrolled; `declined` (by her), `withdrawn` (by her company's admin) and
 * `expired` (still pending at the pool's deadline) give the seat back.
 */
export const NOMINATION_STATUSES = ['nominated', 'accepted', 'declined', 'withdrawn', 'expired'] as const;
export type NominationStatus = (typeof NOMINATION_STATUSES)[number];

/**
 * N seats of a session offered by the company that provides its course to the other member companies of
 * its company groups (issue 11). `taken_count` counts the live nominations (nominated or accepted: each
 * holds one seat), `accepted_count` those accepted. The CHECK `taken_count <= seats` is the database's
 * backstop: however many nominations race, the pool is never exceeded. While the pool is open its seats
 * are held out of the session's open capacity (`session_seats.held_count`, through the enrolment module's
 * `SeatHolds`); at the deadline (or an early close) the seats not accepted go back.
 */
@Entity('seat_pools')
@Check('seat_pools_seats_check', `seats > 0`)
@Check(
  'seat_pools_counts_check',
  `accepted_count >= 0 AND accepted_count <= taken_count AND taken_count <= seats`,
)
@Check('seat_pools_allocation_check', `allocation IN ('per_company', 'first_come')`)
@Check('seat_pools_status_check', `status IN ('open', 'closed')`)
@Index('seat_pools_due', ['status', 'closesAt'])
@Index('seat_pools_session', ['sessionId'])
@Index('seat_pools_offering', ['offeringOrganisationId'])
export class SeatPoolEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'seat_pools_pkey' })
  id: string;

  @Column({ type: 'uuid' })
  sessionId: string;

  @ManyToOne('SessionEntity', { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'seat_pools_session_id_fkey' })
  private readonly sessionRef?: unknown;

  @Column({ type: 'uuid' })
  offeringOrganisationId: string;

  @ManyToOne('CompanyProfileEntity', { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({
    name: 'offering_organisation_id',
    foreignKeyConstraintName: 'seat_pools_offering_organisation_id_fkey',
  })
  private readonly offeringRef?: unknown;

  @Column({ type: 'int' })
  seats: number;

  @Column({ type: 'varchar', length: 20 })
  allocation: SeatAllocation;

  @Column({ type: 'timestamptz' })
  closesAt: Date;

  @Column({ type: 'int', default: 0 })
  takenCount: number;

  @Column({ type: 'int', default: 0 })
  acceptedCount: number;

  @Column({ type: 'varchar', length: 10, default: 'open' })
  status: SeatPoolStatus;

  @Column({ type: 'uuid', nullable: true })
  createdBy: string | null;

  @ManyToOne('UserEntity', { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'seat_pools_created_by_fkey' })
  private readonly createdByRef?: unknown;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt: Date | null;
}

/** A per_company pool's share for one company, with the same counters and CHECK as the pool's. */
@Entity('seat_pool_allocations')
@Check('seat_pool_allocations_seats_check', `seats > 0`)
@Check(
  'seat_pool_allocations_counts_check',
  `accepted_count >= 0 AND accepted_count <= taken_count AND taken_count <= seats`,
)
export class SeatPoolAllocationEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'seat_pool_allocations_pkey' })
  poolId: string;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'seat_pool_allocations_pkey' })
  organisationId: string;

  @ManyToOne('SeatPoolEntity', { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'pool_id', foreignKeyConstraintName: 'seat_pool_allocations_pool_id_fkey' })
  private readonly poolRef?: unknown;

  @ManyToOne('CompanyProfileEntity', { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({
    name: 'organisation_id',
    foreignKeyConstraintName: 'seat_pool_allocations_organisation_id_fkey',
  })
  private readonly profileRef?: unknown;

  @Column({ type: 'int' })
  seats: number;

  @Column({ type: 'int', default: 0 })
  takenCount: number;

  @Column({ type: 'int', default: 0 })
  acceptedCount: number;
}

/**
 * A company's nomination of one of its employees for a pool's seat. At most one live nomination
 * (nominated or accepted) per pool and person: a partial unique index, so a duplicate, even a
 * concurrent one, fails in the database.
 */
@Entity('seat_pool_nominations')
@Check(
  'seat_pool_nominations_status_check',
  `status IN ('nominated', 'accepted', 'declined', 'withdrawn', 'expired')`,
)
@Index('seat_pool_nominations_one_live', ['poolId', 'userId'], {
  unique: true,
  where: `status IN ('nominated', 'accepted')`,
})
@Index('seat_pool_nominations_pool_company', ['poolId', 'organisationId'])
@Index('seat_pool_nominations_user', ['userId'])
export class SeatNominationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'seat_pool_nominations_pkey' })
  id: string;

  @Column({ type: 'uuid' })
  poolId: string;

  @ManyToOne('SeatPoolEntity', { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'pool_id', foreignKeyConstraintName: 'seat_pool_nominations_pool_id_fkey' })
  private readonly poolRef?: unknown;

  /** The nominating company. */
  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne('CompanyProfileEntity', { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({
    name: 'organisation_id',
    foreignKeyConstraintName: 'seat_pool_nominations_organisation_id_fkey',
  })
  private readonly profileRef?: unknown;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne('UserEntity', { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'seat_pool_nominations_user_id_fkey' })
  private readonly userRef?: unknown;

  @Column({ type: 'uuid', nullable: true })
  nominatedBy: string | null;

  @ManyToOne('UserEntity', { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'nominated_by', foreignKeyConstraintName: 'seat_pool_nominations_nominated_by_fkey' })
  private readonly nominatedByRef?: unknown;

  @Column({ type: 'varchar', length: 20, default: 'nominated' })
  status: NominationStatus;

  /** Her enrolment once she accepted (the enrolment module's row; no foreign key across modules). */
  @Column({ type: 'uuid', nullable: true })
  enrolmentId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  /** When she accepted or declined, her company withdrew it, or it expired. */
  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;
}
