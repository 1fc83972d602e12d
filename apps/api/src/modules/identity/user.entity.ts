import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { Locale } from '@tsunagu/shared/domain';
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
  @Column({ type: 'varchar', length: 254, unique: true })
  email: string;

  /** argon2id; never a GraphQL field. */
  @Column({ type: 'text' })
  passwordHash: string;

  @Field()
  @Column({ type: 'varchar', length: 50 })
  familyName: string;

  @Field()
  @Column({ type: 'varchar', length: 50 })
  givenName: string;

  @Field()
  @Column({ type: 'varchar', length: 50 })
  familyNameKana: string;

  @Field()
  @Column({ type: 'varchar', length: 50 })
  givenNameKana: string;

  @Field(() => LocaleEnum)
  @Column({ type: 'varchar', length: 2, default: 'ja' })
  preferredLocale: Locale;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
