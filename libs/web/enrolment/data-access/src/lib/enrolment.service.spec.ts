import { TestBed } from '@angular/core/testing';
import { FileDownloader } from '@tsunagu/web/shared/data-access';
import { Apollo } from 'apollo-angular';
import { of } from 'rxjs';
import { answersToSend, EnrolmentService, splitMonths, toMonths } from './enrolment.service';
import { groupEnrolments, seminarGroup } from './grouping';
import { matchesName, staffSessionRows } from './roster.service';

describe('toMonths', () => {
  it('adds years and months, either part may be left empty', () => {
    expect(toMonths('1', '6')).toBe(18);
    expect(toMonths('2', '')).toBe(24);
    expect(toMonths('', '9')).toBe(9);
    expect(splitMonths(18)).toEqual({ years: 1, months: 6 });
  });

  it('refuses blanks, negatives and fractions', () => {
    expect(toMonths('', '')).toBeNull();
    expect(toMonths('-1', '0')).toBeNull();
    expect(toMonths('1.5', '0')).toBeNull();
  });
});

describe('answersToSend', () => {
  it('trims answers and leaves out empty optional ones', () => {
    expect(answersToSend({ q1: ' SNS ', q2: '   ', q3: 'yes' })).toEqual([
      { questionId: 'q1', value: 'SNS' },
      { questionId: 'q3', value: 'yes' },
    ]);
  });
});

describe('groupEnrolments', () => {
  const now = new Date('2026-06-01T00:00:00Z');
  const at = (start: string, end: string) => ({ meetings: [{ startsAt: start, endsAt: end }] });
  const future = at('2026-07-01T01:00:00Z', '2026-07-01T03:00:00Z');
  const past = at('2026-05-01T01:00:00Z', '2026-05-01T03:00:00Z');

  it('puts each status in its section; confirmed ones whose last meeting ended are past', () => {
    expect(seminarGroup({ status: 'confirmed', session: future }, now)).toBe('upcoming');
    expect(seminarGroup({ status: 'confirmed', session: past }, now)).toBe('past');
    expect(seminarGroup({ status: 'completed', session: past }, now)).toBe('past');
    expect(seminarGroup({ status: 'waitlisted', session: future }, now)).toBe('waitlist');
    expect(seminarGroup({ status: 'applied', session: future }, now)).toBe('lottery');
    expect(seminarGroup({ status: 'cancelled', session: future }, now)).toBe('cancelled');
  });

  it('orders upcoming seminars soonest first', () => {
    const later = {
      id: 'b',
      status: 'confirmed' as const,
      session: at('2026-08-01T01:00:00Z', '2026-08-01T02:00:00Z'),
    };
    const sooner = { id: 'a', status: 'confirmed' as const, session: future };
    const groups = groupEnrolments([later, sooner], now);
    expect(groups.upcoming.map((e) => e.id)).toEqual(['a', 'b']);
    expect(groups.waitlist).toEqual([]);
  });
});

