import { NgComponentOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, signal, type Type } from '@angular/core';
import { ACCOUNT_SECTIONS } from '@tsunagu/web/shared/data-access';

/**
 * The sections other domains add to the account page (`WebDomain.accountSections`, e.g. the
 * notification preferences, LINE and the calendar feed), loaded lazily and shown in their order.
 */
@Component({
  selector: 'tsu-domain-account-sections',
  imports: [NgComponentOutlet],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { style: 'display: contents' },
  template: `
    @for (section of sections(); track $index) {
      <ng-container *ngComponentOutlet="section" />
    }
  `,
})
export class DomainAccountSectionsComponent {
  protected readonly sections = signal<Type<unknown>[]>([]);

  constructor() {
    const entries = inject(ACCOUNT_SECTIONS);
    void Promise.all(entries.map((entry) => entry.load())).then((types) => this.sections.set(types));
  }
}
