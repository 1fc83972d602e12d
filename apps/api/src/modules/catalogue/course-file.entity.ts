import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { LIMITS, type CourseFilePurpose } from '@tsunagu/shared/domain';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';

/**
 * A file uploaded to a course: a lesson's material or the course's cover image. The bytes live in
 * PostgreSQL (`data`, never selected unless asked for); the kind was decided from the contents at upload.
 * Files never change: a new version is a new file, so the id and the SHA-256 identify the bytes.
 */
@ObjectType('CourseFile')
@Entity('course_files')
@Check('course_files_purpose_check', `purpose IN ('lesson', 'cover')`)
@Check('course_files_size_check', `size_bytes = octet_length(data)`)
// The upload limits again, as the database's backstop: 20 MB for lesson files, 5 MB for covers.
@Check(
  'course_files_limit_check',
  `size_bytes > 0 AND size_bytes <= CASE purpose WHEN 'cover' THEN 5242880 ELSE 20971520 END`,
)
export class CourseFileEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  courseId: string;

  @ManyToOne('CourseEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'course_id' })
  course?: unknown;

  @Column({ type: 'varchar', length: 10 })
  purpose: CourseFilePurpose;

  @Field({ description: 'The name it was uploaded with' })
  @Column({ type: 'varchar', length: LIMITS.courseFile.filename.max })
  filename: string;

  @Field({ description: 'Decided from the contents, not from what the browser declared' })
  @Column({ type: 'varchar', length: LIMITS.courseFile.contentType.max })
  contentType: string;

  @Field(() => Int)
  @Column({ type: 'int' })
  sizeBytes: number;

  @Column({ type: 'char', length: 64 })
  sha256: string;

  @Column({ type: 'bytea', select: false })
  data?: Buffer;

  @Column({ type: 'uuid', nullable: true })
  uploadedById: string | null;

  @ManyToOne('UserEntity', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'uploaded_by_id' })
  uploadedBy?: unknown;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
