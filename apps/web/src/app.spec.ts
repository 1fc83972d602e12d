import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { AuthService } from '@tsunagu/web/identity/data-access';
import { NotificationsService } from '@tsunagu/web/notifications/data-access';
import { provideWebDomains, SessionStore } from '@tsunagu/web/shared/data-access';
import { App } from './app';
import { webDomains } from './app.routes';

describe(App.name, () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideWebDomains(webDomains),
        { provide: AuthService, useValue: { setLocale: jest.fn(), signOut: jest.fn() } },
        {
          provide: NotificationsService,
          useValue: { unread: signal(4), refreshUnread: jest.fn().mockResolvedValue(4), clear: jest.fn() },
        },
      ],
    });
  });

  it('has the landmarks and offers sign-in and sign-up to visitors', async () => {
    const fixture = TestBed.createComponent(App);
    await fixture.whenStable();
    const element: HTMLElement = fixture.nativeElement;
    expect(element.querySelector('header')).not.toBeNull();
    expect(element.querySelector('nav[aria-label="メインメニュー"]')).not.toBeNull();
    expect(element.querySelector('main#main-content')).not.toBeNull();
    expect(element.querySelector('footer')).not.toBeNull();
    expect(element.querySelector('[data-testid="nav-sign-in"]')).not.toBeNull();
    expect(element.querySelector('[data-testid="sign-out"]')).toBeNull();
    expect(element.querySelector('[data-testid="notification-bell"]')).toBeNull();
  });

  it('shows only the homes of the personas she holds', async () => {
    TestBed.inject(SessionStore).start({
      accessToken: 'a',
      accessTokenExpiresAt: '2026-04-01T00:15:00Z',
      refreshToken: 'r',
      refreshTokenExpiresAt: '2026-05-01T00:00:00Z',
      user: {
        id: 'u1',
        email: 'hanako@example.jp',
        familyName: '山田',
        givenName: '花子',
        familyNameKana: 'ヤマダ',
        givenNameKana: 'ハナコ',
        preferredLocale: 'ja',
        personas: ['mentor', 'learner'],
        memberships: [],
      },
    });
    const fixture = TestBed.createComponent(App);
    await fixture.whenStable();
    const element: HTMLElement = fixture.nativeElement;
    expect(element.querySelector('[data-testid="nav-mentor"]')?.getAttribute('href')).toBe('/home/mentor');
    expect(element.querySelector('[data-testid="nav-learner"]')).not.toBeNull();
    expect(element.querySelector('[data-testid="nav-staff"]')).toBeNull();
    expect(element.querySelector('[data-testid="nav-company_admin"]')).toBeNull();
    expect(element.querySelector('[data-testid="sign-out"]')).not.toBeNull();
    // Everyone signed in has the bell, named with her unread count.
    expect(element.querySelector('[data-testid="notification-bell"]')?.textContent).toContain(
      'お知らせ（未読4件）',
    );
    // The menu keeps its order across domains: catalogue, her homes, her seminars, account, sign out.
    expect(
      Array.from(element.querySelectorAll('nav [data-testid]')).map((e) => e.getAttribute('data-testid')),
    ).toEqual(['nav-seminars', 'nav-mentor', 'nav-learner', 'nav-my-seminars', 'nav-account', 'sign-out']);
  });

  it('switches language through the account-aware service', async () => {
    const fixture = TestBed.createComponent(App);
    await fixture.whenStable();
    (fixture.nativeElement as HTMLElement)
      .querySelector<HTMLButtonElement>('[data-testid="language-switch"]')!
      .click();
    expect(TestBed.inject(AuthService).setLocale).toHaveBeenCalledWith('en');
  });
});
