import { TestBed } from '@angular/core/testing';
import { StatusBadgeComponent } from './status-badge.component';

describe(StatusBadgeComponent.name, () => {
  it('names the status in words, not only in colour', async () => {
    const fixture = TestBed.createComponent(StatusBadgeComponent);
    fixture.componentRef.setInput('status', 'waitlisted');
    await fixture.whenStable();
    expect((fixture.nativeElement as HTMLElement).textContent?.trim()).toBe('キャンセル待ち');
    expect((fixture.nativeElement as HTMLElement).classList).toContain('tsu-badge--waitlisted');
  });
});
