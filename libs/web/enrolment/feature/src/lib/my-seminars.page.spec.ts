import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { SeatPoolsService } from '@tsunagu/web/company-groups/data-access';
import { EnrolmentService } from '@tsunagu/web/enrolment/data-access';
import { MySeminarsPage } from './my-seminars.page';

const FUTURE = new Date(Date.now() + 30 * 86400000).toISOString();
const PAST = new Date(Date.now() - 30 * 86400000).toISOString();

function enrolment(id: string, status: string, when: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    status,
    waitlistPosition: null,
    childcareRequested: false,
    childcareConfirmed: false,
    checkInCode: null,
    createdAt: PAST,
    cancelledAt: null,
    completedAt: null,
    certificate: null,
    attendance: [],
    session: {
      id: `s-${id}`,
      title: '第1期',
      status: 'scheduled',
      isOnline: false,
      onlineUrl: null,
      venueName: '会場',
      venueAddress: null,
      accessNotes: null,
      registrationMode: 'first_come',
      registrationOpensAt: PAST,
      registrationClosesAt: when,
      cancellationDeadline: when,
      drawAt: null,
      drawnAt: null,
      meetings: [{ id: `m-${id}`, startsAt: when, endsAt: when }],
      course: { id: 'c', title: `講座 ${id}`, provider: { id: 'o', name: '小美玉市' } },
    },
    ...extra,
  };
}

