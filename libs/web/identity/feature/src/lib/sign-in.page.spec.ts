import { TestBed } from '@angular/core/testing';
import { ActivatedRoute, convertToParamMap, provideRouter, Router } from '@angular/router';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { AuthService, ReturnSeminarService } from '@tsunagu/web/identity/data-access';
import { SignInPage } from './sign-in.page';

const SESSION = '0b6f2c1e-6a43-4f55-9a3e-1f2d3c4b5a69';

function setup(query: Record<string, string> = {}) {
  const signIn = jest.fn();
  const find = jest
    .fn()
    .mockResolvedValue({ id: SESSION, title: '第1期', course: { title: '女性リーダー育成講座' } });
  TestBed.configureTestingModule({
    providers: [
      provideRouter([]),
      { provide: AuthService, useValue: { signIn } },
      { provide: ReturnSeminarService, useValue: { find } },
      { provide: ActivatedRoute, useValue: { snapshot: { queryParamMap: convertToParamMap(query) } } },
    ],
  });
  const fixture = TestBed.createComponent(SignInPage);
  const element: HTMLElement = fixture.nativeElement;
  document.body.appendChild(element);
  const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
  const byTestId = <T extends HTMLElement>(id: string) =>
    element.querySelector(`[data-testid="${id}"]`) as T | null;
  const type = (id: string, value: string) => {
    const input = byTestId<HTMLInputElement>(id)!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('blur'));
  };
  const submit = async () => {
    byTestId<HTMLButtonElement>('sign-in-submit')!.click();
    await fixture.whenStable();
  };
  return { fixture, element, signIn, find, navigate, byTestId, type, submit };
}

describe(SignInPage.name, () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => document.body.replaceChildren());

  it('shows a message under each empty field and does not call the service', async () => {
    const { fixture, signIn, byTestId, submit } = setup();
    await fixture.whenStable();
    expect(byTestId('sign-in-email-error')).toBeNull();
    await submit();
    // Each message names its field, and the summary above the form lists them.
    expect(byTestId('sign-in-email-error')?.textContent?.trim()).toBe('メールアドレス：入力してください。');
    expect(byTestId('sign-in-password-error')?.textContent?.trim()).toBe('パスワード：入力してください。');
    await fixture.whenStable();
    const summary = byTestId('sign-in-error');
    expect(Array.from(summary?.querySelectorAll('li') ?? []).map((li) => li.textContent?.trim())).toEqual([
      'メールアドレス：入力してください。',
      'パスワード：入力してください。',
    ]);
    expect(document.activeElement).toBe(summary);
    expect(byTestId('sign-in-email')?.getAttribute('aria-invalid')).toBe('true');
    expect(byTestId('sign-in-email')?.getAttribute('aria-describedby')).toBe('sign-in-email-error');
    expect(signIn).not.toHaveBeenCalled();
  });

  it('refuses a malformed email before asking the API', async () => {
    const { fixture, signIn, byTestId, type, submit } = setup();
    await fixture.whenStable();
    type('sign-in-email', 'hanako@');
    type('sign-in-password', 'correct-horse');
    await submit();
    expect(byTestId('sign-in-email-error')?.textContent?.trim()).toBe(
      'メールアドレス：メールアドレスの形式で入力してください。',
    );
    expect(signIn).not.toHaveBeenCalled();
  });

  it('signs in with the normalised email and goes home', async () => {
    const { fixture, signIn, navigate, type, submit } = setup();
    signIn.mockResolvedValue({ id: 'u1' });
    await fixture.whenStable();
    type('sign-in-email', '  Hanako@Example.JP ');
    type('sign-in-password', 'correct-horse');
    await submit();
    expect(signIn).toHaveBeenCalledWith({ email: 'hanako@example.jp', password: 'correct-horse' });
    expect(navigate).toHaveBeenCalledWith('/home');
  });

  it('shows a wrong password as a form-level alert', async () => {
    const { fixture, signIn, byTestId, type, submit } = setup();
    signIn.mockRejectedValue(
      new CombinedGraphQLErrors({
        errors: [
          { message: 'メールアドレスまたはパスワードが違います。', extensions: { code: 'UNAUTHENTICATED' } },
        ],
      }),
    );
    await fixture.whenStable();
    type('sign-in-email', 'hanako@example.jp');
    type('sign-in-password', 'wrong-password');
    await submit();
    await fixture.whenStable();
    const alert = byTestId('sign-in-error');
    expect(alert?.getAttribute('role')).toBe('alert');
    expect(alert?.textContent?.trim()).toBe('メールアドレスまたはパスワードが違います。');
  });

  it('puts the API per-field messages under their fields', async () => {
    const { fixture, signIn, byTestId, type, submit } = setup();
    signIn.mockRejectedValue(
      new CombinedGraphQLErrors({
        errors: [
          {
            message: '入力内容を確認してください。',
            extensions: { code: 'BAD_USER_INPUT', fields: { email: 'このメールアドレスは登録できません。' } },
          },
        ],
      }),
    );
    await fixture.whenStable();
    type('sign-in-email', 'hanako@example.jp');
    type('sign-in-password', 'correct-horse');
    await submit();
    await fixture.whenStable();
    expect(byTestId('sign-in-email-error')?.textContent?.trim()).toBe(
      'メールアドレス：このメールアドレスは登録できません。',
    );
    // Every message found its field: the summary lists it and adds no message of its own.
    expect(byTestId('sign-in-error')?.querySelector('li')?.textContent?.trim()).toBe(
      'メールアドレス：このメールアドレスは登録できません。',
    );
    expect(byTestId('error-summary-message')).toBeNull();
  });

  it('goes back to the enrol form after signing in, and says so, naming the seminar', async () => {
    const back = `/seminars/sessions/${SESSION}/enrol`;
    const { fixture, signIn, find, navigate, byTestId, type, submit } = setup({ returnUrl: back });
    signIn.mockResolvedValue({ id: 'u1' });
    await fixture.whenStable();
    fixture.detectChanges();
    expect(find).toHaveBeenCalledWith(SESSION);
    expect(byTestId('return-notice')?.textContent?.trim()).toBe(
      '登録またはログインが終わると、「女性リーダー育成講座」の申し込み画面に戻ります。',
    );
    expect(byTestId('to-sign-up')?.getAttribute('href')).toBe(
      `/sign-up?returnUrl=${encodeURIComponent(back)}`,
    );
    type('sign-in-email', 'hanako@example.jp');
    type('sign-in-password', 'correct-horse');
    await submit();
    expect(navigate).toHaveBeenCalledWith(back);
  });

  it.each(['//evil.example/x', 'https://evil.example/', '/\\evil.example', 'javascript:alert(1)'])(
    'never follows a return URL off the site (%s)',
    async (returnUrl) => {
      const { fixture, signIn, navigate, byTestId, type, submit } = setup({ returnUrl });
      signIn.mockResolvedValue({ id: 'u1' });
      await fixture.whenStable();
      fixture.detectChanges();
      expect(byTestId('return-notice')).toBeNull();
      expect(byTestId('to-sign-up')?.getAttribute('href')).toBe('/sign-up');
      type('sign-in-email', 'hanako@example.jp');
      type('sign-in-password', 'correct-horse');
      await submit();
      expect(navigate).toHaveBeenCalledWith('/home');
    },
  );
});
