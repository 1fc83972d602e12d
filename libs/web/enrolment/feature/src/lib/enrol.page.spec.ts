import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { EnrolmentService } from '@tsunagu/web/enrolment/data-access';
import { EnrolPage } from './enrol.page';

const FUTURE = new Date(Date.now() + 30 * 86400000).toISOString();
const PAST = new Date(Date.now() - 86400000).toISOString();

function session(overrides: Record<string, unknown> = {}) {
  return {
    id: 's1',
    title: '2026年度 第1期',
    status: 'scheduled',
    isOnline: false,
    onlineUrl: null,
    venueName: '小美玉市四季文化館',
    venueAddress: '茨城県小美玉市部室1100',
    accessNotes: null,
    registrationMode: 'first_come',
    registrationOpensAt: PAST,
    registrationClosesAt: FUTURE,
    cancellationDeadline: FUTURE,
    drawAt: null,
    drawnAt: null,
    meetings: [{ id: 'm1', startsAt: FUTURE, endsAt: FUTURE }],
    course: {
      id: 'c1',
      title: '女性リーダー育成講座',
      provider: {
        id: 'o1',
        name: '小美玉市',
        contactDepartment: null,
        contactPhone: '0299-00-1234',
        contactEmail: null,
        contactUrl: null,
        contactHours: null,
        privacyNotice: null as string | null,
      },
    },
    feeYen: null,
    waitlistCount: 0,
    capacity: 30,
    seatsLeft: 10,
    childcareCapacity: 0,
    childcareSeatsLeft: 0,
    childcareMinAgeMonths: null,
    childcareMaxAgeMonths: null,
    myEnrolment: null,
    questions: [
      { id: 'q1', kind: 'text', label: '学びたいこと', choices: [], required: true, position: 0 },
      { id: 'q2', kind: 'yes_no', label: '販売していますか', choices: [], required: false, position: 1 },
    ],
    ...overrides,
  };
}

