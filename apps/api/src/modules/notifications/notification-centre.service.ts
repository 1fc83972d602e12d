import { Injectable } from '@nestjs/common';
import type { Locale } from '@tsunagu/shared/domain';
import { DataSource } from 'typeorm';
import type { Principal } from '../../core/auth/principal';
import { BadUserInputError, NotFoundError } from '../../core/graphql/errors';
import type { NotificationPage, NotificationView } from './dto/notification.types';
import type { NotificationKind } from './notification-kinds';
import { NotificationTemplates } from './notification-templates';
import type { NotificationParams } from './notification.entity';
import { returnedRows } from './sql-rows';

/** How many notifications a page may hold. */
export const NOTIFICATION_PAGE_MAX = 50;

interface NotificationRow {
  id: string;
  kind: NotificationKind;
  params: NotificationParams;
  link: string | null;
  created_at: Date;
  read_at: Date | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function encodeCursor(row: NotificationRow): string {
  return Buffer.from(`${row.created_at.toISOString()}|${row.id}`).toString('base64url');
}

function decodeCursor(cursor: string): { createdAt: Date; id: string } {
  const [at, id, ...rest] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const createdAt = new Date(at ?? '');
  if (!id || rest.length || !UUID.test(id) || Number.isNaN(createdAt.getTime()))
    throw BadUserInputError.field('after', 'notifications.badCursor');
  return { createdAt, id };
}

/** Her notification centre: the list (newest first, rendered in the viewer's language), unread count, marking read. */
@Injectable()
export class NotificationCentreService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly templates: NotificationTemplates,
  ) {}

  async page(
    principal: Principal,
    locale: Locale,
    after: string | null,
    first: number,
  ): Promise<NotificationPage> {
    if (!Number.isInteger(first) || first < 1 || first > NOTIFICATION_PAGE_MAX)
      throw BadUserInputError.field('first', 'validation.range', { min: 1, max: NOTIFICATION_PAGE_MAX });
    const cursor = after ? decodeCursor(after) : null;
    const rows: NotificationRow[] = await this.dataSource.query(
      `SELECT id, kind, params, link, created_at, read_at FROM notifications
        WHERE user_id = $1 AND in_app
          AND ($2::timestamptz IS NULL OR (created_at, id) < ($2::timestamptz, $3::uuid))
        ORDER BY created_at DESC, id DESC LIMIT $4`,
      [principal.userId, cursor?.createdAt ?? null, cursor?.id ?? null, first + 1],
    );
    const shown = rows.slice(0, first);
    const renderer = this.templates.renderer();
    const items = await Promise.all(shown.map((row) => this.view(row, locale, renderer)));
    const last = shown[shown.length - 1];
    return {
      items,
      nextCursor: rows.length > first && last ? encodeCursor(last) : null,
      unreadCount: await this.unreadCount(principal),
    };
  }

  async unreadCount(principal: Principal): Promise<number> {
    const rows: { count: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS count FROM notifications WHERE user_id = $1 AND in_app AND read_at IS NULL`,
      [principal.userId],
    );
    return rows[0]?.count ?? 0;
  }

  /** Marks one of hers read (again: no change); someone else's is NOT_FOUND. */
  async markRead(principal: Principal, locale: Locale, id: string): Promise<NotificationView> {
    const rows = returnedRows<NotificationRow>(
      await this.dataSource.query(
        `UPDATE notifications SET read_at = COALESCE(read_at, now())
          WHERE id = $1 AND user_id = $2 AND in_app
          RETURNING id, kind, params, link, created_at, read_at`,
        [id, principal.userId],
      ),
    );
    const row = rows[0];
    if (!row) throw new NotFoundError('notifications.notFound');
    return this.view(row, locale, this.templates.renderer());
  }

  /** Marks all of hers read; returns how many were unread. */
  async markAllRead(principal: Principal): Promise<number> {
    const rows = returnedRows<{ id: string }>(
      await this.dataSource.query(
        `UPDATE notifications SET read_at = now() WHERE user_id = $1 AND in_app AND read_at IS NULL RETURNING id`,
        [principal.userId],
      ),
    );
    return rows.length;
  }

  private async view(
    row: NotificationRow,
    locale: Locale,
    renderer: ReturnType<NotificationTemplates['renderer']>,
  ): Promise<NotificationView> {
    let brief: { title: string; summary: string };
    try {
      brief = await renderer.brief(row.kind, row.params, locale);
    } catch {
      // What it was about is gone (a deleted session): the list still shows that something was said.
      brief = locale === 'ja' ? { title: 'お知らせ', summary: '' } : { title: 'Notice', summary: '' };
    }
    return {
      id: row.id,
      kind: row.kind,
      title: brief.title,
      summary: brief.summary,
      link: row.link,
      createdAt: row.created_at,
      readAt: row.read_at,
    };
  }
}
