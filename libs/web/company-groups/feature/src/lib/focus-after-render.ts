import { afterNextRender, ElementRef, inject, Injector } from '@angular/core';
import { focusElement } from '@tsunagu/web/shared/util';

/** Moves focus inside the page once it has rendered (a message, a field just shown). Field initializer only. */
export class FocusAfterRender {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  private readonly injector = inject(Injector);

  after(selector: string): void {
    afterNextRender(
      () => {
        const target = this.host.querySelector<HTMLElement>(selector);
        if (target) focusElement(target);
      },
      { injector: this.injector },
    );
  }
}
