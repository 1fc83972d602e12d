import { computed, effect, inject, signal, untracked, type Signal } from '@angular/core';
import { errorText, I18nService, isRetryable } from '@tsunagu/web/shared/util';
import { toAppError, type AppError } from './app-error';

/**
 * One request's state as signals: what it answered, whether it is in flight, what went wrong (as an
 * AppError for `<tsu-load-error>` and as her sentence), and `reload()`. An answer that arrives after a
 * newer request was sent is dropped, so a slow answer for the page she left never overwrites the one she
 * is on. Data is kept while reloading and after a failed reload (the page says what failed above it).
 * Create it in a field initializer: it uses inject().
 */
export class QueryState<K, T> {
  private readonly i18n = inject(I18nService);
  private readonly dataState = signal<T | null>(null);
  private readonly errorState = signal<AppError | null>(null);
  private readonly loadingState = signal(false);
  private lastKey: { value: K } | null = null;
  private requestId = 0;

  readonly data: Signal<T | null> = this.dataState.asReadonly();
  readonly error: Signal<AppError | null> = this.errorState.asReadonly();
  readonly loading: Signal<boolean> = this.loadingState.asReadonly();
  /** The failure in her language (our words for network and server trouble), or null. */
  readonly errorText = computed(() => {
    const error = this.errorState();
    this.i18n.locale();
    return error ? errorText(this.i18n, error) : null;
  });
  readonly retryable = computed(() => {
    const error = this.errorState();
    return error ? isRetryable(error) : false;
  });

  constructor(private readonly fetch: (key: K) => Promise<T>) {}

  /** Sends the request for `key`; resolves once its answer (or failure) is in the signals. */
  async load(key: K): Promise<void> {
    this.lastKey = { value: key };
    const id = ++this.requestId;
    this.loadingState.set(true);
    try {
      const data = await this.fetch(key);
      if (id !== this.requestId) return;
      this.dataState.set(data);
      this.errorState.set(null);
    } catch (error) {
      if (id === this.requestId) this.errorState.set(toAppError(error));
    } finally {
      if (id === this.requestId) this.loadingState.set(false);
    }
  }

  /** Loads the last key again (「再読み込み」, or after a change she made). */
  reload(): Promise<void> {
    return this.lastKey ? this.load(this.lastKey.value) : Promise.resolve();
  }

  /** Replaces the data with what a mutation answered, without a round trip. */
  set(data: T | null): void {
    this.dataState.set(data);
  }

  update(change: (data: T) => T): void {
    this.dataState.update((data) => (data === null ? data : change(data)));
  }
}

/**
 * Loads whenever `key` (usually a route parameter input) changes to a value, and at no other time.
 * The fetch runs untracked: Apollo's links read the UI language, and a language switch must not reload
 * the page and lose what she just did. A null or undefined key loads nothing.
 */
export function loadOnChange<K, T>(
  key: () => K | null | undefined,
  fetch: (key: K) => Promise<T>,
): QueryState<K, T> {
  const state = new QueryState<K, T>(fetch);
  effect(() => {
    const value = key();
    if (value !== null && value !== undefined) untracked(() => void state.load(value));
  });
  return state;
}

/** Loads once, now (pages without parameters: my seminars, the staff's sessions). */
export function loadOnce<T>(fetch: () => Promise<T>): QueryState<void, T> {
  const state = new QueryState<void, T>(() => fetch());
  void state.load();
  return state;
}

/**
 * A mutation as signals: whether it runs, and her sentence for what went wrong. `run` resolves to the
 * answer, or to null when it failed (the error is in `errorText`).
 */
export class MutationState {
  private readonly i18n = inject(I18nService);
  private readonly errorState = signal<AppError | null>(null);
  private readonly runningState = signal(false);
  readonly running: Signal<boolean> = this.runningState.asReadonly();
  readonly error: Signal<AppError | null> = this.errorState.asReadonly();
  readonly errorText = computed(() => {
    const error = this.errorState();
    this.i18n.locale();
    return error ? errorText(this.i18n, error) : null;
  });

  async run<T>(request: () => Promise<T>): Promise<T | null> {
    this.runningState.set(true);
    this.errorState.set(null);
    try {
      return await request();
    } catch (error) {
      this.errorState.set(toAppError(error));
      return null;
    } finally {
      this.runningState.set(false);
    }
  }

  clear(): void {
    this.errorState.set(null);
  }
}
