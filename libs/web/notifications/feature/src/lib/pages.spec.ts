import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import {
  DevMailHttpError,
  DevMailService,
  DevMailUnavailableError,
  NotificationsService,
  OutboxService,
} from '@tsunagu/web/notifications/data-access';
import { I18nService } from '@tsunagu/web/shared/util';
import { DevMailPage, devMailProblem, sandboxedHtml } from './dev-mail.page';
import { deliveryTime, OutboxPage } from './outbox.page';
import { kindInToken, UnsubscribePage } from './unsubscribe.page';

const delivery = (id: string, status: 'FAILED' | 'PENDING' | 'SENT' = 'FAILED') => ({
  id,
  kind: 'ENROLMENT_PROMOTED' as const,
  channel: 'EMAIL' as const,
  status,
  recipientId: 'u1',
  attempts: 5,
  lastError: '550 mailbox unavailable',
  createdAt: '2026-12-01T00:00:00Z',
  sentAt: null,
  failedAt: '2026-12-01T01:00:00Z',
});

describe(OutboxPage.name, () => {
  const deliveries = jest.fn();
  const retry = jest.fn();

  async function render() {
    TestBed.configureTestingModule({
      imports: [OutboxPage],
      providers: [{ provide: OutboxService, useValue: { deliveries, retry } }],
    });
    const fixture = TestBed.createComponent(OutboxPage);
    await fixture.whenStable();
    return { fixture, el: fixture.nativeElement as HTMLElement };
  }

  beforeEach(() => {
    jest.clearAllMocks();
    deliveries.mockResolvedValue([delivery('d1'), delivery('d2')]);
  });

  it('shows failed deliveries with kind, channel, attempts, last error and time', async () => {
    const { el } = await render();
    expect(deliveries).toHaveBeenCalledWith('FAILED');
    const row = el.querySelector('[data-delivery="d1"]')!;
    expect(row.querySelector('h2')?.textContent).toBe('キャンセル待ちからの繰り上げ');
    expect(row.textContent).toContain('メール');
    expect(row.querySelector('[data-testid="outbox-attempts"]')?.textContent).toBe('5');
    expect(row.querySelector('[data-testid="outbox-last-error"]')?.textContent).toContain('550');
    expect(row.querySelector('time')?.textContent).toBe('2026年12月1日(火) 10:00');
    expect(row.querySelector('button')?.getAttribute('aria-label')).toBe(
      'キャンセル待ちからの繰り上げ（2026年12月1日(火) 10:00）を再送する',
    );
  });

  it('sends one again: it leaves the failed list, and says so', async () => {
    const { fixture, el } = await render();
    retry.mockResolvedValue({ ...delivery('d1', 'PENDING'), attempts: 0 });
    el.querySelector<HTMLButtonElement>('[data-delivery="d1"] button')!.click();
    await fixture.whenStable();
    expect(retry).toHaveBeenCalledWith('d1');
    expect(el.querySelector('[data-delivery="d1"]')).toBeNull();
    expect(el.querySelector('[data-testid="outbox-notice"]')?.textContent).toContain('再送を受け付けました');
  });

  it('filters by status', async () => {
    const { fixture, el } = await render();
    deliveries.mockResolvedValue([]);
    el.querySelector<HTMLInputElement>('[data-testid="outbox-status-SENT"]')!.click();
    await fixture.whenStable();
    expect(deliveries).toHaveBeenLastCalledWith('SENT');
    expect(el.textContent).toContain('送信済みの配信はありません。');
    // One radio group: one name in the DOM.
    const names = new Set(
      Array.from(el.querySelectorAll('input[type=radio]')).map((r) => r.getAttribute('name')),
    );
    expect(names.size).toBe(1);
  });

  it('times each status by what happened last', () => {
    expect(deliveryTime(delivery('x'))).toBe('2026-12-01T01:00:00Z');
    expect(deliveryTime({ ...delivery('x', 'SENT'), sentAt: '2026-12-02T00:00:00Z' })).toBe(
      '2026-12-02T00:00:00Z',
    );
    expect(deliveryTime(delivery('x', 'PENDING'))).toBe('2026-12-01T00:00:00Z');
  });
});

