import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { AttendanceStatus } from '@tsunagu/shared/domain';
import { CurrentPrincipal, OptionalPrincipal } from '../../core/auth/current-principal.decorator';
import { Allow, Authenticated, Public, RoleAnywhere } from '../../core/auth/policy';
import type { Principal } from '../../core/auth/principal';
import { DataLoaderRegistry, Loaders } from '../../core/graphql/dataloaders';
import { AttendanceStatusEnum } from '../../core/graphql/enums';
import { CourseEditorSomewhere, SessionEntity } from '../catalogue';
import { UserEntity, UsersService } from '../identity';
import { AttendanceService } from './attendance.service';
import { CertificatesService } from './certificates.service';
import { EnrolInput } from './dto/enrol.input';
import { AnswerValue, CertificateVerification } from './dto/enrolment.types';
import { LotteryDraw } from './dto/lottery-draw.types';
import { EnrolService } from './enrol.service';
import { EnrolmentReadsService } from './enrolment-reads.service';
import { AttendanceEntity, CertificateEntity, EnrolmentEntity } from './enrolment.entity';
import { LotteryDrawService } from './lottery-draw.service';
import { lotteryTicket } from './lottery-ticket';
import { LotteryService } from './lottery.service';
import { RosterService } from './roster.service';
import { SessionCancellationService } from './session-cancellation.service';
import { WaitlistService } from './waitlist.service';

/** Editors of sessions: staff, admins and company admins (row-level checks in the service). */
const SessionEditor = RoleAnywhere(['staff', 'admin', 'company_admin']);

@Resolver(() => EnrolmentEntity)
export class EnrolmentResolver {
  constructor(
    private readonly enrolling: EnrolService,
    private readonly waitlist: WaitlistService,
    private readonly lottery: LotteryService,
    private readonly lotteryRecord: LotteryDrawService,
    private readonly attendanceService: AttendanceService,
    private readonly rosters: RosterService,
    private readonly certificates: CertificatesService,
    private readonly reads: EnrolmentReadsService,
    private readonly users: UsersService,
  ) {}

  @Allow(Authenticated)
  @Mutation(() => EnrolmentEntity, {
    description: 'Enrols the signed-in learner: confirmed, waitlisted, or applied (lottery)',
  })
  enrol(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: EnrolInput,
  ): Promise<EnrolmentEntity> {
    return this.enrolling.enrol(principal, input);
  }

