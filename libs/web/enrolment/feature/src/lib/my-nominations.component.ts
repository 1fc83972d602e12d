import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  Injector,
  output,
  signal,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { SeatPoolsService, type MyNomination } from '@tsunagu/web/company-groups/data-access';
import { appErrorText, loadOnce } from '@tsunagu/web/shared/data-access';
import { AlertComponent, CardComponent, focusIfLost } from '@tsunagu/web/shared/ui';
import {
  CATALOGUE_PATHS,
  formatDateTime,
  formatMeeting,
  I18nService,
  TranslatePipe,
} from '@tsunagu/web/shared/util';
import { asksOnAccept, NominationAcceptComponent } from './nomination-accept.component';

/**
 * Her pending nominations (issue 11 part 4), on her seminars page: a company nominated her for a seat
 * another company offers; she accepts (enrolled at once: the page's list is read again) or declines (the
 * seat goes back to the pool). Shown only while she has one. When the session asks questions or offers
 * childcare, accepting opens the enrol form's questions and childcare in her card (`tsu-nomination-accept`);
 * otherwise it is one click.
 */
@Component({
  selector: 'tsu-my-nominations',
  imports: [RouterLink, TranslatePipe, AlertComponent, CardComponent, NominationAcceptComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    ul {
      list-style: none;
      padding: 0;
      margin: 0 0 1.5rem;
      display: grid;
      gap: 0.75rem;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
    tsu-alert {
      margin-bottom: 1rem;
    }
    .facts {
      display: grid;
      grid-template-columns: minmax(0, max-content) minmax(0, 1fr);
      gap: 0.25rem 1rem;
      margin: 0 0 0.5rem;
    }
    .facts dt {
      color: var(--tsu-muted);
    }
    .facts dd {
      margin: 0;
    }
  `,
  template: `
    @if (pending().length > 0) {
      <section data-testid="my-nominations" aria-labelledby="my-nominations-title">
        <h2 id="my-nominations-title">{{ 'enrolment.nominations.title' | t }}</h2>
        @if (error(); as message) {
          <tsu-alert kind="error" tabindex="-1" data-testid="nomination-error">{{ message }}</tsu-alert>
        }
        <ul>
          @for (n of pending(); track n.id) {
            <li>
              <tsu-card [attr.data-testid]="'nomination-' + n.id">
                <h3>
                  <a [routerLink]="sessionLink(n.sessionId)">{{ n.courseTitle }}</a>
                </h3>
                @if (n.session; as s) {
                  <dl class="facts" data-testid="nomination-facts">
                    @if (s.meetings[0]; as first) {
                      <dt>{{ 'enrolment.nominations.when' | t }}</dt>
                      <dd>
                        {{ meeting(first) }}
                        @if (s.meetings.length > 1) {
                          {{ 'enrolment.nominations.meetings' | t: { count: s.meetings.length } }}
                        }
                      </dd>
                    }
                    <dt>{{ 'enrolment.nominations.where' | t }}</dt>
                    <dd>
                      {{ s.venueName ?? '' }}
                      @if (s.isOnline) {
                        {{ 'enrolment.nominations.online' | t }}
                      }
                    </dd>
                  </dl>
                }
                <p>
                  {{
                    'enrolment.nominations.by'
                      | t: { company: n.companyName, offering: n.offeringCompanyName }
                  }}
                </p>
                <p class="tsu-field__hint">
                  {{ 'enrolment.nominations.until' | t: { date: dateTime(n.closesAt) } }}
                </p>
                @if (open() === n.id) {
                  <tsu-nomination-accept
                    [nomination]="n"
                    (accepted)="formAccepted(n, $event)"
                    (cancelled)="closeForm(n)"
                  />
                } @else {
                  <div class="actions">
                    <button
                      type="button"
                      class="tsu-button"
                      [disabled]="busy() === n.id"
                      (click)="accept(n)"
                      data-testid="nomination-accept"
                    >
                      {{ 'enrolment.nominations.accept' | t }}
                    </button>
                    <button
                      type="button"
                      class="tsu-button tsu-button--secondary"
                      [disabled]="busy() === n.id"
                      (click)="decline(n)"
                      data-testid="nomination-decline"
                    >
                      {{ 'enrolment.nominations.decline' | t }}
                    </button>
                  </div>
                }
              </tsu-card>
            </li>
          }
        </ul>
      </section>
    }
  `,
})
export class MyNominationsComponent {
  private readonly service = inject(SeatPoolsService);
  private readonly i18n = inject(I18nService);
  /** She accepted: enrolled, so the page reads her seminars again. */
  readonly accepted = output<string>();
  /** Her answer was recorded (accepted or declined): the sentence to show. */
  readonly answered = output<string>();

  protected readonly query = loadOnce(() => this.service.mine());
  protected readonly pending = computed(() =>
    (this.query.data() ?? []).filter((n) => n.status === 'nominated'),
  );
  protected readonly busy = signal<string | null>(null);
  /** The nomination whose acceptance form is open (its session asks something of her). */
  protected readonly open = signal<string | null>(null);
  private readonly injector = inject(Injector);
  protected readonly error = signal<string | null>(null);

  protected dateTime(value: string): string {
    return formatDateTime(value, this.i18n.locale());
  }

  protected meeting(m: { startsAt: string; endsAt: string }): string {
    return formatMeeting(m, this.i18n.locale());
  }

  /** The session's own page: what it is, its programme, its place. */
  protected sessionLink(sessionId: string): string {
    return CATALOGUE_PATHS.session.link({ id: sessionId });
  }

  protected accept(n: MyNomination): Promise<void> {
    this.error.set(null);
    if (asksOnAccept(n)) {
      this.open.set(n.id);
      return Promise.resolve();
    }
    return this.answer(n, async () => {
      await this.service.accept({ nominationId: n.id });
      this.accepted.emit(n.id);
      return this.i18n.t('enrolment.nominations.acceptedNotice', { title: n.courseTitle });
    });
  }

  /** Accepted through the form: enrolled, the list is read again. */
  protected async formAccepted(n: MyNomination, notice: string): Promise<void> {
    this.open.set(null);
    this.accepted.emit(n.id);
    this.answered.emit(notice);
    await this.query.reload();
  }

  /** She closed the form: focus goes back to her card's accept button. */
  protected closeForm(n: MyNomination): void {
    this.open.set(null);
    focusIfLost(this.injector, () =>
      document.querySelector<HTMLElement>(
        `[data-testid="nomination-${n.id}"] [data-testid="nomination-accept"]`,
      ),
    );
  }

  protected decline(n: MyNomination): Promise<void> {
    return this.answer(n, async () => {
      await this.service.decline(n.id);
      return this.i18n.t('enrolment.nominations.declinedNotice', { title: n.courseTitle });
    });
  }

  private async answer(n: MyNomination, send: () => Promise<string>): Promise<void> {
    this.busy.set(n.id);
    this.error.set(null);
    try {
      this.answered.emit(await send());
      await this.query.reload();
    } catch (error) {
      this.error.set(appErrorText(error, this.i18n));
    } finally {
      this.busy.set(null);
    }
  }
}
