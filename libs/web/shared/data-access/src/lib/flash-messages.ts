import { Injectable, inject, signal } from '@angular/core';
import {
  NavigationCancel,
  NavigationCancellationCode,
  NavigationEnd,
  NavigationError,
  Router,
} from '@angular/router';
import type { TranslationKey, TranslationParams } from '@tsunagu/web/shared/util';

/** A message about what she just did, as a dictionary key so it follows a language switch. */
export interface FlashMessage {
  key: TranslationKey;
  params?: TranslationParams;
}

/**
 * Messages that must survive a navigation: "the course was created" is said on the page of the new
 * course, which is another component than the form that created it. The shell shows the current one
 * (role=status) at the top of the page and the route focus moves to it; the next navigation clears it.
 */
@Injectable({ providedIn: 'root' })
export class FlashMessages {
  private pending: FlashMessage | null = null;
  private readonly shown = signal<FlashMessage | null>(null);
  readonly current = this.shown.asReadonly();

  constructor() {
    inject(Router).events.subscribe((event) => {
      if (event instanceof NavigationEnd) {
        this.shown.set(this.pending);
        this.pending = null;
      } else if (
        (event instanceof NavigationCancel && event.code !== NavigationCancellationCode.Redirect) ||
        event instanceof NavigationError
      ) {
        // She did not get there; a redirect still ends somewhere, so the message waits for it.
        this.pending = null;
      }
    });
  }

  /** Shows `message` on the page the navigation she is about to start ends on. */
  showAfterNavigation(message: FlashMessage): void {
    this.pending = message;
  }

  dismiss(): void {
    this.shown.set(null);
  }
}
