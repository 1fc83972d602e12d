import { Directive, inject, input } from '@angular/core';
import { ControlContainer } from '@angular/forms';
import { LIMITS } from '@tsunagu/shared/domain';
import type { FormSupport } from '@tsunagu/web/shared/data-access';
import { I18nService } from '@tsunagu/web/shared/util';
import type { SessionForm } from './session-form';

/**
 * A fieldset of the session editor's one form: its controls bind to the page's `<form [formGroup]>`
 * (the fieldset shares the page's ControlContainer), and its messages come from the page's FormSupport.
 */
export const SESSION_FIELDSET_VIEW_PROVIDERS = [
  { provide: ControlContainer, useFactory: () => inject(ControlContainer, { skipSelf: true }) },
];

export const SESSION_FIELDSET_CSS = `
  :host {
    display: block;
  }
  fieldset.tsu-fieldset {
    display: grid;
    gap: 1rem;
  }
  .tsu-fieldset > legend {
    font-size: 1.125rem;
  }
  .repeat {
    border: 1px solid var(--tsu-border-soft);
    border-radius: var(--tsu-radius);
    padding: 0.75rem;
    display: grid;
    gap: 0.75rem;
  }
  .repeat-head {
    display: flex;
    justify-content: space-between;
    align-items: center;
    gap: 0.5rem;
  }
  .repeat-head h2 {
    margin: 0;
    font-size: 1.0625rem;
  }
`;

@Directive()
export abstract class SessionFieldset {
  protected readonly i18n = inject(I18nService);
  readonly form = input.required<SessionForm>();
  readonly support = input.required<FormSupport>();
  protected readonly limits = LIMITS.session;

  protected error(path: string): string | null {
    return this.support().error(this.form().get(path));
  }

  /** 「第2回 日付」: which meeting or question a message is about, in the error summary. */
  protected inGroup(
    group: 'meeting' | 'question',
    index: number,
    field: 'date' | 'startsAt' | 'endsAt' | 'questionLabel' | 'questionChoices',
  ): string {
    return this.i18n.t('errorSummary.inGroup', {
      group: this.i18n.t(`courseEditor.session.${group}`, { n: index + 1 }),
      label: this.i18n.t(`courseEditor.session.${field}`),
    });
  }
}
