import { TestBed } from '@angular/core/testing';
import { Router, UrlTree, type ActivatedRouteSnapshot, type RouterStateSnapshot } from '@angular/router';
import type { Persona, Role } from '@tsunagu/shared/domain';
import type { Audience } from './audience';
import { personaGuard } from './session.guards';
import { SessionStore } from './session.store';

function signedInWith(role: Role, personas: Persona[] = ['staff']): void {
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
      personas,
      memberships: [{ id: 'm1', role, organisation: { id: 'o1', name: '茨城県', kind: 'prefecture' } }],
    },
  });
}

function run(...audiences: Audience[]): string | true {
  const result = TestBed.runInInjectionContext(() =>
    personaGuard(...audiences)({} as ActivatedRouteSnapshot, { url: '/staff/x' } as RouterStateSnapshot),
  ) as boolean | UrlTree;
  return result instanceof UrlTree ? TestBed.inject(Router).serializeUrl(result) : (result as true);
}

describe('personaGuard', () => {
  beforeEach(() => localStorage.clear());

  it('sends a visitor to sign in and back', () => {
    expect(run('organisers')).toBe('/sign-in?returnUrl=%2Fstaff%2Fx');
  });

  // The course editor and the session pages (roster, check-in) are for organisers.
  it('sends a project team member home instead of to pages the API refuses her', () => {
    // A project team member has the secretariat persona, yet organises nothing.
    signedInWith('team_member');
    expect(run('organisers')).toBe('/home');
  });

  it.each(['staff', 'admin', 'company_admin'] as const)('lets %s through to organisers’ pages', (role) => {
    signedInWith(role);
    expect(run('organisers')).toBe(true);
  });

  it('lets through only the personas she holds', () => {
    signedInWith('learner', ['learner']);
    expect(run('learner')).toBe(true);
    expect(run('mentor')).toBe('/home');
    expect(run('mentor', 'learner')).toBe(true);
  });

  // The notification outbox: staff and admins (the API's notificationOutbox), not company admins or the team.
  it.each([
    ['staff', true],
    ['admin', true],
    ['company_admin', '/home'],
    ['team_member', '/home'],
  ] as const)('lets %s to the delivery watchers’ pages: %s', (role, expected) => {
    signedInWith(role);
    expect(run('deliveryWatchers')).toBe(expected);
  });

  // Company applications: staff and admins (the API's companyApplications), not the project team.
  it.each([
    ['staff', true],
    ['admin', true],
    ['company_admin', '/home'],
    ['team_member', '/home'],
  ] as const)('lets %s to the company applications: %s', (role, expected) => {
    signedInWith(role);
    expect(run('companyDeciders')).toBe(expected);
  });

  // The cross-company overview: staff only (the API's crossCompanyOverview refuses platform admins).
  it.each([
    ['staff', true],
    ['admin', '/home'],
    ['company_admin', '/home'],
    ['team_member', '/home'],
  ] as const)('lets %s to the cross-company overview: %s', (role, expected) => {
    signedInWith(role);
    expect(run('companyOverviewReaders')).toBe(expected);
  });
});
