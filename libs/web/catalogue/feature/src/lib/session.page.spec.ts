import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { CatalogueService, type CatalogueSession } from '@tsunagu/web/catalogue/data-access';
import { FileDownloader, SessionStore } from '@tsunagu/web/shared/data-access';
import { SessionPage } from './session.page';

const DAY = 86_400_000;
const at = (days: number) => new Date(Date.now() + days * DAY).toISOString();

function session(overrides: Partial<CatalogueSession> = {}): CatalogueSession {
  return {
    id: 's1',
    title: '2026年度 第1期',
    status: 'scheduled',
    capacity: 30,
    seatsLeft: 12,
    childcareCapacity: 0,
    childcareSeatsLeft: 0,
    childcareMinAgeMonths: null,
    childcareMaxAgeMonths: null,
    venueName: '小美玉市四季文化館',
    venueAddress: null,
    accessNotes: null,
    isOnline: false,
    isOffsite: false,
    registrationMode: 'first_come',
    registrationOpensAt: at(-1),
    registrationClosesAt: at(10),
    cancellationDeadline: at(12),
    drawAt: null,
    drawnAt: null,
    feeYen: null,
    waitlistCount: 0,
    myEnrolment: null,
    meetings: [{ id: 'm1', startsAt: at(20), endsAt: at(20.1) }],
    course: {
      id: 'c1',
      title: '女性リーダー育成講座',
      summary: '',
      descriptionHtml: '',
      audienceNotes: '',
      category: 'leadership',
      provider: {
        id: 'o1',
        name: '小美玉市',
        contactDepartment: '企画調整課 女性活躍推進係',
        contactPhone: '0299-00-1234',
        contactEmail: 'josei@example.jp',
        contactUrl: null,
        contactHours: '平日 8:30〜17:15',
      },
      lessons: [],
    },
    ...overrides,
  } as CatalogueSession;
}

async function render(data: CatalogueSession, signedIn = false) {
  TestBed.configureTestingModule({
    providers: [
      provideRouter([]),
      { provide: CatalogueService, useValue: { session: jest.fn().mockResolvedValue(data) } },
      { provide: FileDownloader, useValue: { objectUrl: jest.fn() } },
      { provide: SessionStore, useValue: { accessToken: () => null, isSignedIn: () => signedIn } },
    ],
  });
  const fixture = TestBed.createComponent(SessionPage);
  fixture.componentRef.setInput('id', 's1');
  await fixture.whenStable();
  fixture.detectChanges();
  return fixture.nativeElement as HTMLElement;
}

const text = (el: HTMLElement, testId: string) =>
  el.querySelector(`[data-testid="${testId}"]`)?.textContent?.replace(/\s+/g, ' ').trim();

