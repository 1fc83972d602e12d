import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { isLocale, type Locale } from '@tsunagu/shared/domain';
import { DataSource } from 'typeorm';
import { ENV, type Env } from '../../core/config/env';
import type { JobContext } from '../../core/jobs/jobs';
import { Jobs } from '../../core/jobs/jobs.service';
import { UsersService } from '../identity';
import { OrganisationsService } from '../organisations';
import { isAccountKind } from './channel-choice';
import { PermanentDeliveryError, type Outgoing } from './channels/channel';
import { ChannelRegistry } from './channels/channel-registry';
import { smtpReason } from './channels/email.channel';
import type { NotificationKind, OutboundChannel } from './notification-kinds';
import { NotificationTemplates } from './notification-templates';
import type { DeliveryStatus, NotificationParams } from './notification.entity';
import { DELIVER_QUEUE, type DeliverJob } from './notifications.service';
import { UnsubscribeTokens } from './unsubscribe-tokens';

interface DeliveryRow {
  id: string;
  channel: OutboundChannel;
  address: string;
  status: DeliveryStatus;
  user_id: string;
  kind: NotificationKind;
  params: NotificationParams;
  organisation_id: string | null;
}

/** The sender of mail about nothing organised (account mail). */
const PLATFORM_SENDER = { ja: 'つなぐ', en: 'Tsunagu' } as const;

/**
 * The `notifications.deliver` job: sends one delivery, at most once per success. It locks the delivery
 * (`FOR UPDATE`), returns if it was sent already, renders the template in her language, sends with the
 * delivery id as the idempotency key and records it sent in the same transaction. A failure records the
 * attempt and its short reason and is retried with backoff; a permanent refusal or the last attempt
 * marks it failed (the staff outbox shows it, and `retry` sends it again).
 */
@Injectable()
export class DeliveryService implements OnModuleInit {
  private readonly logger = new Logger(DeliveryService.name);
  readonly unsubscribeTokens: UnsubscribeTokens;

  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: Jobs,
    private readonly channels: ChannelRegistry,
    private readonly templates: NotificationTemplates,
    private readonly users: UsersService,
    private readonly organisations: OrganisationsService,
    @Inject(ENV) private readonly env: Env,
  ) {
    this.unsubscribeTokens = new UnsubscribeTokens(env.JWT_SECRET);
  }

  onModuleInit(): void {
    this.jobs.define<DeliverJob>({
      queue: DELIVER_QUEUE,
      retryLimit: 6,
      retryDelaySeconds: 5,
      retryBackoff: true,
      // Up to 4 × 10 deliveries in flight per worker process (SMTP is the slow part).
      // Up to 4 × 10 deliveries in flight per worker process (SMTP is the slow part; pg-boss waits a polling
      // interval between one loop's fetches).
      concurrency: 10,
      workers: 4,
      handle: (job, context) => this.deliver(job.deliveryId, context),
    });
  }

  unsubscribeUrl(userId: string, kind: NotificationKind): string | null {
    if (isAccountKind(kind)) return null;
    const base = this.env.PUBLIC_URL.replace(/\/+$/, '');
    return `${base}/api/notifications/unsubscribe?token=${encodeURIComponent(this.unsubscribeTokens.sign(userId, kind))}`;
  }

  /**
   * Sends one delivery. No transaction or row lock is held while rendering and sending: the render reads
   * through other connections, and holding a pooled connection while waiting for another deadlocks the pool
   * under load. pg-boss runs a job at one worker at a time (an attempt that outlives its expiry is the only
   * way two run at once, and then both carry the same Message-ID / retry key), and the sent mark is
   * conditional on the row still being pending.
   */
  async deliver(deliveryId: string, context: Pick<JobContext, 'lastAttempt'>): Promise<void> {
    const row = await this.pendingDelivery(deliveryId);
    if (!row) return;
    try {
      const channel = this.channels.get(row.channel);
      if (!channel?.enabled) throw new Error(`channel ${row.channel} is not enabled`);
      const outgoing = await this.outgoing(row);
      const { externalId } = await channel.send(outgoing);
      await this.dataSource.query(
        `UPDATE notification_deliveries
            SET status = 'sent', sent_at = now(), external_id = $2, attempts = attempts + 1, last_error = NULL
          WHERE id = $1 AND status = 'pending'`,
        [deliveryId, externalId],
      );
    } catch (error) {
      const permanent = error instanceof PermanentDeliveryError;
      const reason = (error instanceof Error && error.message ? error.message : smtpReason(error)).slice(
        0,
        300,
      );
      const failed = permanent || context.lastAttempt;
      await this.dataSource.query(
        `UPDATE notification_deliveries
            SET attempts = attempts + 1, last_error = $2,
                status = CASE WHEN $3 THEN 'failed' ELSE status END,
                failed_at = CASE WHEN $3 THEN now() ELSE failed_at END
          WHERE id = $1 AND status = 'pending'`,
        [deliveryId, reason, failed],
      );
      // The recipient's id only: never an address or what the message says.
      this.logger.warn(`Delivery ${deliveryId} ${failed ? 'failed' : 'will be retried'}: ${reason}`);
      if (!failed) throw error;
    }
  }

  private async pendingDelivery(deliveryId: string): Promise<DeliveryRow | null> {
    const rows: DeliveryRow[] = await this.dataSource.query(
      `SELECT d.id, d.channel, d.address, d.status, n.user_id, n.kind, n.params, n.organisation_id
         FROM notification_deliveries d JOIN notifications n ON n.id = d.notification_id
        WHERE d.id = $1 AND d.status = 'pending'`,
      [deliveryId],
    );
    return rows[0] ?? null;
  }

  private async outgoing(row: DeliveryRow): Promise<Outgoing> {
    const user = await this.users.findById(row.user_id);
    const locale: Locale = user && isLocale(user.preferredLocale) ? user.preferredLocale : 'ja';
    const message = await this.templates.renderer().render(row.kind, row.params, locale);
    const organisation = row.organisation_id
      ? ((await this.organisations.existing([row.organisation_id]))[0] ?? null)
      : null;
    return {
      deliveryId: row.id,
      userId: row.user_id,
      kind: row.kind,
      message,
      address: row.address,
      sender: organisation
        ? { name: organisation.name, replyTo: organisation.contactEmail }
        : { name: PLATFORM_SENDER[locale], replyTo: null },
      unsubscribeUrl: this.unsubscribeUrl(row.user_id, row.kind),
    };
  }
}
