import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { HOME_CARDS, SessionStore, type SessionPayloadFragment } from '@tsunagu/web/shared/data-access';
import { homeRoutes } from './home.routes';
import { PersonaHomePage } from './persona-home.page';

@Component({ template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class SignInStub {}

function signIn(
  personas: SessionPayloadFragment['user']['personas'],
  role: SessionPayloadFragment['user']['memberships'][number]['role'] = 'company_admin',
) {
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
      personas,
      memberships: [
        {
          id: 'm1',
          role,
          organisation: { id: 'o1', name: '株式会社つなぐ', kind: 'partner_company' },
        },
      ],
    },
  });
}

describe('homeRoutes', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideRouter([...homeRoutes, { path: 'sign-in', component: SignInStub }])],
    });
  });

  it('sends a visitor who is not signed in to sign-in', async () => {
    const router = TestBed.inject(Router);
    await router.navigateByUrl('/home');
    expect(router.url).toBe('/sign-in?returnUrl=%2Fhome%2Flearner');
  });

  it('redirects /home to the home of her first persona', async () => {
    signIn(['company_admin', 'learner']);
    const router = TestBed.inject(Router);
    await router.navigateByUrl('/home');
    expect(router.url).toBe('/home/company');
  });

  it('keeps a learner out of the secretariat home', async () => {
    signIn(['learner']);
    const router = TestBed.inject(Router);
    await router.navigateByUrl('/home/staff');
    expect(router.url).toBe('/home/learner');
  });

  it('greets her family name first with さん', async () => {
    signIn(['company_admin']);
    const fixture = TestBed.createComponent(PersonaHomePage);
    fixture.componentRef.setInput('persona', 'company_admin');
    await fixture.whenStable();
    const element: HTMLElement = fixture.nativeElement;
    expect(element.querySelector('[data-testid="company-home"]')).not.toBeNull();
    expect(element.querySelector('[data-testid="user-greeting"]')?.textContent?.trim()).toBe(
      '山田 花子さん、こんにちは',
    );
    expect(element.querySelector('[data-testid="memberships"]')?.textContent).toContain(
      '株式会社つなぐ — 企業担当者',
    );
  });

  it('shows the cards of her persona, each to its audience', async () => {
    TestBed.overrideProvider(HOME_CARDS, {
      useValue: [
        {
          personas: ['staff'],
          order: 1,
          heading: 'home.staff.tasksTitle',
          comingSoon: 'home.staff.tasksEmpty',
        },
        {
          personas: ['staff'],
          audience: 'organisers',
          order: 2,
          heading: 'members.manageCard',
          link: { path: '/members', label: 'members.manageLink', testId: 'to-members' },
        },
        { personas: ['mentor'], order: 3, heading: 'home.mentor.bookingsTitle' },
      ],
    });
    signIn(['staff'], 'team_member');
    const fixture = TestBed.createComponent(PersonaHomePage);
    fixture.componentRef.setInput('persona', 'staff');
    await fixture.whenStable();
    const element: HTMLElement = fixture.nativeElement;
    expect(Array.from(element.querySelectorAll('.tsu-card__title')).map((e) => e.textContent)).toEqual([
      '所属と役割',
      '今日のタスク',
    ]);
    expect(element.querySelector('[data-testid="coming-soon"]')).not.toBeNull();
  });
});
