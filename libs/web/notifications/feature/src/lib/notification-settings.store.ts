import { computed, inject, Injectable, signal } from '@angular/core';
import {
  NotificationSettingsService,
  type LineLinkState,
  type NotificationPreferenceRow,
} from '@tsunagu/web/notifications/data-access';
import { loadOnce } from '@tsunagu/web/shared/data-access';

/**
 * The account page's notification state, shared by its sections: preferences per kind and the LINE
 * link (the preferences show a LINE column once she has linked). Provided by the sections' container.
 */
@Injectable()
export class NotificationSettingsStore {
  private readonly service = inject(NotificationSettingsService);
  readonly query = loadOnce(() => this.service.preferences());
  /** Loaded apart: the preferences work even when the LINE state cannot be read (then no LINE at all). */
  private readonly lineQuery = loadOnce(() => this.service.lineLink());
  private readonly lineOverride = signal<LineLinkState | null>(null);
  private readonly rowOverrides = signal<ReadonlyMap<string, NotificationPreferenceRow>>(new Map());

  readonly line = computed(() => this.lineOverride() ?? this.lineQuery.data() ?? null);
  readonly preferences = computed(() => {
    const overrides = this.rowOverrides();
    return (this.query.data() ?? []).map((row) => overrides.get(row.kind) ?? row);
  });
  /** LINE is a channel she can choose: configured on the server and linked to her account. */
  readonly lineChannel = computed(() => {
    const line = this.line();
    return !!line && line.enabled && line.linked;
  });

  setLine(line: LineLinkState): void {
    this.lineOverride.set(line);
  }

  setRow(row: NotificationPreferenceRow): void {
    this.rowOverrides.update((rows) => new Map(rows).set(row.kind, row));
  }
}
