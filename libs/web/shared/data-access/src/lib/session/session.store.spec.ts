import { TestBed } from '@angular/core/testing';
import { Apollo } from 'apollo-angular';
import { of, Subject } from 'rxjs';
import type { SessionPayloadFragment } from '../generated/graphql';
import { REFRESH_TOKEN_STORAGE_KEY, SessionStore } from './session.store';

const payload = (refreshToken: string): SessionPayloadFragment => ({
  accessToken: 'access',
  accessTokenExpiresAt: '2026-04-01T00:15:00Z',
  refreshToken,
  refreshTokenExpiresAt: '2026-05-01T00:00:00Z',
  user: {
    id: 'u1',
    email: 'hanako@example.jp',
    familyName: '山田',
    givenName: '花子',
    familyNameKana: 'ヤマダ',
    givenNameKana: 'ハナコ',
    preferredLocale: 'ja',
    personas: ['learner'],
    memberships: [],
  },
});

describe(SessionStore.name, () => {
  beforeEach(() => localStorage.clear());

  it('keeps only the refresh token in storage and clears it on sign-out', () => {
    const store = TestBed.inject(SessionStore);
    store.start(payload('refresh-1'));
    expect(store.isSignedIn()).toBe(true);
    expect(localStorage.getItem(REFRESH_TOKEN_STORAGE_KEY)).toBe('refresh-1');
    store.clear();
    expect(store.isSignedIn()).toBe(false);
    expect(localStorage.getItem(REFRESH_TOKEN_STORAGE_KEY)).toBeNull();
  });

  it('shares one refresh request between concurrent callers', async () => {
    localStorage.setItem(REFRESH_TOKEN_STORAGE_KEY, 'refresh-0');
    const answer = new Subject<unknown>();
    const mutate = jest.fn(() => answer);
    TestBed.configureTestingModule({ providers: [{ provide: Apollo, useValue: { mutate } }] });
    const store = TestBed.inject(SessionStore);
    const first = store.refresh();
    const second = store.refresh();
    answer.next({ data: { refreshSession: payload('refresh-1') } });
    answer.complete();
    expect(await first).toBe(true);
    expect(await second).toBe(true);
    expect(mutate).toHaveBeenCalledTimes(1);
    expect(store.refreshToken()).toBe('refresh-1');
    expect(store.user()?.familyName).toBe('山田');
  });

  it('does not call the API without a refresh token', async () => {
    const mutate = jest.fn(() => of({}));
    TestBed.configureTestingModule({ providers: [{ provide: Apollo, useValue: { mutate } }] });
    expect(await TestBed.inject(SessionStore).refresh()).toBe(false);
    expect(mutate).not.toHaveBeenCalled();
  });
});
