import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { telHref } from '@tsunagu/shared/domain';
import { TranslatePipe } from '@tsunagu/web/shared/util';

/** What an organisation publishes as its contact (問い合わせ先). */
export interface ContactDetails {
  name: string;
  contactDepartment: string | null;
  contactPhone: string | null;
  contactEmail: string | null;
  contactUrl: string | null;
  contactHours: string | null;
}

/** 問い合わせ先: who runs it and how to reach them, phone and email as links a phone can act on. */
@Component({
  selector: 'tsu-contact-details',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host {
      display: block;
    }
    .who {
      margin: 0 0 0.25rem;
      font-weight: 700;
    }
    .department {
      display: block;
      font-weight: 400;
    }
    dl {
      margin: 0;
      display: grid;
      grid-template-columns: auto 1fr;
      gap: 0.125rem 0.75rem;
    }
    dt {
      color: var(--tsu-muted);
    }
    dd {
      margin: 0;
      overflow-wrap: anywhere;
    }
  `,
  template: `
    <p class="who" data-testid="contact-name">
      {{ contact().name }}
      @if (contact().contactDepartment) {
        <span class="department">{{ contact().contactDepartment }}</span>
      }
    </p>
    @if (hasDetails()) {
      <dl data-testid="contact-details">
        @if (contact().contactPhone; as phone) {
          <dt>{{ 'facts.phone' | t }}</dt>
          <dd>
            <a [href]="tel()" data-testid="contact-phone">{{ phone }}</a>
          </dd>
        }
        @if (contact().contactEmail; as email) {
          <dt>{{ 'facts.email' | t }}</dt>
          <dd>
            <a [href]="'mailto:' + email" data-testid="contact-email">{{ email }}</a>
          </dd>
        }
        @if (contact().contactHours; as hours) {
          <dt>{{ 'facts.hours' | t }}</dt>
          <dd data-testid="contact-hours">{{ hours }}</dd>
        }
        @if (webUrl(); as url) {
          <dt>{{ 'facts.website' | t }}</dt>
          <dd>
            <a [href]="url" rel="noopener" data-testid="contact-url">{{ url }}</a>
          </dd>
        }
      </dl>
    }
  `,
})
export class ContactDetailsComponent {
  readonly contact = input.required<ContactDetails>();

  /** Only http(s) links, whatever was stored (the API accepts nothing else either). */
  protected readonly webUrl = computed(() => {
    const url = this.contact().contactUrl;
    return url && /^https?:\/\//i.test(url) ? url : null;
  });
  protected readonly tel = computed(() => telHref(this.contact().contactPhone ?? ''));
  protected readonly hasDetails = computed(() => {
    const c = this.contact();
    return !!(c.contactPhone || c.contactEmail || c.contactHours || c.contactUrl);
  });
}
