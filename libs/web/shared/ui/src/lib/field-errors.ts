import { attr } from './focus';

/** A field with a problem, as the error summary lists it. */
export interface ErrorSummaryItem {
  /** The id of the control to focus. */
  id: string;
  /** The message naming its field, e.g. 「姓：入力してください。」 */
  text: string;
}

let nextId = 0;

/** Text a sighted reader sees, without required marks and other aria-hidden decoration. */
function visibleText(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  copy.querySelectorAll('[aria-hidden="true"], .tsu-visually-hidden').forEach((e) => e.remove());
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function labelOf(control: HTMLElement): string {
  const group = control.closest('fieldset');
  if ((control as HTMLInputElement).type === 'radio' && group) {
    const legend = group.querySelector('legend');
    if (legend) return visibleText(legend);
  }
  const label =
    (control.id && control.ownerDocument.querySelector(`label${attr('for', control.id)}`)) ||
    control.closest('label');
  return label ? visibleText(label) : (control.getAttribute('aria-label') ?? '');
}

const ERROR_SELECTOR = '.tsu-field__error, .group-error, [data-field-error]';

function errorElementOf(control: HTMLElement): HTMLElement | null {
  const ids = (control.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  for (const id of ids) {
    const element = control.ownerDocument.getElementById(id);
    if (element && (id.endsWith('-error') || element.matches(ERROR_SELECTOR))) return element;
  }
  // A group (radios, checkboxes) often shows one message for the group, below its options.
  if ((control as HTMLInputElement).type === 'radio' || (control as HTMLInputElement).type === 'checkbox')
    return control.closest('fieldset')?.querySelector<HTMLElement>(ERROR_SELECTOR) ?? null;
  return null;
}

/**
 * The problems of the invalid controls inside `scope`, in page order, one per radio group. Messages
 * that already name their field (the form field's own, marked data-field-named) are taken as they
 * are; the others are prefixed with the field's label or the group's legend.
 */
export function collectFieldErrors(
  scope: HTMLElement,
  named: (label: string, message: string) => string,
): ErrorSummaryItem[] {
  const items: ErrorSummaryItem[] = [];
  const seenGroups = new Set<string>();
  for (const control of Array.from(scope.querySelectorAll<HTMLElement>('[aria-invalid="true"]'))) {
    if ((control as HTMLInputElement).type === 'radio') {
      const group = (control as HTMLInputElement).name || control.closest('fieldset')?.id || '';
      if (group && seenGroups.has(group)) continue;
      seenGroups.add(group);
    }
    if (!control.id) control.id = `tsu-invalid-${++nextId}`;
    const error = errorElementOf(control);
    const message = error ? visibleText(error) : '';
    if (error?.hasAttribute('data-field-named')) items.push({ id: control.id, text: message });
    else if (message) items.push({ id: control.id, text: named(labelOf(control), message) });
  }
  return items;
}
