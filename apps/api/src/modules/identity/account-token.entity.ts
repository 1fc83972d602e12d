import { LIMITS } from '@tsunagu/shared/domain';
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

export const ACCOUNT_TOKEN_PURPOSES = ['password_reset', 'email_verification'] as const;
export type AccountTokenPurpose = (typeof ACCOUNT_TOKEN_PURPOSES)[number];

/**
 * A single-use link sent by email (password reset, address verification). Only the SHA-256 of the
 * token is stored; the token itself is derived from the id with an HMAC (account-token-links.ts).
 */
@Entity('account_tokens')
@Check('account_tokens_purpose_check', `purpose IN ('password_reset', 'email_verification')`)
@Index('IDX_account_tokens_open', ['userId', 'purpose'], { where: 'used_at IS NULL' })
export class AccountTokenEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne('UserEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: unknown;

  @Column({ type: 'varchar', length: 20 })
  purpose: AccountTokenPurpose;

  /** The address the link was sent to (for a change of address: the new one, verified by opening it). */
  @Column({ type: 'varchar', length: LIMITS.email.max })
  email: string;

  @Column({ type: 'varchar', length: 64, unique: true })
  tokenHash: string;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
