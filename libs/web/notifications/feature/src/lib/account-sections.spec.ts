import { TestBed } from '@angular/core/testing';
import {
  NotificationSettingsService,
  type LineLinkState,
  type NotificationPreferenceRow,
} from '@tsunagu/web/notifications/data-access';
import { NotificationAccountSectionsComponent } from './notification-account-sections.component';

const pref = (
  kind: NotificationPreferenceRow['kind'],
  transactional: boolean,
): NotificationPreferenceRow => ({
  kind,
  email: true,
  inApp: true,
  line: false,
  transactional,
});
const line = (extra: Partial<LineLinkState> = {}): LineLinkState => ({
  enabled: true,
  linked: false,
  linkedAt: null,
  code: null,
  codeExpiresAt: null,
  ...extra,
});

describe(NotificationAccountSectionsComponent.name, () => {
  const service = {
    preferences: jest.fn(),
    setPreference: jest.fn(),
    lineLink: jest.fn(),
    issueLineCode: jest.fn(),
    unlinkLine: jest.fn(),
    calendarFeed: jest.fn(),
    issueCalendarFeed: jest.fn(),
    revokeCalendarFeed: jest.fn(),
  };

  async function render() {
    TestBed.configureTestingModule({
      imports: [NotificationAccountSectionsComponent],
      providers: [{ provide: NotificationSettingsService, useValue: service }],
    });
    const fixture = TestBed.createComponent(NotificationAccountSectionsComponent);
    await fixture.whenStable();
    return { fixture, el: fixture.nativeElement as HTMLElement };
  }
  const box = (el: HTMLElement, id: string) => el.querySelector<HTMLInputElement>(`[data-testid="${id}"]`);

  beforeEach(() => {
    jest.clearAllMocks();
    service.preferences.mockResolvedValue([
      pref('ENROLMENT_PROMOTED', true),
      pref('SESSION_REMINDER', false),
    ]);
    service.lineLink.mockResolvedValue(line());
    service.calendarFeed.mockResolvedValue({ url: null, createdAt: null });
  });

  it('gives each kind a fieldset; a transactional kind keeps its in-app box on and says why', async () => {
    const { el } = await render();
    const legends = Array.from(el.querySelectorAll('fieldset legend')).map((l) => l.textContent?.trim());
    expect(legends).toEqual(['キャンセル待ちからの繰り上げ', '開催前のリマインダー']);
    expect(box(el, 'pref-ENROLMENT_PROMOTED-inApp')!.disabled).toBe(true);
    expect(box(el, 'pref-ENROLMENT_PROMOTED-inApp')!.checked).toBe(true);
    const fieldset = el.querySelector('[data-kind="ENROLMENT_PROMOTED"]')!;
    expect(fieldset.getAttribute('aria-describedby')).toBe('pref-note-transactional');
    expect(el.querySelector('#pref-note-transactional')?.textContent).toContain('必ず残ります');
    expect(el.querySelector('[data-kind="SESSION_REMINDER"]')!.getAttribute('aria-describedby')).toBeNull();
    expect(box(el, 'pref-SESSION_REMINDER-inApp')!.disabled).toBe(false);
    // LINE is enabled but not linked: no LINE column, a hint instead.
    expect(box(el, 'pref-SESSION_REMINDER-line')).toBeNull();
    expect(el.querySelector('[data-testid="preferences-line-hint"]')).not.toBeNull();
  });

  it('saves a box when she changes it and says which kind was saved', async () => {
    const { fixture, el } = await render();
    service.setPreference.mockResolvedValue({ ...pref('SESSION_REMINDER', false), email: false });
    const email = box(el, 'pref-SESSION_REMINDER-email')!;
    email.click();
    await fixture.whenStable();
    expect(service.setPreference).toHaveBeenCalledWith({ ...pref('SESSION_REMINDER', false), email: false });
    expect(email.checked).toBe(false);
    expect(el.querySelector('[data-testid="preferences-saved"]')?.textContent).toContain(
      '「開催前のリマインダー」の受け取り方を保存しました。',
    );
  });

  it('puts the box back and shows the refusal when saving fails', async () => {
    const { fixture, el } = await render();
    service.setPreference.mockRejectedValue(new Error('offline'));
    const email = box(el, 'pref-SESSION_REMINDER-email')!;
    email.click();
    await fixture.whenStable();
    expect(email.checked).toBe(true);
    expect(el.querySelector('[data-testid="preferences-error"]')).not.toBeNull();
  });

  it('shows the LINE column once linked, and the link code with its expiry before', async () => {
    service.preferences.mockResolvedValue([pref('SESSION_REMINDER', false)]);
    service.lineLink.mockResolvedValue(line({ linked: true, linkedAt: '2026-11-30T01:00:00Z' }));
    const { el } = await render();
    expect(box(el, 'pref-SESSION_REMINDER-line')).not.toBeNull();
    expect(el.querySelector('[data-testid="line-linked"]')?.textContent).toContain('2026年11月30日');
    expect(el.querySelector('[data-testid="line-unlink"]')).not.toBeNull();
  });

  it('issues a LINE code and shows it with its expiry and what to do', async () => {
    const { fixture, el } = await render();
    service.issueLineCode.mockResolvedValue(
      line({ code: 'AB12CD', codeExpiresAt: new Date(Date.now() + 600_000).toISOString() }),
    );
    el.querySelector<HTMLButtonElement>('[data-testid="line-issue"]')!.click();
    await fixture.whenStable();
    expect(el.querySelector('[data-testid="line-code"]')?.textContent).toBe('AB12CD');
    expect(el.querySelector('[data-testid="line-code-expires"]')?.textContent).toContain('まで有効');
    expect(el.textContent).toContain('このコードをメッセージで送ってください');
  });

  it('hides the LINE section when the server has no LINE channel', async () => {
    service.preferences.mockResolvedValue([]);
    service.lineLink.mockResolvedValue(line({ enabled: false }));
    const { el } = await render();
    expect(el.querySelector('[data-testid="line-link"]')).toBeNull();
  });

  it('issues the calendar URL, and re-issues it only after warning that the old one stops working', async () => {
    const { fixture, el } = await render();
    service.issueCalendarFeed.mockResolvedValue({
      url: 'http://x/api/calendar/t1.ics',
      createdAt: '2026-12-01T00:00:00Z',
    });
    el.querySelector<HTMLButtonElement>('[data-testid="feed-issue"]')!.click();
    await fixture.whenStable();
    expect(box(el, 'feed-url')!.value).toBe('http://x/api/calendar/t1.ics');

    el.querySelector<HTMLButtonElement>('[data-testid="feed-reissue"]')!.click();
    await fixture.whenStable();
    expect(el.querySelector('[data-confirm="feed"]')?.getAttribute('aria-label')).toContain(
      '今のURLは使えなくなります',
    );
    service.issueCalendarFeed.mockResolvedValue({
      url: 'http://x/api/calendar/t2.ics',
      createdAt: '2026-12-01T00:00:00Z',
    });
    el.querySelector<HTMLButtonElement>('[data-testid="feed-reissue-confirm"]')!.click();
    await fixture.whenStable();
    expect(box(el, 'feed-url')!.value).toBe('http://x/api/calendar/t2.ics');
    expect(el.querySelector('[data-testid="feed-notice"]')?.textContent).toContain(
      '前のURLは使えなくなりました',
    );

    el.querySelector<HTMLButtonElement>('[data-testid="feed-revoke"]')!.click();
    await fixture.whenStable();
    service.revokeCalendarFeed.mockResolvedValue({ url: null, createdAt: null });
    el.querySelector<HTMLButtonElement>('[data-testid="feed-revoke-confirm"]')!.click();
    await fixture.whenStable();
    expect(el.querySelector('[data-testid="feed-none"]')).not.toBeNull();
  });
});
