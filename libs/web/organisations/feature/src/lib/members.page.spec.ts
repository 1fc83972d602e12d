import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { MembersService } from '@tsunagu/web/organisations/data-access';
import { SessionStore } from '@tsunagu/web/shared/data-access';
import { MembersPage } from './members.page';

describe(MembersPage.name, () => {
  const invite = jest.fn();
  const members = jest.fn();

  async function render(roles: string[]) {
    members.mockResolvedValue([
      {
        id: 'm1',
        role: 'learner',
        createdAt: '2026-04-01T01:00:00Z',
        user: { id: 'u1', familyName: '山田', givenName: '花子', email: 'h@example.jp' },
      },
    ]);
    invite.mockResolvedValue({
      acceptUrl: 'http://localhost:3000/sign-up?invitation=abc',
      invitation: { id: 'i1', email: 'new@example.jp', role: 'mentor', expiresAt: '2026-05-01T00:00:00Z' },
    });
    TestBed.configureTestingModule({
      imports: [MembersPage],
      providers: [
        provideRouter([]),
        { provide: MembersService, useValue: { members, invite } },
        {
          provide: SessionStore,
          useValue: {
            user: signal({
              memberships: roles.map((role, i) => ({
                id: `x${i}`,
                role,
                organisation: { id: 'org-1', name: '小美玉市', kind: 'city' },
              })),
            }),
          },
        },
      ],
    });
    const fixture = TestBed.createComponent(MembersPage);
    await fixture.whenStable();
    fixture.detectChanges();
    return fixture;
  }

  beforeEach(() => jest.clearAllMocks());

  it("lists the organisation's members, family name first", async () => {
    const fixture = await render(['staff']);
    expect(members).toHaveBeenCalledWith('org-1');
    const list = fixture.nativeElement.querySelector('[data-testid="members-list"]') as HTMLElement;
    expect(list.textContent).toContain('山田 花子');
    expect(list.textContent).toContain('受講者');
  });

  it('offers a company admin only the roles she may grant', async () => {
    const fixture = await render(['company_admin']);
    const options = [...fixture.nativeElement.querySelectorAll('[data-testid="invite-role"] option')].map(
      (o) => (o as HTMLOptionElement).value,
    );
    expect(options).toEqual(['learner', 'company_admin']);
  });

  it('refuses an invalid email without calling the API, then invites and shows the link', async () => {
    const fixture = await render(['staff']);
    const el = fixture.nativeElement as HTMLElement;
    const email = el.querySelector('[data-testid="invite-email"]') as HTMLInputElement;
    email.value = 'not-an-email';
    email.dispatchEvent(new Event('input'));
    (el.querySelector('[data-testid="invite-form"]') as HTMLFormElement).dispatchEvent(new Event('submit'));
    await fixture.whenStable();
    fixture.detectChanges();
    expect(invite).not.toHaveBeenCalled();

    email.value = ' New@Example.JP ';
    email.dispatchEvent(new Event('input'));
    const role = el.querySelector('[data-testid="invite-role"]') as HTMLSelectElement;
    role.value = 'mentor';
    role.dispatchEvent(new Event('change'));
    (el.querySelector('[data-testid="invite-form"]') as HTMLFormElement).dispatchEvent(new Event('submit'));
    await fixture.whenStable();
    fixture.detectChanges();
    expect(invite).toHaveBeenCalledWith('org-1', 'new@example.jp', 'mentor');
    expect(el.querySelector('[data-testid="invite-link"]')?.textContent).toContain('invitation=abc');
  });

  // The mentor and the project team member saw an invite form with an empty role list.
  it.each([['mentor'], ['team_member', 'learner']])(
    'shows someone who manages no organisation (%s) a plain note instead of an empty form',
    async (...roles) => {
      const fixture = await render(roles);
      const el = fixture.nativeElement as HTMLElement;
      expect(el.querySelector('[data-testid="invite-form"]')).toBeNull();
      expect(el.querySelector('[data-testid="invite-role"]')).toBeNull();
      expect(el.querySelector('[data-testid="members-none"]')?.textContent).toContain(
        'メンバーを管理できる団体がありません',
      );
      expect(members).not.toHaveBeenCalled();
    },
  );

  it('says so when the members cannot be loaded, and reloads on request', async () => {
    members.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    const fixture = await render(['staff']);
    const el = fixture.nativeElement as HTMLElement;
    expect(el.querySelector('[data-testid="load-error"]')?.textContent).toContain(
      'サーバーに接続できませんでした',
    );
    expect(el.textContent).not.toContain('[object Object]');
    el.querySelector<HTMLButtonElement>('[data-testid="load-error-retry"]')?.click();
    await fixture.whenStable();
    fixture.detectChanges();
    expect(el.querySelector('[data-testid="members-list"]')?.textContent).toContain('山田 花子');
  });
});