  @Allow(Authenticated)
  @Mutation(() => EnrolmentEntity, {
    description: 'By the learner before the deadline, or by staff; promotes the waitlist',
  })
  cancelEnrolment(
    @CurrentPrincipal() principal: Principal,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<EnrolmentEntity> {
    return this.waitlist.cancel(principal, id);
  }

  @Allow(Authenticated)
  @Query(() => [EnrolmentEntity], { description: "The signed-in learner's enrolments" })
  myEnrolments(@CurrentPrincipal() principal: Principal): Promise<EnrolmentEntity[]> {
    return this.reads.myEnrolments(principal);
  }

  @Allow(SessionEditor)
  @Query(() => [EnrolmentEntity], { description: "A session's enrolments, for the people who run it" })
  sessionRoster(
    @CurrentPrincipal() principal: Principal,
    @Args('sessionId', { type: () => ID }) sessionId: string,
  ): Promise<EnrolmentEntity[]> {
    return this.rosters.roster(principal, sessionId);
  }

  @Allow(SessionEditor)
  @Mutation(() => SessionEntity, {
    description:
      'Draws the lottery now, after applications have closed, with the seed committed to when it was set up',
  })
  drawLottery(
    @CurrentPrincipal() principal: Principal,
    @Args('sessionId', { type: () => ID }) sessionId: string,
  ): Promise<SessionEntity> {
    return this.lottery.drawLottery(principal, sessionId);
  }

  @Allow(Public)
  @Query(() => LotteryDraw, {
    description: 'The public record of a lottery, to check it: commitment, and after the draw seed and order',
  })
  lotteryDraw(
    @OptionalPrincipal() principal: Principal | null,
    @Args('sessionId', { type: () => ID }) sessionId: string,
  ): Promise<LotteryDraw> {
    return this.lotteryRecord.lotteryDraw(principal, sessionId);
  }

  @Allow(SessionEditor)
  @Mutation(() => EnrolmentEntity, { description: 'Checks a participant in for a meeting with her QR code' })
  checkIn(
    @CurrentPrincipal() principal: Principal,
    @Args('sessionId', { type: () => ID }) sessionId: string,
    @Args('meetingId', { type: () => ID }) meetingId: string,
    @Args('code') code: string,
  ): Promise<EnrolmentEntity> {
    return this.attendanceService.checkIn(principal, sessionId, meetingId, code);
  }

  @Allow(SessionEditor)
  @Mutation(() => EnrolmentEntity, { description: 'Marks attendance by hand (search-by-name fallback)' })
  markAttendance(
    @CurrentPrincipal() principal: Principal,
    @Args('enrolmentId', { type: () => ID }) enrolmentId: string,
    @Args('meetingId', { type: () => ID }) meetingId: string,
    @Args('status', { type: () => AttendanceStatusEnum }) status: AttendanceStatus,
  ): Promise<EnrolmentEntity> {
    return this.attendanceService.markAttendance(principal, enrolmentId, meetingId, status);
  }

  @Allow(Public)
  @Query(() => CertificateVerification, { description: 'Public verification of a certificate by its code' })
  verifyCertificate(@Args('code') code: string): Promise<CertificateVerification> {
    return this.certificates.verifyCertificate(code);
  }

  // ---- fields: every Enrolment reaches a caller only through myEnrolments (hers) or the roster (editors).

  @Allow(Authenticated)
  @ResolveField(() => SessionEntity)
  session(
    @Parent() enrolment: EnrolmentEntity,
    @Loaders() loaders: DataLoaderRegistry,
  ): Promise<SessionEntity> {
    return this.reads.loadSession(loaders, enrolment.sessionId);
  }

  @Allow(Authenticated)
  @ResolveField(() => Int, { nullable: true, description: 'Current place in the waitlist, 1 = next' })
  waitlistPosition(
    @Parent() enrolment: EnrolmentEntity,
    @Loaders() loaders: DataLoaderRegistry,
  ): Promise<number | null> {
    return this.reads.waitlistRank(loaders, enrolment);
  }

  @Allow(Authenticated)
  @ResolveField(() => UserEntity, {
    description: 'The learner (her own, or for the people who run the session)',
  })
  async learner(
    @CurrentPrincipal() principal: Principal,
    @Parent() enrolment: EnrolmentEntity,
    @Loaders() loaders: DataLoaderRegistry,
  ): Promise<UserEntity> {
    return this.reads.readPersonal(
      principal,
      enrolment,
      loaders,
      'learner',
      await this.users.load(loaders, enrolment.userId),
    );
  }

  @Allow(Authenticated)
  @ResolveField(() => [Int], {
    description: "Children's ages in months (sensitive: hers and the organisers' only; audited)",
  })
  childAgesMonths(
    @CurrentPrincipal() principal: Principal,
    @Parent() enrolment: EnrolmentEntity,
    @Loaders() loaders: DataLoaderRegistry,
  ): Promise<number[]> {
    return this.reads.readPersonal(principal, enrolment, loaders, 'children', enrolment.childAgesMonths);
  }

  @Allow(Authenticated)
  @ResolveField(() => [AnswerValue], {
    description: "Answers to the registration questions (hers and the organisers' only; audited)",
  })
  answers(
    @CurrentPrincipal() principal: Principal,
    @Parent() enrolment: EnrolmentEntity,
    @Loaders() loaders: DataLoaderRegistry,
  ): Promise<AnswerValue[]> {
    return this.reads.readPersonal(principal, enrolment, loaders, 'answers', enrolment.answers);
  }

  @Allow(Authenticated)
  @ResolveField(() => String, {
    nullable: true,
    description: 'Her signed QR code, while confirmed; null for anyone else',
  })
  checkInCode(@CurrentPrincipal() principal: Principal, @Parent() enrolment: EnrolmentEntity): string | null {
    if (
      enrolment.userId !== principal.userId ||
      (enrolment.status !== 'confirmed' && enrolment.status !== 'completed')
    )
      return null;
    return this.attendanceService.checkInCodes.sign(enrolment.id, enrolment.sessionId);
  }

  @Allow(Authenticated)
  @ResolveField(() => [AttendanceEntity])
  async attendance(
    @CurrentPrincipal() principal: Principal,
    @Parent() enrolment: EnrolmentEntity,
    @Loaders() loaders: DataLoaderRegistry,
  ): Promise<AttendanceEntity[]> {
    return this.reads.readPersonal(
      principal,
      enrolment,
      loaders,
      'attendance',
      await this.reads.attendanceOf(loaders, enrolment.id),
    );
  }

  @Allow(Authenticated)
  @ResolveField(() => String, {
    nullable: true,
    description: 'Her lottery application’s pseudonym (申込番号), as published in the draw record',
  })
  lotteryTicket(@Parent() enrolment: EnrolmentEntity): string | null {
    return enrolment.status === 'applied' || enrolment.drawOrder !== null
      ? lotteryTicket(enrolment.sessionId, enrolment.id)
      : null;
  }

  @Allow(Authenticated)
  @ResolveField(() => CertificateEntity, { nullable: true })
  certificate(
    @Parent() enrolment: EnrolmentEntity,
    @Loaders() loaders: DataLoaderRegistry,
  ): Promise<CertificateEntity | null> {
    return this.certificates.certificateOf(loaders, enrolment.id);
  }
}

/** Fields this module adds to the catalogue's Session type. */
@Resolver(() => SessionEntity)
export class SessionEnrolmentFieldsResolver {
  constructor(
    private readonly cancellation: SessionCancellationService,
    private readonly reads: EnrolmentReadsService,
  ) {}

