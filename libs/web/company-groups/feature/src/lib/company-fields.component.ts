import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { INDUSTRY_CODES, LIMITS } from '@tsunagu/shared/domain';
import type { CompanySizeBand, FormSupport } from '@tsunagu/web/shared/data-access';
import { FormFieldComponent, TsuInputDirective } from '@tsunagu/web/shared/ui';
import { TranslatePipe } from '@tsunagu/web/shared/util';
import { contactGroup, type CompanyProfileControls } from './company-form';
import { industryKey, sizeKey } from './company-texts';

const SIZE_BANDS: readonly CompanySizeBand[] = [
  'size_under_30',
  'size_30_99',
  'size_100_299',
  'size_300_999',
  'size_1000_plus',
];

/**
 * The company profile's fields and its contact people (a list editor, up to 5), inside the page's
 * form: applying and editing use the same fields. Errors (hers and the API's) come from the page's
 * FormSupport.
 */
@Component({
  selector: 'tsu-company-fields',
  imports: [ReactiveFormsModule, TranslatePipe, FormFieldComponent, TsuInputDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { style: 'display: contents' },
  styles: `
    .contact {
      display: grid;
      gap: 0.75rem;
      border: 1px solid var(--tsu-border-soft);
      border-radius: var(--tsu-radius);
      padding: 0.75rem;
      margin: 0 0 0.75rem;
      min-width: 0;
    }
    .contact legend {
      font-weight: 600;
      padding: 0 0.25rem;
    }
    fieldset.tsu-fieldset {
      display: grid;
      gap: 1rem;
      min-width: 0;
    }
  `,
  template: `
    <ng-container>
      <tsu-form-field
        [fieldId]="prefix() + '-name'"
        testId="company-name"
        [label]="'companies.fields.name' | t"
        [required]="true"
        [error]="support().error(c().name)"
      >
        <input tsuInput [formControl]="c().name" autocomplete="organization" data-testid="company-name" />
      </tsu-form-field>
      <tsu-form-field
        [fieldId]="prefix() + '-kana'"
        testId="company-kana"
        [label]="'companies.fields.nameKana' | t"
        [hint]="'companies.fields.nameKanaHint' | t"
        [required]="true"
        [error]="support().error(c().nameKana)"
      >
        <input tsuInput [formControl]="c().nameKana" data-testid="company-kana" />
      </tsu-form-field>
      <tsu-form-field
        [fieldId]="prefix() + '-corporate-number'"
        testId="company-corporate-number"
        [label]="'companies.fields.corporateNumber' | t"
        [hint]="'companies.fields.corporateNumberHint' | t"
        [required]="true"
        [error]="support().error(c().corporateNumber)"
      >
        <input
          tsuInput
          inputmode="numeric"
          [formControl]="c().corporateNumber"
          data-testid="company-corporate-number"
        />
      </tsu-form-field>
      <tsu-form-field
        [fieldId]="prefix() + '-industry'"
        testId="company-industry"
        [label]="'companies.fields.industry' | t"
        [required]="true"
        [error]="support().error(c().industry)"
      >
        <select tsuInput [formControl]="c().industry" data-testid="company-industry">
          <option value="">{{ 'companies.fields.choose' | t }}</option>
          @for (code of industries; track code) {
            <option [value]="code">{{ code }}: {{ industry(code) | t }}</option>
          }
        </select>
      </tsu-form-field>
      <tsu-form-field
        [fieldId]="prefix() + '-size'"
        testId="company-size"
        [label]="'companies.fields.sizeBand' | t"
        [required]="true"
        [error]="support().error(c().sizeBand)"
      >
        <select tsuInput [formControl]="c().sizeBand" data-testid="company-size">
          <option value="">{{ 'companies.fields.choose' | t }}</option>
          @for (band of sizes; track band) {
            <option [value]="band">{{ size(band) | t }}</option>
          }
        </select>
      </tsu-form-field>
      <tsu-form-field
        [fieldId]="prefix() + '-postal'"
        testId="company-postal"
        [label]="'companies.fields.postalCode' | t"
        [hint]="'companies.fields.postalCodeHint' | t"
        [error]="support().error(c().postalCode)"
      >
        <input
          tsuInput
          inputmode="numeric"
          [formControl]="c().postalCode"
          autocomplete="postal-code"
          data-testid="company-postal"
        />
      </tsu-form-field>
      <tsu-form-field
        [fieldId]="prefix() + '-address'"
        testId="company-address"
        [label]="'companies.fields.address' | t"
        [error]="support().error(c().address)"
      >
        <input
          tsuInput
          [formControl]="c().address"
          autocomplete="street-address"
          data-testid="company-address"
        />
      </tsu-form-field>
      <tsu-form-field
        [fieldId]="prefix() + '-website'"
        testId="company-website"
        [label]="'companies.fields.website' | t"
        [error]="support().error(c().website)"
      >
        <input
          tsuInput
          type="url"
          inputmode="url"
          [formControl]="c().website"
          data-testid="company-website"
        />
      </tsu-form-field>

      <fieldset class="tsu-fieldset" data-testid="company-contacts">
        <legend>{{ 'companies.contacts.legend' | t: { max: maxContacts } }}</legend>
        @for (contact of c().contacts.controls; track contact; let i = $index) {
          <fieldset class="contact" data-testid="company-contact">
            <legend>{{ 'companies.contacts.item' | t: { n: i + 1 } }}</legend>
            <tsu-form-field
              [fieldId]="prefix() + '-contact-' + i + '-name'"
              [label]="'companies.contacts.name' | t"
              [required]="true"
              [error]="support().error(contact.controls.name)"
            >
              <input
                tsuInput
                [formControl]="contact.controls.name"
                autocomplete="name"
                data-testid="contact-name"
              />
            </tsu-form-field>
            <tsu-form-field
              [fieldId]="prefix() + '-contact-' + i + '-department'"
              [label]="'companies.contacts.department' | t"
              [error]="support().error(contact.controls.department)"
            >
              <input tsuInput [formControl]="contact.controls.department" data-testid="contact-department" />
            </tsu-form-field>
            <tsu-form-field
              [fieldId]="prefix() + '-contact-' + i + '-email'"
              [label]="'companies.contacts.email' | t"
              [required]="true"
              [error]="support().error(contact.controls.email)"
            >
              <input
                tsuInput
                type="email"
                inputmode="email"
                [formControl]="contact.controls.email"
                data-testid="contact-email"
              />
            </tsu-form-field>
            <tsu-form-field
              [fieldId]="prefix() + '-contact-' + i + '-phone'"
              [label]="'companies.contacts.phone' | t"
              [error]="support().error(contact.controls.phone)"
            >
              <input
                tsuInput
                type="tel"
                [formControl]="contact.controls.phone"
                autocomplete="tel"
                data-testid="contact-phone"
              />
            </tsu-form-field>
            <div>
              <button
                type="button"
                class="tsu-button tsu-button--secondary"
                (click)="removeContact(i)"
                data-testid="contact-remove"
              >
                {{ 'companies.contacts.remove' | t: { n: i + 1 } }}
              </button>
            </div>
          </fieldset>
        } @empty {
          <p>{{ 'companies.contacts.none' | t }}</p>
        }
        @if (c().contacts.length < maxContacts) {
          <div>
            <button
              type="button"
              class="tsu-button tsu-button--secondary"
              (click)="addContact()"
              data-testid="contact-add"
            >
              {{ 'companies.contacts.add' | t }}
            </button>
          </div>
        } @else {
          <p role="status">{{ 'companies.contacts.full' | t: { max: maxContacts } }}</p>
        }
      </fieldset>
    </ng-container>
  `,
})
export class CompanyFieldsComponent {
  /** The page's form's controls (applying adds the secretariat to them). */
  readonly controls = input.required<CompanyProfileControls>();
  protected readonly c = this.controls;
  readonly support = input.required<FormSupport>();
  /** Makes the fields' ids unique in the page. */
  readonly prefix = input('company');

  protected readonly industries = INDUSTRY_CODES;
  protected readonly sizes = SIZE_BANDS;
  protected readonly maxContacts = LIMITS.company.contacts.max;
  protected readonly industry = industryKey;
  protected readonly size = sizeKey;

  protected addContact(): void {
    const contacts = this.c().contacts;
    contacts.push(contactGroup());
    this.support().focusAfterRender(`#${this.prefix()}-contact-${contacts.length - 1}-name`);
  }

  protected removeContact(index: number): void {
    this.c().contacts.removeAt(index);
    this.support().focusAfterRender('[data-testid="contact-add"], [data-testid="company-contacts"] legend');
  }
}
