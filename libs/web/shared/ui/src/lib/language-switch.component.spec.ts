import { TestBed } from '@angular/core/testing';
import { LanguageSwitchComponent } from './language-switch.component';

describe(LanguageSwitchComponent.name, () => {
  it('offers English while the page is Japanese and emits the choice', async () => {
    const fixture = TestBed.createComponent(LanguageSwitchComponent);
    fixture.componentRef.setInput('locale', 'ja');
    const chosen: string[] = [];
    fixture.componentInstance.switchTo.subscribe((locale) => chosen.push(locale));
    await fixture.whenStable();
    const button = (fixture.nativeElement as HTMLElement).querySelector('button') as HTMLButtonElement;
    expect(button.textContent?.trim()).toBe('English');
    expect(button.getAttribute('lang')).toBe('en');
    button.click();
    expect(chosen).toEqual(['en']);
  });
});
