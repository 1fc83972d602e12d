import {
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  Injector,
  input,
  signal,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import {
  NotificationsService,
  type NotificationPreferenceItem,
} from '@tsunagu/web/notifications/data-access';
import { appErrorText, type NotificationKind } from '@tsunagu/web/shared/data-access';
import { AlertComponent, focusIfLost } from '@tsunagu/web/shared/ui';
import {
  I18nService,
  IDENTITY_PATHS,
  NOTIFICATION_SECTION_IDS,
  TranslatePipe,
} from '@tsunagu/web/shared/util';
import { kindKey } from './notification-texts';

const KINDS: readonly NotificationKind[] = [
  'ENROLMENT_CONFIRMED',
  'ENROLMENT_WAITLISTED',
  'ENROLMENT_PROMOTED',
  'LOTTERY_RESULT',
  'ENROLMENT_CANCELLED',
  'SESSION_CANCELLED',
  'SESSION_CHANGED',
  'SESSION_REMINDER',
  'STAFF_DIGEST',
  'COMPANY_APPLICATION_DECIDED',
  'COMPANY_EMPLOYEE_INVITED',
  'SEAT_NOMINATION_RECEIVED',
  'SEAT_NOMINATION_ANSWERED',
];
// Account kinds (password reset, address check) have no unsubscribe link.

/** The kind in an unsubscribe token (`<userId>.<kind>.<mac>`, kind as the API spells it), or null. */
export function kindInToken(token: string | null | undefined): NotificationKind | null {
  const kind = token?.split('.')[1]?.toUpperCase();
  return KINDS.find((k) => k === kind) ?? null;
}

/**
 * `/unsubscribe?token=…` from a mail's footer: she confirms (a link scanner opening the page changes
 * nothing), the API turns off that kind's email, and the page says which, with a way to her preferences.
 */
@Component({
  selector: 'tsu-unsubscribe-page',
  imports: [RouterLink, TranslatePipe, AlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    tsu-alert {
      margin-bottom: 1rem;
    }
  `,
  template: `
    <div class="tsu-page" data-testid="unsubscribe-page">
      <h1>{{ 'notifications.unsubscribe.title' | t }}</h1>
      @if (!token()) {
        <tsu-alert kind="error" data-testid="unsubscribe-no-token">{{
          'notifications.unsubscribe.noToken' | t
        }}</tsu-alert>
      } @else if (done(); as pref) {
        <tsu-alert kind="success" tabindex="-1" data-testid="unsubscribe-done">
          {{ 'notifications.unsubscribe.done' | t: { kind: (kind(pref) | t) } }}
          @if (pref.inApp) {
            {{ 'notifications.unsubscribe.inAppKept' | t }}
          }
        </tsu-alert>
      } @else {
        @if (tokenKind(); as k) {
          <p data-testid="unsubscribe-kind">
            {{ 'notifications.unsubscribe.leadKind' | t: { kind: (kindName(k) | t) } }}
          </p>
        } @else {
          <p>{{ 'notifications.unsubscribe.lead' | t }}</p>
        }
        @if (error(); as message) {
          <tsu-alert kind="error" tabindex="-1" data-testid="unsubscribe-error">{{ message }}</tsu-alert>
        }
        <button
          type="button"
          class="tsu-button"
          (click)="confirm()"
          [disabled]="busy()"
          data-testid="unsubscribe-confirm"
        >
          {{ 'notifications.unsubscribe.confirm' | t }}
        </button>
      }
      <p class="tsu-actions">
        <a [routerLink]="account" [fragment]="preferencesId" data-testid="unsubscribe-preferences">{{
          'notifications.unsubscribe.preferences' | t
        }}</a>
      </p>
    </div>
  `,
})
export class UnsubscribePage {
  /** From the query string (`withComponentInputBinding`). */
  readonly token = input<string | undefined>();
  private readonly service = inject(NotificationsService);
  private readonly i18n = inject(I18nService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  private readonly injector = inject(Injector);
  protected readonly account = IDENTITY_PATHS.account.link();
  protected readonly preferencesId = NOTIFICATION_SECTION_IDS.preferences;
  protected readonly kind = kindKey;
  /** The kind the token names, when it reads as one (the API decides; this only words the question). */
  protected readonly tokenKind = computed(() => kindInToken(this.token()));
  protected readonly kindName = (kind: NotificationKind) => kindKey({ kind });
  protected readonly busy = signal(false);
  protected readonly done = signal<NotificationPreferenceItem | null>(null);
  protected readonly error = signal<string | null>(null);

  async confirm(): Promise<void> {
    const token = this.token();
    if (!token) return;
    this.busy.set(true);
    this.error.set(null);
    try {
      this.done.set(await this.service.unsubscribe(token));
      focusIfLost(this.injector, () =>
        this.host.querySelector<HTMLElement>('[data-testid="unsubscribe-done"]'),
      );
    } catch (error) {
      this.error.set(appErrorText(error, this.i18n));
      focusIfLost(this.injector, () =>
        this.host.querySelector<HTMLElement>('[data-testid="unsubscribe-error"]'),
      );
    } finally {
      this.busy.set(false);
    }
  }
}
