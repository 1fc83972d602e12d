import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { FormSupport } from './form-errors';

@Component({
  selector: 'tsu-form-support-host',
  imports: [ReactiveFormsModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<form [formGroup]="form">
    <input formControlName="email" [attr.aria-invalid]="f.error(form.controls.email) ? 'true' : null" />
  </form>`,
})
class HostComponent {
  readonly form = new FormGroup({
    email: new FormControl('', { nonNullable: true, validators: Validators.required }),
  });
  readonly f = new FormSupport(this.form);
}

function render() {
  const fixture = TestBed.createComponent(HostComponent);
  fixture.detectChanges();
  return { fixture, host: fixture.componentInstance };
}

const refusal = (fields?: Record<string, string>) =>
  new CombinedGraphQLErrors({
    errors: [{ message: '入力内容を確認してください。', extensions: { code: 'BAD_USER_INPUT', fields } }],
  });

describe(FormSupport.name, () => {
  it('hides messages until she touches a field or submits, then refuses an invalid submit', () => {
    const { host } = render();
    expect(host.f.error(host.form.controls.email)).toBeNull();
    expect(host.f.start()).toBe(false);
    expect(host.f.submitted()).toBe(true);
    expect(host.f.error(host.form.controls.email)).toBe('入力してください。');
  });

  it('focuses the first invalid field after a refused submit', async () => {
    const { fixture, host } = render();
    document.body.appendChild(fixture.nativeElement);
    host.f.start();
    fixture.detectChanges();
    await fixture.whenStable();
    expect(document.activeElement).toBe(fixture.nativeElement.querySelector('input'));
    fixture.nativeElement.remove();
  });

  it('tells an attached error summary about each submit and leaves focus to it', async () => {
    const { fixture, host } = render();
    document.body.appendChild(fixture.nativeElement);
    const detach = host.f.attachSummary();
    host.f.start();
    expect(host.f.attempt()).toEqual({ seq: 1, refused: true });
    fixture.detectChanges();
    await fixture.whenStable();
    expect(document.activeElement).not.toBe(fixture.nativeElement.querySelector('input'));
    host.form.setValue({ email: 'a@example.jp' });
    host.f.start();
    expect(host.f.attempt()).toEqual({ seq: 2, refused: false });
    detach();
    fixture.nativeElement.remove();
  });

  it('puts an API refusal on its field, and other refusals in the alert', async () => {
    const { host } = render();
    host.form.setValue({ email: 'a@example.jp' });
    expect(host.f.start()).toBe(true);
    const result = await host.f.run(() =>
      Promise.reject(refusal({ email: 'このメールアドレスは使えません。' })),
    );
    expect(result).toBeUndefined();
    expect(host.f.pending()).toBe(false);
    expect(host.f.error(host.form.controls.email)).toBe('このメールアドレスは使えません。');
    expect(host.f.formError()).toBeNull();
    await host.f.run(() => Promise.reject(refusal()));
    expect(host.f.formError()).toBe('入力内容を確認してください。');
    // Trouble on the way says so in our words, never the browser's.
    await host.f.run(() => Promise.reject(new TypeError('Failed to fetch')));
    expect(host.f.formError()).toBe('サーバーに接続できませんでした。通信環境を確認してください。');
  });

  it('answers what the request returned, and reset hides the messages again', async () => {
    const { host } = render();
    host.form.setValue({ email: 'a@example.jp' });
    host.f.start();
    expect(await host.f.run(() => Promise.resolve(42))).toBe(42);
    host.form.reset();
    host.f.reset();
    expect(host.f.error(host.form.controls.email)).toBeNull();
  });
});
