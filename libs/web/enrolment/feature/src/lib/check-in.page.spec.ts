import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RosterService } from '@tsunagu/web/enrolment/data-access';
import { CheckInPage, defaultMeetingId } from './check-in.page';

const person = (
  id: string,
  familyName: string,
  givenName: string,
  kana: string,
  attendance: unknown[] = [],
) => ({
  id,
  status: 'confirmed',
  waitlistPosition: null,
  drawOrder: null,
  childcareRequested: false,
  childcareConfirmed: false,
  childAgesMonths: [],
  createdAt: '2026-04-01T00:00:00Z',
  answers: [],
  attendance,
  learner: { id: `u-${id}`, familyName, givenName, familyNameKana: kana, givenNameKana: 'ハナコ' },
});

describe(CheckInPage.name, () => {
  const mark = jest.fn();
  const checkIn = jest.fn();
  const roster = jest.fn();
  const meetings = [
    { id: 'm1', startsAt: '2020-01-01T01:00:00Z', endsAt: '2020-01-01T03:00:00Z' },
    { id: 'm2', startsAt: '2099-01-01T01:00:00Z', endsAt: '2099-01-01T03:00:00Z' },
  ];

  async function render() {
    roster.mockResolvedValue({
      session: {
        id: 's1',
        title: '第1期',
        course: { id: 'c1', title: '講座' },
        meetings,
        questions: [],
      },
      entries: [person('e1', '山田', '花子', 'ヤマダ'), person('e2', '佐藤', '美咲', 'サトウ')],
    });
    TestBed.configureTestingModule({
      imports: [CheckInPage],
      providers: [provideRouter([]), { provide: RosterService, useValue: { roster, mark, checkIn } }],
    });
    const fixture = TestBed.createComponent(CheckInPage);
    fixture.componentRef.setInput('id', 's1');
    await fixture.whenStable();
    fixture.detectChanges();
    return { fixture, el: fixture.nativeElement as HTMLElement };
  }

  beforeEach(() => jest.clearAllMocks());

  it('starts on the next meeting that has not ended', () => {
    expect(defaultMeetingId(meetings, new Date('2026-01-01T00:00:00Z'))).toBe('m2');
    expect(defaultMeetingId(meetings, new Date('2100-01-01T00:00:00Z'))).toBe('m2');
  });

  it('finds a participant by name and marks her present by hand', async () => {
    mark.mockResolvedValue(
      person('e1', '山田', '花子', 'ヤマダ', [{ id: 'a1', meetingId: 'm2', status: 'attended' }]),
    );
    const { fixture, el } = await render();
    const search = el.querySelector('[data-testid="check-in-search"]') as HTMLInputElement;
    search.value = 'やまだ';
    search.value = '山田';
    search.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    fixture.detectChanges();
    const people = el.querySelectorAll('[data-testid="check-in-people"] > li');
    expect(people.length).toBe(1);
    (people[0]?.querySelector('[data-testid="mark-attended"]') as HTMLButtonElement).click();
    await fixture.whenStable();
    fixture.detectChanges();
    expect(mark).toHaveBeenCalledWith('e1', 'm2', 'attended');
    expect(el.querySelector('[data-testid="check-in-success"]')?.textContent).toContain('山田 花子');
    expect(el.querySelector('[data-testid="person-state-e1"]')?.textContent).toContain('出席済み');
  });

  it('shows the API’s message when a code is refused', async () => {
    checkIn.mockRejectedValue({
      errors: [
        {
          message: '入力内容を確認してください。',
          extensions: { code: 'BAD_USER_INPUT', fields: { code: 'この受付コードは無効です。' } },
        },
      ],
    });
    const { fixture, el } = await render();
    const code = el.querySelector('[data-testid="check-in-code"]') as HTMLInputElement;
    code.value = 'bad';
    code.dispatchEvent(new Event('input'));
    (el.querySelector('[data-testid="code-form"]') as HTMLFormElement).dispatchEvent(new Event('submit'));
    await fixture.whenStable();
    fixture.detectChanges();
    await fixture.whenStable();
    fixture.detectChanges();
    expect(checkIn).toHaveBeenCalledWith('s1', 'm2', 'bad');
    expect(el.querySelector('[data-testid="check-in-error"]')?.getAttribute('role')).toBe('alert');
    expect(el.querySelector('[data-testid="check-in-error"]')?.textContent).toContain('無効です');
  });
});
