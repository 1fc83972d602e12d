import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Principal } from '../../core/auth/principal';
import { BadUserInputError } from '../../core/graphql/errors';
import { effectiveChoice, isAccountKind, isTransactional } from './channel-choice';
import type { NotificationPreference, NotificationPreferenceInput } from './dto/notification.types';
import { NOTIFICATION_KIND_NAMES, NOTIFICATION_KINDS, type NotificationKind } from './notification-kinds';

interface PreferenceRow {
  kind: NotificationKind;
  email: boolean;
  in_app: boolean;
  line: boolean;
}

function preference(kind: NotificationKind, row: PreferenceRow | undefined): NotificationPreference {
  const choice = effectiveChoice(kind, row ? { email: row.email, in_app: row.in_app, line: row.line } : null);
  return {
    kind,
    email: choice.email,
    inApp: choice.in_app,
    line: choice.line,
    transactional: isTransactional(kind),
  };
}

/** Her per-kind choices (a kind without a row has the defaults), for the kinds meant for her. */
@Injectable()
export class NotificationPreferencesService {
  constructor(private readonly dataSource: DataSource) {}

  async mine(principal: Principal): Promise<NotificationPreference[]> {
    const rows: PreferenceRow[] = await this.dataSource.query(
      `SELECT kind, email, in_app, line FROM notification_preferences WHERE user_id = $1`,
      [principal.userId],
    );
    const staff = principal.hasRoleAnywhere(['staff', 'admin', 'company_admin']) || principal.isPlatformAdmin;
    return NOTIFICATION_KIND_NAMES.filter(
      (kind) => !isAccountKind(kind) && (NOTIFICATION_KINDS[kind].audience === 'learner' || staff),
    ).map((kind) =>
      preference(
        kind,
        rows.find((row) => row.kind === kind),
      ),
    );
  }

  set(principal: Principal, input: NotificationPreferenceInput): Promise<NotificationPreference> {
    if (isAccountKind(input.kind)) throw BadUserInputError.field('kind', 'notifications.kindNotSwitchable');
    if (isTransactional(input.kind) && !input.inApp)
      throw BadUserInputError.field('inApp', 'notifications.transactionalInApp');
    return this.write(principal.userId, input.kind, {
      email: input.email,
      inApp: input.inApp,
      line: input.line,
    });
  }

  /** Turns off email for one kind (one-click unsubscribe), keeping her other choices. */
  async emailOff(userId: string, kind: NotificationKind): Promise<NotificationPreference> {
    const rows: PreferenceRow[] = await this.dataSource.query(
      `SELECT kind, email, in_app, line FROM notification_preferences WHERE user_id = $1 AND kind = $2`,
      [userId, kind],
    );
    const current = preference(kind, rows[0]);
    return this.write(userId, kind, { email: false, inApp: current.inApp, line: current.line });
  }

  private async write(
    userId: string,
    kind: NotificationKind,
    choice: { email: boolean; inApp: boolean; line: boolean },
  ): Promise<NotificationPreference> {
    const rows: PreferenceRow[] = await this.dataSource.query(
      `INSERT INTO notification_preferences (user_id, kind, email, in_app, line) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (user_id, kind) DO UPDATE SET email = EXCLUDED.email, in_app = EXCLUDED.in_app, line = EXCLUDED.line
       RETURNING kind, email, in_app, line`,
      [userId, kind, choice.email, choice.inApp, choice.line],
    );
    return preference(kind, rows[0]);
  }
}
