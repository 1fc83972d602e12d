import { TestBed } from '@angular/core/testing';
import { ActivatedRoute, convertToParamMap, provideRouter, Router } from '@angular/router';
import { AuthService, ReturnSeminarService } from '@tsunagu/web/identity/data-access';
import { SignUpPage } from './sign-up.page';

const SESSION = '0b6f2c1e-6a43-4f55-9a3e-1f2d3c4b5a69';
const BACK = `/seminars/sessions/${SESSION}/enrol`;

function setup(query: Record<string, string> = {}) {
  const auth = {
    signUp: jest.fn().mockResolvedValue({ id: 'u1' }),
    acceptInvitation: jest.fn().mockResolvedValue({ id: 'u1' }),
    invitation: jest.fn().mockResolvedValue({
      email: 'invited@example.jp',
      role: 'learner',
      organisation: { name: '小美玉市' },
    }),
  };
  const find = jest.fn().mockResolvedValue({
    id: SESSION,
    title: '第1期',
    course: {
      id: 'c1',
      title: '女性リーダー育成講座',
      provider: { id: 'o1', name: '小美玉市 女性活躍推進事務局', privacyNotice: null },
    },
  });
  TestBed.configureTestingModule({
    providers: [
      provideRouter([]),
      { provide: AuthService, useValue: auth },
      { provide: ReturnSeminarService, useValue: { find } },
      { provide: ActivatedRoute, useValue: { snapshot: { queryParamMap: convertToParamMap(query) } } },
    ],
  });
  const fixture = TestBed.createComponent(SignUpPage);
  const el: HTMLElement = fixture.nativeElement;
  const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
  const byTestId = (id: string) => el.querySelector(`[data-testid="${id}"]`) as HTMLElement | null;
  const fill = async () => {
    for (const [id, value] of [
      ['sign-up-family-name', '中村'],
      ['sign-up-given-name', 'さくら'],
      ['sign-up-family-name-kana', 'ナカムラ'],
      ['sign-up-given-name-kana', 'サクラ'],
      ['sign-up-email', 'sakura@example.jp'],
      ['sign-up-password', 'sakura-no-hana-2026'],
    ] as const) {
      const input = byTestId(id) as HTMLInputElement;
      input.value = value;
      input.dispatchEvent(new Event('input'));
    }
    (byTestId('sign-up-submit') as HTMLButtonElement).click();
    await fixture.whenStable();
  };
  return { fixture, auth, find, navigate, byTestId, fill };
}

async function settle(fixture: { whenStable(): Promise<unknown>; detectChanges(): void }) {
  await fixture.whenStable();
  fixture.detectChanges();
  await fixture.whenStable();
  fixture.detectChanges();
}

describe(SignUpPage.name, () => {
  it('keeps her seminar: back to the enrol form after signing up, with its organiser named', async () => {
    const { fixture, navigate, byTestId, fill, auth } = setup({ returnUrl: BACK });
    await settle(fixture);
    expect(byTestId('return-notice')?.textContent?.trim()).toBe(
      '登録またはログインが終わると、「女性リーダー育成講座」の申し込み画面に戻ります。',
    );
    expect(byTestId('privacy-operator')?.textContent).toContain('つなぐの運営事務局');
    expect(byTestId('privacy-provider')?.textContent).toContain(
      '小美玉市 女性活躍推進事務局がセミナーの受付',
    );
    expect(byTestId('to-sign-in')?.getAttribute('href')).toBe(
      `/sign-in?returnUrl=${encodeURIComponent(BACK)}`,
    );
    await fill();
    expect(auth.signUp).toHaveBeenCalled();
    expect(navigate).toHaveBeenCalledWith(BACK);
  });

  it("without a seminar shows only the operator's notice and goes home", async () => {
    const { fixture, navigate, byTestId, fill, find } = setup();
    await settle(fixture);
    expect(find).not.toHaveBeenCalled();
    expect(byTestId('return-notice')).toBeNull();
    expect(byTestId('privacy-operator')).not.toBeNull();
    expect(byTestId('privacy-provider')).toBeNull();
    await fill();
    expect(navigate).toHaveBeenCalledWith('/home');
  });

  it('accepts an invitation and still goes back to the enrol form', async () => {
    const { fixture, navigate, fill, auth } = setup({ invitation: 'tok', returnUrl: BACK });
    await settle(fixture);
    await fill();
    expect(auth.acceptInvitation).toHaveBeenCalledWith('tok');
    expect(navigate).toHaveBeenCalledWith(BACK);
  });

  it("fills in the address a company's invitation mail links with", async () => {
    const { fixture, byTestId } = setup({ email: 'invited-by-company@example.jp', returnUrl: '/account' });
    await settle(fixture);
    expect((byTestId('sign-up-email') as HTMLInputElement).value).toBe('invited-by-company@example.jp');
    expect(byTestId('to-sign-in')?.getAttribute('href')).toBe(
      `/sign-in?returnUrl=${encodeURIComponent('/account')}`,
    );
  });

  it('refuses to return anywhere off the site', async () => {
    const { fixture, navigate, byTestId, fill } = setup({ returnUrl: '//evil.example/enrol' });
    await settle(fixture);
    expect(byTestId('return-notice')).toBeNull();
    await fill();
    expect(navigate).toHaveBeenCalledWith('/home');
  });
});