describe(EnrolPage.name, () => {
  const enrol = jest.fn();
  const load = jest.fn();

  async function render(s = session()) {
    load.mockResolvedValue(s);
    TestBed.configureTestingModule({
      imports: [EnrolPage],
      providers: [provideRouter([]), { provide: EnrolmentService, useValue: { session: load, enrol } }],
    });
    const fixture = TestBed.createComponent(EnrolPage);
    fixture.componentRef.setInput('id', 's1');
    await fixture.whenStable();
    fixture.detectChanges();
    return { fixture, el: fixture.nativeElement as HTMLElement };
  }

  async function settle(fixture: { whenStable(): Promise<unknown>; detectChanges(): void }) {
    await fixture.whenStable();
    fixture.detectChanges();
  }

  function type(el: HTMLElement, testId: string, value: string) {
    const input = el.querySelector(`[data-testid="${testId}"]`) as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  function submit(el: HTMLElement) {
    (el.querySelector('[data-testid="enrol-form"]') as HTMLFormElement).dispatchEvent(new Event('submit'));
  }

  const text = (el: HTMLElement, testId: string) =>
    el.querySelector(`[data-testid="${testId}"]`)?.textContent?.replace(/\s+/g, ' ').trim();

  beforeEach(() => jest.clearAllMocks());

  it('shows her existing enrolment instead of the form', async () => {
    const { el } = await render(
      session({ myEnrolment: { id: 'e1', status: 'waitlisted', waitlistPosition: 3 } }),
    );
    expect(el.querySelector('[data-testid="enrol-form"]')).toBeNull();
    const notice = el.querySelector('[data-testid="enrol-existing"]')?.textContent ?? '';
    expect(notice).toContain('キャンセル待ちに登録済みです（3番目）');
    expect(el.querySelector('[data-testid="enrol-existing"] a')?.getAttribute('href')).toBe('/my/seminars');
  });

  it('shows no childcare section when the session offers none', async () => {
    const { el } = await render();
    expect(el.querySelector('[data-testid="enrol-summary"]')?.textContent).toContain('小美玉市四季文化館');
    expect(el.querySelector('[data-testid="childcare-section"]')).toBeNull();
  });

  it('blocks submit while a required answer is missing', async () => {
    const { fixture, el } = await render();
    submit(el);
    await settle(fixture);
    expect(enrol).not.toHaveBeenCalled();
    expect(el.querySelector('[data-testid="question-0-error"]')?.textContent).toContain('入力してください');
  });

  it('asks for children’s ages within the range, then sends them in months', async () => {
    enrol.mockResolvedValue({
      id: 'e1',
      status: 'confirmed',
      waitlistPosition: null,
      childcareRequested: true,
      childcareConfirmed: true,
    });
    const { fixture, el } = await render(
      session({
        childcareCapacity: 8,
        childcareSeatsLeft: 3,
        childcareMinAgeMonths: 6,
        childcareMaxAgeMonths: 72,
      }),
    );
    expect(el.querySelector('[data-testid="childcare-section"]')?.textContent).toContain('6か月');
    (el.querySelector('[data-testid="childcare-checkbox"]') as HTMLInputElement).click();
    await settle(fixture);
    expect(el.querySelector('[data-testid="childcare-full"]')).toBeNull();
    type(el, 'question-0', 'リーダーシップ');
    type(el, 'child-0-years', '7');
    submit(el);
    await settle(fixture);
    expect(enrol).not.toHaveBeenCalled();
    expect(el.querySelector('[data-testid="child-0-error"]')?.textContent).toContain('託児の対象は');

    type(el, 'child-0-years', '1');
    type(el, 'child-0-months', '6');
    submit(el);
    await settle(fixture);
    expect(enrol).toHaveBeenCalledWith({
      sessionId: 's1',
      childcare: true,
      childAgesMonths: [18],
      ifChildcareFull: 'WAIT',
      answers: [{ questionId: 'q1', value: 'リーダーシップ' }],
    });
    expect(el.querySelector('[data-testid="enrol-result"]')?.textContent).toContain('参加確定');
  });

  it('makes her choose between waiting and no childcare when childcare is full', async () => {
    enrol.mockResolvedValue({
      id: 'e1',
      status: 'confirmed',
      waitlistPosition: null,
      childcareRequested: true,
      childcareConfirmed: false,
    });
    const { fixture, el } = await render(
      session({
        childcareCapacity: 4,
        childcareSeatsLeft: 0,
        childcareMinAgeMonths: 12,
        childcareMaxAgeMonths: 72,
      }),
    );
    (el.querySelector('[data-testid="childcare-checkbox"]') as HTMLInputElement).click();
    await settle(fixture);
    expect(el.querySelector('[data-testid="childcare-full"]')?.textContent).toContain(
      '託児なしで、いま参加を確定する',
    );
    type(el, 'question-0', '販売');
    type(el, 'child-0-years', '2');
    submit(el);
    await settle(fixture);
    expect(enrol).not.toHaveBeenCalled();
    expect(el.querySelector('[data-testid="childcare-full-error"]')).not.toBeNull();
    (el.querySelector('[data-testid="childcare-full-wait"]') as HTMLInputElement).click();
    await settle(fixture);
    expect(text(el, 'enrol-outcome')).toBe('託児の空きを待つ、キャンセル待ち1人目での申し込みになります。');
    expect(text(el, 'enrol-submit')).toBe('キャンセル待ちで申し込む');
    (el.querySelector('[data-testid="childcare-full-without"]') as HTMLInputElement).click();
    await settle(fixture);
    expect(text(el, 'enrol-outcome')).toBe('託児なしで、その場で参加が確定します。');
    expect(text(el, 'enrol-submit')).toBe('託児なしで申し込む');
    submit(el);
    await settle(fixture);
    expect(enrol.mock.calls[0][0].ifChildcareFull).toBe('WITHOUT_CHILDCARE');
  });

  it('in a full session offers no "without childcare": she waits either way, and is told her number', async () => {
    const { fixture, el } = await render(
      session({
        seatsLeft: 0,
        waitlistCount: 4,
        childcareCapacity: 4,
        childcareSeatsLeft: 0,
        childcareMinAgeMonths: 12,
        childcareMaxAgeMonths: 72,
      }),
    );
    expect(text(el, 'enrol-outcome')).toBe('満席のため、キャンセル待ち5人目での申し込みになります。');
    expect(text(el, 'enrol-submit')).toBe('キャンセル待ちで申し込む');
    (el.querySelector('[data-testid="childcare-checkbox"]') as HTMLInputElement).click();
    await settle(fixture);
    expect(el.querySelector('[data-testid="childcare-full"]')).toBeNull();
    expect(el.querySelector('[data-testid="childcare-section"]')?.textContent).toContain(
      '託児の空きも必要です',
    );
    expect(text(el, 'enrol-outcome')).toBe('満席のため、キャンセル待ち5人目での申し込みになります。');
  });

  it('a lottery says so and asks nothing about full childcare', async () => {
    const { fixture, el } = await render(
      session({
        registrationMode: 'lottery',
        drawAt: FUTURE,
        childcareCapacity: 2,
        childcareSeatsLeft: 0,
        childcareMinAgeMonths: 12,
        childcareMaxAgeMonths: 72,
      }),
    );
    expect(text(el, 'enrol-submit')).toBe('抽選に申し込む');
    expect(text(el, 'enrol-outcome')).toContain('抽選への申し込みです');
    (el.querySelector('[data-testid="childcare-checkbox"]') as HTMLInputElement).click();
    await settle(fixture);
    expect(el.querySelector('[data-testid="childcare-full"]')).toBeNull();
  });

  it('with seats free says she is confirmed at once, and shows fee, deadline and the privacy notice', async () => {
    const { el } = await render(session({ feeYen: 1000 }));
    expect(text(el, 'enrol-outcome')).toBe('申し込むと、その場で参加が確定します（残り10席）。');
    expect(text(el, 'enrol-submit')).toBe('申し込む');
    expect(text(el, 'enrol-fee')).toBe('1,000円');
    expect(text(el, 'enrol-deadline')).toMatch(/^\d{4}年/);
    expect(text(el, 'privacy-provider')).toContain('小美玉市がセミナーの受付');
  });

  it("shows the organiser's own privacy notice when it has one", async () => {
    const s = session();
    const { el } = await render({
      ...s,
      course: { ...s.course, provider: { ...s.course.provider, privacyNotice: '市の定める取扱いです。' } },
    });
    expect(text(el, 'privacy-provider')).toBe('市の定める取扱いです。');
  });

  it('says when registration is not open yet instead of showing the form', async () => {
    const { el } = await render(session({ registrationOpensAt: FUTURE }));
    expect(el.querySelector('[data-testid="enrol-form"]')).toBeNull();
    expect(text(el, 'enrol-closed')).toBe('まだ申し込み受付前です。');
  });

  it('shows the API’s per-field messages under the fields', async () => {
    enrol.mockRejectedValue({
      errors: [
        {
          message: '入力内容を確認してください。',
          extensions: { code: 'BAD_USER_INPUT', fields: { 'answers.q1': '回答が長すぎます。' } },
        },
      ],
    });
    const { fixture, el } = await render();
    type(el, 'question-0', 'あ');
    submit(el);
    await settle(fixture);
    expect(el.querySelector('[data-testid="question-0-error"]')?.textContent).toContain('回答が長すぎます。');
  });

  it('tells a waitlisted learner her position', async () => {
    enrol.mockResolvedValue({
      id: 'e1',
      status: 'waitlisted',
      waitlistPosition: 2,
      childcareRequested: false,
      childcareConfirmed: false,
    });
    const { fixture, el } = await render();
    type(el, 'question-0', 'x');
    submit(el);
    await settle(fixture);
    expect(el.querySelector('[data-testid="enrol-result-position"]')?.textContent).toContain('2番目');
  });
});
