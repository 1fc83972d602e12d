import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ConfirmInlineComponent } from './confirm-inline.component';

@Component({
  imports: [ConfirmInlineComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <tsu-confirm-inline
      question="申し込みを取り消しますか？"
      confirmLabel="取り消す"
      dismissLabel="やめる"
      confirmTestId="yes"
      dismissTestId="no"
      [busy]="busy()"
      (confirmed)="answers.push('yes')"
      (dismissed)="answers.push('no')"
    />
  `,
})
class Host {
  readonly busy = signal(false);
  readonly answers: string[] = [];
}

describe(ConfirmInlineComponent.name, () => {
  it('asks in a named, focusable group and answers either way', async () => {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const el: HTMLElement = fixture.nativeElement;
    const group = el.querySelector<HTMLElement>('tsu-confirm-inline')!;
    expect(group.getAttribute('role')).toBe('group');
    expect(group.getAttribute('aria-label')).toBe('申し込みを取り消しますか？');
    expect(group.tabIndex).toBe(-1);
    el.querySelector<HTMLButtonElement>('[data-testid="yes"]')!.click();
    el.querySelector<HTMLButtonElement>('[data-testid="no"]')!.click();
    expect(fixture.componentInstance.answers).toEqual(['yes', 'no']);
  });

  it('cannot be confirmed twice while the action runs', async () => {
    const fixture = TestBed.createComponent(Host);
    fixture.componentInstance.busy.set(true);
    await fixture.whenStable();
    const yes = (fixture.nativeElement as HTMLElement).querySelector<HTMLButtonElement>(
      '[data-testid="yes"]',
    )!;
    expect(yes.disabled).toBe(true);
  });
});
