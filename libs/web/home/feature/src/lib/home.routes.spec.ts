import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { SessionStore, type SessionPayloadFragment } from '@tsunagu/web/shared/data-access';
import { homeRoutes } from './home.routes';

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
      providers: [
        provideRouter([
          { path: 'home', children: homeRoutes },
          { path: 'sign-in', component: SignInStub },
        ]),
      ],
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
    const router = TestBed.inject(Router);
    await router.navigateByUrl('/home/company');
    const { CompanyHomePage } = await import('./company-home.page');
    const fixture = TestBed.createComponent(CompanyHomePage);
    await fixture.whenStable();
    const element: HTMLElement = fixture.nativeElement;
    expect(element.querySelector('[data-testid="user-greeting"]')?.textContent?.trim()).toBe(
      '山田 花子さん、こんにちは',
    );
    expect(element.querySelector('[data-testid="memberships"]')?.textContent).toContain(
      '株式会社つなぐ — 企業担当者',
    );
  });

  // The project team member's home linked to members, courses and sessions, which all refused her.
  it('links the secretariat home to organiser pages only for those who organise', async () => {
    const { StaffHomePage } = await import('./staff-home.page');
    const links = async () => {
      const fixture = TestBed.createComponent(StaffHomePage);
      await fixture.whenStable();
      const el: HTMLElement = fixture.nativeElement;
      return {
        organiser: ['to-members', 'to-staff-courses', 'to-staff-sessions'].filter((id) =>
          el.querySelector(`[data-testid="${id}"]`),
        ),
        catalogue: el.querySelector('[data-testid="to-catalogue"]')?.getAttribute('href') ?? null,
        comingSoon: el.querySelectorAll('[data-testid="coming-soon"]').length,
      };
    };
    signIn(['staff'], 'team_member');
    expect(await links()).toEqual({ organiser: [], catalogue: '/seminars', comingSoon: 2 });
    signIn(['staff'], 'staff');
    expect(await links()).toEqual({
      organiser: ['to-members', 'to-staff-courses', 'to-staff-sessions'],
      catalogue: null,
      comingSoon: 2,
    });
  });
});
