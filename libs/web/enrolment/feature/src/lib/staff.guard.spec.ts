import { TestBed } from '@angular/core/testing';
import { Router, UrlTree, type ActivatedRouteSnapshot, type RouterStateSnapshot } from '@angular/router';
import type { Role } from '@tsunagu/shared/domain';
import { SessionStore } from '@tsunagu/web/shared/data-access';
import { organiserGuard } from './staff.guard';

function signedInWith(role: Role): void {
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
      // A project team member has the secretariat persona, yet organises nothing.
      personas: ['staff'],
      memberships: [{ id: 'm1', role, organisation: { id: 'o1', name: '茨城県', kind: 'prefecture' } }],
    },
  });
}

function run(): boolean | UrlTree {
  return TestBed.runInInjectionContext(() =>
    organiserGuard({} as ActivatedRouteSnapshot, { url: '/staff/x' } as RouterStateSnapshot),
  ) as boolean | UrlTree;
}

describe('organiserGuard', () => {
  beforeEach(() => localStorage.clear());

  it('sends a project team member home instead of to pages the API refuses her', () => {
    signedInWith('team_member');
    const result = run();
    expect(result instanceof UrlTree && TestBed.inject(Router).serializeUrl(result)).toBe('/home');
  });

  it.each(['staff', 'admin', 'company_admin'] as const)('lets %s through', (role) => {
    signedInWith(role);
    expect(run()).toBe(true);
  });
});
