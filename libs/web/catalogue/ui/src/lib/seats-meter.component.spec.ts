import { TestBed } from '@angular/core/testing';
import { I18nService } from '@tsunagu/web/shared/util';
import { SeatsMeterComponent } from './seats-meter.component';

describe(SeatsMeterComponent.name, () => {
  async function render(seatsLeft: number, capacity: number) {
    const fixture = TestBed.createComponent(SeatsMeterComponent);
    fixture.componentRef.setInput('seatsLeft', seatsLeft);
    fixture.componentRef.setInput('capacity', capacity);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    return {
      fixture,
      el,
      meter: el.querySelector('[role="meter"]') as HTMLElement,
      fill: el.querySelector('.fill') as HTMLElement,
      text: el.querySelector('[data-testid="seats-text"]') as HTMLElement,
    };
  }

  it('fills the bar as places are taken, not as they stay free', async () => {
    const { meter, fill, text } = await render(12, 30);
    expect(meter.getAttribute('aria-valuenow')).toBe('18');
    expect(meter.getAttribute('aria-valuemin')).toBe('0');
    expect(meter.getAttribute('aria-valuemax')).toBe('30');
    expect(meter.getAttribute('aria-valuetext')).toBe('定員30名のうち18名が申込済み（残り12席）');
    expect(meter.getAttribute('aria-label')).toBe('申込状況');
    expect(text.textContent?.trim()).toBe('定員30名中、残り12席');
    expect(fill.style.width).toBe('60%');
  });

  it('is empty when every place is free', async () => {
    const { meter, fill } = await render(20, 20);
    expect(fill.style.width).toBe('0%');
    expect(meter.getAttribute('aria-valuenow')).toBe('0');
  });

  it('is full and says so at zero, and never goes below zero', async () => {
    const { el, meter, fill, text } = await render(-1, 20);
    expect(text.textContent?.trim()).toBe('満席・キャンセル待ち');
    expect(meter.getAttribute('aria-valuenow')).toBe('20');
    expect(fill.style.width).toBe('100%');
    expect(el.classList).toContain('tsu-seats--full');
  });

  it('warns when few seats are left', async () => {
    const { el } = await render(2, 30);
    expect(el.classList).toContain('tsu-seats--low');
    expect(el.classList).not.toContain('tsu-seats--full');
  });

  it('follows the language', async () => {
    const { fixture, text } = await render(5, 10);
    TestBed.inject(I18nService).setLocale('en');
    await fixture.whenStable();
    expect(text.textContent?.trim()).toBe('5 of 10 seats left');
    expect(fixture.nativeElement.querySelector('[role="meter"]').getAttribute('aria-valuetext')).toBe(
      '5 of 10 seats taken (5 left)',
    );
    TestBed.inject(I18nService).setLocale('ja');
  });
});
