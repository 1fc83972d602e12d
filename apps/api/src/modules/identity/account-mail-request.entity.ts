import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One request for an account email (a reset link, a verification link), for throttling per address and
 * per IP over a sliding window; counted whether or not the address belongs to an account.
 */
@Entity('account_mail_requests')
@Index(['emailKey', 'createdAt'])
@Index(['ip', 'createdAt'])
export class AccountMailRequestEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column({ type: 'varchar', length: 20 })
  purpose: string;

  @Column({ type: 'varchar', length: 254 })
  emailKey: string;

  @Column({ type: 'varchar', length: 64 })
  ip: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
