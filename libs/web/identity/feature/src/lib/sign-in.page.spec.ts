import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { AuthService } from '@tsunagu/web/identity/data-access';
import { SignInPage } from './sign-in.page';

function setup() {
  const signIn = jest.fn();
  TestBed.configureTestingModule({
    providers: [provideRouter([]), { provide: AuthService, useValue: { signIn } }],
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
  return { fixture, element, signIn, navigate, byTestId, type, submit };
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
});
