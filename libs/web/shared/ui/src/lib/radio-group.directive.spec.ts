import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { TsuRadioDirective, TsuRadioGroupDirective } from './radio-group.directive';

@Component({
  imports: [ReactiveFormsModule, TsuRadioDirective, TsuRadioGroupDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @for (q of questions; track q) {
      <fieldset tsuRadioGroup [attr.data-q]="q">
        <legend>{{ q }}</legend>
        <!-- [name] goes to the forms directive only: without tsuRadio the element has no name. -->
        <input type="radio" tsuRadio [name]="'q-' + q" value="yes" [formControl]="controls[q]" />
        <input type="radio" tsuRadio [name]="'q-' + q" value="no" [formControl]="controls[q]" />
      </fieldset>
    }
    <fieldset tsuRadioGroup="locale">
      <input type="radio" tsuRadio value="ja" />
    </fieldset>
  `,
})
class HostComponent {
  readonly questions = ['a', 'b'];
  readonly controls: Record<string, FormControl<string | null>> = {
    a: new FormControl<string | null>(null),
    b: new FormControl<string | null>(null),
  };
}

describe(TsuRadioGroupDirective.name, () => {
  it('gives the radios of one group one name in the DOM, and each group its own', async () => {
    const fixture = TestBed.createComponent(HostComponent);
    await fixture.whenStable();
    const el: HTMLElement = fixture.nativeElement;
    const names = (q: string) =>
      Array.from(el.querySelectorAll<HTMLInputElement>(`[data-q="${q}"] input`)).map((i) => i.name);
    const [a1, a2] = names('a');
    const [b1, b2] = names('b');
    expect(a1).toBeTruthy();
    expect(a2).toBe(a1);
    expect(b2).toBe(b1);
    expect(b1).not.toBe(a1);
    expect(el.querySelector<HTMLInputElement>('input[value="ja"]')?.name).toBe('locale');
  });
});
