import { ChangeDetectionStrategy, Component } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { FormFieldComponent, TsuInputDirective } from '@tsunagu/web/shared/ui';
import { TranslatePipe } from '@tsunagu/web/shared/util';
import { SESSION_FIELDSET_CSS, SESSION_FIELDSET_VIEW_PROVIDERS, SessionFieldset } from './session-fieldset';

/** How she applies (dates, first come or lottery) and what completes the session (reception, the rule). */
@Component({
  selector: 'tsu-session-rules-fieldsets',
  imports: [ReactiveFormsModule, TranslatePipe, FormFieldComponent, TsuInputDirective],
  viewProviders: SESSION_FIELDSET_VIEW_PROVIDERS,
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: [SESSION_FIELDSET_CSS],
  template: `
    <fieldset class="tsu-fieldset">
      <legend>{{ 'courseEditor.session.registrationLegend' | t }}</legend>
      <p class="tsu-field__hint">{{ 'courseEditor.session.timeHint' | t }}</p>
      <tsu-form-field
        fieldId="session-opens"
        testId="session-opens"
        [label]="'courseEditor.session.registrationOpensAt' | t"
        [required]="true"
        [error]="error('registrationOpensAt')"
      >
        <input
          tsuInput
          type="datetime-local"
          formControlName="registrationOpensAt"
          data-testid="session-opens"
        />
      </tsu-form-field>
      <tsu-form-field
        fieldId="session-closes"
        testId="session-closes"
        [label]="'courseEditor.session.registrationClosesAt' | t"
        [required]="true"
        [error]="error('registrationClosesAt')"
      >
        <input
          tsuInput
          type="datetime-local"
          formControlName="registrationClosesAt"
          data-testid="session-closes"
        />
      </tsu-form-field>
      <tsu-form-field
        fieldId="session-cancel-deadline"
        testId="session-cancel-deadline"
        [label]="'courseEditor.session.cancellationDeadline' | t"
        [required]="true"
        [error]="error('cancellationDeadline')"
      >
        <input
          tsuInput
          type="datetime-local"
          formControlName="cancellationDeadline"
          data-testid="session-cancel-deadline"
        />
      </tsu-form-field>
      <tsu-form-field fieldId="session-mode" [label]="'courseEditor.session.registrationMode' | t">
        <select tsuInput formControlName="registrationMode" data-testid="session-mode">
          <option value="first_come">{{ 'courseEditor.session.modes.first_come' | t }}</option>
          <option value="lottery">{{ 'courseEditor.session.modes.lottery' | t }}</option>
        </select>
      </tsu-form-field>
      @if (form().controls.registrationMode.value === 'lottery') {
        <tsu-form-field
          fieldId="session-draw"
          testId="session-draw"
          [label]="'courseEditor.session.drawAt' | t"
          [required]="true"
          [error]="error('drawAt')"
        >
          <input tsuInput type="datetime-local" formControlName="drawAt" data-testid="session-draw" />
        </tsu-form-field>
      }
    </fieldset>

    <fieldset class="tsu-fieldset">
      <legend>{{ 'courseEditor.session.completionLegend' | t }}</legend>
      <tsu-form-field
        fieldId="session-check-in-opens"
        [label]="'courseEditor.session.checkInOpens' | t"
        [hint]="'courseEditor.session.checkInOpensHint' | t"
        [error]="error('checkInOpensMinutesBefore')"
      >
        <select tsuInput formControlName="checkInOpensMinutesBefore" data-testid="session-check-in-opens">
          @for (minutes of checkInWindows; track minutes) {
            <option [ngValue]="minutes">
              {{
                minutes === 0
                  ? ('courseEditor.session.checkInAtStart' | t)
                  : ('courseEditor.session.checkInBefore' | t: { minutes })
              }}
            </option>
          }
        </select>
      </tsu-form-field>
      <tsu-form-field fieldId="session-rule" [label]="'courseEditor.session.completionRule' | t">
        <select tsuInput formControlName="completionRule" data-testid="session-rule">
          <option value="all">{{ 'courseEditor.session.rules.all' | t }}</option>
          <option value="at_least">{{ 'courseEditor.session.rules.at_least' | t }}</option>
        </select>
      </tsu-form-field>
      @if (form().controls.completionRule.value === 'at_least') {
        <tsu-form-field
          fieldId="session-min-meetings"
          testId="session-min-meetings"
          [label]="'courseEditor.session.completionMinMeetings' | t"
          [required]="true"
          [error]="error('completionMinMeetings')"
        >
          <input
            tsuInput
            type="number"
            inputmode="numeric"
            [attr.min]="limits.meetings.min"
            [attr.max]="limits.meetings.max"
            formControlName="completionMinMeetings"
            data-testid="session-min-meetings"
          />
        </tsu-form-field>
      }
    </fieldset>

    <fieldset class="tsu-fieldset">
      <legend>{{ 'courseEditor.session.reminderLegend' | t }}</legend>
      <tsu-form-field
        fieldId="session-reminder-hours"
        [label]="'courseEditor.session.reminderHours' | t"
        [hint]="'courseEditor.session.reminderHoursHint' | t"
        [error]="error('reminderHoursBefore')"
      >
        <select tsuInput formControlName="reminderHoursBefore" data-testid="session-reminder-hours">
          @for (hours of reminderChoices(form().controls.reminderHoursBefore.value); track hours) {
            <option [ngValue]="hours">
              {{
                hours === 0
                  ? ('courseEditor.session.reminderOff' | t)
                  : ('courseEditor.session.reminderBefore' | t: { hours })
              }}
            </option>
          }
        </select>
      </tsu-form-field>
    </fieldset>
  `,
})
export class SessionRulesFieldsetsComponent extends SessionFieldset {
  /** Reception may open this many minutes before each meeting (within LIMITS.session.checkInOpensMinutesBefore). */
  protected readonly checkInWindows = [0, 15, 30, 60, 120] as const;

  /**
   * Reminder choices (hours before each meeting, within LIMITS.session.reminderHoursBefore), plus the
   * stored value when it was set to another one through the API.
   */
  protected reminderChoices(current: number): number[] {
    const choices = [0, 1, 3, 6, 12, 24, 48, 72, 168];
    return choices.includes(current) ? choices : [...choices, current].sort((a, b) => a - b);
  }
}
