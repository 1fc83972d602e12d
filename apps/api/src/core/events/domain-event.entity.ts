import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Outbox of things that happened (an enrolment confirmed, a learner promoted from the waitlist, …),
 * written in the same transaction as the change. The notifications module will send them.
 */
@Entity('domain_events')
@Index(['processedAt', 'createdAt'])
// An expression index on payload->>'enrolmentId' (migration CancelledEnrolmentEvents), kept by hand.
@Index('domain_events_cancelled_enrolment', { synchronize: false })
// The outbox relay's partial index on unprocessed events (migration JobQueue), kept by hand.
@Index('domain_events_unprocessed', { synchronize: false })
export class DomainEventEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column({ type: 'varchar', length: 80 })
  type: string;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  payload: Record<string, string | number | boolean | null>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  processedAt: Date | null;
}
