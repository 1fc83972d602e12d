import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { NotificationsService } from '@tsunagu/web/notifications/data-access';
import { SessionStore } from '@tsunagu/web/shared/data-access';
import { I18nService } from '@tsunagu/web/shared/util';
import { BELL_POLL_MS, NotificationBellComponent } from './notification-bell.component';

describe(NotificationBellComponent.name, () => {
  const unread = signal<number | null>(null);
  const refreshUnread = jest.fn();
  const clear = jest.fn();
  const signedIn = signal(true);

  async function render() {
    TestBed.configureTestingModule({
      imports: [NotificationBellComponent],
      providers: [
        provideRouter([{ path: '**', children: [] }]),
        { provide: NotificationsService, useValue: { unread, refreshUnread, clear } },
        { provide: SessionStore, useValue: { isSignedIn: signedIn } },
      ],
    });
    const fixture = TestBed.createComponent(NotificationBellComponent);
    await fixture.whenStable();
    return { fixture, el: fixture.nativeElement as HTMLElement };
  }

  beforeEach(() => {
    jest.clearAllMocks();
    refreshUnread.mockResolvedValue(0);
    unread.set(null);
    signedIn.set(true);
  });

  it('is a link to the centre named with her unread count, in her language', async () => {
    const { fixture, el } = await render();
    const link = () => el.querySelector<HTMLAnchorElement>('[data-testid="notification-bell"]')!;
    expect(link().getAttribute('href')).toBe('/notifications');
    expect(link().textContent?.replace(/\s+/g, '')).toContain('お知らせ');
    expect(el.querySelector('[data-testid="notification-bell-count"]')).toBeNull();

    unread.set(3);
    await fixture.whenStable();
    expect(el.querySelector('.tsu-visually-hidden')?.textContent).toBe('お知らせ（未読3件）');
    expect(el.querySelector('[data-testid="notification-bell-count"]')?.textContent?.trim()).toBe('3');

    TestBed.inject(I18nService).setLocale('en');
    await fixture.whenStable();
    expect(el.querySelector('.tsu-visually-hidden')?.textContent).toBe('Notifications (3 unread)');

    unread.set(120);
    await fixture.whenStable();
    expect(el.querySelector('[data-testid="notification-bell-count"]')?.textContent?.trim()).toBe('99+');
  });

  it('asks at sign-in, after each navigation and every 30 s; signed out it shows nothing and forgets', async () => {
    const intervals: (() => void)[] = [];
    const setIntervalSpy = jest
      .spyOn(globalThis, 'setInterval')
      .mockImplementation(((fn: () => void) => (intervals.push(fn), 1)) as unknown as typeof setInterval);
    const tick = () => intervals.forEach((fn) => fn());
    try {
      const { fixture, el } = await render();
      expect(setIntervalSpy).toHaveBeenCalledWith(expect.any(Function), BELL_POLL_MS);
      expect(refreshUnread).toHaveBeenCalledTimes(1);
      await TestBed.inject(Router).navigateByUrl('/somewhere');
      expect(refreshUnread).toHaveBeenCalledTimes(2);
      tick();
      expect(refreshUnread).toHaveBeenCalledTimes(3);

      signedIn.set(false);
      await fixture.whenStable();
      expect(clear).toHaveBeenCalled();
      expect(el.querySelector('[data-testid="notification-bell"]')).toBeNull();
      tick();
      expect(refreshUnread).toHaveBeenCalledTimes(3);
    } finally {
      setIntervalSpy.mockRestore();
    }
  });
});
