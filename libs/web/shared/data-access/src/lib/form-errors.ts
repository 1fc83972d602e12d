import { afterNextRender, ElementRef, inject, Injector, signal, type Signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import type { AbstractControl, FormGroup } from '@angular/forms';
import { controlErrorText, errorText, focusElement, I18nService } from '@tsunagu/web/shared/util';
import { toAppError, type AppError } from './app-error';

/**
 * Puts the API's per-field messages on the matching controls and returns the text for the
 * form-level alert (null when every message found its field).
 */
export function applyAppError(form: FormGroup, error: AppError, i18n: I18nService): string | null {
  let unmatched = false;
  if (error.fields) {
    for (const [name, message] of Object.entries(error.fields)) {
      const control = form.get(name);
      if (control) {
        control.setErrors({ ...control.errors, server: message });
        control.markAsTouched();
      } else unmatched = true;
    }
    if (!unmatched) return null;
  }
  // Messages of the API are localized already; our own words cover network and server trouble.
  return errorText(i18n, error);
}

/** Moves focus to the first invalid control once the error messages are rendered. */
export function focusFirstInvalid(host: HTMLElement): void {
  host.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
}

/**
 * What every form page keeps: whether she tried to submit, whether a request is under way, the
 * form-level alert, the message under each control (following the UI language), and focus after a
 * refused submit: on the error summary (`<tsu-error-summary [for]="f" />`, which lists and links the
 * fields) when the page shows one, else on the first invalid field. Create it in a field initializer:
 * it uses inject().
 */
export class FormSupport {
  readonly submitted = signal(false);
  readonly pending = signal(false);
  readonly formError = signal<string | null>(null);
  private readonly attemptState = signal({ seq: 0, refused: false });
  /** Read by the error summary: each submit changes it; `refused` when there is something to show. */
  readonly attempt = this.attemptState.asReadonly();
  private summaries = 0;
  private readonly i18n = inject(I18nService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  /** Changes with every value or status change of the form: read it to recompute with the form. */
  readonly changes: Signal<unknown>;

  /**
   * @param messageOf the text under a control (default: the shared validators' messages); a page
   *   with validators of its own passes one that knows them.
   */
  constructor(
    private readonly form: FormGroup,
    private readonly messageOf: (control: AbstractControl, show: boolean) => string | null = (
      control,
      show,
    ) => controlErrorText((key, params) => this.i18n.t(key, params), control, show),
  ) {
    this.changes = toSignal(form.events, { initialValue: null });
  }

  /** The message under a control, once she has touched it or tried to submit. */
  error(control: AbstractControl | null): string | null {
    this.changes();
    this.i18n.locale();
    if (!control) return null;
    return this.messageOf(control, this.submitted() || control.touched);
  }

  /** Starts a submit: false, with every message shown and the first invalid field focused, if invalid. */
  start(valid = this.form.valid): boolean {
    this.submitted.set(true);
    this.formError.set(null);
    if (valid) {
      this.attemptState.update(({ seq }) => ({ seq: seq + 1, refused: false }));
      return true;
    }
    this.form.markAllAsTouched();
    this.focusFirstInvalid();
    return false;
  }

  /** Runs the request while `pending`; a refusal lands on its fields and in the alert (then undefined). */
  async run<T>(request: () => Promise<T>, fallback?: string): Promise<T | undefined> {
    this.pending.set(true);
    try {
      return await request();
    } catch (error) {
      this.fail(error, fallback);
      return undefined;
    } finally {
      this.pending.set(false);
    }
  }

  /** Shows an API refusal: per-field messages on their controls, the rest (or `fallback`) in the alert. */
  fail(error: unknown, fallback?: string): void {
    this.formError.set(applyAppError(this.form, toAppError(error), this.i18n) ?? fallback ?? null);
    this.focusFirstInvalid();
  }

  /** After a successful send that keeps the page: messages hide again until the next submit. */
  reset(): void {
    this.submitted.set(false);
    this.formError.set(null);
    this.attemptState.update(({ seq }) => ({ seq: seq + 1, refused: false }));
  }

  /** After a refused submit: the summary (if the page shows one) lists the problems and takes focus. */
  focusFirstInvalid(): void {
    this.attemptState.update(({ seq }) => ({ seq: seq + 1, refused: true }));
    if (this.summaries > 0) return;
    afterNextRender(() => focusFirstInvalid(this.host.nativeElement), { injector: this.injector });
  }

  /** Called by the error summary component while it shows this form's problems. */
  attachSummary(): () => void {
    this.summaries++;
    return () => this.summaries--;
  }

  /** Moves focus to `selector` inside the page once it is rendered (a field just added, a result). */
  focusAfterRender(selector: string): void {
    afterNextRender(
      () => {
        // A heading or a message is not focusable by itself: focusElement gives it tabindex="-1".
        const target = this.host.nativeElement.querySelector<HTMLElement>(selector);
        if (target) focusElement(target);
      },
      { injector: this.injector },
    );
  }
}
