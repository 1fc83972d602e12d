import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormFieldComponent, TsuInputDirective } from './form-field.component';

@Component({
  imports: [FormFieldComponent, TsuInputDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <tsu-form-field fieldId="email" label="メールアドレス" hint="例" [error]="error()" [required]="true">
      <input tsuInput type="email" />
    </tsu-form-field>
    <tsu-form-field fieldId="family" label="姓" errorLabel="お名前（姓）" [error]="error()">
      <input tsuInput />
    </tsu-form-field>
  `,
})
class HostComponent {
  readonly error = signal<string | null>(null);
}

describe(FormFieldComponent.name, () => {
  it('labels the control and ties hint and error to it', async () => {
    const fixture = TestBed.createComponent(HostComponent);
    await fixture.whenStable();
    const element: HTMLElement = fixture.nativeElement;
    const input = element.querySelector('input') as HTMLInputElement;
    expect(element.querySelector('label')?.getAttribute('for')).toBe('email');
    expect(input.id).toBe('email');
    expect(input.getAttribute('aria-describedby')).toBe('email-hint');
    expect(input.getAttribute('aria-invalid')).toBeNull();

    fixture.componentInstance.error.set('入力してください。');
    await fixture.whenStable();
    expect(input.getAttribute('aria-describedby')).toBe('email-hint email-error');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    // The message names its field, so it makes sense read alone (summary, screen reader).
    expect(element.querySelector('#email-error')?.textContent?.trim()).toBe(
      'メールアドレス：入力してください。',
    );
  });

  it('names the field with its error label where the label alone is ambiguous', async () => {
    const fixture = TestBed.createComponent(HostComponent);
    fixture.componentInstance.error.set('入力してください。');
    await fixture.whenStable();
    expect((fixture.nativeElement as HTMLElement).querySelector('#family-error')?.textContent?.trim()).toBe(
      'お名前（姓）：入力してください。',
    );
  });
});
