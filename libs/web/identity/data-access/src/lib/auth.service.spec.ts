import { TestBed } from '@angular/core/testing';
import {
  SessionStore,
  SignInDocument,
  UpdatePreferredLocaleDocument,
  type SessionPayloadFragment,
} from '@tsunagu/web/shared/data-access';
import { I18nService } from '@tsunagu/web/shared/util';
import { Apollo } from 'apollo-angular';
import { of } from 'rxjs';
import { AuthService } from './auth.service';

const user: SessionPayloadFragment['user'] = {
  id: 'u1',
  email: 'hanako@example.jp',
  familyName: '山田',
  givenName: '花子',
  familyNameKana: 'ヤマダ',
  givenNameKana: 'ハナコ',
  preferredLocale: 'en',
  personas: ['learner'],
  memberships: [],
};
const payload: SessionPayloadFragment = {
  accessToken: 'a',
  accessTokenExpiresAt: '2026-04-01T00:15:00Z',
  refreshToken: 'r',
  refreshTokenExpiresAt: '2026-05-01T00:00:00Z',
  user,
};

describe(AuthService.name, () => {
  let mutate: jest.Mock;

  beforeEach(() => {
    localStorage.clear();
    mutate = jest.fn(({ mutation }) =>
      mutation === SignInDocument
        ? of({ data: { signIn: payload } })
        : mutation === UpdatePreferredLocaleDocument
          ? of({ data: { updatePreferredLocale: { ...user, preferredLocale: 'ja' } } })
          : of({ data: {} }),
    );
    TestBed.configureTestingModule({ providers: [{ provide: Apollo, useValue: { mutate } }] });
  });

  it('starts the session and adopts her preferred language after sign-in', async () => {
    const auth = TestBed.inject(AuthService);
    await auth.signIn({ email: 'hanako@example.jp', password: 'correct-horse' });
    expect(TestBed.inject(SessionStore).isSignedIn()).toBe(true);
    expect(TestBed.inject(I18nService).locale()).toBe('en');
  });

  it('switches language locally when signed out, without calling the API', async () => {
    await TestBed.inject(AuthService).setLocale('en');
    expect(TestBed.inject(I18nService).locale()).toBe('en');
    expect(mutate).not.toHaveBeenCalled();
  });

  it('remembers the language on the account when signed in', async () => {
    const auth = TestBed.inject(AuthService);
    await auth.signIn({ email: 'hanako@example.jp', password: 'correct-horse' });
    await auth.setLocale('ja');
    expect(mutate).toHaveBeenLastCalledWith({
      mutation: UpdatePreferredLocaleDocument,
      variables: { locale: 'ja' },
    });
    expect(TestBed.inject(SessionStore).user()?.preferredLocale).toBe('ja');
  });
});