describe(MySeminarsPage.name, () => {
  const cancel = jest.fn();
  const downloadCertificate = jest.fn();
  const myEnrolments = jest.fn();
  const nominations = { mine: jest.fn(), accept: jest.fn(), decline: jest.fn() };

  async function render() {
    TestBed.configureTestingModule({
      imports: [MySeminarsPage],
      providers: [
        provideRouter([]),
        { provide: EnrolmentService, useValue: { myEnrolments, cancel, downloadCertificate } },
        { provide: SeatPoolsService, useValue: nominations },
      ],
    });
    const fixture = TestBed.createComponent(MySeminarsPage);
    await fixture.whenStable();
    fixture.detectChanges();
    return { fixture, el: fixture.nativeElement as HTMLElement };
  }

  beforeEach(() => {
    jest.clearAllMocks();
    nominations.mine.mockResolvedValue([]);
    myEnrolments.mockResolvedValue([
      enrolment('a', 'confirmed', FUTURE, { checkInCode: 'CODE-A' }),
      enrolment('b', 'waitlisted', FUTURE, { waitlistPosition: 1 }),
      enrolment('c', 'completed', PAST, {
        certificate: { id: 'cert', verificationCode: 'V-1', issuedAt: PAST },
      }),
      enrolment('d', 'cancelled', FUTURE),
    ]);
  });

  it('says when the organisers cancelled the session', async () => {
    const byOrganisers = enrolment('e', 'cancelled', FUTURE);
    myEnrolments.mockResolvedValue([
      enrolment('d', 'cancelled', FUTURE),
      { ...byOrganisers, session: { ...byOrganisers.session, status: 'cancelled' } },
    ]);
    const { el } = await render();
    expect(
      el.querySelector('[data-testid="my-enrolment-e"] [data-testid="session-cancelled"]')?.textContent,
    ).toContain('主催者の都合により中止');
    expect(el.querySelector('[data-testid="my-enrolment-d"] [data-testid="session-cancelled"]')).toBeNull();
  });

  it('groups her seminars by status, with the waitlist position and certificate', async () => {
    const { el } = await render();
    expect(el.querySelector('[data-testid="my-group-upcoming"]')?.textContent).toContain('講座 a');
    expect(
      el.querySelector('[data-testid="my-group-upcoming"] [data-testid="qr-text"]')?.textContent,
    ).toContain('CODE-A');
    expect(el.querySelector('[data-testid="my-group-waitlist"]')?.textContent).toContain('1番目');
    expect(el.querySelector('[data-testid="my-group-past"]')?.textContent).toContain('V-1');
    expect(el.querySelector('[data-testid="my-group-cancelled"]')?.textContent).toContain('講座 d');
    expect(el.querySelector('[data-testid="my-group-lottery"]')).toBeNull();
  });

  it('cancels only after she confirms', async () => {
    cancel.mockResolvedValue(undefined);
    const { fixture, el } = await render();
    const card = () => el.querySelector('[data-testid="my-enrolment-a"]') as HTMLElement;
    (card().querySelector('[data-testid="cancel-button"]') as HTMLButtonElement).click();
    await fixture.whenStable();
    fixture.detectChanges();
    expect(cancel).not.toHaveBeenCalled();
    (card().querySelector('[data-testid="cancel-confirm"]') as HTMLButtonElement).click();
    await fixture.whenStable();
    fixture.detectChanges();
    expect(cancel).toHaveBeenCalledWith('a');
    expect(myEnrolments).toHaveBeenCalledTimes(2);
  });

  it('downloads the certificate', async () => {
    downloadCertificate.mockResolvedValue(undefined);
    const { el } = await render();
    (el.querySelector('[data-testid="certificate-download"]') as HTMLButtonElement).click();
    expect(downloadCertificate).toHaveBeenCalledWith('c');
  });

  it('shows her pending nominations only, and enrols her when she accepts', async () => {
    const nomination = (id: string, status: string) => ({
      id,
      status,
      sessionId: 's1',
      courseTitle: `推薦講座 ${id}`,
      companyName: 'ミライ食品',
      offeringCompanyName: 'ひばりシステムズ',
      closesAt: FUTURE,
      session: {
        id: 's1',
        meetings: [],
        venueName: '会場',
        isOnline: false,
        questions: [],
        childcareCapacity: 0,
        childcareSeatsLeft: 0,
      },
    });
    nominations.mine.mockResolvedValue([nomination('n1', 'nominated'), nomination('n2', 'declined')]);
    nominations.accept.mockResolvedValue({ ...nomination('n1', 'accepted') });
    const { fixture, el } = await render();
    const section = () => el.querySelector('[data-testid="my-nominations"]');
    expect(section()?.textContent).toContain(
      'ミライ食品があなたを、ひばりシステムズが提供する座席に推薦しました。',
    );
    expect(el.querySelector('[data-testid="nomination-n2"]')).toBeNull();
    nominations.mine.mockResolvedValue([nomination('n1', 'accepted')]);
    (el.querySelector('[data-testid="nomination-accept"]') as HTMLButtonElement).click();
    await fixture.whenStable();
    fixture.detectChanges();
    expect(nominations.accept).toHaveBeenCalledWith({ nominationId: 'n1' });
    expect(myEnrolments).toHaveBeenCalledTimes(2);
    expect(el.querySelector('[data-testid="my-notice"]')?.textContent).toContain(
      '「推薦講座 n1」の申し込みが確定しました。',
    );
    expect(section()).toBeNull();
  });

  it('shows the API’s refusal when declining fails', async () => {
    nominations.mine.mockResolvedValue([
      {
        id: 'n1',
        status: 'nominated',
        sessionId: 's1',
        courseTitle: '講座',
        companyName: 'A',
        offeringCompanyName: 'B',
        closesAt: FUTURE,
        session: {
          id: 's1',
          meetings: [],
          venueName: '会場',
          isOnline: false,
          questions: [],
          childcareCapacity: 0,
          childcareSeatsLeft: 0,
        },
      },
    ]);
    nominations.decline.mockRejectedValue(new Error('offline'));
    const { fixture, el } = await render();
    (el.querySelector('[data-testid="nomination-decline"]') as HTMLButtonElement).click();
    await fixture.whenStable();
    fixture.detectChanges();
    expect(nominations.decline).toHaveBeenCalledWith('n1');
    expect(el.querySelector('[data-testid="nomination-error"]')).not.toBeNull();
  });
});
