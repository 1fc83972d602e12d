import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { OutboxRelay } from '../../core/events/outbox-relay';
import { isInfrastructureError, type OutboxEvent } from '../../core/jobs/jobs';
import { Jobs } from '../../core/jobs/jobs.service';
import { effectiveChoice, isTransactional, type ChannelChoice } from './channel-choice';
import { ChannelRegistry } from './channels/channel-registry';
import { EmailInvitationMail } from './email-invitation-mail';
import { EVENT_HANDLERS, type EventHandlerContext } from './event-handlers';
import { EventHandlerServices } from './event-handlers/event-handler-services';
import type { OutboundChannel } from './notification-kinds';
import type { NotifyRequest } from './notify-request';

/** The deliver job's queue: one job per delivery (`{ deliveryId }`). */
export const DELIVER_QUEUE = 'notifications.deliver';

export interface DeliverJob {
  deliveryId: string;
}

interface Outbound {
  channel: OutboundChannel;
  address: string;
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
    private readonly invitationMail: EmailInvitationMail,
  ) {}

  onModuleInit(): void {
    this.relay.subscribe((events, manager) => this.handleEvents(events, manager));
  }

  /**
   * Notifies one person, in `manager`'s transaction. A repeated dedupe key is a no-op (returns null); an
   * optional kind she switched off everywhere writes nothing (null). Returns the notification's id.
   */
  async notify(manager: EntityManager, request: NotifyRequest): Promise<string | null> {
    const [id] = await this.notifyMany(manager, [request]);
    return id ?? null;
  }

  /**
   * Notifies many people in a fixed number of statements, whatever their number (the relay's batch):
   * their stored choices, their addresses per channel, the notifications (ON CONFLICT on the dedupe key
   * does nothing), their deliveries and one deliver job each. Answers each request's notification id, or
   * null (a repeated key, in the database or earlier in the same list; a kind switched off everywhere).
   */
  async notifyMany(manager: EntityManager, requests: readonly NotifyRequest[]): Promise<(string | null)[]> {
    if (!requests.length) return [];
    const stored = await this.storedChoices(manager, requests);
    const channels = this.channels.enabled();
    const users = [...new Set(requests.map((r) => r.userId))];
    const addresses = await Promise.all(
      channels.map(async (channel) => ({ channel, byUser: await channel.addresses(manager, users) })),
    );
    const seen = new Set<string>();
    const planned: { index: number; request: NotifyRequest; inApp: boolean; outbound: Outbound[] }[] = [];
    for (const [index, request] of requests.entries()) {
      if (seen.has(request.dedupeKey)) continue;
      seen.add(request.dedupeKey);
      const choice = effectiveChoice(request.kind, stored.get(`${request.userId}:${request.kind}`) ?? null);
      const outbound: Outbound[] = [];
      for (const { channel, byUser } of addresses) {
        if (!choice[channel.name]) continue;
        const address =
          channel.name === 'email' && request.emailAddress
            ? request.emailAddress
            : byUser.get(request.userId);
        if (address) outbound.push({ channel: channel.name, address });
      }
      if (!choice.in_app && !outbound.length && !isTransactional(request.kind)) continue;
      planned.push({ index, request, inApp: choice.in_app, outbound });
    }
    const ids: (string | null)[] = requests.map(() => null);
    if (!planned.length) return ids;
    const inserted: { id: string; dedupe_key: string }[] = await manager.query(
      `INSERT INTO notifications (user_id, kind, organisation_id, params, link, dedupe_key, in_app)
       SELECT * FROM unnest($1::uuid[], $2::varchar[], $3::uuid[], $4::jsonb[], $5::varchar[], $6::varchar[], $7::boolean[])
       ON CONFLICT (dedupe_key) DO NOTHING RETURNING id, dedupe_key`,
      [
        planned.map((p) => p.request.userId),
        planned.map((p) => p.request.kind),
        planned.map((p) => p.request.organisationId ?? null),
        planned.map((p) => JSON.stringify(p.request.params)),
        planned.map((p) => p.request.link ?? null),
        planned.map((p) => p.request.dedupeKey),
        planned.map((p) => p.inApp),
      ],
    );
    const idByKey = new Map(inserted.map((row) => [row.dedupe_key, row.id]));
    const deliveries: { notificationId: string; channel: OutboundChannel; address: string }[] = [];
    for (const p of planned) {
      const notificationId = idByKey.get(p.request.dedupeKey);
      if (!notificationId) continue;
      ids[p.index] = notificationId;
      for (const { channel, address } of p.outbound) deliveries.push({ notificationId, channel, address });
    }
    if (!deliveries.length) return ids;
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO notification_deliveries (notification_id, channel, address)
       SELECT * FROM unnest($1::uuid[], $2::varchar[], $3::varchar[]) RETURNING id`,
      [
        deliveries.map((d) => d.notificationId),
        deliveries.map((d) => d.channel),
        deliveries.map((d) => d.address),
      ],
    );
    const jobs: DeliverJob[] = rows.map((row) => ({ deliveryId: row.id }));
    await this.jobs.sendMany(DELIVER_QUEUE, jobs, { manager });
    return ids;
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

  /** Their stored choices for the kinds asked, by `userId:kind` (defaults apply where none is stored). */
  private async storedChoices(
    manager: EntityManager,
    requests: readonly NotifyRequest[],
  ): Promise<Map<string, ChannelChoice>> {
    const rows: (PreferenceRow & { user_id: string; kind: string })[] = await manager.query(
      `SELECT p.user_id, p.kind, p.email, p.in_app, p.line
         FROM notification_preferences p
         JOIN unnest($1::uuid[], $2::varchar[]) AS asked (user_id, kind)
           ON asked.user_id = p.user_id AND asked.kind = p.kind`,
      [requests.map((r) => r.userId), requests.map((r) => r.kind)],
    );
    return new Map(
      rows.map((row) => [
        `${row.user_id}:${row.kind}`,
        { email: row.email, in_app: row.in_app, line: row.line },
      ]),
    );
  }

  /**
   * The outbox's subscriber: each event through its domain's handler, in the relay's transaction, and
   * what they ask written together (`notifyMany`: a few statements per batch instead of several per
   * event). Should anything in the batch fail, it is rolled back to its savepoint and done again one
   * event at a time, each behind its own savepoint: an event whose handler throws is then skipped
   * (logged by id and type only), so one bad event cannot hold the outbox up. An infrastructure failure
   * (the queue stopping at shutdown, a lost connection) rolls the whole batch back instead.
   */
  private async handleEvents(events: readonly OutboxEvent[], manager: EntityManager): Promise<void> {
    // Mail to an address without an account: no notification row, a job of its own.
    await this.invitationMail.enqueue(events, manager);
    const handled = events.filter((event) => EVENT_HANDLERS[event.type]);
    if (!handled.length) return;
    await manager.query('SAVEPOINT notification_batch');
    try {
      const context = this.handlerContext(manager);
      const requests: NotifyRequest[] = [];
      for (const event of handled) requests.push(...(await this.handle(event, context)));
      await this.notifyMany(manager, requests);
      await manager.query('RELEASE SAVEPOINT notification_batch');
      return;
    } catch (error) {
      if (isInfrastructureError(error)) throw error;
      await manager.query('ROLLBACK TO SAVEPOINT notification_batch');
    }
    for (const event of handled) {
      await manager.query('SAVEPOINT notification_event');
      try {
        await this.notifyMany(manager, await this.handle(event, this.handlerContext(manager)));
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

  private handle(event: OutboxEvent, context: EventHandlerContext): Promise<NotifyRequest[]> {
    const handler = EVENT_HANDLERS[event.type];
    return handler ? handler(event, context) : Promise.resolve([]);
  }

  /** A context per batch (or per retried event): what its handlers look up once is kept for the rest. */
  private handlerContext(manager: EntityManager): EventHandlerContext {
    const memo = new Map<string, Promise<unknown>>();
    return {
      manager,
      services: this.handlerServices,
      once: <T>(key: string, load: () => Promise<T>): Promise<T> => {
        let value = memo.get(key) as Promise<T> | undefined;
        if (!value) {
          value = load();
          memo.set(key, value);
        }
        return value;
      },
    };
  }
}
