import { TestBed } from '@angular/core/testing';
import { Apollo } from 'apollo-angular';
import { of } from 'rxjs';
import {
  devMailAttachmentUrl,
  DevMailHttpError,
  DevMailService,
  DevMailUnavailableError,
} from './dev-mail.service';
import { NotificationsService, type NotificationItem } from './notifications.service';

const item = (id: string, readAt: string | null = null): NotificationItem => ({
  id,
  kind: 'ENROLMENT_PROMOTED',
  title: `t-${id}`,
  summary: 's',
  link: '/my/seminars',
  createdAt: '2026-12-01T01:00:00Z',
  readAt,
});

describe(NotificationsService.name, () => {
  const query = jest.fn();
  const mutate = jest.fn();

  beforeEach(() => {
    jest.clearAllMocks();
    TestBed.configureTestingModule({ providers: [{ provide: Apollo, useValue: { query, mutate } }] });
  });

  it('keeps the unread count of every answer that carries one, so the bell and the centre agree', async () => {
    const service = TestBed.inject(NotificationsService);
    expect(service.unread()).toBeNull();
    query.mockReturnValueOnce(
      of({ data: { myNotifications: { items: [item('a')], nextCursor: 'c1', unreadCount: 3 } } }),
    );
    const page = await service.page();
    expect(page).toEqual({ items: [item('a')], nextCursor: 'c1', unreadCount: 3 });
    expect(query.mock.calls[0][0].variables).toEqual({ after: null, first: 20 });
    expect(service.unread()).toBe(3);

    query.mockReturnValueOnce(of({ data: { unreadNotificationCount: 5 } }));
    await service.refreshUnread();
    expect(service.unread()).toBe(5);
  });

  it('counts one down only when the one marked read was unread; all read is zero', async () => {
    const service = TestBed.inject(NotificationsService);
    query.mockReturnValueOnce(of({ data: { unreadNotificationCount: 2 } }));
    await service.refreshUnread();
    mutate.mockReturnValue(of({ data: { markNotificationRead: item('a', '2026-12-01T02:00:00Z') } }));
    await service.markRead(item('a'));
    expect(service.unread()).toBe(1);
    await service.markRead(item('b', '2026-12-01T00:00:00Z'));
    expect(service.unread()).toBe(1);
    mutate.mockReturnValue(of({ data: { markAllNotificationsRead: 1 } }));
    await service.markAllRead();
    expect(service.unread()).toBe(0);
    service.clear();
    expect(service.unread()).toBeNull();
  });

  it('throws the answer’s error when there is no data', async () => {
    const service = TestBed.inject(NotificationsService);
    const error = new Error('refused');
    mutate.mockReturnValue(of({ data: null, error }));
    await expect(service.unsubscribe('t')).rejects.toBe(error);
  });
});

describe(DevMailService.name, () => {
  const realFetch = globalThis.fetch;
  afterEach(() => (globalThis.fetch = realFetch));

  function answer(status: number, body: unknown = []) {
    globalThis.fetch = jest.fn().mockResolvedValue({
      status,
      ok: status >= 200 && status < 300,
      json: () => Promise.resolve(body),
    }) as unknown as typeof fetch;
  }

  it('reads the list and one message from /api/dev/mail', async () => {
    answer(200, [{ id: 'm1' }]);
    const service = TestBed.inject(DevMailService);
    await expect(service.list()).resolves.toEqual([{ id: 'm1' }]);
    expect(globalThis.fetch).toHaveBeenCalledWith('/api/dev/mail', expect.anything());
    answer(200, { id: 'a/b' });
    await service.message('a/b');
    expect(globalThis.fetch).toHaveBeenCalledWith('/api/dev/mail/a%2Fb', expect.anything());
    expect(devMailAttachmentUrl('a/b', 1)).toBe('/api/dev/mail/a%2Fb/attachments/1');
  });

  it('tells "not development" (404) from other HTTP trouble and from no answer', async () => {
    const service = TestBed.inject(DevMailService);
    answer(404);
    await expect(service.list()).rejects.toBeInstanceOf(DevMailUnavailableError);
    answer(500);
    await expect(service.list()).rejects.toEqual(new DevMailHttpError(500));
    globalThis.fetch = jest.fn().mockRejectedValue(new TypeError('offline')) as unknown as typeof fetch;
    await expect(service.list()).rejects.toMatchObject({ status: 0 });
  });
});
