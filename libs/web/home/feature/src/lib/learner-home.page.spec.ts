import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { EnrolmentService } from '@tsunagu/web/enrolment/data-access';
import { SessionStore } from '@tsunagu/web/shared/data-access';
import { LearnerHomePage } from './learner-home.page';

function enrolment(id: string, status: string, title: string, startsAt: string, certificate: unknown = null) {
  return {
    id,
    status,
    certificate,
    session: { course: { title }, meetings: [{ id: `${id}-m`, startsAt, endsAt: startsAt }] },
  };
}

describe(LearnerHomePage.name, () => {
  async function render(mine: unknown[] | Error) {
    TestBed.configureTestingModule({
      imports: [LearnerHomePage],
      providers: [
        provideRouter([]),
        {
          provide: EnrolmentService,
          useValue: {
            myEnrolments:
              mine instanceof Error ? jest.fn().mockRejectedValue(mine) : jest.fn().mockResolvedValue(mine),
          },
        },
        {
          provide: SessionStore,
          useValue: { user: signal({ familyName: '山田', givenName: '花子', memberships: [] }) },
        },
      ],
    });
    const fixture = TestBed.createComponent(LearnerHomePage);
    await fixture.whenStable();
    fixture.detectChanges();
    return fixture.nativeElement as HTMLElement;
  }

  it('lists her coming seminars, soonest first, and leaves out cancelled ones', async () => {
    const el = await render([
      enrolment('b', 'waitlisted', 'マーケティングセミナー', '2099-07-01T01:00:00Z'),
      enrolment('a', 'confirmed', '女性リーダー育成講座', '2099-06-01T01:00:00Z'),
      enrolment('c', 'cancelled', '起業準備セミナー', '2099-05-01T01:00:00Z'),
    ]);
    const items = Array.from(el.querySelectorAll('[data-testid="learner-coming"] li .title')).map((e) =>
      e.textContent?.trim(),
    );
    expect(items).toEqual(['女性リーダー育成講座', 'マーケティングセミナー']);
  });

  it('shows the empty state when she has none', async () => {
    const el = await render([]);
    expect(el.querySelector('[data-testid="learner-coming"]')).toBeNull();
    expect(el.textContent).toContain('申し込んだセミナーはまだありません');
  });

  // The employee who completed a seminar was told she had none.
  it('shows the seminars she completed, with their certificates, instead of saying she has none', async () => {
    const el = await render([
      enrolment('p', 'completed', '女性リーダー育成講座', '2026-01-10T01:00:00Z', {
        id: 'c1',
        verificationCode: 'ABCD-1234',
        issuedAt: '2026-01-10T06:00:00Z',
      }),
      enrolment('x', 'cancelled', '起業準備セミナー', '2099-05-01T01:00:00Z'),
    ]);
    expect(el.querySelector('[data-testid="learner-completed"]')?.textContent).toContain(
      '女性リーダー育成講座',
    );
    expect(el.querySelector('[data-testid="learner-certificate"]')?.textContent).toContain('修了証あり');
    expect(el.querySelector('[data-testid="to-certificates"]')?.getAttribute('href')).toBe('/my/seminars');
    expect(el.textContent).not.toContain('申し込んだセミナーはまだありません');
  });

  it('says when her seminars could not be loaded and offers to reload, instead of "none"', async () => {
    const el = await render(new TypeError('Failed to fetch'));
    expect(el.querySelector('[data-testid="load-error"]')?.textContent).toContain(
      'サーバーに接続できませんでした',
    );
    expect(el.querySelector('[data-testid="load-error-retry"]')).not.toBeNull();
    expect(el.textContent).not.toContain('申し込んだセミナーはまだありません');
  });

  it('says plainly that consultations are coming, not that she has none', async () => {
    const el = await render([]);
    expect(el.querySelector('[data-testid="coming-soon"]')?.textContent).toContain('準備中');
  });
});
