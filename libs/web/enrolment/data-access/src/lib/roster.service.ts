import { Injectable, inject } from '@angular/core';
import { matchesPersonName } from '@tsunagu/shared/domain';
import {
  CheckInDocument,
  DrawLotteryDocument,
  FileDownloader,
  MarkAttendanceDocument,
  SessionRosterDocument,
  StaffCancelEnrolmentDocument,
  StaffSessionsDocument,
  type AttendanceStatus,
  type RosterEntryFragment,
  type RosterSessionFragment,
  type StaffSessionsQuery,
} from '@tsunagu/web/shared/data-access';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';

export type RosterSession = RosterSessionFragment;
export type RosterEntry = RosterEntryFragment;
export type StaffCourse = StaffSessionsQuery['editableCourses'][number];

export interface StaffSessionRow {
  courseId: string;
  courseTitle: string;
  sessionId: string;
  sessionTitle: string;
  cancelled: boolean;
  lottery: boolean;
  firstStartsAt: string | null;
  confirmed: number;
  capacity: number;
  waitlisted: number;
  /** A lottery whose applications have closed and that nobody has drawn yet: work waiting for her. */
  drawable: boolean;
  /** Its last meeting has started. */
  past: boolean;
}

/**
 * One row per session of the courses she edits: what is still to come first, soonest first; then what
 * is over, most recent first; sessions without dates last.
 */
export function staffSessionRows(courses: readonly StaffCourse[], now = new Date()): StaffSessionRow[] {
  const rows = courses.flatMap((course) =>
    course.sessions.map((session) => {
      const starts = session.meetings.map((m) => m.startsAt).sort();
      const last = starts[starts.length - 1];
      const cancelled = session.status === 'cancelled';
      return {
        waitlisted: session.waitlistCount,
        drawable:
          !cancelled &&
          session.registrationMode === 'lottery' &&
          !session.drawnAt &&
          new Date(session.registrationClosesAt).getTime() <= now.getTime(),
        past: last !== undefined && new Date(last).getTime() < now.getTime(),
        courseId: course.id,
        courseTitle: course.title,
        sessionId: session.id,
        sessionTitle: session.title,
        cancelled: session.status === 'cancelled',
        lottery: session.registrationMode === 'lottery',
        firstStartsAt: starts[0] ?? null,
        confirmed: Math.max(0, session.capacity - session.seatsLeft),
        capacity: session.capacity,
      };
    }),
  );
  const undated = (r: StaffSessionRow) => r.firstStartsAt === null;
  return rows.sort(
    (a, b) =>
      Number(undated(a)) - Number(undated(b)) ||
      Number(a.past) - Number(b.past) ||
      (a.past
        ? (b.firstStartsAt ?? '').localeCompare(a.firstStartsAt ?? '')
        : (a.firstStartsAt ?? '').localeCompare(b.firstStartsAt ?? '')),
  );
}

/**
 * Name search on the check-in page: kanji or kana, hiragana or katakana, any width, with or without
 * spaces (the shared folding: さとう finds 佐藤 (サトウ)).
 */
export function matchesName(entry: Pick<RosterEntry, 'learner'>, query: string): boolean {
  return matchesPersonName(entry.learner, query);
}

/** The organisers' side: sessions they run, rosters, the lottery, check-in and exports. */
@Injectable({ providedIn: 'root' })
export class RosterService {
  private readonly apollo = inject(Apollo);
  private readonly files = inject(FileDownloader);

  async sessions(): Promise<StaffSessionRow[]> {
    const result = await firstValueFrom(
      this.apollo.query({ query: StaffSessionsDocument, fetchPolicy: 'network-only' }),
    );
    if (!result.data) throw result.error ?? new Error('editableCourses returned no data');
    return staffSessionRows(result.data.editableCourses);
  }

  async roster(sessionId: string): Promise<{ session: RosterSession; entries: RosterEntry[] }> {
    const result = await firstValueFrom(
      this.apollo.query({
        query: SessionRosterDocument,
        variables: { sessionId },
        fetchPolicy: 'network-only',
      }),
    );
    if (!result.data) throw result.error ?? new Error('sessionRoster returned no data');
    return { session: result.data.session, entries: [...result.data.sessionRoster] };
  }

  /** Draws with the seed the system committed to; nobody passes one. */
  async drawLottery(sessionId: string): Promise<RosterSession> {
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: DrawLotteryDocument, variables: { sessionId } }),
    );
    if (!result.data) throw result.error ?? new Error('drawLottery returned no data');
    return result.data.drawLottery;
  }

  async cancel(enrolmentId: string): Promise<RosterEntry> {
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: StaffCancelEnrolmentDocument, variables: { id: enrolmentId } }),
    );
    if (!result.data) throw result.error ?? new Error('cancelEnrolment returned no data');
    return result.data.cancelEnrolment;
  }

  async checkIn(sessionId: string, meetingId: string, code: string): Promise<RosterEntry> {
    const result = await firstValueFrom(
      this.apollo.mutate({
        mutation: CheckInDocument,
        variables: { sessionId, meetingId, code: code.trim() },
      }),
    );
    if (!result.data) throw result.error ?? new Error('checkIn returned no data');
    return result.data.checkIn;
  }

  async mark(enrolmentId: string, meetingId: string, status: AttendanceStatus): Promise<RosterEntry> {
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: MarkAttendanceDocument, variables: { enrolmentId, meetingId, status } }),
    );
    if (!result.data) throw result.error ?? new Error('markAttendance returned no data');
    return result.data.markAttendance;
  }

  exportRoster(sessionId: string, format: 'csv' | 'xlsx'): Promise<void> {
    return this.files.download(
      `/api/sessions/${encodeURIComponent(sessionId)}/roster.${format}`,
      `roster.${format}`,
    );
  }
}
