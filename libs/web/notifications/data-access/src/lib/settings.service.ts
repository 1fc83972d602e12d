import { Injectable, inject } from '@angular/core';
import {
  IssueCalendarFeedDocument,
  IssueLineLinkCodeDocument,
  MyCalendarFeedDocument,
  MyLineLinkDocument,
  MyNotificationPreferencesDocument,
  RevokeCalendarFeedDocument,
  SetNotificationPreferenceDocument,
  UnlinkLineDocument,
  type CalendarFeedStateFragment,
  type LineLinkStateFragment,
  type NotificationPreferenceItemFragment,
} from '@tsunagu/web/shared/data-access';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';

export type LineLinkState = LineLinkStateFragment;
export type CalendarFeedState = CalendarFeedStateFragment;
export type NotificationPreferenceRow = NotificationPreferenceItemFragment;

/** The account page's notification sections: preferences per kind, the LINE link, the calendar feed. */
@Injectable({ providedIn: 'root' })
export class NotificationSettingsService {
  private readonly apollo = inject(Apollo);

  async preferences(): Promise<NotificationPreferenceRow[]> {
    const result = await firstValueFrom(
      this.apollo.query({ query: MyNotificationPreferencesDocument, fetchPolicy: 'no-cache' }),
    );
    if (!result.data) throw result.error ?? new Error('myNotificationPreferences returned no data');
    return [...result.data.myNotificationPreferences];
  }

  async setPreference(
    row: Omit<NotificationPreferenceRow, 'transactional'>,
  ): Promise<NotificationPreferenceRow> {
    const result = await firstValueFrom(
      this.apollo.mutate({
        mutation: SetNotificationPreferenceDocument,
        variables: { input: { kind: row.kind, email: row.email, inApp: row.inApp, line: row.line } },
      }),
    );
    if (!result.data) throw result.error ?? new Error('setNotificationPreference returned no data');
    return result.data.setNotificationPreference;
  }

  async lineLink(): Promise<LineLinkState> {
    const result = await firstValueFrom(
      this.apollo.query({ query: MyLineLinkDocument, fetchPolicy: 'no-cache' }),
    );
    if (!result.data) throw result.error ?? new Error('myLineLink returned no data');
    return result.data.myLineLink;
  }

  async issueLineCode(): Promise<LineLinkState> {
    const result = await firstValueFrom(this.apollo.mutate({ mutation: IssueLineLinkCodeDocument }));
    if (!result.data) throw result.error ?? new Error('issueLineLinkCode returned no data');
    return result.data.issueLineLinkCode;
  }

  async unlinkLine(): Promise<LineLinkState> {
    const result = await firstValueFrom(this.apollo.mutate({ mutation: UnlinkLineDocument }));
    if (!result.data) throw result.error ?? new Error('unlinkLine returned no data');
    return result.data.unlinkLine;
  }

  async calendarFeed(): Promise<CalendarFeedState> {
    const result = await firstValueFrom(
      this.apollo.query({ query: MyCalendarFeedDocument, fetchPolicy: 'no-cache' }),
    );
    if (!result.data) throw result.error ?? new Error('myCalendarFeed returned no data');
    return result.data.myCalendarFeed;
  }

  /** Issues her feed URL; a second call re-issues it (the old URL stops working). */
  async issueCalendarFeed(): Promise<CalendarFeedState> {
    const result = await firstValueFrom(this.apollo.mutate({ mutation: IssueCalendarFeedDocument }));
    if (!result.data) throw result.error ?? new Error('issueCalendarFeed returned no data');
    return result.data.issueCalendarFeed;
  }

  async revokeCalendarFeed(): Promise<CalendarFeedState> {
    const result = await firstValueFrom(this.apollo.mutate({ mutation: RevokeCalendarFeedDocument }));
    if (!result.data) throw result.error ?? new Error('revokeCalendarFeed returned no data');
    return result.data.revokeCalendarFeed;
  }
}
