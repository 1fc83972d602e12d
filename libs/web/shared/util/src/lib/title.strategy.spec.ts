import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { provideRouter, Router, TitleStrategy } from '@angular/router';
import { I18nService } from './i18n/i18n.service';
import { TranslatedTitleStrategy } from './title.strategy';

@Component({ template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class PageStub {}

describe(TranslatedTitleStrategy.name, () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'sign-in', title: 'auth.signIn.title', component: PageStub }]),
        { provide: TitleStrategy, useClass: TranslatedTitleStrategy },
      ],
    });
  });

  it('translates the route title and follows a language switch', async () => {
    await TestBed.inject(Router).navigateByUrl('/sign-in');
    const title = TestBed.inject(Title);
    expect(title.getTitle()).toBe('ログイン | つなぐ Tsunagu');

    TestBed.inject(I18nService).setLocale('en');
    TestBed.tick();
    expect(title.getTitle()).toBe('Sign in | つなぐ Tsunagu');
  });
});
