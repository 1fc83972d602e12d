import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { Certification } from '@tsunagu/shared/domain';
import { CertificationEnum } from '../../../core/graphql/enums';

/**
 * One company's employees who took part in the fiscal year, each counted once at the furthest stage she
 * reached (so the three stages add up to the participants); null where suppressed.
 */
@ObjectType('CrossCompanyRow')
export class CrossCompanyRow {
  @Field(() => ID)
  organisationId: string;

  @Field()
  companyName: string;

  @Field(() => [CertificationEnum], { description: 'Its certification marks (くるみん, えるぼし …)' })
  certifications: Certification[];

  @Field(() => Int, { nullable: true, description: 'Enrolled, not (yet) attended a meeting' })
  enrolled: number | null;

  @Field(() => Int, { nullable: true, description: 'Attended at least one meeting, not (yet) completed' })
  attended: number | null;

  @Field(() => Int, { nullable: true, description: 'Completed (修了) a course' })
  completed: number | null;

  @Field(() => Int, { nullable: true, description: 'Employees who took part: the three stages together' })
  total: number | null;
}

/**
 * Participation by company for the secretariat (issue 11): the approved companies of its programme and
 * its company groups, counts only, through small-cell suppression (no shown count is 1–4 and no hidden
 * one follows from the shown ones, totals included).
 */
@ObjectType('CrossCompanyOverview')
export class CrossCompanyOverview {
  @Field(() => Int, { description: 'April–March, by the year it starts' })
  fiscalYear: number;

  @Field(() => [CrossCompanyRow])
  companies: CrossCompanyRow[];

  @Field(() => Int, { nullable: true })
  enrolledTotal: number | null;

  @Field(() => Int, { nullable: true })
  attendedTotal: number | null;

  @Field(() => Int, { nullable: true })
  completedTotal: number | null;

  @Field(() => Int, { nullable: true })
  grandTotal: number | null;

  @Field(() => Int, { description: 'The smallest count shown (5): smaller ones are hidden' })
  minimum: number;

  @Field(() => Int)
  suppressedCount: number;
}
