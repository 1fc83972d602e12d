import { Injectable, inject } from '@angular/core';
import {
  NotificationOutboxDocument,
  RetryNotificationDeliveryDocument,
  type DeliveryStatus,
  type OutboxDeliveryFragment,
} from '@tsunagu/web/shared/data-access';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';

export type OutboxDelivery = OutboxDeliveryFragment;
export const DELIVERY_STATUSES: readonly DeliveryStatus[] = ['FAILED', 'PENDING', 'SENT'];

/** The staff outbox: deliveries by status (failed first), and sending a failed one again. */
@Injectable({ providedIn: 'root' })
export class OutboxService {
  private readonly apollo = inject(Apollo);

  async deliveries(status: DeliveryStatus): Promise<OutboxDelivery[]> {
    const result = await firstValueFrom(
      this.apollo.query({
        query: NotificationOutboxDocument,
        variables: { status, first: 50 },
        fetchPolicy: 'no-cache',
      }),
    );
    if (!result.data) throw result.error ?? new Error('notificationOutbox returned no data');
    return [...result.data.notificationOutbox];
  }

  async retry(id: string): Promise<OutboxDelivery> {
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: RetryNotificationDeliveryDocument, variables: { id } }),
    );
    if (!result.data) throw result.error ?? new Error('retryNotificationDelivery returned no data');
    return result.data.retryNotificationDelivery;
  }
}
