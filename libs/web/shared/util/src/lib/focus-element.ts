/**
 * Focuses an element that may not be focusable by itself (a heading, a message); with `scroll`, also
 * brings it to the top of the window.
 */
export function focusElement(target: HTMLElement, scroll = true): void {
  if (!target.matches('a[href], button, input, select, textarea, [tabindex]'))
    target.setAttribute('tabindex', '-1');
  target.focus({ preventScroll: !scroll });
}
