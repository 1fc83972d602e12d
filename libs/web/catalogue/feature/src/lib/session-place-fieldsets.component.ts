import { ChangeDetectionStrategy, Component } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { FormFieldComponent, TsuInputDirective } from '@tsunagu/web/shared/ui';
import { TranslatePipe } from '@tsunagu/web/shared/util';
import { SESSION_FIELDSET_CSS, SESSION_FIELDSET_VIEW_PROVIDERS, SessionFieldset } from './session-fieldset';

/** Where the session is held and how many it seats, childcare (託児) and the fee included. */
@Component({
  selector: 'tsu-session-place-fieldsets',
  imports: [ReactiveFormsModule, TranslatePipe, FormFieldComponent, TsuInputDirective],
  viewProviders: SESSION_FIELDSET_VIEW_PROVIDERS,
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: [SESSION_FIELDSET_CSS],
  template: `
    <fieldset class="tsu-fieldset">
      <legend>{{ 'courseEditor.session.venueLegend' | t }}</legend>
      <tsu-form-field
        fieldId="session-venue-name"
        [label]="'courseEditor.session.venueName' | t"
        [error]="error('venueName')"
      >
        <input tsuInput formControlName="venueName" data-testid="session-venue-name" />
      </tsu-form-field>
      <tsu-form-field
        fieldId="session-venue-address"
        [label]="'courseEditor.session.venueAddress' | t"
        [error]="error('venueAddress')"
      >
        <input tsuInput formControlName="venueAddress" data-testid="session-venue-address" />
      </tsu-form-field>
      <tsu-form-field
        fieldId="session-access"
        [label]="'courseEditor.session.accessNotes' | t"
        [error]="error('accessNotes')"
      >
        <textarea tsuInput rows="2" formControlName="accessNotes" data-testid="session-access"></textarea>
      </tsu-form-field>
      <label class="tsu-choice"
        ><input type="checkbox" formControlName="isOffsite" data-testid="session-offsite" />
        {{ 'courseEditor.session.isOffsite' | t }}</label
      >
      <label class="tsu-choice"
        ><input type="checkbox" formControlName="isOnline" data-testid="session-online" />
        {{ 'courseEditor.session.isOnline' | t }}</label
      >
      @if (form().controls.isOnline.value) {
        <tsu-form-field
          fieldId="session-online-url"
          testId="session-online-url"
          [label]="'courseEditor.session.onlineUrl' | t"
          [hint]="'courseEditor.session.onlineUrlHint' | t"
          [required]="true"
          [error]="error('onlineUrl')"
        >
          <input
            tsuInput
            type="url"
            inputmode="url"
            formControlName="onlineUrl"
            data-testid="session-online-url"
          />
        </tsu-form-field>
      }
    </fieldset>

    <fieldset class="tsu-fieldset">
      <legend>{{ 'courseEditor.session.capacityLegend' | t }}</legend>
      <tsu-form-field
        fieldId="session-capacity"
        testId="session-capacity"
        [label]="'courseEditor.session.capacity' | t"
        [required]="true"
        [error]="error('capacity')"
      >
        <input
          tsuInput
          type="number"
          inputmode="numeric"
          [attr.min]="limits.capacity.min"
          [attr.max]="limits.capacity.max"
          formControlName="capacity"
          data-testid="session-capacity"
        />
      </tsu-form-field>
      <tsu-form-field
        fieldId="session-fee"
        testId="session-fee"
        [label]="'facts.feeField' | t"
        [hint]="'facts.feeHint' | t"
        [error]="error('feeYen')"
      >
        <input
          tsuInput
          type="number"
          inputmode="numeric"
          [attr.min]="limits.feeYen.min"
          [attr.max]="limits.feeYen.max"
          formControlName="feeYen"
          data-testid="session-fee"
        />
      </tsu-form-field>
      <tsu-form-field
        fieldId="session-childcare"
        [label]="'courseEditor.session.childcareCapacity' | t"
        [error]="error('childcareCapacity')"
      >
        <input
          tsuInput
          type="number"
          inputmode="numeric"
          [attr.min]="limits.childcareSeats.min"
          [attr.max]="limits.childcareSeats.max"
          formControlName="childcareCapacity"
          data-testid="session-childcare"
        />
      </tsu-form-field>
      @if (hasChildcare()) {
        <div class="tsu-field-row">
          <tsu-form-field
            fieldId="session-childcare-min"
            [label]="'courseEditor.session.childcareMinAgeMonths' | t"
            [hint]="'courseEditor.session.ageHint' | t"
            [error]="error('childcareMinAgeMonths')"
          >
            <input
              tsuInput
              type="number"
              inputmode="numeric"
              [attr.min]="limits.childAgeMonths.min"
              [attr.max]="limits.childAgeMonths.max"
              formControlName="childcareMinAgeMonths"
              data-testid="session-childcare-min"
            />
          </tsu-form-field>
          <tsu-form-field
            fieldId="session-childcare-max"
            testId="session-childcare-max"
            [label]="'courseEditor.session.childcareMaxAgeMonths' | t"
            [error]="error('childcareMaxAgeMonths')"
          >
            <input
              tsuInput
              type="number"
              inputmode="numeric"
              [attr.min]="limits.childAgeMonths.min"
              [attr.max]="limits.childAgeMonths.max"
              formControlName="childcareMaxAgeMonths"
              data-testid="session-childcare-max"
            />
          </tsu-form-field>
        </div>
      }
    </fieldset>
  `,
})
export class SessionPlaceFieldsetsComponent extends SessionFieldset {
  protected readonly hasChildcare = () => {
    this.support().changes();
    return Number(this.form().controls.childcareCapacity.value) > 0;
  };
}
