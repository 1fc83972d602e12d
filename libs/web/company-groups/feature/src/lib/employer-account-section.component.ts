import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { CompanyEmployeesService, type MyEmployment } from '@tsunagu/web/company-groups/data-access';
import { loadOnce, MutationState } from '@tsunagu/web/shared/data-access';
import {
  AlertComponent,
  CardComponent,
  ConfirmInlineComponent,
  FormFieldComponent,
  PageStateComponent,
  TsuInputDirective,
} from '@tsunagu/web/shared/ui';
import { formatDate, I18nService, TranslatePipe, type TranslationKey } from '@tsunagu/web/shared/util';
import { ConsentHistoryComponent } from './consent-history.component';
import { FocusAfterRender } from './focus-after-render';

type ConsentField = 'sharesParticipation' | 'allowsNomination';

/**
 * 勤務先 on her account page: her links to employers (ask an approved partner company, answer its
 * invitation, end a link) and, per company she is linked to, her two consent switches, which take effect
 * at once (announced in the live region; focus stays on the switch), with her record of changes.
 */
@Component({
  selector: 'tsu-employer-account-section',
  imports: [
    TranslatePipe,
    AlertComponent,
    CardComponent,
    ConfirmInlineComponent,
    ConsentHistoryComponent,
    FormFieldComponent,
    PageStateComponent,
    TsuInputDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .stack {
      display: grid;
      gap: 1rem;
    }
    .stack > * {
      margin: 0;
    }
    ul {
      list-style: none;
      padding: 0;
      display: grid;
      gap: 0.75rem;
    }
    li {
      border: 1px solid var(--tsu-border-soft);
      border-radius: var(--tsu-radius);
      padding: 0.75rem;
    }
    h3 {
      font-size: 1.0625rem;
      margin: 0 0 0.25rem;
    }
    .state {
      margin: 0 0 0.5rem;
    }
    fieldset {
      margin-top: 0.5rem;
    }
    .tsu-field__hint {
      margin-left: 2.125rem;
    }
  `,
  template: `
    <tsu-card [heading]="'employees.account.title' | t" data-testid="employer-section">
      <div class="stack">
        <p>{{ 'employees.account.lead' | t }}</p>
        <tsu-page-state [loading]="query.loading()" [error]="query.error()" (retry)="query.reload()" />
        <div role="status">
          @if (notice(); as message) {
            <tsu-alert kind="success" tabindex="-1" data-testid="employer-notice">{{ message }}</tsu-alert>
          }
        </div>
        @if (action.errorText(); as message) {
          <tsu-alert kind="error" tabindex="-1" data-testid="employer-error">{{ message }}</tsu-alert>
        }
        @if (query.data(); as d) {
          @if (links().length === 0) {
            <p data-testid="employer-none">{{ 'employees.account.none' | t }}</p>
          } @else {
            <ul [attr.aria-label]="'employees.account.list' | t">
              @for (e of links(); track e.id) {
                <li data-testid="employment" [attr.data-company]="e.companyName">
                  <h3>{{ e.companyName }}</h3>
                  <p class="state" data-testid="employment-status">
                    {{ statusKey(e) | t }}
                    @if (e.status === 'active' && e.confirmedAt) {
                      （{{ 'employees.account.since' | t }}: {{ date(e.confirmedAt) }}）
                    }
                  </p>
                  @if (e.status === 'invited') {
                    <div class="tsu-actions">
                      <button
                        type="button"
                        class="tsu-button"
                        [disabled]="action.running()"
                        [attr.aria-label]="'employees.account.acceptLabel' | t: { company: e.companyName }"
                        (click)="answer(e, true)"
                        data-testid="invitation-accept"
                      >
                        {{ 'employees.account.accept' | t }}
                      </button>
                      <button
                        type="button"
                        class="tsu-button tsu-button--secondary"
                        [disabled]="action.running()"
                        [attr.aria-label]="'employees.account.declineLabel' | t: { company: e.companyName }"
                        (click)="answer(e, false)"
                        data-testid="invitation-decline"
                      >
                        {{ 'employees.account.decline' | t }}
                      </button>
                    </div>
                  }
                  @if (e.status === 'active') {
                    <fieldset class="tsu-fieldset">
                      <legend>{{ 'employees.account.consentLegend' | t: { company: e.companyName } }}</legend>
                      <label class="tsu-choice">
                        <input
                          type="checkbox"
                          role="switch"
                          [checked]="e.sharesParticipation"
                          [attr.aria-describedby]="'shares-hint-' + e.id"
                          (change)="setConsent(e, 'sharesParticipation', $any($event.target).checked)"
                          data-testid="consent-shares"
                        />
                        {{ 'employees.account.shares' | t }}
                      </label>
                      <p class="tsu-field__hint" [id]="'shares-hint-' + e.id">
                        {{ 'employees.account.sharesHint' | t }}
                      </p>
                      <label class="tsu-choice">
                        <input
                          type="checkbox"
                          role="switch"
                          [checked]="e.allowsNomination"
                          (change)="setConsent(e, 'allowsNomination', $any($event.target).checked)"
                          data-testid="consent-nominates"
                        />
                        {{ 'employees.account.nominates' | t }}
                      </label>
                    </fieldset>
                  }
                  @if (e.status !== 'invited') {
                    @if (confirming() === e.id) {
                      <tsu-confirm-inline
                        [question]="'employees.account.endQuestion' | t: { company: e.companyName }"
                        [confirmLabel]="'employees.account.endConfirm' | t"
                        [dismissLabel]="'employees.account.endCancel' | t"
                        [busy]="action.running()"
                        confirmTestId="employment-end-confirm"
                        (confirmed)="end(e)"
                        (dismissed)="dismiss(e)"
                      />
                    } @else {
                      <div class="tsu-actions">
                        <button
                          type="button"
                          class="tsu-button tsu-button--secondary"
                          [attr.aria-label]="'employees.account.endLabel' | t: { company: e.companyName }"
                          [attr.data-end]="e.id"
                          (click)="askEnd(e)"
                          data-testid="employment-end"
                        >
                          {{ 'employees.account.end' | t }}
                        </button>
                      </div>
                    }
                  }
                </li>
              }
            </ul>
          }

          @if (choices().length === 0) {
            <p data-testid="employer-no-companies">{{ 'employees.account.noCompanies' | t }}</p>
          } @else {
            <form class="tsu-form" (submit)="$event.preventDefault(); request()" novalidate>
              <tsu-form-field
                fieldId="employer-company"
                [label]="'employees.account.company' | t"
                [hint]="'employees.account.companyHint' | t"
              >
                <select
                  tsuInput
                  [value]="chosen()"
                  (change)="chosen.set($any($event.target).value)"
                  data-testid="employer-company"
                >
                  <option value="">{{ 'employees.account.choose' | t }}</option>
                  @for (c of choices(); track c.organisationId) {
                    <option [value]="c.organisationId">{{ c.name }}</option>
                  }
                </select>
              </tsu-form-field>
              <div>
                <button
                  type="submit"
                  class="tsu-button"
                  [disabled]="action.running() || !chosen()"
                  data-testid="employer-request"
                >
                  {{ (action.running() ? 'employees.account.requesting' : 'employees.account.request') | t }}
                </button>
              </div>
            </form>
          }
          <tsu-consent-history [changes]="d.myConsentHistory" />
        }
      </div>
    </tsu-card>
  `,
})
export class EmployerAccountSectionComponent {
  private readonly service = inject(CompanyEmployeesService);
  private readonly i18n = inject(I18nService);
  private readonly focus = new FocusAfterRender();

  protected readonly query = loadOnce(() => this.service.myEmployer());
  protected readonly action = new MutationState();
  protected readonly notice = signal<string | null>(null);
  protected readonly confirming = signal<string | null>(null);
  protected readonly chosen = signal('');

  /** Live links first (ended ones are history: they stay in the record of changes). */
  protected readonly links = computed(() =>
    (this.query.data()?.myEmployments ?? []).filter((e) => e.status !== 'ended'),
  );
  /** Approved companies she has no live link with. */
  protected readonly choices = computed(() => {
    const linked = new Set(this.links().map((e) => e.organisationId));
    return (this.query.data()?.partnerCompanies ?? []).filter((c) => !linked.has(c.organisationId));
  });

  protected readonly statusKey = (e: MyEmployment): TranslationKey => `employees.status.${e.status}`;
  protected readonly date = (value: string) => formatDate(value, this.i18n.locale());

  async request(): Promise<void> {
    const organisationId = this.chosen();
    if (!organisationId) return;
    const done = await this.act(() => this.service.request(organisationId));
    if (!done) return;
    this.chosen.set('');
    this.say(this.i18n.t('employees.account.requested', { company: done.companyName }));
  }

  async answer(e: MyEmployment, accept: boolean): Promise<void> {
    const done = await this.act(() => this.service.answerInvitation(e.id, accept));
    if (!done) return;
    const key = accept ? 'employees.account.accepted' : 'employees.account.declinedInvitation';
    this.say(this.i18n.t(key, { company: e.companyName }));
    this.focus.after('[data-testid="employer-notice"]');
  }

  /**
   * Takes effect at once; focus stays on the switch (never disabled, which would drop her focus), the
   * live region says what changed.
   */
  async setConsent(e: MyEmployment, field: ConsentField, value: boolean): Promise<void> {
    const done = await this.act(() => this.service.setConsent(e.organisationId, { [field]: value }));
    if (!done) return;
    const key =
      field === 'sharesParticipation'
        ? value
          ? 'employees.account.sharesOn'
          : 'employees.account.sharesOff'
        : value
          ? 'employees.account.nominatesOn'
          : 'employees.account.nominatesOff';
    this.say(this.i18n.t(key, { company: e.companyName }));
  }

  protected askEnd(e: MyEmployment): void {
    this.confirming.set(e.id);
    this.focus.after('tsu-confirm-inline');
  }

  protected dismiss(e: MyEmployment): void {
    this.confirming.set(null);
    this.focus.after(`[data-end="${e.id}"]`);
  }

  async end(e: MyEmployment): Promise<void> {
    const done = await this.act(async () => {
      await this.service.end(e.id);
      return true;
    });
    if (!done) return;
    this.confirming.set(null);
    this.say(this.i18n.t('employees.account.ended', { company: e.companyName }));
    this.focus.after('[data-testid="employer-notice"]');
  }

  /** Runs a change, then reads her links and record again (a change may also end or add others). */
  private async act<T>(change: () => Promise<T>): Promise<T | null> {
    this.notice.set(null);
    const done = await this.action.run(change);
    if (done === null) {
      this.focus.after('[data-testid="employer-error"]');
      return null;
    }
    await this.query.reload();
    return done;
  }

  private say(message: string): void {
    this.notice.set(message);
  }
}
