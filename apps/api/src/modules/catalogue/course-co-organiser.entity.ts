import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

/**
 * An organisation that runs a course together with its provider (共催): e.g. a one-stop service of a
 * city, its prefecture and the labour bureau. Its staff edit the course and run its sessions (rosters,
 * check-in, lottery, cancellation) like the provider's staff; only the provider's editors change this list.
 */
@Entity('course_co_organisers')
export class CourseCoOrganiserEntity {
  @PrimaryColumn({ type: 'uuid' })
  courseId: string;

  @Index()
  @PrimaryColumn({ type: 'uuid' })
  organisationId: string;

  @ManyToOne('CourseEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'course_id' })
  course?: unknown;

  @ManyToOne('OrganisationEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: unknown;

  /** Where it is listed among the co-organisers (1 = first), as the provider named them. */
  @Column({ type: 'smallint' })
  position: number;

  @Column({ type: 'uuid', nullable: true })
  addedById: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