  @Allow(CourseEditorSomewhere)
  @Mutation(() => SessionEntity, {
    description: 'Cancels the session (中止) and every enrolment still holding or waiting for a seat',
  })
  cancelSession(
    @CurrentPrincipal() principal: Principal,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<SessionEntity> {
    return this.cancellation.cancelSession(principal, id);
  }

  @Allow(Public)
  @ResolveField(() => String, {
    nullable: true,
    description: 'The join URL: for confirmed participants and organisers only',
  })
  onlineUrl(
    @OptionalPrincipal() principal: Principal | null,
    @Parent() session: SessionEntity,
    @Loaders() loaders: DataLoaderRegistry,
  ): Promise<string | null> {
    return this.reads.onlineUrlFor(principal, session, loaders);
  }

  @Allow(Public)
  @ResolveField(() => Int, {
    description: 'How many wait for a seat now (キャンセル待ち); she would be next after them',
  })
  waitlistCount(@Parent() session: SessionEntity, @Loaders() loaders: DataLoaderRegistry): Promise<number> {
    return this.reads.waitlistCount(loaders, session.id);
  }

  @Allow(Public)
  @ResolveField(() => EnrolmentEntity, {
    nullable: true,
    description:
      "The signed-in learner's own enrolment in this session unless cancelled; null when signed out",
  })
  myEnrolment(
    @OptionalPrincipal() principal: Principal | null,
    @Parent() session: SessionEntity,
    @Loaders() loaders: DataLoaderRegistry,
  ): Promise<EnrolmentEntity | null> {
    return this.reads.myEnrolmentIn(principal, session.id, loaders);
  }
}
