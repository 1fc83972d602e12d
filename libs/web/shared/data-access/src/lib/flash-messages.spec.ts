import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { FlashMessages } from './flash-messages';

@Component({ template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class Blank {}

describe(FlashMessages.name, () => {
  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: 'new', component: Blank },
          { path: 'courses/:id', component: Blank },
          { path: 'closed', component: Blank, canActivate: [() => false] },
        ]),
      ],
    });
  });

  it('shows a message on the page the navigation ends on, and clears it on the next one', async () => {
    const flash = TestBed.inject(FlashMessages);
    const router = TestBed.inject(Router);
    await router.navigateByUrl('/new');
    flash.showAfterNavigation({ key: 'courseEditor.form.created' });
    expect(flash.current()).toBeNull();
    await router.navigateByUrl('/courses/c1');
    expect(flash.current()).toEqual({ key: 'courseEditor.form.created' });
    await router.navigateByUrl('/new');
    expect(flash.current()).toBeNull();
  });

  it('forgets a message whose navigation was refused', async () => {
    const flash = TestBed.inject(FlashMessages);
    const router = TestBed.inject(Router);
    flash.showAfterNavigation({ key: 'flash.sessionCreatedPlain' });
    await router.navigateByUrl('/closed');
    await router.navigateByUrl('/new');
    expect(flash.current()).toBeNull();
  });
});
