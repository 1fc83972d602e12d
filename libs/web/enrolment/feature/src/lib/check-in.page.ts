import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  ElementRef,
  inject,
  Injector,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import {
  matchesName,
  RosterService,
  type RosterEntry,
  type RosterSession,
} from '@tsunagu/web/enrolment/data-access';
import { toAppError, type AppError, type AttendanceStatus } from '@tsunagu/web/shared/data-access';
import {
  AlertComponent,
  attr,
  CardComponent,
  EmptyStateComponent,
  focusIfLost,
  FormFieldComponent,
  LoadErrorComponent,
  LoadingStatusComponent,
  TsuInputDirective,
} from '@tsunagu/web/shared/ui';
import {
  ENROLMENT_PATHS,
  errorText,
  formatDateTime,
  formatMeetingShort,
  formatPersonName,
  I18nService,
  TranslatePipe,
} from '@tsunagu/web/shared/util';
import { cameraAvailable, createQrReader } from './qr-scanner';

/** The meeting to start on: the one under way or next today, else the next one, else the last. */
export function defaultMeetingId(
  meetings: readonly { id: string; startsAt: string; endsAt: string }[],
  now: Date,
): string | null {
  const upcoming = meetings.find((m) => new Date(m.endsAt).getTime() >= now.getTime());
  return (upcoming ?? meetings[meetings.length - 1])?.id ?? null;
}

