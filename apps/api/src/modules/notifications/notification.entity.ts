import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import type { NotificationKind, OutboundChannel } from './notification-kinds';

/** Flat facts a template renders from: ids and short values, never a note's text or a child's data. */
export type NotificationParams = Record<string, string | number | boolean | null>;

export type DeliveryStatus = 'pending' | 'sent' | 'failed';

/**
 * One thing she was told (the in-app record, and the source of every channel's message). The dedupe key
 * makes writing it twice a no-op: an event handled again, a reminder scheduled twice.
 */
@Entity('notifications')
@Unique('notifications_dedupe_key_unique', ['dedupeKey'])
@Index('notifications_user_created', { synchronize: false })
@Index('notifications_user_unread', { synchronize: false })
@Index('notifications_organisation', ['organisationId'])
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @Column({ type: 'varchar', length: 40 })
  kind: NotificationKind;

  /** The providing organisation of what it is about (its sender name and reply-to); null for account mail. */
  @Column({ type: 'uuid', nullable: true })
  organisationId: string | null;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  params: NotificationParams;

  /** An app path (`/seminars/my`). */
  @Column({ type: 'varchar', length: 300, nullable: true })
  link: string | null;

  @Column({ type: 'varchar', length: 200 })
  dedupeKey: string;

  /** Shown in her notification centre. */
  @Column({ type: 'boolean', default: true })
  inApp: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  readAt: Date | null;
}

/** One notification on one outbound channel: its address at enqueue time, its attempts and outcome. */
@Entity('notification_deliveries')
@Unique('notification_deliveries_one_per_channel', ['notificationId', 'channel'])
@Check('notification_deliveries_channel_check', `"channel" IN ('email', 'line')`)
@Check('notification_deliveries_status_check', `"status" IN ('pending', 'sent', 'failed')`)
@Index('notification_deliveries_status', { synchronize: false })
export class NotificationDeliveryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  notificationId: string;

  @Column({ type: 'varchar', length: 10 })
  channel: OutboundChannel;

  /** Her email address or LINE user id when it was enqueued. */
  @Column({ type: 'varchar', length: 254 })
  address: string;

  @Column({ type: 'varchar', length: 10, default: 'pending' })
  status: DeliveryStatus;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  /** An SMTP code or a short reason; never an address or a message's text. */
  @Column({ type: 'varchar', length: 300, nullable: true })
  lastError: string | null;

  /** The channel's id of what it sent (the Message-ID, LINE's request id). */
  @Column({ type: 'varchar', length: 300, nullable: true })
  externalId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  failedAt: Date | null;
}

/** Her choice for one kind; a kind without a row has `DEFAULT_CHANNELS`. */
@Entity('notification_preferences')
export class NotificationPreferenceEntity {
  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @PrimaryColumn({ type: 'varchar', length: 40 })
  kind: NotificationKind;

  @Column({ type: 'boolean' })
  email: boolean;

  @Column({ type: 'boolean' })
  inApp: boolean;

  @Column({ type: 'boolean' })
  line: boolean;
}