describe(UnsubscribePage.name, () => {
  const unsubscribe = jest.fn();

  async function render(token: string | undefined) {
    TestBed.configureTestingModule({
      imports: [UnsubscribePage],
      providers: [provideRouter([]), { provide: NotificationsService, useValue: { unsubscribe } }],
    });
    const fixture = TestBed.createComponent(UnsubscribePage);
    fixture.componentRef.setInput('token', token);
    await fixture.whenStable();
    return { fixture, el: fixture.nativeElement as HTMLElement };
  }

  it('turns off the kind only when she confirms, then says which', async () => {
    unsubscribe.mockResolvedValue({
      kind: 'SESSION_REMINDER',
      email: false,
      inApp: true,
      line: false,
      transactional: false,
    });
    const { fixture, el } = await render('tok');
    expect(unsubscribe).not.toHaveBeenCalled();
    el.querySelector<HTMLButtonElement>('[data-testid="unsubscribe-confirm"]')!.click();
    await fixture.whenStable();
    expect(unsubscribe).toHaveBeenCalledWith('tok');
    expect(el.querySelector('[data-testid="unsubscribe-done"]')?.textContent).toContain(
      '「開催前のリマインダー」のメールを停止しました。',
    );
    expect(el.querySelector('[data-testid="unsubscribe-preferences"]')?.getAttribute('href')).toBe(
      '/account#notification-preferences',
    );
  });

  it('names the kind the token is for before she confirms', async () => {
    const { el } = await render('7c1e2f40-9b3a-4d6e-8f12-3a4b5c6d7e8f.session_reminder.mac');
    expect(el.querySelector('[data-testid="unsubscribe-kind"]')?.textContent).toContain(
      '「開催前のリマインダー」のメールを止めますか？',
    );
    expect(kindInToken('u.nonsense.mac')).toBeNull();
    expect(kindInToken(undefined)).toBeNull();
  });

  it('says a link without a token cannot be used', async () => {
    const { el } = await render(undefined);
    expect(el.querySelector('[data-testid="unsubscribe-no-token"]')).not.toBeNull();
    expect(el.querySelector('[data-testid="unsubscribe-confirm"]')).toBeNull();
  });
});

describe(DevMailPage.name, () => {
  const list = jest.fn();
  const message = jest.fn();

  async function render(id?: string) {
    TestBed.configureTestingModule({
      imports: [DevMailPage],
      providers: [provideRouter([]), { provide: DevMailService, useValue: { list, message } }],
    });
    const fixture = TestBed.createComponent(DevMailPage);
    if (id) fixture.componentRef.setInput('id', id);
    await fixture.whenStable();
    // The load starts in an effect, after the first check: let it answer.
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
    return { fixture, el: fixture.nativeElement as HTMLElement };
  }

  const mail = {
    id: 'm1',
    to: 'hanako@example.jp',
    from: '小美玉市 <no-reply@tsunagu.localhost>',
    subject: '繰り上がりました',
    date: '2026-12-01T01:00:00Z',
    messageId: '<d1@127.0.0.1>',
    kind: 'enrolment_promoted',
    attachments: [{ index: 0, filename: 'session.ics', contentType: 'text/calendar', size: 900 }],
  };

  it('says plainly that the mailbox exists only in development when the API answers 404', async () => {
    list.mockRejectedValue(new DevMailUnavailableError());
    const { el } = await render();
    expect(el.querySelector('[data-testid="dev-mail-problem"]')?.textContent).toContain(
      '開発環境でだけ使えます',
    );
  });

  it('lists the messages, newest first as the API gives them', async () => {
    list.mockResolvedValue([mail]);
    const { el } = await render();
    const items = el.querySelectorAll('[data-testid="dev-mail-item"]');
    expect(items).toHaveLength(1);
    expect(items[0]!.querySelector('a')?.getAttribute('href')).toBe('/dev/mail/m1');
    expect(items[0]!.textContent).toContain('hanako@example.jp');
  });

  it('shows a message: headers, text, HTML in a sandboxed frame, attachments as downloads', async () => {
    message.mockResolvedValue({ ...mail, text: '本文', html: '<p>本文</p><script>alert(1)</script>' });
    const { el } = await render('m1');
    expect(el.querySelector('h1')?.textContent).toBe('繰り上がりました');
    expect(el.querySelector('[data-testid="dev-mail-text-body"]')?.textContent).toBe('本文');
    const frame = el.querySelector<HTMLIFrameElement>('iframe')!;
    expect(frame.getAttribute('sandbox')).toBe('');
    expect(frame.getAttribute('srcdoc')).toContain("default-src 'none'");
    const link = el.querySelector<HTMLAnchorElement>('[data-testid="dev-mail-attachment"]')!;
    expect(link.getAttribute('href')).toBe('/api/dev/mail/m1/attachments/0');
    expect(link.getAttribute('download')).toBe('session.ics');
    expect(link.textContent).toContain('session.ics');
  });

  it('words every failure', () => {
    const i18n = TestBed.inject(I18nService);
    expect(devMailProblem(i18n, new DevMailUnavailableError(), true)).toContain('見つかりませんでした');
    expect(devMailProblem(i18n, new DevMailHttpError(500))).toContain('HTTP 500');
    expect(devMailProblem(i18n, new DevMailHttpError(0))).toContain('接続できませんでした');
    expect(sandboxedHtml('<b>x</b>')).toContain('<body><b>x</b></body>');
  });
});
