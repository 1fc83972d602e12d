import { sessionProblems, type SessionDraft } from './session-rules';

const at = (iso: string) => new Date(`${iso}+09:00`);

function draft(overrides: Partial<SessionDraft> = {}): SessionDraft {
  return {
    venueName: '小美玉市四季文化館',
    isOnline: false,
    childcareMinAgeMonths: 6,
    childcareMaxAgeMonths: 72,
    registrationOpensAt: at('2026-05-01T09:00:00'),
    registrationClosesAt: at('2026-05-31T17:00:00'),
    cancellationDeadline: at('2026-06-05T17:00:00'),
    registrationMode: 'first_come',
    drawAt: null,
    completionRule: 'all',
    completionMinMeetings: null,
    meetings: [
      { startsAt: at('2026-06-06T10:00:00'), endsAt: at('2026-06-06T12:00:00') },
      { startsAt: at('2026-06-13T10:00:00'), endsAt: at('2026-06-13T12:00:00') },
    ],
    questions: [{ kind: 'text' }],
    ...overrides,
  };
}

const fields = (d: SessionDraft) => sessionProblems(d).map((p) => `${p.field}:${p.key}`);

describe(sessionProblems.name, () => {
  it('accepts a consistent session', () => {
    expect(sessionProblems(draft())).toEqual([]);
  });

  it('names the meeting that ends before it starts', () => {
    const meetings = [
      ...draft().meetings,
      { startsAt: at('2026-06-20T12:00:00'), endsAt: at('2026-06-20T10:00:00') },
    ];
    expect(fields(draft({ meetings }))).toEqual(['meetings.2.endsAt:catalogue.endsBeforeStart']);
  });

  it('needs registration to close after it opens and by the first meeting', () => {
    expect(
      fields(
        draft({
          registrationClosesAt: at('2026-04-30T00:00:00'),
          cancellationDeadline: at('2026-05-02T00:00:00'),
        }),
      ),
    ).toEqual(['registrationClosesAt:catalogue.closesBeforeOpens']);
    expect(fields(draft({ registrationClosesAt: at('2026-06-07T00:00:00') }))).toEqual([
      'registrationClosesAt:catalogue.closesAfterFirstMeeting',
    ]);
  });

  it('keeps the cancellation deadline within the window', () => {
    expect(fields(draft({ cancellationDeadline: at('2026-06-06T11:00:00') }))).toEqual([
      'cancellationDeadline:catalogue.cancellationDeadlineOutOfWindow',
    ]);
  });

  it('needs a lottery draw after registration closes and before the first meeting', () => {
    expect(fields(draft({ registrationMode: 'lottery' }))).toEqual(['drawAt:catalogue.drawAtRequired']);
    expect(fields(draft({ registrationMode: 'lottery', drawAt: at('2026-05-20T12:00:00') }))).toEqual([
      'drawAt:catalogue.drawAtOutOfWindow',
    ]);
    expect(fields(draft({ registrationMode: 'lottery', drawAt: at('2026-06-01T12:00:00') }))).toEqual([]);
  });

  it('needs a reachable minimum for the at_least completion rule', () => {
    expect(fields(draft({ completionRule: 'at_least' }))).toEqual([
      'completionMinMeetings:catalogue.completionMinMeetingsRequired',
    ]);
    expect(fields(draft({ completionRule: 'at_least', completionMinMeetings: 3 }))).toEqual([
      'completionMinMeetings:catalogue.completionMinMeetingsTooMany',
    ]);
  });

  it('checks ages, venue and choice questions', () => {
    expect(
      fields(
        draft({
          childcareMinAgeMonths: 24,
          childcareMaxAgeMonths: 12,
          venueName: null,
          questions: [{ kind: 'choice', choices: ['はい'] }],
        }),
      ),
    ).toEqual([
      'venueName:catalogue.venueOrOnline',
      'childcareMaxAgeMonths:catalogue.childAgesReversed',
      'questions.0.choices:catalogue.choicesRequired',
    ]);
  });
});
