import { Field, ID, ObjectType } from '@nestjs/graphql';
import { LIMITS, type Locale } from '@tsunagu/shared/domain';
import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { LocaleEnum } from '../../core/graphql/enums';

@ObjectType('User')
@Entity('users')
@Check('users_locale_check', `preferred_locale IN ('ja', 'en')`)
export class UserEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stored normalised (trimmed, lower-case); unique. */
  @Field()
  @Column({ type: 'varchar', length: LIMITS.email.max, unique: true })
  email: string;

  /** argon2id; never a GraphQL field. */
  @Column({ type: 'text' })
  passwordHash: string;

  @Field()
  @Column({ type: 'varchar', length: LIMITS.name.max })
  familyName: string;

  @Field()
  @Column({ type: 'varchar', length: LIMITS.name.max })
  givenName: string;

  @Field()
  @Column({ type: 'varchar', length: LIMITS.name.max })
  familyNameKana: string;

  @Field()
  @Column({ type: 'varchar', length: LIMITS.name.max })
  givenNameKana: string;

  /** When she opened the verification link sent to `email`; null until then (GraphQL: emailVerified). */
  @Column({ type: 'timestamptz', nullable: true })
  emailVerifiedAt: Date | null;

  @Field(() => LocaleEnum)
  @Column({ type: 'varchar', length: 2, default: 'ja' })
  preferredLocale: Locale;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