describe('staffSessionRows', () => {
  it('flattens courses into sessions with confirmed seats, soonest first', () => {
    const rows = staffSessionRows(
      [
        {
          id: 'c1',
          title: '女性リーダー育成講座',
          sessions: [
            {
              id: 's2',
              title: '第2期',
              status: 'scheduled',
              capacity: 30,
              seatsLeft: 30,
              waitlistCount: 0,
              registrationMode: 'first_come',
              registrationClosesAt: '2026-08-20T08:00:00Z',
              drawnAt: null,
              meetings: [{ id: 'm3', startsAt: '2026-09-01T01:00:00Z' }],
            },
            {
              id: 's1',
              title: '第1期',
              status: 'scheduled',
              capacity: 30,
              seatsLeft: 25,
              waitlistCount: 0,
              registrationMode: 'lottery',
              registrationClosesAt: '2026-06-20T08:00:00Z',
              drawnAt: '2026-06-21T03:00:00Z',
              meetings: [
                { id: 'm2', startsAt: '2026-07-08T01:00:00Z' },
                { id: 'm1', startsAt: '2026-07-01T01:00:00Z' },
              ],
            },
          ],
        },
      ],
      new Date('2026-06-25T00:00:00Z'),
    );
    expect(rows.map((r) => r.sessionId)).toEqual(['s1', 's2']);
    expect(rows[0]).toMatchObject({
      confirmed: 5,
      capacity: 30,
      lottery: true,
      firstStartsAt: '2026-07-01T01:00:00Z',
    });
  });

  it('puts what is over after what is to come, and flags a lottery waiting to be drawn', () => {
    const session = (id: string, startsAt: string, extra: Partial<Record<string, unknown>> = {}) => ({
      id,
      title: id,
      status: 'scheduled',
      capacity: 2,
      seatsLeft: 0,
      waitlistCount: 3,
      registrationMode: 'first_come',
      registrationClosesAt: '2026-01-01T00:00:00Z',
      drawnAt: null,
      meetings: [{ id: `m-${id}`, startsAt }],
      ...extra,
    });
    const rows = staffSessionRows(
      [
        {
          id: 'c',
          title: '講座',
          sessions: [
            session('long-ago', '2026-01-10T01:00:00Z'),
            session('soon', '2026-07-01T01:00:00Z', { registrationMode: 'lottery' }),
            session('recent', '2026-06-01T01:00:00Z'),
            session('later', '2026-09-01T01:00:00Z', {
              registrationMode: 'lottery',
              registrationClosesAt: '2026-08-01T00:00:00Z',
            }),
          ],
        },
      ] as never,
      new Date('2026-06-25T00:00:00Z'),
    );
    expect(rows.map((r) => r.sessionId)).toEqual(['soon', 'later', 'recent', 'long-ago']);
    expect(rows.map((r) => r.drawable)).toEqual([true, false, false, false]);
    expect(rows.map((r) => r.past)).toEqual([false, false, true, true]);
    expect(rows[0]?.waitlisted).toBe(3);
  });
});

describe('matchesName', () => {
  const entry = {
    learner: { familyName: '山田', givenName: '花子', familyNameKana: 'ヤマダ', givenNameKana: 'ハナコ' },
  } as never;
  it('finds her by name or kana, with or without the space', () => {
    expect(matchesName(entry, '山田 花子')).toBe(true);
    expect(matchesName(entry, '山田花子')).toBe(true);
    expect(matchesName(entry, 'ハナコ')).toBe(true);
    expect(matchesName(entry, '佐藤')).toBe(false);
  });

  it('finds her reading in hiragana, half-width katakana and with a full-width space', () => {
    expect(matchesName(entry, 'やまだ')).toBe(true);
    expect(matchesName(entry, 'ﾔﾏﾀﾞ ﾊﾅｺ')).toBe(true);
    expect(matchesName(entry, 'やまだ　はなこ')).toBe(true);
  });
});

describe(EnrolmentService.name, () => {
  it('sends no child ages without childcare and maps the enrolment', async () => {
    const mutate = jest.fn().mockReturnValue(of({ data: { enrol: { id: 'e1', status: 'confirmed' } } }));
    TestBed.configureTestingModule({
      providers: [
        { provide: Apollo, useValue: { mutate } },
        { provide: FileDownloader, useValue: { download: jest.fn() } },
      ],
    });
    const service = TestBed.inject(EnrolmentService);
    const result = await service.enrol({
      sessionId: 's1',
      childcare: false,
      childAgesMonths: [12],
      ifChildcareFull: 'WAIT',
      answers: [{ questionId: 'q1', value: 'SNS' }],
    });
    expect(result).toEqual({ id: 'e1', status: 'confirmed' });
    expect(mutate.mock.calls[0][0].variables.input).toEqual({
      sessionId: 's1',
      childcare: false,
      childAgesMonths: [],
      ifChildcareFull: 'WAIT',
      answers: [{ questionId: 'q1', value: 'SNS' }],
    });
  });

  it('downloads the certificate from its file route', async () => {
    const download = jest.fn().mockResolvedValue(undefined);
    TestBed.configureTestingModule({
      providers: [
        { provide: Apollo, useValue: {} },
        { provide: FileDownloader, useValue: { download } },
      ],
    });
    await TestBed.inject(EnrolmentService).downloadCertificate('e1');
    expect(download).toHaveBeenCalledWith('/api/enrolments/e1/certificate.pdf', 'certificate.pdf');
  });
});
