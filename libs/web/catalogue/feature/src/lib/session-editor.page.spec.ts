import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { CourseEditorService } from '@tsunagu/web/catalogue/data-access';
import { SessionEditorPage } from './session-editor.page';

function setup() {
  const createSession = jest.fn().mockResolvedValue('s-new');
  TestBed.configureTestingModule({
    providers: [provideRouter([]), { provide: CourseEditorService, useValue: { createSession } }],
  });
  const fixture = TestBed.createComponent(SessionEditorPage);
  fixture.componentRef.setInput('courseId', 'c1');
  const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
  const el = fixture.nativeElement as HTMLElement;
  const byTestId = <T extends HTMLElement>(id: string) =>
    el.querySelector(`[data-testid="${id}"]`) as T | null;
  const type = async (id: string, value: string) => {
    const input = byTestId<HTMLInputElement | HTMLSelectElement>(id)!;
    input.value = value;
    input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input'));
    await fixture.whenStable();
  };
  const submit = async () => {
    byTestId<HTMLButtonElement>('session-submit')!.click();
    await fixture.whenStable();
  };
  const errorOf = (id: string) => byTestId(`${id}-error`)?.textContent?.trim() ?? null;
  return { fixture, el, byTestId, type, submit, errorOf, createSession, navigate };
}

async function fillValid(t: ReturnType<typeof setup>) {
  await t.type('session-capacity', '20');
  await t.type('meeting-0-date', '2026-06-01');
  await t.type('meeting-0-start', '10:00');
  await t.type('meeting-0-end', '12:00');
  await t.type('session-opens', '2026-05-01T09:00');
  await t.type('session-closes', '2026-05-25T17:00');
  await t.type('session-cancel-deadline', '2026-05-29T17:00');
}

