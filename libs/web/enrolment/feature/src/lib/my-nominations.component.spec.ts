import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { SeatPoolsService } from '@tsunagu/web/company-groups/data-access';
import { MyNominationsComponent } from './my-nominations.component';

const FUTURE = new Date(Date.now() + 30 * 86400000).toISOString();

function nomination(session: Record<string, unknown> = {}) {
  return {
    id: 'n1',
    status: 'nominated',
    sessionId: 's1',
    courseTitle: '推薦講座',
    companyName: 'ミライ食品',
    offeringCompanyName: 'ひばりシステムズ',
    closesAt: FUTURE,
    session: {
      id: 's1',
      title: '第1期',
      venueName: '小美玉市四季文化館',
      isOnline: false,
      feeYen: null,
      meetings: [
        { id: 'm1', startsAt: '2027-01-09T01:00:00Z', endsAt: '2027-01-09T03:00:00Z' },
        { id: 'm2', startsAt: '2027-01-16T01:00:00Z', endsAt: '2027-01-16T03:00:00Z' },
      ],
      questions: [
        { id: 'q1', kind: 'text', label: '学びたいこと', choices: [], required: true, position: 0 },
      ],
      childcareCapacity: 4,
      childcareSeatsLeft: 2,
      childcareMinAgeMonths: 6,
      childcareMaxAgeMonths: 72,
      ...session,
    },
  };
}

describe(MyNominationsComponent.name, () => {
  const service = { mine: jest.fn(), accept: jest.fn(), decline: jest.fn() };

  async function render() {
    TestBed.configureTestingModule({
      imports: [MyNominationsComponent],
      providers: [provideRouter([]), { provide: SeatPoolsService, useValue: service }],
    });
    const fixture = TestBed.createComponent(MyNominationsComponent);
    const answered: string[] = [];
    fixture.componentInstance.answered.subscribe((m) => answered.push(m));
    document.body.appendChild(fixture.nativeElement);
    await settle(fixture);
    return { fixture, el: fixture.nativeElement as HTMLElement, answered };
  }

  async function settle(fixture: { whenStable(): Promise<unknown>; detectChanges(): void }) {
    await fixture.whenStable();
    fixture.detectChanges();
    await fixture.whenStable();
    fixture.detectChanges();
  }

  const q = <T extends Element = HTMLElement>(el: HTMLElement, testId: string) =>
    el.querySelector(`[data-testid="${testId}"]`) as T | null;

  function type(el: HTMLElement, testId: string, value: string) {
    const input = q<HTMLInputElement>(el, testId);
    if (!input) throw new Error(`no ${testId}`);
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  const submit = (el: HTMLElement) => q(el, 'nomination-form')?.dispatchEvent(new Event('submit'));

  beforeEach(() => {
    jest.clearAllMocks();
    document.body.innerHTML = '';
  });

  it('says when and where the session is, and links to its page', async () => {
    service.mine.mockResolvedValue([nomination()]);
    const { el } = await render();
    const facts = q(el, 'nomination-facts')?.textContent?.replace(/\s+/g, ' ');
    expect(facts).toContain('2027年1月9日');
    expect(facts).toContain('（全2回）');
    expect(facts).toContain('小美玉市四季文化館');
    expect(el.querySelector('h3 a')?.getAttribute('href')).toBe('/seminars/sessions/s1');
  });

  it('accepts in one click when the session asks nothing', async () => {
    service.mine.mockResolvedValue([nomination({ questions: [], childcareCapacity: 0 })]);
    service.accept.mockResolvedValue({});
    const { fixture, el, answered } = await render();
    q<HTMLButtonElement>(el, 'nomination-accept')?.click();
    await settle(fixture);
    expect(q(el, 'nomination-form')).toBeNull();
    expect(service.accept).toHaveBeenCalledWith({ nominationId: 'n1' });
    expect(answered).toEqual(['「推薦講座」の申し込みが確定しました。']);
  });

  it('opens the questions and childcare in her card, focused, and sends her answers and children', async () => {
    service.mine.mockResolvedValue([nomination()]);
    service.accept.mockResolvedValue({});
    const { fixture, el, answered } = await render();
    q<HTMLButtonElement>(el, 'nomination-accept')?.click();
    await settle(fixture);
    expect(service.accept).not.toHaveBeenCalled();
    const title = q(el, 'nomination-form-title');
    expect(q(el, 'nomination-n1')?.contains(q(el, 'nomination-form'))).toBe(true);
    expect(document.activeElement).toBe(title);
    expect(q(el, 'childcare-section')?.textContent).toContain('2');
    expect(q(el, 'childcare-full')).toBeNull();

    submit(el);
    await settle(fixture);
    expect(service.accept).not.toHaveBeenCalled();
    expect(q(el, 'question-0')?.closest('tsu-form-field')?.textContent).toContain('入力してください');

    type(el, 'question-0', ' 営業の基礎 ');
    q<HTMLInputElement>(el, 'childcare-checkbox')?.click();
    await settle(fixture);
    type(el, 'child-0-years', '2');
    type(el, 'child-0-months', '3');
    submit(el);
    await settle(fixture);
    expect(service.accept).toHaveBeenCalledWith({
      nominationId: 'n1',
      childcare: true,
      childAgesMonths: [27],
      ifChildcareFull: 'WAIT',
      answers: [{ questionId: 'q1', value: '営業の基礎' }],
    });
    expect(answered).toEqual(['「推薦講座」の申し込みが確定しました。']);
    expect(service.mine).toHaveBeenCalledTimes(2);
  });

  it('shows the API’s field message at its field and changes nothing else', async () => {
    service.mine.mockResolvedValue([nomination({ childcareCapacity: 0 })]);
    service.accept.mockRejectedValue({
      graphQLErrors: [
        {
          message: '入力内容を確認してください。',
          extensions: { code: 'BAD_USER_INPUT', fields: { 'answers.q1': '回答が長すぎます。' } },
        },
      ],
    });
    const { fixture, el, answered } = await render();
    q<HTMLButtonElement>(el, 'nomination-accept')?.click();
    await settle(fixture);
    expect(q(el, 'childcare-section')).toBeNull();
    type(el, 'question-0', '答え');
    submit(el);
    await settle(fixture);
    expect(q(el, 'question-0')?.closest('tsu-form-field')?.textContent).toContain('回答が長すぎます。');
    expect(answered).toEqual([]);
    expect(q(el, 'nomination-form')).not.toBeNull();
  });

  it('closes the form without sending, focus back on the accept button', async () => {
    service.mine.mockResolvedValue([nomination()]);
    const { fixture, el } = await render();
    q<HTMLButtonElement>(el, 'nomination-accept')?.click();
    await settle(fixture);
    q<HTMLButtonElement>(el, 'nomination-form-cancel')?.click();
    await settle(fixture);
    expect(q(el, 'nomination-form')).toBeNull();
    expect(document.activeElement).toBe(q(el, 'nomination-accept'));
    expect(service.accept).not.toHaveBeenCalled();
  });
});