/** The check-in desk: scan her QR code (or type it), or find her by name and mark her by hand. */
@Component({
  selector: 'tsu-check-in-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    AlertComponent,
    CardComponent,
    LoadErrorComponent,
    LoadingStatusComponent,
    EmptyStateComponent,
    FormFieldComponent,
    TsuInputDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    tsu-alert {
      margin-bottom: 1rem;
    }
    /* It follows the meeting select directly. */
    tsu-alert[data-testid='check-in-not-open'] {
      display: block;
      margin-top: 1rem;
    }
    video {
      width: 100%;
      max-width: 28rem;
      aspect-ratio: 1;
      object-fit: cover;
      background: #000;
      border-radius: var(--tsu-radius);
    }
    .people {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .people > li {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem 1rem;
      padding: 0.75rem 0;
      border-bottom: 1px solid var(--tsu-border-soft);
    }
    .people .name {
      flex: 1 1 10rem;
      font-weight: 700;
    }
    .people .kana {
      display: block;
      font-weight: 400;
      font-size: 0.875rem;
      color: var(--tsu-muted);
    }
    .mark {
      display: flex;
      gap: 0.5rem;
    }
    .state {
      min-width: 5rem;
    }
  `,
  template: `
    <div class="tsu-page tsu-page--wide" data-testid="check-in-page">
      <p>
        <a [routerLink]="paths.staffSessions.link()">{{ 'enrolment.staff.back' | t }}</a>
      </p>
      <h1>{{ 'enrolment.checkIn.title' | t }}</h1>
      <tsu-loading-status [active]="!session() && !loadError()" />
      @if (loadError(); as e) {
        <tsu-load-error [error]="e" [retrying]="loading()" (retry)="load(id())" />
      }
      @if (session(); as s) {
        <p class="tsu-lead">{{ s.course.title }} — {{ s.title }}</p>
        <tsu-form-field fieldId="check-in-meeting" [label]="'enrolment.checkIn.meeting' | t">
          <select tsuInput [formControl]="meeting" data-testid="check-in-meeting">
            @for (m of s.meetings; track m.id; let i = $index) {
              <option [value]="m.id">
                {{ 'enrolment.checkIn.meetingN' | t: { n: i + 1 } }} {{ meetingText(m) }}
              </option>
            }
          </select>
        </tsu-form-field>

        @if (notOpenUntil(); as opens) {
          <tsu-alert kind="info" data-testid="check-in-not-open">{{
            'enrolment.checkIn.notOpen' | t: { time: opens }
          }}</tsu-alert>
        }
        <div aria-live="polite" aria-atomic="true">
          @if (success(); as message) {
            <tsu-alert kind="success" data-testid="check-in-success">{{ message }}</tsu-alert>
          }
        </div>
        @if (failure(); as message) {
          <tsu-alert kind="error" data-testid="check-in-error">{{ message }}</tsu-alert>
        }

        <div class="tsu-grid tsu-grid--2">
          <tsu-card [heading]="'enrolment.checkIn.scanTitle' | t">
            @if (canScan) {
              @if (scanning()) {
                <video #video playsinline muted [attr.aria-label]="'enrolment.checkIn.camera' | t"></video>
                <div class="tsu-actions">
                  <button
                    type="button"
                    class="tsu-button tsu-button--secondary"
                    (click)="stopCamera(true)"
                    data-testid="camera-stop"
                  >
                    {{ 'enrolment.checkIn.stopCamera' | t }}
                  </button>
                </div>
              } @else {
                <p>{{ 'enrolment.checkIn.scanLead' | t }}</p>
                <button
                  type="button"
                  class="tsu-button tsu-button--block"
                  (click)="startCamera()"
                  data-testid="camera-start"
                >
                  {{ 'enrolment.checkIn.startCamera' | t }}
                </button>
              }
            } @else {
              <p data-testid="no-camera">{{ 'enrolment.checkIn.noScanner' | t }}</p>
            }
            <form
              class="tsu-form"
              (submit)="$event.preventDefault(); submitCode()"
              novalidate
              data-testid="code-form"
            >
              <tsu-form-field
                fieldId="check-in-code"
                [label]="'enrolment.checkIn.code' | t"
                [hint]="'enrolment.checkIn.codeHint' | t"
              >
                <input
                  tsuInput
                  type="text"
                  autocomplete="off"
                  spellcheck="false"
                  [formControl]="code"
                  data-testid="check-in-code"
                />
              </tsu-form-field>
              <button
                type="submit"
                class="tsu-button"
                [disabled]="busy() || notOpenUntil() !== null"
                data-testid="check-in-submit"
              >
                {{ 'enrolment.checkIn.submit' | t }}
              </button>
            </form>
          </tsu-card>

          <tsu-card [heading]="'enrolment.checkIn.searchTitle' | t">
            <tsu-form-field
              fieldId="check-in-search"
              [label]="'enrolment.checkIn.search' | t"
              [hint]="'enrolment.checkIn.searchHint' | t"
            >
              <input
                tsuInput
                type="search"
                autocomplete="off"
                [formControl]="query"
                data-testid="check-in-search"
              />
            </tsu-form-field>
            <p class="tsu-field__hint" aria-live="polite">
              {{
                'enrolment.checkIn.counts' | t: { attended: attendedCount(), total: participants().length }
              }}
            </p>
            @if (found().length === 0) {
              <tsu-empty-state [message]="'enrolment.checkIn.nobody' | t" />
            } @else {
              <ul class="people" data-testid="check-in-people">
                @for (e of found(); track e.id) {
                  <li [attr.data-testid]="'person-' + e.id">
                    <span class="name">
                      {{ name(e) }}
                      <span class="kana">{{ e.learner.familyNameKana }} {{ e.learner.givenNameKana }}</span>
                    </span>
                    <span class="state" [attr.data-testid]="'person-state-' + e.id">{{
                      stateKey(e) | t
                    }}</span>
                    <span class="mark">
                      <button
                        type="button"
                        class="tsu-button"
                        [attr.aria-pressed]="stateOf(e) === 'attended'"
                        [attr.aria-label]="('enrolment.checkIn.attended' | t) + ': ' + name(e)"
                        (click)="mark(e, 'attended')"
                        [disabled]="busy() || notOpenUntil() !== null"
                        data-testid="mark-attended"
                      >
                        {{ 'enrolment.checkIn.attended' | t }}
                      </button>
                      <button
                        type="button"
                        class="tsu-button tsu-button--secondary"
                        [attr.aria-pressed]="stateOf(e) === 'no_show'"
                        [attr.aria-label]="('enrolment.checkIn.noShow' | t) + ': ' + name(e)"
                        (click)="mark(e, 'no_show')"
                        [disabled]="busy() || notOpenUntil() !== null"
                        data-testid="mark-no-show"
                      >
                        {{ 'enrolment.checkIn.noShow' | t }}
                      </button>
                    </span>
                  </li>
                }
              </ul>
            }
          </tsu-card>
        </div>
      }
    </div>
  `,
})
export class CheckInPage {
  protected readonly paths = ENROLMENT_PATHS;
  readonly id = input.required<string>();

  private readonly service = inject(RosterService);
  protected readonly i18n = inject(I18nService);
  private readonly video = viewChild<ElementRef<HTMLVideoElement>>('video');
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  private readonly injector = inject(Injector);
  /** Buttons are disabled while a request runs, which drops focus; these put it back. */
  private readonly el = (selector: string) => () => this.host.querySelector<HTMLElement>(selector);

  protected readonly canScan = cameraAvailable();
  protected readonly session = signal<RosterSession | null>(null);
  protected readonly entries = signal<RosterEntry[]>([]);
  protected readonly loadError = signal<AppError | null>(null);
  protected readonly loading = signal(false);
  protected readonly success = signal<string | null>(null);
  protected readonly failure = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly scanning = signal(false);

  protected readonly meeting = new FormControl('', { nonNullable: true });
  protected readonly code = new FormControl('', { nonNullable: true });
  protected readonly query = new FormControl('', { nonNullable: true });
  private readonly meetingId = toSignal(this.meeting.valueChanges, { initialValue: '' });
  private readonly queryText = toSignal(this.query.valueChanges, { initialValue: '' });

  protected readonly participants = computed(() =>
    this.entries()
      .filter((e) => e.status === 'confirmed' || e.status === 'completed')
      .sort((a, b) => a.learner.familyNameKana.localeCompare(b.learner.familyNameKana, 'ja')),
  );
  protected readonly found = computed(() =>
    this.participants().filter((e) => matchesName(e, this.queryText())),
  );
  /** When attendance for the chosen meeting opens, while it has not: nothing can be marked before. */
  protected readonly notOpenUntil = computed(() => {
    const s = this.session();
    const meeting = s?.meetings.find((m) => m.id === (this.meetingId() || this.meeting.value));
    if (!s || !meeting) return null;
    const opensAt = new Date(meeting.startsAt).getTime() - s.checkInOpensMinutesBefore * 60_000;
    return this.now() < opensAt ? formatDateTime(new Date(opensAt).toISOString(), this.i18n.locale()) : null;
  });
  /** The clock the page reasons with, moved on every half minute so reception opens without a reload. */
  private readonly now = signal(Date.now());
  protected readonly attendedCount = computed(
    () => this.participants().filter((e) => this.stateOf(e) === 'attended').length,
  );

  private stream: MediaStream | null = null;
  private lastScan = { code: '', at: 0 };

  constructor() {
    // The load must not track the signals Apollo's links read (the locale): a language switch
    // would otherwise reload the page and lose what she just did.
    effect(() => {
      const id = this.id();
      untracked(() => void this.load(id));
    });
    const clock = setInterval(() => this.now.set(Date.now()), 30_000);
    inject(DestroyRef).onDestroy(() => {
      clearInterval(clock);
      this.stopCamera();
    });
  }

  protected name(e: RosterEntry): string {
    return formatPersonName(e.learner);
  }

  protected meetingText(m: { startsAt: string; endsAt: string }): string {
    return formatMeetingShort(m, this.i18n.locale());
  }

  protected stateOf(e: RosterEntry): AttendanceStatus | null {
    const meetingId = this.meetingId() || this.meeting.value;
    return e.attendance.find((a) => a.meetingId === meetingId)?.status ?? null;
  }

  protected stateKey(e: RosterEntry) {
    const state = this.stateOf(e);
    return state === 'attended'
      ? ('enrolment.checkIn.stateAttended' as const)
      : state === 'no_show'
        ? ('enrolment.checkIn.stateNoShow' as const)
        : ('enrolment.checkIn.stateNone' as const);
  }

  protected async load(id: string): Promise<void> {
    this.loading.set(true);
    try {
      const { session, entries } = await this.service.roster(id);
      this.session.set(session);
      this.entries.set(entries);
      if (!this.meeting.value) this.meeting.setValue(defaultMeetingId(session.meetings, new Date()) ?? '');
      this.loadError.set(null);
    } catch (error) {
      this.loadError.set(toAppError(error));
    } finally {
      this.loading.set(false);
    }
  }

  private replace(updated: RosterEntry): void {
    this.entries.update((list) => list.map((e) => (e.id === updated.id ? updated : e)));
  }

  private fail(error: unknown): void {
    const appError = toAppError(error);
    this.failure.set(appError.fields?.['code'] ?? errorText(this.i18n, appError));
  }

  protected async submitCode(): Promise<void> {
    const code = this.code.value.trim();
    if (!code) {
      this.success.set(null);
      this.failure.set(this.i18n.t('enrolment.checkIn.codeRequired'));
      return;
    }
    await this.checkIn(code);
  }

  private async checkIn(code: string): Promise<void> {
    const session = this.session();
    if (!session || !this.meeting.value) return;
    this.busy.set(true);
    this.success.set(null);
    this.failure.set(null);
    try {
      const entry = await this.service.checkIn(session.id, this.meeting.value, code);
      this.replace(entry);
      this.code.setValue('');
      this.success.set(this.i18n.t('enrolment.checkIn.done', { name: this.name(entry) }));
    } catch (error) {
      this.fail(error);
    } finally {
      this.busy.set(false);
    }
    // Ready for the next person's code.
    focusIfLost(this.injector, this.el('[data-testid="check-in-code"]'));
  }

  protected async mark(e: RosterEntry, status: AttendanceStatus): Promise<void> {
    if (!this.meeting.value) return;
    this.busy.set(true);
    this.success.set(null);
    this.failure.set(null);
    try {
      const entry = await this.service.mark(e.id, this.meeting.value, status);
      this.replace(entry);
      this.success.set(
        this.i18n.t(status === 'attended' ? 'enrolment.checkIn.done' : 'enrolment.checkIn.markedNoShow', {
          name: this.name(entry),
        }),
      );
    } catch (error) {
      this.fail(error);
    } finally {
      this.busy.set(false);
    }
    const row = attr('data-testid', `person-${e.id}`);
    focusIfLost(
      this.injector,
      this.el(`${row} [data-testid="${status === 'attended' ? 'mark-attended' : 'mark-no-show'}"]`),
      this.el('[data-testid="check-in-search"]'),
    );
  }

  protected async startCamera(): Promise<void> {
    this.failure.set(null);
    try {
      this.stream = await navigator.mediaDevices.getUserMedia({
        video: { facingMode: 'environment' },
        audio: false,
      });
    } catch {
      this.failure.set(this.i18n.t('enrolment.checkIn.cameraDenied'));
      return;
    }
    this.scanning.set(true);
    focusIfLost(this.injector, this.el('[data-testid="camera-stop"]'));
    // Wait for the <video> to render, then feed it and start detecting.
    await new Promise((resolve) => setTimeout(resolve));
    const video = this.video()?.nativeElement;
    if (!video || !this.stream) return;
    video.srcObject = this.stream;
    await video.play().catch(() => undefined);
    const read = await createQrReader();
    const tick = async (): Promise<void> => {
      if (!this.scanning()) return;
      try {
        const found = await read(video);
        const now = Date.now();
        if (found && !this.busy() && (found !== this.lastScan.code || now - this.lastScan.at > 4000)) {
          this.lastScan = { code: found, at: now };
          await this.checkIn(found);
        }
      } catch {
        // A frame that could not be read; try the next one.
      }
      setTimeout(() => void tick(), 250);
    };
    void tick();
  }

  stopCamera(byHer = false): void {
    this.scanning.set(false);
    this.stream?.getTracks().forEach((track) => track.stop());
    this.stream = null;
    if (byHer) focusIfLost(this.injector, this.el('[data-testid="camera-start"]'));
  }
}
