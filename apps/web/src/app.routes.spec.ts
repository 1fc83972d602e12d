import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { Role } from '@tsunagu/shared/domain';
import { provideWebDomains, SessionStore } from '@tsunagu/web/shared/data-access';
import { appRoutes, webDomains } from './app.routes';

function signInAsStaff(role: Role): void {
  TestBed.inject(SessionStore).start({
    accessToken: 'a',
    accessTokenExpiresAt: '2026-04-01T00:15:00Z',
    refreshToken: 'r',
    refreshTokenExpiresAt: '2026-05-01T00:00:00Z',
    user: {
      id: 'u1',
      email: 'aya@example.jp',
      familyName: '伊藤',
      givenName: '彩',
      familyNameKana: 'イトウ',
      givenNameKana: 'アヤ',
      preferredLocale: 'ja',
      personas: ['staff'],
      memberships: [{ id: 'm1', role, organisation: { id: 'o1', name: '茨城県', kind: 'prefecture' } }],
    },
  });
}

describe('appRoutes', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideRouter(appRoutes, withComponentInputBinding()), provideWebDomains(webDomains)],
    });
  });

  it('claims every path once across domains', () => {
    const paths = webDomains.flatMap((domain) => domain.routes.map((route) => route.path));
    expect(new Set(paths).size).toBe(paths.length);
  });

  // The project team member's home linked to members, courses and sessions, which all refused her.
  it.each([
    ['team_member', { organiser: [], catalogue: '/seminars', comingSoon: 2 }],
    [
      'staff',
      { organiser: ['to-members', 'to-staff-courses', 'to-staff-sessions'], catalogue: null, comingSoon: 2 },
    ],
  ] as const)(
    'links the secretariat home of a %s to organiser pages only if she organises',
    async (role, expected) => {
      signInAsStaff(role);
      const harness = await RouterTestingHarness.create();
      await harness.navigateByUrl('/home/staff');
      await harness.fixture.whenStable();
      const el = harness.routeNativeElement as HTMLElement;
      expect({
        organiser: ['to-members', 'to-staff-courses', 'to-staff-sessions'].filter((id) =>
          el.querySelector(`[data-testid="${id}"]`),
        ),
        catalogue: el.querySelector('[data-testid="to-catalogue"]')?.getAttribute('href') ?? null,
        comingSoon: el.querySelectorAll('[data-testid="coming-soon"]').length,
      }).toEqual(expected);
    },
  );
});
