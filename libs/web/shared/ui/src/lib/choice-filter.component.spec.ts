import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ChoiceFilterComponent, type FilterChoice } from './choice-filter.component';
import { PageNoticesComponent } from './page-notices.component';

type Status = 'applied' | 'approved';

@Component({
  imports: [ChoiceFilterComponent, PageNoticesComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <tsu-choice-filter
      name="status"
      legend="companies.applications.filter"
      [choices]="choices"
      [value]="value()"
      (chosen)="value.set($event)"
      testIdPrefix="status"
    />
    <tsu-page-notices [notice]="notice()" [error]="error()" testIdPrefix="page" />
  `,
})
class HostComponent {
  readonly choices: FilterChoice<Status>[] = [
    { value: 'applied', label: 'companies.status.applied' },
    { value: 'approved', label: 'companies.status.approved' },
  ];
  readonly value = signal<Status>('applied');
  readonly notice = signal<string | null>(null);
  readonly error = signal<string | null>(null);
}

describe(ChoiceFilterComponent.name, () => {
  it('is one named radio group with a legend; choosing reports the value', async () => {
    const fixture = TestBed.createComponent(HostComponent);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const radios = Array.from(el.querySelectorAll<HTMLInputElement>('input[type=radio]'));
    expect(radios.map((r) => r.name)).toEqual(['status', 'status']);
    expect(el.querySelector('legend')?.textContent?.trim()).toBeTruthy();
    expect(radios[0]?.checked).toBe(true);
    el.querySelector<HTMLInputElement>('[data-testid="status-approved"]')!.click();
    await fixture.whenStable();
    expect(fixture.componentInstance.value()).toBe('approved');
    expect(radios[1]?.checked).toBe(true);
  });

  it('shows the notice in a live region and the error as an alert', async () => {
    const fixture = TestBed.createComponent(HostComponent);
    fixture.componentInstance.notice.set('保存しました。');
    fixture.componentInstance.error.set('保存できませんでした。');
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    expect(el.querySelector('[role="status"] [data-testid="page-notice"]')?.textContent).toContain(
      '保存しました。',
    );
    expect(el.querySelector('[data-testid="page-error"]')?.getAttribute('role')).toBe('alert');
  });
});
