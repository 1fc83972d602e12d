import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import {
  NotificationSettingsService,
  type NotificationPreferenceRow,
} from '@tsunagu/web/notifications/data-access';
import { appErrorText } from '@tsunagu/web/shared/data-access';
import { AlertComponent, CardComponent, PageStateComponent } from '@tsunagu/web/shared/ui';
import { I18nService, NOTIFICATION_SECTION_IDS, TranslatePipe } from '@tsunagu/web/shared/util';
import { NotificationSettingsStore } from './notification-settings.store';
import { kindKey } from './notification-texts';
import { channelLocked, withChannel, type PreferenceChannel } from './preference-rows';

/**
 * 「お知らせの受け取り方」: one fieldset per kind (its name the legend) with a box per channel, saved on
 * each change. Transactional kinds say that the in-app record is always kept, and their in-app box is
 * checked and disabled. The LINE column appears once LINE is enabled and linked.
 */
@Component({
  selector: 'tsu-notification-preferences',
  imports: [TranslatePipe, AlertComponent, CardComponent, PageStateComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .group {
      margin: 1.25rem 0 0.25rem;
    }
    .kinds {
      border-top: 1px solid var(--tsu-border-soft);
      margin-top: 0.5rem;
    }
    .kind {
      padding: 0.5rem 0 0.25rem;
      border-bottom: 1px solid var(--tsu-border-soft);
    }
    .kind > legend {
      margin-bottom: 0;
      padding-top: 0.25rem;
    }
    .channels {
      display: flex;
      flex-wrap: wrap;
      column-gap: 1.5rem;
    }
    .tsu-choice input:disabled + span {
      color: var(--tsu-muted);
    }
    tsu-alert {
      margin-top: 0.75rem;
    }
  `,
  template: `
    <tsu-card [heading]="'notifications.preferences.title' | t" [attr.id]="sectionId">
      <p class="tsu-field__hint">{{ 'notifications.preferences.lead' | t }}</p>
      <tsu-page-state
        [loading]="store.query.loading()"
        [error]="store.query.error()"
        [empty]="store.query.data() !== null && rows().length === 0"
        [emptyMessage]="'notifications.preferences.none' | t"
        (retry)="store.query.reload()"
      />
      @if (lineHint()) {
        <p class="tsu-field__hint" data-testid="preferences-line-hint">
          {{ 'notifications.preferences.lineHint' | t }}
        </p>
      }
      <div data-testid="notification-preferences">
        @for (group of groups(); track group.transactional) {
          @if (group.rows.length > 0) {
            <h3 class="group">{{ groupHeading(group.transactional) | t }}</h3>
            @if (group.transactional) {
              <p class="tsu-field__hint" id="pref-note-transactional">
                {{ 'notifications.preferences.transactional' | t }}
              </p>
            }
            <div class="kinds">
              @for (row of group.rows; track row.kind) {
                <fieldset
                  class="tsu-fieldset kind"
                  [attr.data-kind]="row.kind"
                  [attr.aria-busy]="saving() === row.kind"
                  [attr.aria-describedby]="row.transactional ? 'pref-note-transactional' : null"
                  data-testid="preference-kind"
                >
                  <legend>{{ kind(row) | t }}</legend>
                  <div class="channels">
                    @for (channel of channels(); track channel) {
                      <label class="tsu-choice">
                        <input
                          type="checkbox"
                          [checked]="row[channel]"
                          [disabled]="locked(row, channel)"
                          (change)="toggle(row, channel, $event)"
                          [attr.data-testid]="'pref-' + row.kind + '-' + channel"
                        />
                        <span>{{ channelLabel(channel) | t }}</span>
                      </label>
                    }
                  </div>
                </fieldset>
              }
            </div>
          }
        }
      </div>
      <div role="status">
        @if (saved(); as row) {
          <tsu-alert kind="success" data-testid="preferences-saved">{{
            'notifications.preferences.saved' | t: { kind: (kind(row) | t) }
          }}</tsu-alert>
        }
      </div>
      @if (error(); as message) {
        <tsu-alert kind="error" tabindex="-1" data-testid="preferences-error">{{ message }}</tsu-alert>
      }
    </tsu-card>
  `,
})
export class NotificationPreferencesComponent {
  protected readonly store = inject(NotificationSettingsStore);
  private readonly service = inject(NotificationSettingsService);
  private readonly i18n = inject(I18nService);
  protected readonly sectionId = NOTIFICATION_SECTION_IDS.preferences;
  protected readonly kind = kindKey;
  protected readonly locked = channelLocked;

  protected readonly rows = this.store.preferences;
  /** Important notices first (their in-app record always kept, said once for all of them), then the rest. */
  protected readonly groups = computed(() => [
    { transactional: true, rows: this.rows().filter((r) => r.transactional) },
    { transactional: false, rows: this.rows().filter((r) => !r.transactional) },
  ]);
  protected readonly channels = computed<PreferenceChannel[]>(() =>
    this.store.lineChannel() ? ['email', 'inApp', 'line'] : ['email', 'inApp'],
  );
  protected readonly lineHint = computed(() => {
    const line = this.store.line();
    return !!line && line.enabled && !line.linked && this.rows().length > 0;
  });
  protected readonly saving = signal<string | null>(null);
  /** The kind just saved (worded in the template, so it follows a language switch). */
  protected readonly saved = signal<NotificationPreferenceRow | null>(null);
  protected readonly error = signal<string | null>(null);

  protected groupHeading(transactional: boolean) {
    return transactional ? 'notifications.preferences.important' : 'notifications.preferences.other';
  }

  protected channelLabel(channel: PreferenceChannel) {
    const names = { email: 'EMAIL', inApp: 'IN_APP', line: 'LINE' } as const;
    return `notifications.channel.${names[channel]}` as const;
  }

  /** What she last asked for per kind, so quick changes of two boxes build on each other. */
  private readonly asked = new Map<string, NotificationPreferenceRow>();

  protected async toggle(
    row: NotificationPreferenceRow,
    channel: PreferenceChannel,
    event: Event,
  ): Promise<void> {
    const input = event.target as HTMLInputElement;
    const wanted = withChannel(this.asked.get(row.kind) ?? row, channel, input.checked);
    this.asked.set(row.kind, wanted);
    this.saving.set(row.kind);
    this.saved.set(null);
    this.error.set(null);
    try {
      const answer = await this.service.setPreference(wanted);
      if (this.asked.get(row.kind) === wanted) this.asked.delete(row.kind);
      this.store.setRow(answer);
      this.saved.set(answer);
    } catch (error) {
      // The box shows what is saved, not what she tried.
      this.asked.delete(row.kind);
      input.checked = row[channel];
      this.error.set(appErrorText(error, this.i18n));
    } finally {
      this.saving.set(null);
    }
  }
}
