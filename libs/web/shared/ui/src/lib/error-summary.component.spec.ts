import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { provideRouter } from '@angular/router';
import { controlErrorText, I18nService } from '@tsunagu/web/shared/util';
import { ErrorSummaryComponent, type ErrorSummarySource } from './error-summary.component';
import { FormFieldComponent, TsuInputDirective } from './form-field.component';
import { TsuRadioDirective, TsuRadioGroupDirective } from './radio-group.directive';

/**
 * What FormSupport (shared data-access, which a ui lib may not import) does for the summary: count
 * submits, hold the form-level message, and leave focus to an attached summary.
 */
class FakeFormSupport implements ErrorSummarySource {
  readonly submitted = signal(false);
  readonly formError = signal<string | null>(null);
  readonly attempt = signal({ seq: 0, refused: false });
  attached = 0;
  private readonly i18n = TestBed.inject(I18nService);
  constructor(private readonly form: FormGroup) {}
  changes(): void {
    this.attempt();
  }
  error(control: FormControl): string | null {
    this.attempt();
    return controlErrorText((k, p) => this.i18n.t(k, p), control, this.submitted());
  }
  start(): boolean {
    this.submitted.set(true);
    this.formError.set(null);
    this.form.markAllAsTouched();
    this.attempt.update(({ seq }) => ({ seq: seq + 1, refused: this.form.invalid }));
    return this.form.valid;
  }
  fail(message: string): void {
    this.formError.set(message);
    this.attempt.update(({ seq }) => ({ seq: seq + 1, refused: true }));
  }
  attachSummary(): () => void {
    this.attached++;
    return () => this.attached--;
  }
}

@Component({
  imports: [
    ReactiveFormsModule,
    ErrorSummaryComponent,
    FormFieldComponent,
    TsuInputDirective,
    TsuRadioDirective,
    TsuRadioGroupDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form [formGroup]="form" novalidate>
      <tsu-error-summary [for]="f" />
      <tsu-form-field
        fieldId="family"
        label="姓"
        errorLabel="お名前（姓）"
        [error]="f.error(form.controls.family)"
      >
        <input tsuInput formControlName="family" />
      </tsu-form-field>
      <tsu-form-field fieldId="email" label="メールアドレス" [error]="f.error(form.controls.email)">
        <input tsuInput formControlName="email" />
      </tsu-form-field>
      <fieldset tsuRadioGroup>
        <legend>参加方法 <span aria-hidden="true">*</span></legend>
        <label
          ><input
            type="radio"
            tsuRadio
            value="a"
            formControlName="how"
            [attr.aria-invalid]="invalid('how')"
          />会場</label
        >
        <label
          ><input
            type="radio"
            tsuRadio
            value="b"
            formControlName="how"
            [attr.aria-invalid]="invalid('how')"
          />オンライン</label
        >
        @if (invalid('how')) {
          <p class="group-error">選んでください。</p>
        }
      </fieldset>
    </form>
  `,
})
class HostComponent {
  readonly form = new FormGroup({
    family: new FormControl('', { nonNullable: true, validators: Validators.required }),
    email: new FormControl('ok@example.jp', { nonNullable: true, validators: Validators.required }),
    how: new FormControl<string | null>(null, Validators.required),
  });
  readonly f = new FakeFormSupport(this.form);

  invalid(name: 'how'): 'true' | null {
    this.f.changes();
    return this.f.submitted() && this.form.controls[name].invalid ? 'true' : null;
  }
}

async function render() {
  TestBed.configureTestingModule({ providers: [provideRouter([])] });
  const fixture = TestBed.createComponent(HostComponent);
  document.body.appendChild(fixture.nativeElement);
  await fixture.whenStable();
  return { fixture, host: fixture.componentInstance, el: fixture.nativeElement as HTMLElement };
}

describe(ErrorSummaryComponent.name, () => {
  afterEach(() => document.body.replaceChildren());

  it('lists every problem naming its field, links to the field, and takes focus', async () => {
    const { fixture, host, el } = await render();
    expect(el.querySelector('[data-testid="error-summary"]')).toBeNull();

    expect(host.f.start()).toBe(false);
    await fixture.whenStable();
    const summary = el.querySelector<HTMLElement>('[data-testid="error-summary"]');
    expect(summary?.getAttribute('role')).toBe('alert');
    const links = Array.from(summary?.querySelectorAll('a') ?? []);
    expect(links.map((a) => a.textContent?.trim())).toEqual([
      'お名前（姓）：入力してください。',
      '参加方法：選んでください。',
    ]);
    // One entry per radio group, linking to its first option; the family name field by its id.
    expect(links[0]?.getAttribute('href')).toMatch(/#family$/);
    expect(document.activeElement).toBe(summary);
    expect(host.f.attached).toBe(1);

    links[0]?.click();
    expect(document.activeElement).toBe(el.querySelector('#family'));
  });

  it('clears once a submit is accepted, and shows a form-level message without a list', async () => {
    const { fixture, host, el } = await render();
    host.f.start();
    await fixture.whenStable();
    host.form.setValue({ family: '山田', email: 'a@example.jp', how: 'a' });
    expect(host.f.start()).toBe(true);
    await fixture.whenStable();
    expect(el.querySelector('[data-testid="error-summary"]')).toBeNull();

    host.f.fail('サーバーに接続できませんでした。');
    await fixture.whenStable();
    const summary = el.querySelector<HTMLElement>('[data-testid="error-summary"]');
    expect(summary?.querySelector('ul')).toBeNull();
    expect(summary?.textContent?.trim()).toBe('サーバーに接続できませんでした。');
    expect(document.activeElement).toBe(summary);
  });

  it('does not repeat its title when the form-level message says the same', async () => {
    const { fixture, host, el } = await render();
    host.f.start();
    await fixture.whenStable();
    // The API's general refusal (「入力内容を確認してください。」) arrives with field problems.
    host.f.fail('入力内容を確認してください。');
    await fixture.whenStable();
    const summary = el.querySelector<HTMLElement>('[data-testid="error-summary"]');
    expect(summary?.querySelectorAll('li').length).toBeGreaterThan(0);
    expect(summary?.querySelector('[data-testid="error-summary-message"]')).toBeNull();
    expect(summary?.textContent?.match(/入力内容を確認してください/g)).toHaveLength(1);
  });
});
