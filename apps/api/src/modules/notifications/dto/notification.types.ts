import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsBoolean } from 'class-validator';
import { OneOf } from '../../../core/graphql/validation';
import { NOTIFICATION_KIND_NAMES, type ChannelName, type NotificationKind } from '../notification-kinds';
import type { DeliveryStatus } from '../notification.entity';

/** GraphQL names in capitals (`ENROLMENT_CONFIRMED`), values the stored kinds (`enrolment_confirmed`). */
function upperEnum<T extends string>(values: readonly T[]): Record<string, T> {
  return Object.fromEntries(values.map((v) => [v.toUpperCase(), v]));
}

export const NotificationKindEnum = upperEnum<NotificationKind>(NOTIFICATION_KIND_NAMES);
export const NotificationChannelEnum = upperEnum<ChannelName>(['email', 'in_app', 'line']);
export const DeliveryStatusEnum = upperEnum<DeliveryStatus>(['pending', 'sent', 'failed']);

registerEnumType(NotificationKindEnum, { name: 'NotificationKind' });
registerEnumType(NotificationChannelEnum, { name: 'NotificationChannel' });
registerEnumType(DeliveryStatusEnum, { name: 'DeliveryStatus' });

@ObjectType('Notification')
export class NotificationView {
  @Field(() => ID)
  id: string;

  @Field(() => NotificationKindEnum)
  kind: NotificationKind;

  @Field({ description: "In the viewer's language" })
  title: string;

  @Field({ description: "In the viewer's language" })
  summary: string;

  @Field(() => String, { nullable: true, description: 'The app path it is about' })
  link: string | null;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  readAt: Date | null;
}

@ObjectType()
export class NotificationPage {
  @Field(() => [NotificationView])
  items: NotificationView[];

  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page; null on the last' })
  nextCursor: string | null;

  @Field(() => Int)
  unreadCount: number;
}

@ObjectType()
export class NotificationPreference {
  @Field(() => NotificationKindEnum)
  kind: NotificationKind;

  @Field()
  email: boolean;

  @Field()
  inApp: boolean;

  @Field()
  line: boolean;

  @Field({ description: 'Cannot be switched off entirely: the in-app record is always kept' })
  transactional: boolean;
}

@InputType()
export class NotificationPreferenceInput {
  @Field(() => NotificationKindEnum)
  @OneOf(NOTIFICATION_KIND_NAMES)
  kind: NotificationKind;

  @Field()
  @IsBoolean()
  email: boolean;

  @Field()
  @IsBoolean()
  inApp: boolean;

  @Field()
  @IsBoolean()
  line: boolean;
}

@ObjectType()
export class NotificationDelivery {
  @Field(() => ID)
  id: string;

  @Field(() => NotificationKindEnum)
  kind: NotificationKind;

  @Field(() => NotificationChannelEnum)
  channel: ChannelName;

  @Field(() => DeliveryStatusEnum)
  status: DeliveryStatus;

  @Field(() => ID)
  recipientId: string;

  @Field(() => Int)
  attempts: number;

  @Field(() => String, { nullable: true, description: 'An SMTP code or a short reason; no personal data' })
  lastError: string | null;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  sentAt: Date | null;

  @Field(() => Date, { nullable: true })
  failedAt: Date | null;
}
