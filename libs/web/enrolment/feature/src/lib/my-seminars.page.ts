import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  Injector,
  signal,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import {
  EnrolmentService,
  groupEnrolments,
  SEMINAR_GROUPS,
  type MyEnrolment,
  type SeminarGroup,
} from '@tsunagu/web/enrolment/data-access';
import { QrCodeComponent, StatusBadgeComponent } from '@tsunagu/web/enrolment/ui';
import { appErrorText, loadOnce } from '@tsunagu/web/shared/data-access';
import {
  AlertComponent,
  attr,
  CardComponent,
  ConfirmInlineComponent,
  EmptyStateComponent,
  PageStateComponent,
  TsuInPageLinkDirective,
} from '@tsunagu/web/shared/ui';
import {
  CATALOGUE_PATHS,
  ENROLMENT_PATHS,
  formatDate,
  formatDateTime,
  formatMeeting,
  I18nService,
  TranslatePipe,
} from '@tsunagu/web/shared/util';
import { childcareStatusKey } from './format';
import { MyNominationsComponent } from './my-nominations.component';

/** Her seminars by what happens next: upcoming (with the QR code), waitlist, lottery, past, cancelled. */
@Component({
  selector: 'tsu-my-seminars-page',
  imports: [
    RouterLink,
    TranslatePipe,
    AlertComponent,
    CardComponent,
    EmptyStateComponent,
    PageStateComponent,
    ConfirmInlineComponent,
    TsuInPageLinkDirective,
    QrCodeComponent,
    StatusBadgeComponent,
    MyNominationsComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    tsu-alert {
      margin-bottom: 1rem;
    }
    .jump {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      list-style: none;
      padding: 0;
      margin: 0 0 1.25rem;
    }
    .jump a {
      display: inline-flex;
      align-items: center;
      min-height: var(--tsu-touch);
      padding: 0.25rem 0.875rem;
      border: 1px solid var(--tsu-border-soft);
      border-radius: 999px;
      background: var(--tsu-surface);
      text-decoration: none;
      font-weight: 500;
    }
    section {
      margin-bottom: 1.5rem;
    }
    .entries {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .head {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
      margin-bottom: 0.5rem;
    }
    .head h3 {
      margin: 0;
      flex: 1 1 12rem;
    }
    .meta {
      margin: 0 0 0.75rem;
      padding-left: 1.25rem;
    }
    .qr {
      display: flex;
      flex-direction: column;
      align-items: center;
      margin: 0.75rem 0;
    }
    .confirm {
      margin-top: 0.75rem;
    }
  `,
  template: `
    <div class="tsu-page tsu-page--wide" data-testid="my-seminars-page">
      <h1>{{ 'enrolment.my.title' | t }}</h1>
      <p class="tsu-lead">{{ 'enrolment.my.lead' | t }}</p>

      @if (notice(); as message) {
        <tsu-alert kind="success" tabindex="-1" data-testid="my-notice">{{ message }}</tsu-alert>
      }
      @if (error(); as message) {
        <tsu-alert kind="error" tabindex="-1" data-testid="my-error">{{ message }}</tsu-alert>
      }
      <tsu-page-state [loading]="query.loading()" [error]="query.error()" (retry)="query.reload()" />
      <tsu-my-nominations (answered)="notice.set($event)" (accepted)="query.reload()" />

      @if (loaded()) {
        @if (enrolments().length === 0) {
          <tsu-empty-state [message]="'enrolment.my.empty' | t">
            <a [routerLink]="catalogue.catalogue.link()">{{ 'enrolment.my.browse' | t }}</a>
          </tsu-empty-state>
        } @else {
          <nav [attr.aria-label]="'enrolment.my.sections' | t">
            <ul class="jump">
              @for (group of visibleGroups(); track group) {
                <li>
                  <a [tsuInPageLink]="'my-' + group">
                    {{ groupKey(group) | t }} ({{ groups()[group].length }})
                  </a>
                </li>
              }
            </ul>
          </nav>
          @for (group of visibleGroups(); track group) {
            <section [id]="'my-' + group" [attr.data-testid]="'my-group-' + group" tabindex="-1">
              <h2>{{ groupKey(group) | t }}</h2>
              <ul class="entries">
                @for (e of groups()[group]; track e.id) {
                  <li>
                    <tsu-card [attr.data-testid]="'my-enrolment-' + e.id">
                      <div class="head">
                        <h3>{{ e.session.course.title }}</h3>
                        <tsu-status-badge [status]="e.status" />
                      </div>
                      <ul class="meta">
                        <li>{{ e.session.title }}</li>
                        @for (m of e.session.meetings; track m.id) {
                          <li>{{ meeting(m) }}</li>
                        }
                        @if (e.session.venueName) {
                          <li>
                            {{ e.session.venueName }}
                            @if (e.session.venueAddress) {
                              （{{ e.session.venueAddress }}）
                            }
                          </li>
                        }
                        @if (e.session.isOnline) {
                          <li>
                            {{ 'enrolment.online' | t }}
                            @if (e.session.onlineUrl && group === 'upcoming') {
                              <a
                                [href]="e.session.onlineUrl"
                                target="_blank"
                                rel="noopener"
                                data-testid="online-link"
                                >{{ 'enrolment.my.join' | t }}</a
                              >
                            }
                          </li>
                        }
                        @if (e.childcareRequested) {
                          <li>
                            {{ childcareStatus(e) | t }}
                          </li>
                        }
                      </ul>

                      @switch (group) {
                        @case ('upcoming') {
                          @if (e.checkInCode) {
                            <div class="qr">
                              <p>{{ 'enrolment.my.qrHint' | t }}</p>
                              <tsu-qr-code
                                [value]="e.checkInCode"
                                [label]="'enrolment.my.qrAlt' | t"
                                [textLabel]="'enrolment.my.qrTextLabel' | t"
                              />
                            </div>
                          }
                        }
                        @case ('waitlist') {
                          <p data-testid="waitlist-position">
                            <strong>{{
                              'enrolment.my.position' | t: { position: e.waitlistPosition ?? '-' }
                            }}</strong>
                          </p>
                          <p>{{ 'enrolment.enrol.nextWaitlisted' | t }}</p>
                        }
                        @case ('lottery') {
                          <p>
                            {{
                              'enrolment.enrol.applied'
                                | t: { date: e.session.drawAt ? date(e.session.drawAt) : '-' }
                            }}
                          </p>
                        }
                        @case ('past') {
                          @if (e.certificate; as c) {
                            <p>
                              {{ 'enrolment.my.certificateIssued' | t: { date: date(c.issuedAt) } }}<br />
                              {{ 'enrolment.my.verificationCode' | t }}: <code>{{ c.verificationCode }}</code>
                            </p>
                            <button
                              type="button"
                              class="tsu-button"
                              (click)="download(e)"
                              [disabled]="busy() === e.id"
                              data-testid="certificate-download"
                            >
                              {{ 'enrolment.my.downloadCertificate' | t }}
                            </button>
                          } @else {
                            <p>{{ 'enrolment.my.noCertificate' | t }}</p>
                          }
                        }
                        @case ('cancelled') {
                          @if (e.session.status === 'cancelled') {
                            <p data-testid="session-cancelled">{{ 'enrolment.my.sessionCancelled' | t }}</p>
                          }
                        }
                      }

                      <!-- Her application number stays after the draw: it is how she checks the result. -->
                      @if (e.lotteryTicket && group !== 'cancelled') {
                        <p data-testid="lottery-ticket">
                          {{ 'enrolment.my.lotteryTicket' | t }}: <code>{{ e.lotteryTicket }}</code>
                          <br />
                          <a [routerLink]="paths.lottery.link({ id: e.session.id })">{{
                            'enrolment.my.lotteryCheck' | t
                          }}</a>
                        </p>
                      }

                      @if (canCancel(e)) {
                        @if (confirming() === e.id) {
                          <tsu-confirm-inline
                            class="confirm"
                            [attr.data-confirm]="e.id"
                            [question]="'enrolment.my.cancelConfirm' | t"
                            [confirmLabel]="'enrolment.my.cancelYes' | t"
                            [dismissLabel]="'enrolment.my.cancelNo' | t"
                            [busy]="busy() === e.id"
                            confirmTestId="cancel-confirm"
                            dismissTestId="cancel-back"
                            (confirmed)="cancel(e)"
                            (dismissed)="stopConfirming(e)"
                          />
                        } @else {
                          <p class="tsu-field__hint">
                            {{
                              'enrolment.my.cancelUntil'
                                | t: { date: dateTime(e.session.cancellationDeadline) }
                            }}
                          </p>
                          <button
                            type="button"
                            class="tsu-button tsu-button--secondary"
                            (click)="confirm(e)"
                            [attr.data-cancel]="e.id"
                            data-testid="cancel-button"
                          >
                            {{ 'enrolment.my.cancel' | t }}
                          </button>
                        }
                      }
                    </tsu-card>
                  </li>
                }
              </ul>
            </section>
          }
        }
      }
    </div>
  `,
})
export class MySeminarsPage {
  protected readonly paths = ENROLMENT_PATHS;
  protected readonly catalogue = CATALOGUE_PATHS;
  protected readonly childcareStatus = childcareStatusKey;
  private readonly service = inject(EnrolmentService);
  protected readonly i18n = inject(I18nService);

  protected readonly query = loadOnce(() => this.service.myEnrolments());
  protected readonly enrolments = computed(() => this.query.data() ?? []);
  /** Once a load has answered; a failed reload keeps the list she saw. */
  protected readonly loaded = computed(() => this.query.data() !== null);
  /** An action that failed (cancel, download); the list stays as it was. */
  protected readonly error = signal<string | null>(null);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  private readonly injector = inject(Injector);
  protected readonly notice = signal<string | null>(null);
  protected readonly confirming = signal<string | null>(null);
  protected readonly busy = signal<string | null>(null);
  protected readonly groups = computed(() => groupEnrolments(this.enrolments(), new Date()));
  protected readonly visibleGroups = computed(() =>
    SEMINAR_GROUPS.filter((g) => this.groups()[g].length > 0),
  );

  protected groupKey(group: SeminarGroup) {
    return `enrolment.my.groups.${group}` as const;
  }

  protected meeting(m: { startsAt: string; endsAt: string }): string {
    return formatMeeting(m, this.i18n.locale());
  }

  protected date(value: string): string {
    return formatDate(value, this.i18n.locale());
  }

  protected dateTime(value: string): string {
    return formatDateTime(value, this.i18n.locale());
  }

  protected canCancel(e: MyEnrolment): boolean {
    return (
      (e.status === 'confirmed' || e.status === 'waitlisted' || e.status === 'applied') &&
      Date.now() < new Date(e.session.cancellationDeadline).getTime()
    );
  }

  /** The button she pressed goes away with each step, so focus follows to what replaces it. */
  private focusSoon(selector: string): void {
    afterNextRender(() => this.host.querySelector<HTMLElement>(selector)?.focus(), {
      injector: this.injector,
    });
  }

  protected confirm(e: MyEnrolment): void {
    this.confirming.set(e.id);
    this.focusSoon(attr('data-confirm', e.id));
  }

  protected stopConfirming(e: MyEnrolment): void {
    this.confirming.set(null);
    this.focusSoon(attr('data-cancel', e.id));
  }

  protected async cancel(e: MyEnrolment): Promise<void> {
    this.busy.set(e.id);
    this.error.set(null);
    this.notice.set(null);
    try {
      await this.service.cancel(e.id);
      this.confirming.set(null);
      this.notice.set(this.i18n.t('enrolment.my.cancelled', { title: e.session.course.title }));
      await this.query.reload();
      this.focusSoon('[data-testid="my-notice"]');
    } catch (error) {
      this.error.set(appErrorText(error, this.i18n));
      this.focusSoon('[data-testid="my-error"]');
    } finally {
      this.busy.set(null);
    }
  }

  protected async download(e: MyEnrolment): Promise<void> {
    this.busy.set(e.id);
    this.error.set(null);
    try {
      await this.service.downloadCertificate(e.id);
    } catch {
      this.error.set(this.i18n.t('enrolment.downloadFailed'));
      this.focusSoon('[data-testid="my-error"]');
    } finally {
      this.busy.set(null);
    }
  }
}
