import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LIMITS } from '@tsunagu/shared/domain';
import { IsDate, IsOptional } from 'class-validator';
import {
  IntRange,
  MaxChars,
  MinChars,
  OneOf,
  OptionalValue,
  Required,
  Trimmed,
  Uuid,
} from '../../../../core/graphql/validation';
import type { GroupMemberStatus } from '../../../organisations';
import {
  ATTENDANCE_STATUSES,
  AttendanceStatusEnum,
  GROUP_POST_KINDS,
  GroupPostKindEnum,
  type AttendanceStatus,
  type GroupPostKind,
} from '../group-board.entity';

const L = LIMITS.companyGroup;
const invalid = { message: JSON.stringify({ key: 'validation.invalid', params: {} }) };

const GROUP_MEMBER_STATUSES: readonly GroupMemberStatus[] = ['invited', 'member', 'declined', 'left'];
export const GroupMemberStatusEnum = Object.fromEntries(GROUP_MEMBER_STATUSES.map((s) => [s, s])) as Record<
  GroupMemberStatus,
  GroupMemberStatus
>;
registerEnumType(GroupMemberStatusEnum, {
  name: 'GroupMemberStatus',
  description: 'invited (it accepts or declines), member (joinedAt), declined, left (leftAt)',
});

/** What the caller may do in the group (for the pages: which buttons to show). */
@ObjectType('CompanyGroupViewer')
export class CompanyGroupViewer {
  @Field({ description: 'She runs the group: edits it, invites and removes companies, names coordinators' })
  manages: boolean;

  @Field({ description: 'She coordinates the group' })
  coordinates: boolean;

  @Field({ description: 'She reads and writes on its board' })
  onBoard: boolean;

  @Field({ description: 'She may post decisions and meetings' })
  records: boolean;

  @Field(() => [ID], { description: 'Her companies that are current members (she writes for them)' })
  memberCompanyIds: string[];

  @Field(() => [ID], { description: 'Her companies invited and yet to answer' })
  invitedCompanyIds: string[];
}

/** A company group (企業グループ): owned by a secretariat, with member companies and a board. */
@ObjectType('CompanyGroup')
export class CompanyGroup {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true, description: '規約・目的' })
  charter: string | null;

  @Field(() => Int, { nullable: true, description: 'The April–March year it plans (2026 = 2026年度)' })
  fiscalYear: number | null;

  @Field(() => ID)
  ownerOrganisationId: string;

  @Field()
  ownerName: string;

  @Field()
  createdAt: Date;

  @Field(() => CompanyGroupViewer)
  viewer: CompanyGroupViewer;
}

/** One membership of a company in a group, current, pending or past: the history is never deleted. */
@ObjectType('CompanyGroupMember')
export class CompanyGroupMember {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  organisationId: string;

  @Field()
  organisationName: string;

  @Field(() => GroupMemberStatusEnum)
  status: GroupMemberStatus;

  @Field(() => Date, { nullable: true })
  invitedAt: Date | null;

  @Field(() => Date, { nullable: true })
  joinedAt: Date | null;

  @Field(() => Date, { nullable: true })
  declinedAt: Date | null;

  @Field(() => Date, { nullable: true })
  leftAt: Date | null;
}

@ObjectType('GroupCoordinator', { description: 'Secretariat staff of the owner who run the group' })
export class GroupCoordinator {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  userId: string;

  @Field()
  familyName: string;

  @Field()
  givenName: string;

  @Field()
  addedAt: Date;

  @Field(() => Date, { nullable: true })
  removedAt: Date | null;
}

@ObjectType('MeetingAttendance', { description: "A member company's answer for a meeting" })
export class MeetingAttendance {
  @Field(() => ID)
  organisationId: string;

  @Field()
  organisationName: string;

  @Field(() => AttendanceStatusEnum)
  status: AttendanceStatus;

  @Field()
  updatedAt: Date;
}

@InputType()
export class CreateCompanyGroupInput {
  @Field(() => ID, { description: 'The secretariat that owns it (her organisation)' })
  @Uuid()
  ownerOrganisationId: string;

  @Field()
  @Trimmed()
  @Required()
  @MinChars(L.name.min)
  @MaxChars(L.name.max)
  name: string;

  @Field(() => String, { nullable: true })
  @Trimmed()
  @OptionalValue()
  @MaxChars(L.charter.max)
  charter?: string | null;

  @Field(() => Int, { nullable: true })
  @OptionalValue()
  @IntRange(L.fiscalYear.min, L.fiscalYear.max)
  fiscalYear?: number | null;
}

/** Fields left out stay; `charter: null` clears it. */
@InputType()
export class UpdateCompanyGroupInput {
  @Field(() => ID)
  @Uuid()
  groupId: string;

  @Field(() => String, { nullable: true })
  @Trimmed()
  @OptionalValue()
  @MinChars(L.name.min)
  @MaxChars(L.name.max)
  name?: string | null;

  @Field(() => String, { nullable: true })
  @Trimmed()
  @OptionalValue()
  @MaxChars(L.charter.max)
  charter?: string | null;

  @Field(() => Int, { nullable: true })
  @OptionalValue()
  @IntRange(L.fiscalYear.min, L.fiscalYear.max)
  fiscalYear?: number | null;
}

@InputType()
export class CreateGroupPostInput {
  @Field(() => ID)
  @Uuid()
  groupId: string;

  @Field(() => GroupPostKindEnum)
  @OneOf(GROUP_POST_KINDS)
  kind: GroupPostKind;

  @Field()
  @Trimmed()
  @Required()
  @MinChars(L.post.title.min)
  @MaxChars(L.post.title.max)
  title: string;

  @Field()
  @Trimmed()
  @Required()
  @MinChars(L.post.body.min)
  @MaxChars(L.post.body.max)
  body: string;

  @Field(() => Date, { nullable: true, description: 'Required for a meeting, and only for it' })
  @IsOptional()
  @IsDate(invalid)
  startsAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'A meeting: where' })
  @Trimmed()
  @OptionalValue()
  @MaxChars(L.post.place.max)
  place?: string | null;
}

@InputType({ description: 'Her own post, edited: the kind stays; a meeting keeps a date' })
export class EditGroupPostInput {
  @Field(() => ID)
  @Uuid()
  postId: string;

  @Field()
  @Trimmed()
  @Required()
  @MinChars(L.post.title.min)
  @MaxChars(L.post.title.max)
  title: string;

  @Field()
  @Trimmed()
  @Required()
  @MinChars(L.post.body.min)
  @MaxChars(L.post.body.max)
  body: string;

  @Field(() => Date, { nullable: true, description: 'Required for a meeting, and only for it' })
  @IsOptional()
  @IsDate(invalid)
  startsAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'A meeting: where' })
  @Trimmed()
  @OptionalValue()
  @MaxChars(L.post.place.max)
  place?: string | null;
}

@InputType()
export class CommentOnGroupPostInput {
  @Field(() => ID)
  @Uuid()
  postId: string;

  @Field()
  @Trimmed()
  @Required()
  @MinChars(L.comment.min)
  @MaxChars(L.comment.max)
  body: string;
}

@InputType()
export class SetMeetingAttendanceInput {
  @Field(() => ID)
  @Uuid()
  postId: string;

  @Field(() => ID, { description: 'Her company, a current member of the group' })
  @Uuid()
  organisationId: string;

  @Field(() => AttendanceStatusEnum)
  @OneOf(ATTENDANCE_STATUSES)
  status: AttendanceStatus;
}
