import { afterNextRender, type Injector } from '@angular/core';
import { focusElement } from '@tsunagu/web/shared/util';

// Defined in shared util, so that FormSupport (shared data-access) focuses the same way.
export { focusElement };

/** True when focus is nowhere useful: on <body>, or on an element that was removed or disabled. */
export function focusIsLost(doc: Document = document): boolean {
  const active = doc.activeElement as HTMLElement | null;
  return (
    !active || active === doc.body || !active.isConnected || (active as HTMLButtonElement).disabled === true
  );
}

/**
 * After an action whose control went away or was disabled while it ran (a button replaced by its
 * result, "publish" turning into "unpublish"), focus the first candidate that exists and is enabled
 * once the page has rendered, so keyboard and screen reader users are not dropped on <body>. Focus
 * she has moved herself meanwhile is left alone.
 */
export function focusIfLost(injector: Injector, ...candidates: (() => HTMLElement | null)[]): void {
  afterNextRender(
    () => {
      if (!focusIsLost()) return;
      for (const candidate of candidates) {
        const target = candidate();
        if (target && !(target as HTMLButtonElement).disabled) {
          focusElement(target, false);
          return;
        }
      }
    },
    { injector },
  );
}

/** `[name="value"]` with the value quoted safely (ids come from the API; CSS.escape is for identifiers). */
export function attr(name: string, value: string): string {
  return `[${name}="${value.replace(/["\\]/g, '\\$&')}"]`;
}
