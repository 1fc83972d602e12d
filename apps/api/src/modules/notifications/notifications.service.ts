import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { OutboxRelay } from '../../core/events/outbox-relay';
import { isInfrastructureError, type OutboxEvent } from '../../core/jobs/jobs';
import { Jobs } from '../../core/jobs/jobs.service';
import { effectiveChoice, isTransactional, type ChannelChoice } from './channel-choice';
import { ChannelRegistry } from './channels/channel-registry';
import { EVENT_HANDLERS, type EventHandlerContext } from './event-handlers';
import { EventHandlerServices } from './event-handlers/event-handler-services';
import type { NotifyRequest } from './notify-request';

/** The deliver job's queue: one job per delivery (`{ deliveryId }`). */
export const DELIVER_QUEUE = 'notifications.deliver';

export interface DeliverJob {
  deliveryId: string;
}

interface PreferenceRow {
  email: boolean;
  in_app: boolean;
  line: boolean;
}

/**
 * Writes what she is told: the notification, one delivery per outbound channel she wants, and a deliver
 * job per delivery, all in the caller's transaction (so they exist exactly when the change that caused
 * them committed). Also the outbox's subscriber: each domain event becomes the notifications its
 * handler (`event-handlers/<domain>.ts`) returns.
 */
@Injectable()
export class NotificationsService implements OnModuleInit {
  private readonly logger = new Logger(NotificationsService.name);

  constructor(
    private readonly jobs: Jobs,
    private readonly relay: OutboxRelay,
    private readonly channels: ChannelRegistry,
    private readonly handlerServices: EventHandlerServices,
  ) {}

  onModuleInit(): void {
    this.relay.subscribe((events, manager) => this.handleEvents(events, manager));
  }

  /**
   * Notifies one person, in `manager`'s transaction. A repeated dedupe key is a no-op (returns null); an
   * optional kind she switched off everywhere writes nothing (null). Returns the notification's id.
   */
  async notify(manager: EntityManager, request: NotifyRequest): Promise<string | null> {
    const choice = effectiveChoice(
      request.kind,
      await this.storedChoice(manager, request.userId, request.kind),
    );
    const outbound: { channel: 'email' | 'line'; address: string }[] = [];
    for (const channel of this.channels.enabled()) {
      if (!choice[channel.name]) continue;
      const address =
        channel.name === 'email' && request.emailAddress
          ? request.emailAddress
          : await channel.address(manager, request.userId);
      if (address) outbound.push({ channel: channel.name, address });
    }
    if (!choice.in_app && !outbound.length && !isTransactional(request.kind)) return null;
    const inserted: { id: string }[] = await manager.query(
      `INSERT INTO notifications (user_id, kind, organisation_id, params, link, dedupe_key, in_app)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (dedupe_key) DO NOTHING RETURNING id`,
      [
        request.userId,
        request.kind,
        request.organisationId ?? null,
        JSON.stringify(request.params),
        request.link ?? null,
        request.dedupeKey,
        choice.in_app,
      ],
    );
    const notificationId = inserted[0]?.id;
    if (!notificationId) return null;
    for (const { channel, address } of outbound) {
      const rows: { id: string }[] = await manager.query(
        `INSERT INTO notification_deliveries (notification_id, channel, address) VALUES ($1, $2, $3) RETURNING id`,
        [notificationId, channel, address],
      );
      const deliveryId = rows[0]?.id;
      if (deliveryId) await this.enqueue(deliveryId, manager);
    }
    return notificationId;
  }

  /**
   * Enqueues a deliver job for a delivery (in `manager`'s transaction when given). Each call is a new job
   * (a retry from the outbox needs one after the first job completed); the job sends only while the
   * delivery is pending, so an extra job changes nothing. The delivery row itself is written once
   * (unique per notification and channel).
   */
  enqueue(deliveryId: string, manager?: EntityManager): Promise<boolean> {
    const job: DeliverJob = { deliveryId };
    return this.jobs.send(DELIVER_QUEUE, job, manager ? { manager } : {});
  }

  private async storedChoice(
    manager: EntityManager,
    userId: string,
    kind: string,
  ): Promise<ChannelChoice | null> {
    const rows: PreferenceRow[] = await manager.query(
      `SELECT email, in_app, line FROM notification_preferences WHERE user_id = $1 AND kind = $2`,
      [userId, kind],
    );
    const row = rows[0];
    return row ? { email: row.email, in_app: row.in_app, line: row.line } : null;
  }

  /**
   * The outbox's subscriber: each event through its domain's handler, in the relay's transaction. An
   * event whose handler throws is skipped (logged by id and type only) behind a savepoint, so one bad
   * event cannot hold the outbox up; an infrastructure failure (the queue stopping at shutdown, a lost
   * connection) rolls the batch back instead.
   */
  private async handleEvents(events: readonly OutboxEvent[], manager: EntityManager): Promise<void> {
    const context: EventHandlerContext = { manager, services: this.handlerServices };
    for (const event of events) {
      const handler = EVENT_HANDLERS[event.type];
      if (!handler) continue;
      await manager.query('SAVEPOINT notification_event');
      try {
        for (const request of await handler(event, context)) await this.notify(manager, request);
        await manager.query('RELEASE SAVEPOINT notification_event');
      } catch (error) {
        // The queue stopping or the database going away is not this event's fault: the whole batch rolls
        // back (its events stay unprocessed for the next worker) instead of being skipped and lost.
        if (isInfrastructureError(error)) throw error;
        await manager.query('ROLLBACK TO SAVEPOINT notification_event');
        this.logger.error(
          `Event ${event.id} (${event.type}) not notified: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    }
  }
}
