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
    myEnrolment: null,
    meetings: [{ id: 'm1', startsAt: at(20), endsAt: at(20.1) }],
    course: {
      id: 'c1',
      title: '女性リーダー育成講座',
      summary: '',
      descriptionHtml: '',
      audienceNotes: '',
      category: 'leadership',
      provider: { id: 'o1', name: '小美玉市' },
      lessons: [],
    },
    ...overrides,
  } as CatalogueSession;
}

async function render(data: CatalogueSession) {
  TestBed.configureTestingModule({
    providers: [
      provideRouter([]),
      { provide: CatalogueService, useValue: { session: jest.fn().mockResolvedValue(data) } },
      { provide: FileDownloader, useValue: { objectUrl: jest.fn() } },
      { provide: SessionStore, useValue: { accessToken: () => null, isSignedIn: () => false } },
    ],
  });
  const fixture = TestBed.createComponent(SessionPage);
  fixture.componentRef.setInput('id', 's1');
  await fixture.whenStable();
  fixture.detectChanges();
  return fixture.nativeElement as HTMLElement;
}

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
});