describe(SessionEditorPage.name, () => {
  it('starts with dates four weeks ahead, so only the seats are missing', async () => {
    const t = setup();
    await t.fixture.whenStable();
    const date = t.byTestId<HTMLInputElement>('meeting-0-date')!.value;
    const days = (Date.parse(date) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(26);
    expect(days).toBeLessThan(29);
    expect(t.byTestId<HTMLInputElement>('meeting-0-start')!.value).toBe('10:00');
    for (const id of ['session-opens', 'session-closes', 'session-cancel-deadline']) {
      expect(t.byTestId<HTMLInputElement>(id)!.value).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
    }
    await t.submit();
    expect(t.createSession).not.toHaveBeenCalled();
    expect(t.errorOf('session-capacity')).toBe('定員（名）：入力してください。');
    expect(t.errorOf('meeting-0-date')).toBeNull();
  });

  it('moves the closing dates with the first meeting, until she sets them herself', async () => {
    const t = setup();
    await t.fixture.whenStable();
    await t.type('meeting-0-date', '2027-04-10');
    expect(t.byTestId<HTMLInputElement>('session-closes')!.value).toBe('2027-04-03T17:00');
    expect(t.byTestId<HTMLInputElement>('session-cancel-deadline')!.value).toBe('2027-04-08T17:00');
    await t.type('session-closes', '2027-04-05T12:00');
    await t.type('meeting-0-date', '2027-04-17');
    expect(t.byTestId<HTMLInputElement>('session-closes')!.value).toBe('2027-04-05T12:00');
    expect(t.byTestId<HTMLInputElement>('session-cancel-deadline')!.value).toBe('2027-04-15T17:00');
  });

  it('refuses an emptied form with a message under each required field and no API call', async () => {
    const t = setup();
    await t.fixture.whenStable();
    await t.type('meeting-0-date', '');
    await t.type('session-opens', '');
    await t.submit();
    expect(t.createSession).not.toHaveBeenCalled();
    expect(t.errorOf('session-capacity')).toBe('定員（名）：入力してください。');
    expect(t.errorOf('meeting-0-date')).toBe('第1回 日付：入力してください。');
    expect(t.errorOf('session-opens')).toBe('受付開始：入力してください。');
    expect(t.byTestId('session-capacity')?.getAttribute('aria-invalid')).toBe('true');
    // The summary's title says it once; the form's general message does not repeat it.
    const summary = t.byTestId('session-form-error')?.textContent ?? '';
    expect(summary.match(/入力内容を確認してください/g)).toHaveLength(1);
  });

  it('checks end after start, closing after opening, a draw time for lotteries and a positive capacity', async () => {
    const t = setup();
    await t.fixture.whenStable();
    await fillValid(t);
    await t.type('session-capacity', '0');
    await t.type('meeting-0-end', '09:00');
    await t.type('session-closes', '2026-04-01T09:00');
    await t.type('session-mode', 'lottery');
    await t.type('session-draw', '');
    await t.submit();
    expect(t.createSession).not.toHaveBeenCalled();
    expect(t.errorOf('session-capacity')).toBe('定員（名）：1以上の数を入力してください。');
    expect(t.errorOf('meeting-0-end')).toBe('第1回 終了時刻：終了時刻は開始時刻より後にしてください。');
    expect(t.errorOf('session-closes')).toBe('受付終了：受付終了は受付開始より後にしてください。');
    expect(t.errorOf('session-draw')).toBe('抽選日時：入力してください。');
  });

  it('takes a fee from 0 to the shared limit; blank is free', async () => {
    const t = setup();
    await t.fixture.whenStable();
    await fillValid(t);
    await t.type('session-fee', '-1');
    await t.submit();
    expect(t.errorOf('session-fee')).toBe('参加費（円）：0以上の数を入力してください。');
    await t.type('session-fee', '1000001');
    await t.submit();
    expect(t.errorOf('session-fee')).toBe('参加費（円）：1000000以下の数を入力してください。');
    expect(t.createSession).not.toHaveBeenCalled();
    await t.type('session-fee', '');
    await t.submit();
    expect(t.createSession).toHaveBeenCalledWith(expect.objectContaining({ feeYen: null }));
  });

  it('asks for two choices on a choice question', async () => {
    const t = setup();
    await t.fixture.whenStable();
    await fillValid(t);
    t.byTestId<HTMLButtonElement>('add-question')!.click();
    await t.fixture.whenStable();
    await t.type('question-0-kind', 'choice');
    await t.type('question-0-label', 'この講座を何で知りましたか');
    await t.type('question-0-choices', '市報\n');
    await t.submit();
    expect(t.createSession).not.toHaveBeenCalled();
    expect(t.errorOf('question-0-choices')).toBe(
      '質問1 選択肢（1行に1つ）：選択肢を2つ以上入力してください。',
    );
  });

  it('sends the times as Tokyo time, with two meetings, and goes back to the course', async () => {
    const t = setup();
    await t.fixture.whenStable();
    await fillValid(t);
    await t.type('session-childcare', '5');
    await t.type('session-fee', '3000');
    await t.type('session-childcare-min', '6');
    await t.type('session-childcare-max', '72');
    t.byTestId<HTMLButtonElement>('add-meeting')!.click();
    await t.fixture.whenStable();
    await t.type('meeting-1-date', '2026-06-08');
    await t.submit();
    expect(t.createSession).toHaveBeenCalledWith(
      expect.objectContaining({
        courseId: 'c1',
        capacity: 20,
        childcareCapacity: 5,
        childcareMinAgeMonths: 6,
        childcareMaxAgeMonths: 72,
        feeYen: 3000,
        registrationOpensAt: '2026-05-01T00:00:00.000Z',
        registrationClosesAt: '2026-05-25T08:00:00.000Z',
        drawAt: null,
        meetings: [
          { startsAt: '2026-06-01T01:00:00.000Z', endsAt: '2026-06-01T03:00:00.000Z' },
          { startsAt: '2026-06-08T01:00:00.000Z', endsAt: '2026-06-08T03:00:00.000Z' },
        ],
      }),
    );
    expect(t.navigate).toHaveBeenCalledWith('/staff/courses/c1');
  });

  it("puts the API's nested field messages on the matching meeting field", async () => {
    const t = setup();
    t.createSession.mockRejectedValue(
      new CombinedGraphQLErrors({
        errors: [
          {
            message: '入力内容を確認してください。',
            extensions: { code: 'BAD_USER_INPUT', fields: { 'meetings.0.endsAt': '会議は重なっています。' } },
          },
        ],
      }),
    );
    await t.fixture.whenStable();
    await fillValid(t);
    await t.submit();
    await t.fixture.whenStable();
    expect(t.errorOf('meeting-0-end')).toBe('第1回 終了時刻：会議は重なっています。');
  });

  it('reminds participants 24 hours before by default, and sends the reminder hours she chooses', async () => {
    const t = setup();
    await t.fixture.whenStable();
    await fillValid(t);
    const select = t.byTestId<HTMLSelectElement>('session-reminder-hours')!;
    expect(select.selectedOptions[0]?.textContent?.trim()).toBe('開始24時間前');
    expect(select.options[0]?.textContent?.trim()).toBe('送らない');
    select.selectedIndex = 0;
    select.dispatchEvent(new Event('change'));
    await t.fixture.whenStable();
    await t.submit();
    expect(t.createSession).toHaveBeenCalledWith(expect.objectContaining({ reminderHoursBefore: 0 }));
  });
});
