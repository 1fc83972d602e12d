import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Principal } from '../../core/auth/principal';
import { BadUserInputError, ConflictError, NotFoundError } from '../../core/graphql/errors';
import type { NotificationDelivery } from './dto/notification.types';
import type { NotificationKind, OutboundChannel } from './notification-kinds';
import type { DeliveryStatus } from './notification.entity';
import { NotificationsService } from './notifications.service';
import { returnedRows } from './sql-rows';

/** How many deliveries the outbox lists at most. */
export const OUTBOX_MAX = 200;
const OUTBOX_ROLES = ['staff', 'admin'] as const;

interface DeliveryRow {
  id: string;
  kind: NotificationKind;
  channel: OutboundChannel;
  status: DeliveryStatus;
  user_id: string;
  attempts: number;
  last_error: string | null;
  created_at: Date;
  sent_at: Date | null;
  failed_at: Date | null;
}

const COLUMNS = `d.id, n.kind, d.channel, d.status, n.user_id, d.attempts, d.last_error, d.created_at, d.sent_at, d.failed_at`;

function view(row: DeliveryRow): NotificationDelivery {
  return {
    id: row.id,
    kind: row.kind,
    channel: row.channel,
    status: row.status,
    recipientId: row.user_id,
    attempts: row.attempts,
    lastError: row.last_error,
    createdAt: row.created_at,
    sentAt: row.sent_at,
    failedAt: row.failed_at,
  };
}

/**
 * The staff outbox: deliveries of notifications about their organisations' sessions (platform admins:
 * all, including account mail), and sending a failed one again.
 */
@Injectable()
export class NotificationOutboxService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
  ) {}

  /** null: every organisation and none (a platform admin). */
  private scope(principal: Principal): string[] | null {
    return principal.isPlatformAdmin ? null : principal.organisationIdsWithRole([...OUTBOX_ROLES]);
  }

  async list(principal: Principal, status: DeliveryStatus, first: number): Promise<NotificationDelivery[]> {
    if (!Number.isInteger(first) || first < 1 || first > OUTBOX_MAX)
      throw BadUserInputError.field('first', 'validation.range', { min: 1, max: OUTBOX_MAX });
    const scope = this.scope(principal);
    const rows: DeliveryRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM notification_deliveries d JOIN notifications n ON n.id = d.notification_id
        WHERE d.status = $1 AND ($2::uuid[] IS NULL OR n.organisation_id = ANY($2::uuid[]))
        ORDER BY d.created_at DESC, d.id DESC LIMIT $3`,
      [status, scope, first],
    );
    return rows.map(view);
  }

  /** Sends a failed (or still pending) delivery again: pending, and a new job. NOT_FOUND outside her scope. */
  async retry(principal: Principal, id: string): Promise<NotificationDelivery> {
    const scope = this.scope(principal);
    return this.dataSource.transaction(async (manager) => {
      const rows: DeliveryRow[] = await manager.query(
        `SELECT ${COLUMNS} FROM notification_deliveries d JOIN notifications n ON n.id = d.notification_id
          WHERE d.id = $1 AND ($2::uuid[] IS NULL OR n.organisation_id = ANY($2::uuid[]))
          FOR UPDATE OF d`,
        [id, scope],
      );
      const row = rows[0];
      if (!row) throw new NotFoundError('notifications.deliveryNotFound');
      if (row.status === 'sent') throw new ConflictError('notifications.alreadySent');
      const updated = returnedRows<DeliveryRow>(
        await manager.query(
          `UPDATE notification_deliveries d SET status = 'pending', failed_at = NULL
           FROM notifications n WHERE d.id = $1 AND n.id = d.notification_id RETURNING ${COLUMNS}`,
          [id],
        ),
      );
      await this.notifications.enqueue(id, manager);
      const result = updated[0];
      if (!result) throw new NotFoundError('notifications.deliveryNotFound');
      return view(result);
    });
  }
}
