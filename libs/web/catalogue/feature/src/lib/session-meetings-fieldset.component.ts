import { ChangeDetectionStrategy, Component } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { FormFieldComponent, TsuInputDirective } from '@tsunagu/web/shared/ui';
import { TranslatePipe } from '@tsunagu/web/shared/util';
import { SESSION_FIELDSET_CSS, SESSION_FIELDSET_VIEW_PROVIDERS, SessionFieldset } from './session-fieldset';
import { meetingGroup } from './session-form';

/** The session's meetings: a date and its times each, added and removed here. */
@Component({
  selector: 'tsu-session-meetings-fieldset',
  imports: [ReactiveFormsModule, TranslatePipe, FormFieldComponent, TsuInputDirective],
  viewProviders: SESSION_FIELDSET_VIEW_PROVIDERS,
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: [
    SESSION_FIELDSET_CSS,
    `
      .times {
        display: grid;
        gap: 0.75rem;
        grid-template-columns: repeat(2, minmax(0, 1fr));
      }
      .times .date {
        grid-column: 1 / -1;
      }
      @media (min-width: 48rem) {
        .times {
          grid-template-columns: 2fr 1fr 1fr;
        }
        .times .date {
          grid-column: auto;
        }
      }
    `,
  ],
  template: `
    <fieldset class="tsu-fieldset">
      <legend>{{ 'courseEditor.session.meetingsLegend' | t }}</legend>
      <p class="tsu-field__hint">{{ 'courseEditor.session.timeHint' | t }}</p>
      <div formArrayName="meetings" class="tsu-form">
        @for (m of form().controls.meetings.controls; track m; let i = $index) {
          <div class="repeat" [formGroupName]="i" [attr.data-testid]="'meeting-' + i">
            <div class="repeat-head">
              <h2>{{ 'courseEditor.session.meeting' | t: { n: i + 1 } }}</h2>
              @if (form().controls.meetings.length > 1) {
                <button
                  type="button"
                  class="tsu-button tsu-button--ghost"
                  (click)="form().controls.meetings.removeAt(i)"
                >
                  {{ 'courseEditor.session.removeMeeting' | t: { n: i + 1 } }}
                </button>
              }
            </div>
            <div class="times">
              <tsu-form-field
                class="date"
                [fieldId]="'meeting-' + i + '-date'"
                [testId]="'meeting-' + i + '-date'"
                [label]="'courseEditor.session.date' | t"
                [errorLabel]="inGroup('meeting', i, 'date')"
                [required]="true"
                [error]="error('meetings.' + i + '.date')"
              >
                <input
                  tsuInput
                  type="date"
                  formControlName="date"
                  [attr.data-testid]="'meeting-' + i + '-date'"
                />
              </tsu-form-field>
              <tsu-form-field
                [fieldId]="'meeting-' + i + '-start'"
                [testId]="'meeting-' + i + '-start'"
                [label]="'courseEditor.session.startsAt' | t"
                [errorLabel]="inGroup('meeting', i, 'startsAt')"
                [required]="true"
                [error]="error('meetings.' + i + '.startsAt')"
              >
                <input
                  tsuInput
                  type="time"
                  formControlName="startsAt"
                  [attr.data-testid]="'meeting-' + i + '-start'"
                />
              </tsu-form-field>
              <tsu-form-field
                [fieldId]="'meeting-' + i + '-end'"
                [testId]="'meeting-' + i + '-end'"
                [label]="'courseEditor.session.endsAt' | t"
                [errorLabel]="inGroup('meeting', i, 'endsAt')"
                [required]="true"
                [error]="error('meetings.' + i + '.endsAt')"
              >
                <input
                  tsuInput
                  type="time"
                  formControlName="endsAt"
                  [attr.data-testid]="'meeting-' + i + '-end'"
                />
              </tsu-form-field>
            </div>
          </div>
        }
      </div>
      <p>
        <button
          type="button"
          class="tsu-button tsu-button--secondary"
          (click)="addMeeting()"
          data-testid="add-meeting"
        >
          + {{ 'courseEditor.session.addMeeting' | t }}
        </button>
      </p>
    </fieldset>
  `,
})
export class SessionMeetingsFieldsetComponent extends SessionFieldset {
  addMeeting(): void {
    const meetings = this.form().controls.meetings;
    const last = meetings.at(meetings.length - 1)?.getRawValue();
    meetings.push(meetingGroup({ startsAt: last?.startsAt, endsAt: last?.endsAt }));
    this.support().focusAfterRender(`#meeting-${meetings.length - 1}-date`);
  }
}
