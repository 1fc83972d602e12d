import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { NotificationsService, type NotificationItem } from '@tsunagu/web/notifications/data-access';
import { NotificationCentrePage } from './notification-centre.page';

const item = (id: string, extra: Partial<NotificationItem> = {}): NotificationItem => ({
  id,
  kind: 'ENROLMENT_PROMOTED',
  title: `タイトル ${id}`,
  summary: `概要 ${id}`,
  link: `/my/seminars`,
  createdAt: '2026-12-01T01:00:00Z',
  readAt: null,
  ...extra,
});

describe(NotificationCentrePage.name, () => {
  const unread = signal<number | null>(null);
  const page = jest.fn();
  const markRead = jest.fn();
  const markAllRead = jest.fn();

  async function render() {
    TestBed.configureTestingModule({
      imports: [NotificationCentrePage],
      providers: [
        provideRouter([{ path: '**', children: [] }]),
        { provide: NotificationsService, useValue: { unread, page, markRead, markAllRead } },
      ],
    });
    const fixture = TestBed.createComponent(NotificationCentrePage);
    await fixture.whenStable();
    return { fixture, el: fixture.nativeElement as HTMLElement };
  }

  beforeEach(() => {
    jest.clearAllMocks();
    unread.set(2);
    page.mockResolvedValueOnce({
      items: [item('a'), item('b', { link: null }), item('c', { readAt: '2026-12-01T02:00:00Z' })],
      nextCursor: 'next',
      unreadCount: 2,
    });
    markRead.mockImplementation((n: NotificationItem) =>
      Promise.resolve({ ...n, readAt: '2026-12-01T03:00:00Z' }),
    );
    markAllRead.mockResolvedValue(2);
  });

  it('lists title, summary and Tokyo time, marks the unread ones, links what they are about', async () => {
    const { el } = await render();
    const rows = el.querySelectorAll('[data-testid="notification"]');
    expect(rows).toHaveLength(3);
    expect(rows[0]!.classList).toContain('item--unread');
    expect(rows[2]!.classList).toContain('item--read');
    expect(rows[0]!.textContent).toContain('未読:');
    expect(rows[0]!.textContent).toContain('概要 a');
    expect(rows[0]!.querySelector('time')?.textContent).toBe('2026年12月1日(火) 10:00');
    expect(rows[0]!.querySelector('a')?.getAttribute('href')).toBe('/my/seminars');
    // Without a link, one marks it read by its button.
    expect(rows[1]!.querySelector('[data-testid="mark-read"]')).not.toBeNull();
    expect(rows[2]!.querySelector('[data-testid="mark-read"]')).toBeNull();
    expect(el.querySelector('[data-testid="centre-unread"]')?.textContent).toContain('未読 2件');
  });

  it('marks one read when she opens it, and goes where it links', async () => {
    const { fixture, el } = await render();
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl');
    el.querySelector<HTMLAnchorElement>('[data-notification="a"] a')!.click();
    await fixture.whenStable();
    expect(markRead).toHaveBeenCalledWith(expect.objectContaining({ id: 'a' }));
    expect(navigate).toHaveBeenCalledWith('/my/seminars');
    expect(el.querySelector('[data-notification="a"]')!.classList).toContain('item--read');
  });

  it('marks all read and says so', async () => {
    const { fixture, el } = await render();
    el.querySelector<HTMLButtonElement>('[data-testid="mark-all-read"]')!.click();
    unread.set(0);
    await fixture.whenStable();
    expect(markAllRead).toHaveBeenCalled();
    expect(el.querySelectorAll('.item--unread')).toHaveLength(0);
    expect(el.querySelector('[data-testid="centre-notice"]')?.textContent).toContain('すべて既読にしました');
    expect(el.querySelector('[data-testid="mark-all-read"]')).toBeNull();
  });

  it('loads more after the cursor, skipping ones it already shows, until there is no cursor', async () => {
    const { fixture, el } = await render();
    page.mockResolvedValueOnce({ items: [item('c'), item('d')], nextCursor: null, unreadCount: 2 });
    el.querySelector<HTMLButtonElement>('[data-testid="notifications-more"]')!.click();
    await fixture.whenStable();
    expect(page).toHaveBeenLastCalledWith('next');
    expect(
      Array.from(el.querySelectorAll('[data-testid="notification"]')).map((e) =>
        e.getAttribute('data-notification'),
      ),
    ).toEqual(['a', 'b', 'c', 'd']);
    expect(el.querySelector('[data-testid="notifications-more"]')).toBeNull();
  });

  it('says when there is nothing yet', async () => {
    page.mockReset();
    page.mockResolvedValue({ items: [], nextCursor: null, unreadCount: 0 });
    const { el } = await render();
    expect(el.textContent).toContain('お知らせはまだありません。');
    expect(el.querySelector('[data-testid="notification-list"]')).toBeNull();
  });
});
