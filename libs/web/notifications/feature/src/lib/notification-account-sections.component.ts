import { ChangeDetectionStrategy, Component } from '@angular/core';
import { CalendarFeedComponent } from './calendar-feed.component';
import { LineLinkComponent } from './line-link.component';
import { NotificationPreferencesComponent } from './notification-preferences.component';
import { NotificationSettingsStore } from './notification-settings.store';

/** The notifications domain's sections of the account page (`WebDomain.accountSections`). */
@Component({
  selector: 'tsu-notification-account-sections',
  imports: [NotificationPreferencesComponent, LineLinkComponent, CalendarFeedComponent],
  providers: [NotificationSettingsStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { style: 'display: contents' },
  template: `
    <tsu-notification-preferences />
    <tsu-line-link />
    <tsu-calendar-feed />
  `,
})
export class NotificationAccountSectionsComponent {}
