import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FilePickerComponent } from './file-picker.component';
import { FormFieldComponent } from './form-field.component';

@Component({
  imports: [FormFieldComponent, FilePickerComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <tsu-form-field fieldId="cover-file" label="表紙の画像" hint="5MBまで">
      <tsu-file-picker
        accept="image/png"
        buttonLabel="画像を選ぶ"
        testId="cover-file"
        (picked)="picked = $event"
      />
    </tsu-form-field>
  `,
})
class Host {
  picked: File | null = null;
}

describe(FilePickerComponent.name, () => {
  it('is the field’s labelled input, named by its button, and hands over the picked file once', async () => {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const el: HTMLElement = fixture.nativeElement;
    const input = el.querySelector<HTMLInputElement>('[data-testid="cover-file"]')!;
    expect(input.id).toBe('cover-file');
    expect(input.getAttribute('aria-describedby')).toBe('cover-file-hint');
    expect(el.querySelector('label.tsu-button')?.getAttribute('for')).toBe('cover-file');
    const file = new File(['x'], 'cover.png', { type: 'image/png' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change'));
    expect(fixture.componentInstance.picked).toBe(file);
  });
});