describe(SessionPage.name, () => {
  it('offers the enrol form while registration is open', async () => {
    const el = await render(session());
    expect(el.querySelector('[data-testid="enrol-link"]')?.getAttribute('href')).toBe(
      '/seminars/sessions/s1/enrol',
    );
    expect(el.querySelector('[data-testid="session-mine"]')).toBeNull();
    expect(el.querySelector('tsu-seats-meter')).not.toBeNull();
  });

  it('shows her own place instead of the enrol button once she has one', async () => {
    const el = await render(
      session({ myEnrolment: { id: 'e1', status: 'waitlisted', waitlistPosition: 2 } }),
    );
    expect(el.querySelector('[data-testid="enrol-link"]')).toBeNull();
    expect(el.querySelector('[data-testid="session-mine"]')?.textContent).toContain('2番目');
    expect(el.querySelector('tsu-seats-meter')).toBeNull();
  });

  it('first come with seats: the seats left, a bar filled by the seats taken, and 申し込む', async () => {
    const el = await render(session({ seatsLeft: 12 }));
    expect(text(el, 'offer-mode')).toBe('先着順');
    expect(text(el, 'offer-headline')).toBe('残り12席');
    expect(el.querySelector('[role="meter"]')?.getAttribute('aria-valuenow')).toBe('18');
    expect((el.querySelector('.fill') as HTMLElement).style.width).toBe('60%');
    expect(text(el, 'enrol-link')).toBe('申し込む');
    expect(text(el, 'offer-fee')).toBe('無料');
    expect(text(el, 'offer-deadline')).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日\(.\) \d{2}:\d{2}$/);
  });

  it('full: says which waitlist number she would get, with a button that says so', async () => {
    const el = await render(session({ seatsLeft: 0, waitlistCount: 3 }));
    expect(text(el, 'offer-headline')).toBe('満席・キャンセル待ち4人目になります');
    expect(text(el, 'enrol-link')).toBe('キャンセル待ちで申し込む');
    expect(el.querySelector('[role="meter"]')?.getAttribute('aria-valuenow')).toBe('30');
  });

  it('with childcare full but seats free, says where she would wait with childcare', async () => {
    const el = await render(session({ childcareCapacity: 4, childcareSeatsLeft: 0, waitlistCount: 1 }));
    expect(text(el, 'offer-childcare-full')).toBe(
      '託児は満席です。託児を希望する場合は、キャンセル待ち2人目になります。',
    );
    expect(text(el, 'enrol-link')).toBe('申し込む');
  });

  it('lottery: 抽選, the deadline and the draw date, and no first-come countdown', async () => {
    const el = await render(
      session({ registrationMode: 'lottery', drawAt: at(11), seatsLeft: 15, feeYen: 3000 }),
    );
    expect(text(el, 'offer-mode')).toBe('抽選');
    expect(text(el, 'offer-headline')).toBe('定員30名');
    expect(el.querySelector('[data-testid="enrol-box"] tsu-seats-meter')).toBeNull();
    expect(el.querySelector('[data-testid="enrol-box"]')?.textContent).not.toContain('残り');
    expect(text(el, 'offer-draw')).toMatch(/年/);
    expect(text(el, 'enrol-link')).toBe('抽選に申し込む');
    expect(text(el, 'offer-fee')).toBe('3,000円');
  });

  it('before the window and after it: no button, the truth in words', async () => {
    const before = await render(session({ registrationOpensAt: at(2) }));
    expect(before.querySelector('[data-testid="enrol-link"]')).toBeNull();
    expect(text(before, 'outside-window')).toContain('受付開始前');
    TestBed.resetTestingModule();
    const after = await render(session({ registrationClosesAt: at(-0.5), registrationOpensAt: at(-3) }));
    expect(after.querySelector('[data-testid="enrol-link"]')).toBeNull();
    expect(text(after, 'outside-window')).toContain('受付終了');
  });

  it('asks visitors to sign up or in, and both links lead back to the enrol form', async () => {
    const el = await render(session());
    const back = encodeURIComponent('/seminars/sessions/s1/enrol');
    expect(el.querySelector('[data-testid="enrol-sign-up"]')?.getAttribute('href')).toBe(
      `/sign-up?returnUrl=${back}`,
    );
    expect(el.querySelector('[data-testid="enrol-sign-in"]')?.getAttribute('href')).toBe(
      `/sign-in?returnUrl=${back}`,
    );
    TestBed.resetTestingModule();
    const signedIn = await render(session(), true);
    expect(signedIn.querySelector('[data-testid="enrol-account"]')).toBeNull();
  });

  it('shows the fee, the deadline, the contact and a map link for the venue', async () => {
    const el = await render(session({ feeYen: 3000, venueAddress: '茨城県小美玉市部室1100' }));
    expect(text(el, 'session-fee')).toBe('3,000円');
    expect(text(el, 'session-deadline')).toMatch(/^\d{4}年/);
    const map = el.querySelector('[data-testid="map-link"]') as HTMLAnchorElement;
    expect(map.href).toBe(
      `https://www.google.com/maps/search/?api=1&query=${encodeURIComponent('小美玉市四季文化館 茨城県小美玉市部室1100')}`,
    );
    expect(map.target).toBe('_blank');
    expect(map.rel).toContain('noopener');
    // Named by its visible words plus hidden ones (no aria-label that would hide the visible text).
    expect(map.getAttribute('aria-label')).toBeNull();
    expect(map.textContent?.replace(/\s+/g, '')).toBe(
      'Googleマップで見る（小美玉市四季文化館の地図。新しいタブで開きます）↗',
    );
    expect(text(el, 'contact-name')).toContain('小美玉市');
    expect(el.querySelector('[data-testid="contact-phone"]')?.getAttribute('href')).toBe('tel:0299001234');
    expect(el.querySelector('[data-testid="contact-email"]')?.getAttribute('href')).toBe(
      'mailto:josei@example.jp',
    );
  });

  it('has no map link for an online-only session', async () => {
    const el = await render(session({ venueName: null, isOnline: true }));
    expect(el.querySelector('[data-testid="map-link"]')).toBeNull();
  });
});
