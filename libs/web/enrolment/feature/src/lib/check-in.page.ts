import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  ElementRef,
  inject,
  Injector,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { RosterService, type RosterEntry } from '@tsunagu/web/enrolment/data-access';
import { loadOnChange, toAppError, type AttendanceStatus } from '@tsunagu/web/shared/data-access';
import {
  AlertComponent,
  attr,
  CardComponent,
  focusIfLost,
  FormFieldComponent,
  PageStateComponent,
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
import { CheckInPeopleComponent } from './check-in-people.component';
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
    PageStateComponent,
    FormFieldComponent,
    TsuInputDirective,
    CheckInPeopleComponent,
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
  `,
  template: `
    <div class="tsu-page tsu-page--wide" data-testid="check-in-page">
      <p>
        <a [routerLink]="paths.staffSessions.link()">{{ 'enrolment.staff.back' | t }}</a>
      </p>
      <h1>{{ 'enrolment.checkIn.title' | t }}</h1>
      <tsu-page-state
        [loading]="!session()"
        [retrying]="roster.loading()"
        [error]="roster.error()"
        (retry)="roster.reload()"
      />
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

          <tsu-check-in-people
            [participants]="participants()"
            [meetingId]="meetingId() || meeting.value"
            [locked]="busy() || notOpenUntil() !== null"
            (marked)="mark($event.entry, $event.status)"
          />
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
  /** Loaded when the id changes, never on a language switch (she would lose the marks on screen). */
  protected readonly roster = loadOnChange(
    () => this.id(),
    async (id) => {
      const roster = await this.service.roster(id);
      if (!this.meeting.value)
        this.meeting.setValue(defaultMeetingId(roster.session.meetings, new Date()) ?? '');
      return roster;
    },
  );
  protected readonly session = computed(() => this.roster.data()?.session ?? null);
  private readonly entries = computed(() => this.roster.data()?.entries ?? []);
  protected readonly success = signal<string | null>(null);
  protected readonly failure = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly scanning = signal(false);

  protected readonly meeting = new FormControl('', { nonNullable: true });
  protected readonly code = new FormControl('', { nonNullable: true });
  protected readonly meetingId = toSignal(this.meeting.valueChanges, { initialValue: '' });

  protected readonly participants = computed(() =>
    this.entries()
      .filter((e) => e.status === 'confirmed' || e.status === 'completed')
      .sort((a, b) => a.learner.familyNameKana.localeCompare(b.learner.familyNameKana, 'ja')),
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

  private stream: MediaStream | null = null;
  private lastScan = { code: '', at: 0 };

  constructor() {
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

  private replace(updated: RosterEntry): void {
    this.roster.update((roster) => ({
      ...roster,
      entries: roster.entries.map((e) => (e.id === updated.id ? updated : e)),
    }));
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
