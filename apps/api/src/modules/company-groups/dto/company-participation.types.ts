import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

/** One enrolment of an employee who shares her participation with the company. */
@ObjectType('EmployeeParticipation')
export class EmployeeParticipation {
  @Field(() => ID)
  enrolmentId: string;

  @Field(() => ID)
  userId: string;

  @Field()
  familyName: string;

  @Field()
  givenName: string;

  @Field(() => ID)
  sessionId: string;

  @Field()
  courseTitle: string;

  @Field(() => Date, { nullable: true, description: "The session's first meeting" })
  startsAt: Date | null;

  @Field({ description: 'applied, confirmed, waitlisted, cancelled or completed' })
  status: string;

  @Field(() => Int)
  attendedMeetings: number;

  @Field()
  completed: boolean;

  @Field(() => Date, { nullable: true, description: 'When her certificate (修了証) was issued' })
  certificateIssuedAt: Date | null;
}

/** One course's counts of employees who do not share; null where suppressed. */
@ObjectType('ParticipationCountsRow')
export class ParticipationCountsRow {
  @Field(() => ID)
  courseId: string;

  @Field()
  courseTitle: string;

  @Field(() => Int, { nullable: true, description: 'Enrolled and not (yet) completed' })
  enrolled: number | null;

  @Field(() => Int, { nullable: true })
  completed: number | null;

  @Field(() => Int, { nullable: true })
  total: number | null;
}

/**
 * Counts over the company's active employees who do not share their participation, per course, passed
 * through small-cell suppression: no shown count is 1–4 and no hidden one follows from the shown ones.
 */
@ObjectType('ParticipationCounts')
export class ParticipationCounts {
  @Field(() => [ParticipationCountsRow])
  courses: ParticipationCountsRow[];

  @Field(() => Int, { nullable: true })
  enrolledTotal: number | null;

  @Field(() => Int, { nullable: true })
  completedTotal: number | null;

  @Field(() => Int, { nullable: true })
  grandTotal: number | null;

  @Field(() => Int, { description: 'The smallest count shown (5): smaller ones are hidden' })
  minimum: number;

  @Field(() => Int)
  suppressedCount: number;
}

@ObjectType('CompanyParticipation')
export class CompanyParticipation {
  @Field(() => [EmployeeParticipation], { description: 'Employees who share their participation now' })
  employees: EmployeeParticipation[];

  @Field(() => ParticipationCounts, { description: 'Everyone else, in suppressed counts only' })
  others: ParticipationCounts;
}
