import { TestBed } from '@angular/core/testing';
import { ActivatedRoute, convertToParamMap, provideRouter, Router } from '@angular/router';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { AccountEmailsService, AuthService } from '@tsunagu/web/identity/data-access';
import { FlashMessages } from '@tsunagu/web/shared/data-access';
import { ResetPasswordPage } from './reset-password.page';

function setup(query: Record<string, string> = { token: 'id.mac' }) {
  const resetPassword = jest.fn().mockResolvedValue(undefined);
  TestBed.configureTestingModule({
    providers: [
      provideRouter([]),
      { provide: AccountEmailsService, useValue: { resetPassword } },
      { provide: AuthService, useValue: { signOut: jest.fn() } },
      { provide: ActivatedRoute, useValue: { snapshot: { queryParamMap: convertToParamMap(query) } } },
    ],
  });
  const fixture = TestBed.createComponent(ResetPasswordPage);
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
    byTestId<HTMLButtonElement>('reset-submit')!.click();
    await fixture.whenStable();
  };
  return { fixture, resetPassword, navigate, byTestId, type, submit };
}

describe(ResetPasswordPage.name, () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => document.body.replaceChildren());

  it('asks for the same password twice before calling the API', async () => {
    const { fixture, resetPassword, byTestId, type, submit } = setup();
    await fixture.whenStable();
    type('reset-new-password', 'a-long-new-password');
    type('reset-confirm-password', 'a-long-new-passwore');
    await submit();
    expect(byTestId('reset-confirm-password-error')?.textContent?.trim()).toBe(
      '新しいパスワード（確認）：同じパスワードを2回入力してください。',
    );
    expect(resetPassword).not.toHaveBeenCalled();
  });

  it('sets the password with the token and goes to sign-in with a message', async () => {
    const { fixture, resetPassword, navigate, type, submit } = setup();
    const flash = jest.spyOn(TestBed.inject(FlashMessages), 'showAfterNavigation');
    await fixture.whenStable();
    type('reset-new-password', 'a-long-new-password');
    type('reset-confirm-password', 'a-long-new-password');
    await submit();
    expect(resetPassword).toHaveBeenCalledWith('id.mac', 'a-long-new-password');
    expect(flash).toHaveBeenCalledWith({ key: 'auth.signIn.passwordReset' });
    expect(navigate).toHaveBeenCalledWith('/sign-in');
  });

  it('says the link cannot be used, with a link to ask again, when the API refuses the token', async () => {
    const { fixture, resetPassword, byTestId, type, submit } = setup();
    resetPassword.mockRejectedValue(
      new CombinedGraphQLErrors({
        errors: [
          {
            message: '入力内容を確認してください。',
            extensions: { code: 'BAD_USER_INPUT', fields: { token: 'x' } },
          },
        ],
      }),
    );
    await fixture.whenStable();
    type('reset-new-password', 'a-long-new-password');
    type('reset-confirm-password', 'a-long-new-password');
    await submit();
    fixture.detectChanges();
    expect(byTestId('reset-invalid')).not.toBeNull();
    expect(byTestId('reset-ask-again')?.getAttribute('href')).toBe('/forgot-password');
  });

  it('without a token shows the same state at once', async () => {
    const { fixture, byTestId } = setup({});
    await fixture.whenStable();
    expect(byTestId('reset-invalid')).not.toBeNull();
    expect(byTestId('reset-form')).toBeNull();
  });
});
