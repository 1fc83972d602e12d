import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { I18nService } from '@tsunagu/web/shared/util';
import { loadOnChange, MutationState, QueryState } from './query-state';

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe(QueryState.name, () => {
  it('drops an answer that arrives after a newer request was sent', async () => {
    const slow = deferred<string>();
    const answers: Record<string, Promise<string>> = { a: slow.promise, b: Promise.resolve('B') };
    const state = TestBed.runInInjectionContext(
      () =>
        new QueryState<string, string>(
          (key) => answers[key] ?? Promise.reject(new Error(`no answer for ${key}`)),
        ),
    );
    const first = state.load('a');
    await state.load('b');
    slow.resolve('A');
    await first;
    expect(state.data()).toBe('B');
    expect(state.loading()).toBe(false);
  });

  it('says a failure in her words, never the transport’s, and keeps what was loaded', async () => {
    let fail = false;
    const state = TestBed.runInInjectionContext(
      () =>
        new QueryState<void, string>(() =>
          fail ? Promise.reject(new TypeError('Failed to fetch')) : Promise.resolve('data'),
        ),
    );
    await state.load();
    fail = true;
    await state.reload();
    expect(state.data()).toBe('data');
    expect(state.error()?.code).toBe('NETWORK');
    expect(state.errorText()).toBe('サーバーに接続できませんでした。通信環境を確認してください。');
    expect(state.retryable()).toBe(true);
  });
});

describe(loadOnChange.name, () => {
  it('loads when the key changes, and not when the language does', async () => {
    const id = signal('s1');
    const i18n = TestBed.inject(I18nService);
    const fetch = jest.fn((key: string) => {
      i18n.locale(); // Apollo's links read the UI language while the request is made.
      return Promise.resolve(key);
    });
    const state = TestBed.runInInjectionContext(() => loadOnChange(() => id(), fetch));
    TestBed.tick();
    i18n.setLocale('en');
    TestBed.tick();
    expect(fetch).toHaveBeenCalledTimes(1);
    id.set('s2');
    TestBed.tick();
    await Promise.resolve();
    expect(fetch).toHaveBeenLastCalledWith('s2');
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(state.loading()).toBe(false);
    i18n.setLocale('ja');
  });
});

describe(MutationState.name, () => {
  it('answers null and keeps her sentence when the mutation fails', async () => {
    const mutation = TestBed.runInInjectionContext(() => new MutationState());
    expect(
      await mutation.run(() =>
        Promise.reject({ errors: [{ message: '締め切りました。', extensions: { code: 'CONFLICT' } }] }),
      ),
    ).toBeNull();
    expect(mutation.errorText()).toBe('締め切りました。');
    expect(await mutation.run(() => Promise.resolve(1))).toBe(1);
    expect(mutation.errorText()).toBeNull();
  });
});
