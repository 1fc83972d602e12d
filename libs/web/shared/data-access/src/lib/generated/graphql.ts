import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2019-12-03T09:54:33Z, compliant with the date-time format. */
  DateTime: { input: string; output: string; }
};

export type AcceptNominationInput = {
  answers?: Array<AnswerInput>;
  childAgesMonths?: Array<Scalars['Int']['input']>;
  childcare?: Scalars['Boolean']['input'];
  ifChildcareFull?: ChildcareFallback;
  nominationId: Scalars['ID']['input'];
};

export type AddCompanyCertificationInput = {
  /** The date certified, YYYY-MM-DD; not in the future (Asia/Tokyo) */
  certifiedOn: Scalars['String']['input'];
  kind: CompanyCertificationKind;
  organisationId: Scalars['ID']['input'];
  /** Required for (and only for) kind other */
  otherName?: InputMaybe<Scalars['String']['input']>;
};

export type AddLessonInput = {
  /** Markdown (text lessons) */
  body?: InputMaybe<Scalars['String']['input']>;
  courseId: Scalars['ID']['input'];
  /** A file uploaded to this course for lessons (POST /api/courses/:courseId/files?purpose=lesson); file lessons only */
  fileId?: InputMaybe<Scalars['ID']['input']>;
  kind: LessonKind;
  title: Scalars['String']['input'];
  /** Required for link lessons; a file lesson has a url or an uploaded file (fileId) */
  url?: InputMaybe<Scalars['String']['input']>;
};

export type AnswerInput = {
  questionId: Scalars['ID']['input'];
  value: Scalars['String']['input'];
};

export type AnswerValue = {
  __typename?: 'AnswerValue';
  questionId: Scalars['String']['output'];
  value: Scalars['String']['output'];
};

export type Attendance = {
  __typename?: 'Attendance';
  id: Scalars['ID']['output'];
  markedAt: Scalars['DateTime']['output'];
  meetingId: Scalars['ID']['output'];
  status: AttendanceStatus;
};

export type AttendanceStatus =
  | 'attended'
  | 'no_show';

export type AuthPayload = {
  __typename?: 'AuthPayload';
  /** Bearer token for the Authorization header; short-lived */
  accessToken: Scalars['String']['output'];
  accessTokenExpiresAt: Scalars['DateTime']['output'];
  /** One-time token for refreshSession; rotates on every use */
  refreshToken: Scalars['String']['output'];
  refreshTokenExpiresAt: Scalars['DateTime']['output'];
  user: User;
};

export type CalendarFeed = {
  __typename?: 'CalendarFeed';
  /** When the current feed was issued; null when she has none */
  createdAt: Maybe<Scalars['DateTime']['output']>;
  /** The feed URL to subscribe to: only in the answer that issued it */
  url: Maybe<Scalars['String']['output']>;
};

export type CatalogueEntry = {
  __typename?: 'CatalogueEntry';
  childcareSeatsLeft: Scalars['Int']['output'];
  course: Course;
  /** Start of the first meeting */
  firstMeetingAt: Scalars['DateTime']['output'];
  /** How many meetings the session has (全N回) */
  meetingCount: Scalars['Int']['output'];
  provider: Organisation;
  seatsLeft: Scalars['Int']['output'];
  session: Session;
};

export type CatalogueFilter = {
  category?: InputMaybe<CourseCategory>;
  /** Only sessions that offer childcare (託児) */
  childcare?: InputMaybe<Scalars['Boolean']['input']>;
  format?: InputMaybe<CatalogueFormat>;
  /** At most 100 */
  limit?: InputMaybe<Scalars['Int']['input']>;
  /** YYYY-MM: the first meeting falls in this month (Tokyo) */
  month?: InputMaybe<Scalars['String']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  /** Only courses this organisation provides or co-hosts (a company page lists its seminars) */
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  /** Words in the title, summary or tags */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only sessions with seats left */
  seatsLeft?: InputMaybe<Scalars['Boolean']['input']>;
};

/** ONLINE: held online; VENUE: has a venue (a session may be both) */
export type CatalogueFormat =
  | 'ONLINE'
  | 'VENUE';

export type CataloguePage = {
  __typename?: 'CataloguePage';
  items: Array<CatalogueEntry>;
  /** How many entries match the filter in all */
  totalCount: Scalars['Int']['output'];
};

export type Certificate = {
  __typename?: 'Certificate';
  id: Scalars['ID']['output'];
  issuedAt: Scalars['DateTime']['output'];
  verificationCode: Scalars['String']['output'];
};

/** What the public verification page shows */
export type CertificateVerification = {
  __typename?: 'CertificateVerification';
  courseTitle: Scalars['String']['output'];
  issuedAt: Scalars['DateTime']['output'];
  learnerName: Scalars['String']['output'];
  providerName: Scalars['String']['output'];
  verificationCode: Scalars['String']['output'];
};

/** くるみん / えるぼし certifications */
export type Certification =
  | 'eruboshi_1'
  | 'eruboshi_2'
  | 'eruboshi_3'
  | 'kurumin'
  | 'platinum_eruboshi'
  | 'platinum_kurumin'
  | 'tryangle_kurumin';

export type ChangePasswordInput = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};

/** What to do when childcare seats are full */
export type ChildcareFallback =
  | 'WAIT'
  | 'WITHOUT_CHILDCARE';

export type CommentOnGroupPostInput = {
  body: Scalars['String']['input'];
  postId: Scalars['ID']['input'];
};

export type CompanyApplicationInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  /** Contact people, at most 5 */
  contacts?: InputMaybe<Array<CompanyContactInput>>;
  /** 法人番号: 13 digits; full-width digits and hyphens are accepted */
  corporateNumber: Scalars['String']['input'];
  industry: IndustryMajorGroup;
  /** The company name (the organisation’s name) */
  name: Scalars['String']['input'];
  /** フリガナ (hiragana or katakana) */
  nameKana: Scalars['String']['input'];
  /** 郵便番号 (7 digits) */
  postalCode?: InputMaybe<Scalars['String']['input']>;
  /** The programme's organising body (a city, prefecture or national agency) applied to */
  secretariatOrganisationId: Scalars['ID']['input'];
  sizeBand: CompanySizeBand;
  website?: InputMaybe<Scalars['String']['input']>;
};

export type CompanyCertification = {
  __typename?: 'CompanyCertification';
  /** The date certified, YYYY-MM-DD */
  certifiedOn: Scalars['String']['output'];
  /** Its evidence file (認定通知書): served only to the company's admins and secretariat */
  evidenceUrl: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: CompanyCertificationKind;
  /** The name of an `other` certification */
  otherName: Maybe<Scalars['String']['output']>;
};

/** A certification a company holds: the marks (Certification) or other, named */
export type CompanyCertificationKind =
  /** えるぼし（1段階目） / Eruboshi (level 1) */
  | 'eruboshi_1'
  /** えるぼし（2段階目） / Eruboshi (level 2) */
  | 'eruboshi_2'
  /** えるぼし（3段階目） / Eruboshi (level 3) */
  | 'eruboshi_3'
  /** くるみん / Kurumin */
  | 'kurumin'
  /** その他 / Other */
  | 'other'
  /** プラチナえるぼし / Platinum Eruboshi */
  | 'platinum_eruboshi'
  /** プラチナくるみん / Platinum Kurumin */
  | 'platinum_kurumin'
  /** トライくるみん / Tryangle Kurumin */
  | 'tryangle_kurumin';

export type CompanyContact = {
  __typename?: 'CompanyContact';
  department: Maybe<Scalars['String']['output']>;
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  phone: Maybe<Scalars['String']['output']>;
};

export type CompanyContactInput = {
  /** 部署 */
  department?: InputMaybe<Scalars['String']['input']>;
  email: Scalars['String']['input'];
  /** 担当者名 */
  name: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
};

export type CompanyEmployee = {
  __typename?: 'CompanyEmployee';
  /** She lets this company nominate her for seats (her consent to being nominated, which the company needs to know to nominate her; her participation stays behind its own consent) */
  allowsNomination: Scalars['Boolean']['output'];
  confirmedAt: Maybe<Scalars['DateTime']['output']>;
  endedAt: Maybe<Scalars['DateTime']['output']>;
  familyName: Scalars['String']['output'];
  givenName: Scalars['String']['output'];
  /** The employment link */
  id: Scalars['ID']['output'];
  requestedAt: Scalars['DateTime']['output'];
  status: EmploymentStatus;
  userId: Scalars['ID']['output'];
};

/** A learner's link to her employer, a partner company */
export type CompanyEmployment = {
  __typename?: 'CompanyEmployment';
  confirmedAt: Maybe<Scalars['DateTime']['output']>;
  endedAt: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  organisationId: Scalars['ID']['output'];
  requestedAt: Scalars['DateTime']['output'];
  status: EmploymentStatus;
  userId: Scalars['ID']['output'];
};

export type CompanyGroup = {
  __typename?: 'CompanyGroup';
  /** 規約・目的 */
  charter: Maybe<Scalars['String']['output']>;
  coordinators: Array<GroupCoordinator>;
  createdAt: Scalars['DateTime']['output'];
  /** The April–March year it plans (2026 = 2026年度) */
  fiscalYear: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  /** Every membership, current, pending and past, with its dates (who was a member when) */
  members: Array<CompanyGroupMember>;
  name: Scalars['String']['output'];
  ownerName: Scalars['String']['output'];
  ownerOrganisationId: Scalars['ID']['output'];
  /** Its board, newest first: FORBIDDEN to a company only invited */
  posts: Maybe<Array<GroupPost>>;
  viewer: CompanyGroupViewer;
};

export type CompanyGroupMember = {
  __typename?: 'CompanyGroupMember';
  declinedAt: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  invitedAt: Maybe<Scalars['DateTime']['output']>;
  joinedAt: Maybe<Scalars['DateTime']['output']>;
  leftAt: Maybe<Scalars['DateTime']['output']>;
  organisationId: Scalars['ID']['output'];
  organisationName: Scalars['String']['output'];
  status: GroupMemberStatus;
};

export type CompanyGroupViewer = {
  __typename?: 'CompanyGroupViewer';
  /** She coordinates the group */
  coordinates: Scalars['Boolean']['output'];
  /** Her companies invited and yet to answer */
  invitedCompanyIds: Array<Scalars['ID']['output']>;
  /** She runs the group: edits it, invites and removes companies, names coordinators */
  manages: Scalars['Boolean']['output'];
  /** Her companies that are current members (she writes for them) */
  memberCompanyIds: Array<Scalars['ID']['output']>;
  /** She reads and writes on its board */
  onBoard: Scalars['Boolean']['output'];
  /** She may post decisions and meetings */
  records: Scalars['Boolean']['output'];
};

export type CompanyParticipation = {
  __typename?: 'CompanyParticipation';
  /** Employees who share their participation now */
  employees: Array<EmployeeParticipation>;
  /** Everyone else, in suppressed counts only */
  others: ParticipationCounts;
};

/** A partner company: its profile and certifications */
export type CompanyProfile = {
  __typename?: 'CompanyProfile';
  address: Maybe<Scalars['String']['output']>;
  /** When it applied (or was registered) */
  appliedAt: Maybe<Scalars['DateTime']['output']>;
  /** Who applied; null when staff registered it */
  appliedBy: Maybe<User>;
  /** Oldest first */
  certifications: Array<CompanyCertification>;
  /** Contact people (担当者) */
  contacts: Maybe<Array<CompanyContact>>;
  /** 法人番号: 13 digits, the first a check digit */
  corporateNumber: Scalars['String']['output'];
  decidedAt: Maybe<Scalars['DateTime']['output']>;
  /** Who approved or declined it */
  decidedBy: Maybe<User>;
  /** Why the secretariat declined it */
  declineReason: Maybe<Scalars['String']['output']>;
  industry: IndustryMajorGroup;
  /** Its logo image (public once approved) */
  logoUrl: Maybe<Scalars['String']['output']>;
  /** The company name (its organisation's) */
  name: Scalars['String']['output'];
  /** フリガナ of the company name */
  nameKana: Scalars['String']['output'];
  /** Its organisation, with its certification marks */
  organisation: Organisation;
  /** The organisation this is the profile of */
  organisationId: Scalars['ID']['output'];
  /** 郵便番号, as 123-4567 */
  postalCode: Maybe<Scalars['String']['output']>;
  /** The organising body it applied to */
  secretariat: Organisation;
  sizeBand: CompanySizeBand;
  status: CompanyStatus;
  website: Maybe<Scalars['String']['output']>;
};

export type CompanyRegistrationInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  /** Contact people, at most 5 */
  contacts?: InputMaybe<Array<CompanyContactInput>>;
  /** 法人番号: 13 digits; full-width digits and hyphens are accepted */
  corporateNumber: Scalars['String']['input'];
  industry: IndustryMajorGroup;
  /** The company name (the organisation’s name) */
  name: Scalars['String']['input'];
  /** フリガナ (hiragana or katakana) */
  nameKana: Scalars['String']['input'];
  /** 郵便番号 (7 digits) */
  postalCode?: InputMaybe<Scalars['String']['input']>;
  /** The programme's organising body (a city, prefecture or national agency) applied to */
  secretariatOrganisationId: Scalars['ID']['input'];
  sizeBand: CompanySizeBand;
  website?: InputMaybe<Scalars['String']['input']>;
};

/** Employees, in bands */
export type CompanySizeBand =
  /** 30〜99人 / 30–99 */
  | 'size_30_99'
  /** 100〜299人 / 100–299 */
  | 'size_100_299'
  /** 300〜999人 / 300–999 */
  | 'size_300_999'
  /** 1,000人以上 / 1,000 or more */
  | 'size_1000_plus'
  /** 30人未満 / Fewer than 30 */
  | 'size_under_30';

/** applied (awaiting the secretariat), approved, or declined (with a reason) */
export type CompanyStatus =
  | 'applied'
  | 'approved'
  | 'declined';

export type CompletionRule =
  | 'all'
  | 'at_least';

export type ConsentChange = {
  __typename?: 'ConsentChange';
  at: Scalars['DateTime']['output'];
  /** False when the system turned it off (the link ended) */
  byHerself: Scalars['Boolean']['output'];
  companyName: Scalars['String']['output'];
  /** sharesParticipation or allowsNomination */
  field: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  organisationId: Scalars['ID']['output'];
  value: Scalars['Boolean']['output'];
};

export type CopyCourseInput = {
  /** Copy the scheduled sessions too, every date moved by this many days (364: the same weekday next year) */
  sessionsShiftDays?: InputMaybe<Scalars['Int']['input']>;
  /** The copy’s title; the original’s with （コピー） unless given */
  title?: InputMaybe<Scalars['String']['input']>;
};

export type Course = {
  __typename?: 'Course';
  audienceNotes: Scalars['String']['output'];
  category: CourseCategory;
  /** Organisations running the course with its provider (共催) */
  coOrganisers: Array<Organisation>;
  /** The uploaded cover image; shown instead of coverImageUrl when present */
  coverImage: Maybe<CourseFile>;
  coverImageUrl: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** Markdown source */
  description: Scalars['String']['output'];
  /** The description rendered from Markdown, sanitized */
  descriptionHtml: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  lessons: Array<Lesson>;
  /** Her lesson progress; null when signed out */
  myProgress: Maybe<CourseProgress>;
  provider: Organisation;
  publishedAt: Maybe<Scalars['DateTime']['output']>;
  /** Scheduled sessions; editors see cancelled ones too */
  sessions: Array<Session>;
  status: CourseStatus;
  summary: Scalars['String']['output'];
  tags: Array<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  visibility: CourseVisibility;
};

export type CourseCategory =
  | 'career'
  | 'digital_selling'
  | 'leadership'
  | 'marketing'
  | 'other'
  | 'startup'
  | 'work_life_balance';

export type CourseFile = {
  __typename?: 'CourseFile';
  /** Decided from the contents, not from what the browser declared */
  contentType: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** The name it was uploaded with */
  filename: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  sizeBytes: Scalars['Int']['output'];
  /** Where to download it (GET); a bearer token is needed unless the course is public */
  url: Scalars['String']['output'];
};

export type CourseProgress = {
  __typename?: 'CourseProgress';
  /** Lessons she has completed */
  completedLessonIds: Array<Scalars['ID']['output']>;
  lessonCount: Scalars['Int']['output'];
};

export type CourseStatus =
  | 'draft'
  | 'published';

export type CourseVisibility =
  | 'company_group'
  | 'organisation'
  | 'public';

export type CreateCompanyGroupInput = {
  charter?: InputMaybe<Scalars['String']['input']>;
  fiscalYear?: InputMaybe<Scalars['Int']['input']>;
  name: Scalars['String']['input'];
  /** The secretariat that owns it (her organisation) */
  ownerOrganisationId: Scalars['ID']['input'];
};

export type CreateCourseInput = {
  /** Who the course is for (対象) */
  audienceNotes?: InputMaybe<Scalars['String']['input']>;
  category: CourseCategory;
  /** Organisations running the course with the provider (共催); their staff edit it and run its sessions. Only the provider side may change it. */
  coOrganiserIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  coverImageUrl?: InputMaybe<Scalars['String']['input']>;
  /** Markdown */
  description?: InputMaybe<Scalars['String']['input']>;
  providerOrganisationId: Scalars['ID']['input'];
  summary?: InputMaybe<Scalars['String']['input']>;
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  title: Scalars['String']['input'];
  /** public unless given */
  visibility?: InputMaybe<CourseVisibility>;
};

export type CreateGroupPostInput = {
  body: Scalars['String']['input'];
  groupId: Scalars['ID']['input'];
  kind: GroupPostKind;
  /** A meeting: where */
  place?: InputMaybe<Scalars['String']['input']>;
  /** Required for a meeting, and only for it */
  startsAt?: InputMaybe<Scalars['DateTime']['input']>;
  title: Scalars['String']['input'];
};

export type CreateOrganisationInput = {
  certifications?: InputMaybe<Array<Certification>>;
  kind: OrganisationKind;
  name: Scalars['String']['input'];
  prefecture?: InputMaybe<Scalars['String']['input']>;
};

export type CreateSessionInput = {
  accessNotes?: InputMaybe<Scalars['String']['input']>;
  cancellationDeadline: Scalars['DateTime']['input'];
  capacity: Scalars['Int']['input'];
  /** Attendance may be recorded from this many minutes before each meeting (0 unless given) */
  checkInOpensMinutesBefore?: InputMaybe<Scalars['Int']['input']>;
  /** Childcare seats (託児); 0 for none */
  childcareCapacity?: InputMaybe<Scalars['Int']['input']>;
  childcareMaxAgeMonths?: InputMaybe<Scalars['Int']['input']>;
  childcareMinAgeMonths?: InputMaybe<Scalars['Int']['input']>;
  /** Required when the rule is at_least */
  completionMinMeetings?: InputMaybe<Scalars['Int']['input']>;
  /** all unless given */
  completionRule?: InputMaybe<CompletionRule>;
  courseId: Scalars['ID']['input'];
  /** Required for a lottery */
  drawAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** 参加費 in yen; null or 0 for free (無料) */
  feeYen?: InputMaybe<Scalars['Int']['input']>;
  isOffsite?: InputMaybe<Scalars['Boolean']['input']>;
  isOnline?: InputMaybe<Scalars['Boolean']['input']>;
  /** Lottery priority tiers, in order: member_of_provider, first_time */
  lotteryPriorities?: InputMaybe<Array<Scalars['String']['input']>>;
  meetings: Array<MeetingInput>;
  /** Meeting link; shown only to confirmed participants */
  onlineUrl?: InputMaybe<Scalars['String']['input']>;
  /** Asked when she applies */
  questions?: InputMaybe<Array<QuestionInput>>;
  registrationClosesAt: Scalars['DateTime']['input'];
  /** first_come unless given */
  registrationMode?: InputMaybe<RegistrationMode>;
  registrationOpensAt: Scalars['DateTime']['input'];
  /** Remind participants this many hours before each meeting (0: no reminder; 24 unless given) */
  reminderHoursBefore?: InputMaybe<Scalars['Int']['input']>;
  /** e.g. 第1期 / 2026年6月開催 */
  title?: InputMaybe<Scalars['String']['input']>;
  venueAddress?: InputMaybe<Scalars['String']['input']>;
  venueName?: InputMaybe<Scalars['String']['input']>;
};

export type CreatedInvitation = {
  __typename?: 'CreatedInvitation';
  /** The sign-up link to send to the invitee */
  acceptUrl: Scalars['String']['output'];
  invitation: Invitation;
  /** The one-time token; returned only when the invitation is created */
  token: Scalars['String']['output'];
};

export type CrossCompanyOverview = {
  __typename?: 'CrossCompanyOverview';
  attendedTotal: Maybe<Scalars['Int']['output']>;
  companies: Array<CrossCompanyRow>;
  completedTotal: Maybe<Scalars['Int']['output']>;
  enrolledTotal: Maybe<Scalars['Int']['output']>;
  /** April–March, by the year it starts */
  fiscalYear: Scalars['Int']['output'];
  grandTotal: Maybe<Scalars['Int']['output']>;
  /** The smallest count shown (5): smaller ones are hidden */
  minimum: Scalars['Int']['output'];
  suppressedCount: Scalars['Int']['output'];
};

export type CrossCompanyRow = {
  __typename?: 'CrossCompanyRow';
  /** Attended at least one meeting, not (yet) completed */
  attended: Maybe<Scalars['Int']['output']>;
  /** Its certification marks (くるみん, えるぼし …) */
  certifications: Array<Certification>;
  companyName: Scalars['String']['output'];
  /** Completed (修了) a course */
  completed: Maybe<Scalars['Int']['output']>;
  /** Enrolled, not (yet) attended a meeting */
  enrolled: Maybe<Scalars['Int']['output']>;
  organisationId: Scalars['ID']['output'];
  /** Employees who took part: the three stages together */
  total: Maybe<Scalars['Int']['output']>;
};

export type DecideCompanyApplicationInput = {
  approve: Scalars['Boolean']['input'];
  organisationId: Scalars['ID']['input'];
  /** Why not: required when declining, shown to the company */
  reason?: InputMaybe<Scalars['String']['input']>;
};

export type DeliveryStatus =
  | 'FAILED'
  | 'PENDING'
  | 'SENT';

/** Her own post, edited: the kind stays; a meeting keeps a date */
export type EditGroupPostInput = {
  body: Scalars['String']['input'];
  /** A meeting: where */
  place?: InputMaybe<Scalars['String']['input']>;
  postId: Scalars['ID']['input'];
  /** Required for a meeting, and only for it */
  startsAt?: InputMaybe<Scalars['DateTime']['input']>;
  title: Scalars['String']['input'];
};

export type EmployeeParticipation = {
  __typename?: 'EmployeeParticipation';
  attendedMeetings: Scalars['Int']['output'];
  /** When her certificate (修了証) was issued */
  certificateIssuedAt: Maybe<Scalars['DateTime']['output']>;
  completed: Scalars['Boolean']['output'];
  courseTitle: Scalars['String']['output'];
  enrolmentId: Scalars['ID']['output'];
  familyName: Scalars['String']['output'];
  givenName: Scalars['String']['output'];
  sessionId: Scalars['ID']['output'];
  /** The session's first meeting */
  startsAt: Maybe<Scalars['DateTime']['output']>;
  /** applied, confirmed, waitlisted, cancelled or completed */
  status: Scalars['String']['output'];
  userId: Scalars['ID']['output'];
};

/** requested (she asked), invited (the company asked), active, ended */
export type EmploymentStatus =
  | 'active'
  | 'ended'
  | 'invited'
  | 'requested';

export type EnrolInput = {
  answers?: Array<AnswerInput>;
  /** Children's ages in months, when childcare is asked for */
  childAgesMonths?: Array<Scalars['Int']['input']>;
  childcare?: Scalars['Boolean']['input'];
  ifChildcareFull?: ChildcareFallback;
  sessionId: Scalars['ID']['input'];
};

export type Enrolment = {
  __typename?: 'Enrolment';
  /** Answers to the registration questions (hers and the organisers' only; audited) */
  answers: Array<AnswerValue>;
  attendance: Array<Attendance>;
  cancelledAt: Maybe<Scalars['DateTime']['output']>;
  certificate: Maybe<Certificate>;
  /** Her signed QR code, while confirmed; null for anyone else */
  checkInCode: Maybe<Scalars['String']['output']>;
  /** Children's ages in months (sensitive: hers and the organisers' only; audited) */
  childAgesMonths: Array<Scalars['Int']['output']>;
  childcareConfirmed: Scalars['Boolean']['output'];
  childcareRequested: Scalars['Boolean']['output'];
  completedAt: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** Order in the lottery draw, 1-based */
  drawOrder: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  /** The learner (her own, or for the people who run the session) */
  learner: User;
  /** Her lottery application’s pseudonym (申込番号), as published in the draw record */
  lotteryTicket: Maybe<Scalars['String']['output']>;
  session: Session;
  status: EnrolmentStatus;
  /** Current place in the waitlist, 1 = next */
  waitlistPosition: Maybe<Scalars['Int']['output']>;
};

export type EnrolmentStatus =
  | 'applied'
  | 'cancelled'
  | 'completed'
  | 'confirmed'
  | 'waitlisted';

/** Secretariat staff of the owner who run the group */
export type GroupCoordinator = {
  __typename?: 'GroupCoordinator';
  addedAt: Scalars['DateTime']['output'];
  familyName: Scalars['String']['output'];
  givenName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  removedAt: Maybe<Scalars['DateTime']['output']>;
  userId: Scalars['ID']['output'];
};

/** invited (it accepts or declines), member (joinedAt), declined, left (leftAt) */
export type GroupMemberStatus =
  | 'declined'
  | 'invited'
  | 'left'
  | 'member';

/** A post on a company group's planning board */
export type GroupPost = {
  __typename?: 'GroupPost';
  /** A meeting: each company that answered */
  attendance: Array<MeetingAttendance>;
  authorName: Scalars['String']['output'];
  /** The organisation she wrote for: the owner or a member company */
  authorOrganisationId: Scalars['ID']['output'];
  authorOrganisationName: Scalars['String']['output'];
  body: Scalars['String']['output'];
  comments: Array<GroupPostComment>;
  createdAt: Scalars['DateTime']['output'];
  editedAt: Maybe<Scalars['DateTime']['output']>;
  /** Its files, oldest first */
  files: Array<GroupPostFile>;
  groupId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  kind: GroupPostKind;
  /** She wrote it: she may edit it and add or remove its files */
  mine: Scalars['Boolean']['output'];
  /** A meeting: where */
  place: Maybe<Scalars['String']['output']>;
  /** A meeting: when it starts */
  startsAt: Maybe<Scalars['DateTime']['output']>;
  title: Scalars['String']['output'];
};

export type GroupPostComment = {
  __typename?: 'GroupPostComment';
  authorName: Scalars['String']['output'];
  authorOrganisationId: Scalars['ID']['output'];
  authorOrganisationName: Scalars['String']['output'];
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  postId: Scalars['ID']['output'];
};

export type GroupPostFile = {
  __typename?: 'GroupPostFile';
  contentType: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  filename: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  postId: Scalars['ID']['output'];
  sizeBytes: Scalars['Int']['output'];
  /** Where it is served (to those on the board) */
  url: Scalars['String']['output'];
};

/** post, decision (決定事項: coordinators and the owner only), meeting (a date with attendance) */
export type GroupPostKind =
  | 'decision'
  | 'meeting'
  | 'post';

/** 日本標準産業分類 大分類 (Japan Standard Industrial Classification, major groups A–T) */
export type IndustryMajorGroup =
  /** 農業，林業 / Agriculture and forestry */
  | 'A'
  /** 漁業 / Fisheries */
  | 'B'
  /** 鉱業，採石業，砂利採取業 / Mining and quarrying of stone and gravel */
  | 'C'
  /** 建設業 / Construction */
  | 'D'
  /** 製造業 / Manufacturing */
  | 'E'
  /** 電気・ガス・熱供給・水道業 / Electricity, gas, heat supply and water */
  | 'F'
  /** 情報通信業 / Information and communications */
  | 'G'
  /** 運輸業，郵便業 / Transport and postal activities */
  | 'H'
  /** 卸売業，小売業 / Wholesale and retail trade */
  | 'I'
  /** 金融業，保険業 / Finance and insurance */
  | 'J'
  /** 不動産業，物品賃貸業 / Real estate and goods rental and leasing */
  | 'K'
  /** 学術研究，専門・技術サービス業 / Scientific research, professional and technical services */
  | 'L'
  /** 宿泊業，飲食サービス業 / Accommodations, eating and drinking services */
  | 'M'
  /** 生活関連サービス業，娯楽業 / Living-related and personal services and amusement services */
  | 'N'
  /** 教育，学習支援業 / Education, learning support */
  | 'O'
  /** 医療，福祉 / Medical, health care and welfare */
  | 'P'
  /** 複合サービス事業 / Compound services */
  | 'Q'
  /** サービス業（他に分類されないもの） / Services, not elsewhere classified */
  | 'R'
  /** 公務（他に分類されるものを除く） / Government, except elsewhere classified */
  | 'S'
  /** 分類不能の産業 / Industries unable to classify */
  | 'T';

export type Invitation = {
  __typename?: 'Invitation';
  acceptedAt: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  email: Scalars['String']['output'];
  expiresAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  organisation: Organisation;
  role: Role;
};

export type InviteCompanyAdminInput = {
  /** Who is to become its company admin (she signs up, or signs in, with the link) */
  email: Scalars['String']['input'];
  /** An approved company of her secretariat */
  organisationId: Scalars['ID']['input'];
};

export type InviteEmployeeInput = {
  email: Scalars['String']['input'];
  organisationId: Scalars['ID']['input'];
};

export type InviteMemberInput = {
  email: Scalars['String']['input'];
  organisationId: Scalars['ID']['input'];
  role: Role;
};

export type Lesson = {
  __typename?: 'Lesson';
  /** Markdown for text lessons */
  body: Scalars['String']['output'];
  /** The body rendered from Markdown, sanitized */
  bodyHtml: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** The uploaded file of a file lesson */
  file: Maybe<CourseFile>;
  id: Scalars['ID']['output'];
  kind: LessonKind;
  position: Scalars['Int']['output'];
  title: Scalars['String']['output'];
  url: Maybe<Scalars['String']['output']>;
};

export type LessonKind =
  | 'file'
  | 'link'
  | 'text';

export type LineLink = {
  __typename?: 'LineLink';
  /** The one-time code to send to the official account: only in the answer that issued it */
  code: Maybe<Scalars['String']['output']>;
  /** When her latest unused code stops working */
  codeExpiresAt: Maybe<Scalars['DateTime']['output']>;
  /** Whether LINE is configured on this server (otherwise nothing can be linked) */
  enabled: Scalars['Boolean']['output'];
  linked: Scalars['Boolean']['output'];
  linkedAt: Maybe<Scalars['DateTime']['output']>;
};

/** UI and message language */
export type Locale =
  | 'en'
  | 'ja';

/** What anyone needs to check a lottery: the seed’s SHA-256 published before applications opened, and after the draw the seed, the tickets with their tiers in drawn order, and the algorithm */
export type LotteryDraw = {
  __typename?: 'LotteryDraw';
  /** The draw algorithm, by name and version */
  algorithm: Scalars['String']['output'];
  /** Applications drawn (or, before the draw, received) */
  applicationCount: Scalars['Int']['output'];
  /** SHA-256 (hex) of the seed */
  commitment: Scalars['String']['output'];
  drawnAt: Maybe<Scalars['DateTime']['output']>;
  /** Empty until the draw */
  entries: Array<LotteryDrawEntry>;
  /** The priority rules, tier 0 first */
  priorities: Array<Scalars['String']['output']>;
  /** The seed: null until the draw */
  seed: Maybe<Scalars['String']['output']>;
  session: Session;
  /** Applications cancelled before the draw, oldest first: an application cannot vanish from the record (empty until the draw) */
  withdrawn: Array<LotteryWithdrawal>;
};

/** One application in the drawn order */
export type LotteryDrawEntry = {
  __typename?: 'LotteryDrawEntry';
  /** 1 = drawn first */
  drawOrder: Scalars['Int']['output'];
  /** The application’s pseudonym (申込番号); each applicant sees hers in My seminars */
  ticket: Scalars['String']['output'];
  /** Priority tier: 0 is drawn first */
  tier: Scalars['Int']['output'];
};

/** An application cancelled before the draw, so it took no part in it */
export type LotteryWithdrawal = {
  __typename?: 'LotteryWithdrawal';
  /** Cancelled by the organisers (otherwise by the applicant herself) */
  byOrganisers: Scalars['Boolean']['output'];
  /** The application’s pseudonym (申込番号) */
  ticket: Scalars['String']['output'];
  withdrawnAt: Scalars['DateTime']['output'];
};

export type Meeting = {
  __typename?: 'Meeting';
  endsAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  startsAt: Scalars['DateTime']['output'];
};

/** A member company's answer for a meeting */
export type MeetingAttendance = {
  __typename?: 'MeetingAttendance';
  organisationId: Scalars['ID']['output'];
  organisationName: Scalars['String']['output'];
  status: MeetingAttendanceStatus;
  updatedAt: Scalars['DateTime']['output'];
};

export type MeetingAttendanceStatus =
  | 'absent'
  | 'attending'
  | 'undecided';

export type MeetingInput = {
  endsAt: Scalars['DateTime']['input'];
  /** An existing meeting to keep (on update) */
  id?: InputMaybe<Scalars['ID']['input']>;
  startsAt: Scalars['DateTime']['input'];
};

export type Membership = {
  __typename?: 'Membership';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  organisation: Organisation;
  role: Role;
  user: User;
};

export type Mutation = {
  __typename?: 'Mutation';
  acceptEmploymentInvitation: MyEmployment;
  /** Her company accepts the group's invitation */
  acceptGroupInvitation: CompanyGroup;
  /** The signed-in user accepts an invitation sent to her email */
  acceptInvitation: Membership;
  /** She accepts: enrolled at once in the held seat, with her answers and childcare */
  acceptNomination: SeatNomination;
  /** Adds a certification her company holds */
  addCompanyCertification: CompanyProfile;
  /** Names a staff member of the owner as the group's coordinator */
  addGroupCoordinator: CompanyGroup;
  addLesson: Lesson;
  /** Applies to join the programme as a new company; she becomes its company admin at once */
  applyAsCompany: CompanyProfile;
  /** By the learner before the deadline, or by staff; promotes the waitlist */
  cancelEnrolment: Enrolment;
  /** Cancels the session (中止) and every enrolment still holding or waiting for a seat */
  cancelSession: Session;
  /** Other devices are signed out */
  changePassword: Scalars['Boolean']['output'];
  /** Checks a participant in for a meeting with her QR code */
  checkIn: Enrolment;
  /** Closes a pool before its deadline; unused seats go back */
  closeSeatPool: SeatPool;
  commentOnGroupPost: GroupPostComment;
  /** The signed-in learner marks a lesson done; returns its course */
  completeLesson: Course;
  confirmEmployment: CompanyEmployment;
  /** A draft copy of a course (content, lessons and their files, co-organisers; with sessionsShiftDays its scheduled sessions, every date moved), e.g. for next year */
  copyCourse: Course;
  /** Staff of a secretariat create a company group it owns */
  createCompanyGroup: CompanyGroup;
  /** Creates a draft course */
  createCourse: Course;
  /** A post on the board; decisions and meetings by coordinators and the owner only */
  createGroupPost: GroupPost;
  createOrganisation: Organisation;
  /** A new session with its meetings and questions */
  createSession: Session;
  /** Approves or declines (with a reason) an application to her organisation's secretariat */
  decideCompanyApplication: CompanyProfile;
  declineEmploymentInvitation: MyEmployment;
  declineEmploymentRequest: CompanyEmployment;
  declineGroupInvitation: Scalars['Boolean']['output'];
  /** She declines; the seat goes back to the pool */
  declineNomination: SeatNomination;
  /** Draws the lottery now, after applications have closed, with the seed committed to when it was set up */
  drawLottery: Session;
  /** Her own post, edited (marked edited with the time) */
  editGroupPost: GroupPost;
  /** She or her company admin ends a link; her consent for that company is turned off */
  endEmployment: CompanyEmployment;
  /** Enrols the signed-in learner: confirmed, waitlisted, or applied (lottery) */
  enrol: Enrolment;
  /** Invites a company admin for an approved company of her organisation's secretariat (e.g. one it registered) */
  inviteCompanyAdmin: CreatedInvitation;
  /** Invites an approved partner company (it accepts or declines) */
  inviteCompanyToGroup: CompanyGroup;
  /** Invites an account by email address; the same answer whether or not it exists */
  inviteEmployee: Scalars['Boolean']['output'];
  /** Invites a person by email into the organisation with a role */
  inviteMember: CreatedInvitation;
  /** A new feed URL; the previous one stops working */
  issueCalendarFeed: CalendarFeed;
  /** A new one-time code (15 minutes) to send to the official account; earlier codes stop working */
  issueLineLinkCode: LineLink;
  /** Her company leaves the group; recorded with its date */
  leaveCompanyGroup: Scalars['Boolean']['output'];
  /** How many were unread */
  markAllNotificationsRead: Scalars['Int']['output'];
  /** Marks attendance by hand (search-by-name fallback) */
  markAttendance: Enrolment;
  markNotificationRead: Notification;
  /** Nominates one of her employees for a seat offered to her company */
  nominateForSeat: SeatNomination;
  /** Offers seats of her company's session to the other companies of its company groups */
  offerSeatPool: SeatPool;
  publishCourse: Course;
  /** Exchanges a refresh token (once) for new tokens */
  refreshSession: AuthPayload;
  /** A secretariat's staff register a company themselves: approved at once */
  registerCompany: CompanyProfile;
  /** Removes a certification of her company's */
  removeCompanyCertification: CompanyProfile;
  /** Removes a current member: recorded as having left now */
  removeCompanyFromGroup: CompanyGroup;
  removeGroupCoordinator: CompanyGroup;
  /** A file removed from her own post */
  removeGroupPostFile: GroupPost;
  /** Removes a lesson; returns its course */
  removeLesson: Course;
  /** lessonIds: every lesson of the course, in the new order */
  reorderLessons: Course;
  /** Sends a link to the new address; it replaces hers only once that link is opened */
  requestEmailChange: Scalars['Boolean']['output'];
  /** Asks an approved company to confirm her as its employee */
  requestEmployment: MyEmployment;
  /** Sends a reset link (valid 30 minutes, once) if the address has an account. Always true: the answer never says whether it has */
  requestPasswordReset: Scalars['Boolean']['output'];
  /** Sends the verification link again (to the address she is changing to, if any) */
  resendEmailVerification: Scalars['Boolean']['output'];
  /** Sets a new password with a reset link; every session of hers ends */
  resetPassword: Scalars['Boolean']['output'];
  /** Sends a declined application again */
  resubmitCompanyApplication: CompanyProfile;
  retryNotificationDelivery: NotificationDelivery;
  /** Stops her feed URL */
  revokeCalendarFeed: CalendarFeed;
  /** Her consent for a company she is an active employee of; recorded, effective at once */
  setCompanyConsent: MyEmployment;
  /** Her company's answer for a meeting of its group */
  setMeetingAttendance: GroupPost;
  setNotificationPreference: NotificationPreference;
  /** Who the course is offered to (shared programmes): its own organisation's people, its company groups, or everyone. Its provider's decision only */
  shareCourse: Course;
  /** Null with an error when refused. One password check per request: a second is refused. */
  signIn: Maybe<AuthPayload>;
  /** Ends this device's session; its refresh tokens stop working */
  signOut: Scalars['Boolean']['output'];
  /** Creates an account and signs in */
  signUp: AuthPayload;
  /** Ends her LINE link: nothing more is sent there */
  unlinkLine: LineLink;
  /** Back to draft: hidden from everyone but editors */
  unpublishCourse: Course;
  /** A mail's unsubscribe link: turns off that kind's email */
  unsubscribe: NotificationPreference;
  updateCompanyGroup: CompanyGroup;
  /** Changes her own company's profile */
  updateCompanyProfile: CompanyProfile;
  updateCourse: Course;
  updateLesson: Lesson;
  /** Sets the organisation's contact (問い合わせ先) and privacy notice shown on its seminars */
  updateOrganisationContact: Organisation;
  /** Remembers the UI language for this user */
  updatePreferredLocale: User;
  updateSession: Session;
  /** Opens a verification link: the address is verified, or the new address takes effect */
  verifyEmail: Scalars['Boolean']['output'];
  /** Withdraws a pending nomination; the seat goes back to the pool */
  withdrawNomination: SeatNomination;
};


export type MutationAcceptEmploymentInvitationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationAcceptGroupInvitationArgs = {
  groupId: Scalars['ID']['input'];
  organisationId: Scalars['ID']['input'];
};


export type MutationAcceptInvitationArgs = {
  token: Scalars['String']['input'];
};


export type MutationAcceptNominationArgs = {
  input: AcceptNominationInput;
};


export type MutationAddCompanyCertificationArgs = {
  input: AddCompanyCertificationInput;
};


export type MutationAddGroupCoordinatorArgs = {
  groupId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
};


export type MutationAddLessonArgs = {
  input: AddLessonInput;
};


export type MutationApplyAsCompanyArgs = {
  input: CompanyApplicationInput;
};


export type MutationCancelEnrolmentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCancelSessionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationChangePasswordArgs = {
  input: ChangePasswordInput;
};


export type MutationCheckInArgs = {
  code: Scalars['String']['input'];
  meetingId: Scalars['ID']['input'];
  sessionId: Scalars['ID']['input'];
};


export type MutationCloseSeatPoolArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCommentOnGroupPostArgs = {
  input: CommentOnGroupPostInput;
};


export type MutationCompleteLessonArgs = {
  lessonId: Scalars['ID']['input'];
};


export type MutationConfirmEmploymentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCopyCourseArgs = {
  id: Scalars['ID']['input'];
  input?: InputMaybe<CopyCourseInput>;
};


export type MutationCreateCompanyGroupArgs = {
  input: CreateCompanyGroupInput;
};


export type MutationCreateCourseArgs = {
  input: CreateCourseInput;
};


export type MutationCreateGroupPostArgs = {
  input: CreateGroupPostInput;
};


export type MutationCreateOrganisationArgs = {
  input: CreateOrganisationInput;
};


export type MutationCreateSessionArgs = {
  input: CreateSessionInput;
};


export type MutationDecideCompanyApplicationArgs = {
  input: DecideCompanyApplicationInput;
};


export type MutationDeclineEmploymentInvitationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeclineEmploymentRequestArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeclineGroupInvitationArgs = {
  groupId: Scalars['ID']['input'];
  organisationId: Scalars['ID']['input'];
};


export type MutationDeclineNominationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDrawLotteryArgs = {
  sessionId: Scalars['ID']['input'];
};


export type MutationEditGroupPostArgs = {
  input: EditGroupPostInput;
};


export type MutationEndEmploymentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationEnrolArgs = {
  input: EnrolInput;
};


export type MutationInviteCompanyAdminArgs = {
  input: InviteCompanyAdminInput;
};


export type MutationInviteCompanyToGroupArgs = {
  groupId: Scalars['ID']['input'];
  organisationId: Scalars['ID']['input'];
};


export type MutationInviteEmployeeArgs = {
  input: InviteEmployeeInput;
};


export type MutationInviteMemberArgs = {
  input: InviteMemberInput;
};


export type MutationLeaveCompanyGroupArgs = {
  groupId: Scalars['ID']['input'];
  organisationId: Scalars['ID']['input'];
};


export type MutationMarkAttendanceArgs = {
  enrolmentId: Scalars['ID']['input'];
  meetingId: Scalars['ID']['input'];
  status: AttendanceStatus;
};


export type MutationMarkNotificationReadArgs = {
  id: Scalars['ID']['input'];
};


export type MutationNominateForSeatArgs = {
  input: NominateForSeatInput;
};


export type MutationOfferSeatPoolArgs = {
  input: OfferSeatPoolInput;
};


export type MutationPublishCourseArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRefreshSessionArgs = {
  refreshToken: Scalars['String']['input'];
};


export type MutationRegisterCompanyArgs = {
  input: CompanyRegistrationInput;
};


export type MutationRemoveCompanyCertificationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRemoveCompanyFromGroupArgs = {
  groupId: Scalars['ID']['input'];
  organisationId: Scalars['ID']['input'];
};


export type MutationRemoveGroupCoordinatorArgs = {
  groupId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
};


export type MutationRemoveGroupPostFileArgs = {
  fileId: Scalars['ID']['input'];
};


export type MutationRemoveLessonArgs = {
  id: Scalars['ID']['input'];
};


export type MutationReorderLessonsArgs = {
  courseId: Scalars['ID']['input'];
  lessonIds: Array<Scalars['ID']['input']>;
};


export type MutationRequestEmailChangeArgs = {
  currentPassword: Scalars['String']['input'];
  newEmail: Scalars['String']['input'];
};


export type MutationRequestEmploymentArgs = {
  organisationId: Scalars['ID']['input'];
};


export type MutationRequestPasswordResetArgs = {
  email: Scalars['String']['input'];
};


export type MutationResetPasswordArgs = {
  newPassword: Scalars['String']['input'];
  token: Scalars['String']['input'];
};


export type MutationResubmitCompanyApplicationArgs = {
  organisationId: Scalars['ID']['input'];
};


export type MutationRetryNotificationDeliveryArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSetCompanyConsentArgs = {
  input: SetCompanyConsentInput;
};


export type MutationSetMeetingAttendanceArgs = {
  input: SetMeetingAttendanceInput;
};


export type MutationSetNotificationPreferenceArgs = {
  input: NotificationPreferenceInput;
};


export type MutationShareCourseArgs = {
  courseId: Scalars['ID']['input'];
  visibility: CourseVisibility;
};


export type MutationSignInArgs = {
  input: SignInInput;
};


export type MutationSignUpArgs = {
  input: SignUpInput;
};


export type MutationUnpublishCourseArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUnsubscribeArgs = {
  token: Scalars['String']['input'];
};


export type MutationUpdateCompanyGroupArgs = {
  input: UpdateCompanyGroupInput;
};


export type MutationUpdateCompanyProfileArgs = {
  input: UpdateCompanyProfileInput;
};


export type MutationUpdateCourseArgs = {
  id: Scalars['ID']['input'];
  input: UpdateCourseInput;
};


export type MutationUpdateLessonArgs = {
  id: Scalars['ID']['input'];
  input: UpdateLessonInput;
};


export type MutationUpdateOrganisationContactArgs = {
  input: UpdateOrganisationContactInput;
};


export type MutationUpdatePreferredLocaleArgs = {
  locale: Locale;
};


export type MutationUpdateSessionArgs = {
  id: Scalars['ID']['input'];
  input: UpdateSessionInput;
};


export type MutationVerifyEmailArgs = {
  token: Scalars['String']['input'];
};


export type MutationWithdrawNominationArgs = {
  id: Scalars['ID']['input'];
};

export type MyEmployment = {
  __typename?: 'MyEmployment';
  /** The company may nominate her for courses */
  allowsNomination: Scalars['Boolean']['output'];
  companyName: Scalars['String']['output'];
  confirmedAt: Maybe<Scalars['DateTime']['output']>;
  endedAt: Maybe<Scalars['DateTime']['output']>;
  /** The employment link */
  id: Scalars['ID']['output'];
  organisationId: Scalars['ID']['output'];
  requestedAt: Scalars['DateTime']['output'];
  /** The company sees her enrolments, attendance, completion and certificates */
  sharesParticipation: Scalars['Boolean']['output'];
  status: EmploymentStatus;
};

export type NominateForSeatInput = {
  /** The nominating company (she must be its employee) */
  organisationId: Scalars['ID']['input'];
  poolId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
};

/** nominated (holds a seat until she answers), accepted, declined, withdrawn, expired */
export type NominationStatus =
  | 'accepted'
  | 'declined'
  | 'expired'
  | 'nominated'
  | 'withdrawn';

export type Notification = {
  __typename?: 'Notification';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  kind: NotificationKind;
  /** The app path it is about */
  link: Maybe<Scalars['String']['output']>;
  readAt: Maybe<Scalars['DateTime']['output']>;
  /** In the viewer's language */
  summary: Scalars['String']['output'];
  /** In the viewer's language */
  title: Scalars['String']['output'];
};

export type NotificationChannel =
  | 'EMAIL'
  | 'IN_APP'
  | 'LINE';

export type NotificationDelivery = {
  __typename?: 'NotificationDelivery';
  attempts: Scalars['Int']['output'];
  channel: NotificationChannel;
  createdAt: Scalars['DateTime']['output'];
  failedAt: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  kind: NotificationKind;
  /** An SMTP code or a short reason; no personal data */
  lastError: Maybe<Scalars['String']['output']>;
  recipientId: Scalars['ID']['output'];
  sentAt: Maybe<Scalars['DateTime']['output']>;
  status: DeliveryStatus;
};

export type NotificationKind =
  | 'COMPANY_APPLICATION_DECIDED'
  | 'COMPANY_EMPLOYEE_INVITED'
  | 'EMAIL_VERIFICATION'
  | 'ENROLMENT_CANCELLED'
  | 'ENROLMENT_CONFIRMED'
  | 'ENROLMENT_PROMOTED'
  | 'ENROLMENT_WAITLISTED'
  | 'LOTTERY_RESULT'
  | 'PASSWORD_RESET'
  | 'SEAT_NOMINATION_ANSWERED'
  | 'SEAT_NOMINATION_RECEIVED'
  | 'SESSION_CANCELLED'
  | 'SESSION_CHANGED'
  | 'SESSION_REMINDER'
  | 'STAFF_DIGEST';

export type NotificationPage = {
  __typename?: 'NotificationPage';
  items: Array<Notification>;
  /** Pass as `after` for the next page; null on the last */
  nextCursor: Maybe<Scalars['String']['output']>;
  unreadCount: Scalars['Int']['output'];
};

export type NotificationPreference = {
  __typename?: 'NotificationPreference';
  email: Scalars['Boolean']['output'];
  inApp: Scalars['Boolean']['output'];
  kind: NotificationKind;
  line: Scalars['Boolean']['output'];
  /** Cannot be switched off entirely: the in-app record is always kept */
  transactional: Scalars['Boolean']['output'];
};

export type NotificationPreferenceInput = {
  email: Scalars['Boolean']['input'];
  inApp: Scalars['Boolean']['input'];
  kind: NotificationKind;
  line: Scalars['Boolean']['input'];
};

export type OfferSeatPoolInput = {
  allocation: SeatAllocation;
  /** per_company only: each company and its seats, adding up to `seats` */
  allocations?: Array<SeatAllocationInput>;
  /** Nominations close then; the seats not accepted go back to the session */
  closesAt: Scalars['DateTime']['input'];
  seats: Scalars['Int']['input'];
  sessionId: Scalars['ID']['input'];
};

export type Organisation = {
  __typename?: 'Organisation';
  certifications: Array<Certification>;
  /** Contact: the department answering questions */
  contactDepartment: Maybe<Scalars['String']['output']>;
  contactEmail: Maybe<Scalars['String']['output']>;
  /** e.g. 平日 9:00〜17:00 */
  contactHours: Maybe<Scalars['String']['output']>;
  contactPhone: Maybe<Scalars['String']['output']>;
  contactUrl: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  kind: OrganisationKind;
  name: Scalars['String']['output'];
  /** Prefecture the organisation is based in (e.g. 茨城県) */
  prefecture: Maybe<Scalars['String']['output']>;
  /** 個人情報の取扱いについて: the organisation's own notice; null means the platform's default */
  privacyNotice: Maybe<Scalars['String']['output']>;
};

export type OrganisationKind =
  | 'chamber_of_commerce'
  | 'city'
  | 'national_agency'
  | 'npo'
  | 'partner_company'
  | 'prefecture';

export type ParticipationCounts = {
  __typename?: 'ParticipationCounts';
  completedTotal: Maybe<Scalars['Int']['output']>;
  courses: Array<ParticipationCountsRow>;
  enrolledTotal: Maybe<Scalars['Int']['output']>;
  grandTotal: Maybe<Scalars['Int']['output']>;
  /** The smallest count shown (5): smaller ones are hidden */
  minimum: Scalars['Int']['output'];
  suppressedCount: Scalars['Int']['output'];
};

export type ParticipationCountsRow = {
  __typename?: 'ParticipationCountsRow';
  completed: Maybe<Scalars['Int']['output']>;
  courseId: Scalars['ID']['output'];
  courseTitle: Scalars['String']['output'];
  /** Enrolled and not (yet) completed */
  enrolled: Maybe<Scalars['Int']['output']>;
  total: Maybe<Scalars['Int']['output']>;
};

export type PartnerCompany = {
  __typename?: 'PartnerCompany';
  name: Scalars['String']['output'];
  /** フリガナ of the company name */
  nameKana: Scalars['String']['output'];
  organisationId: Scalars['ID']['output'];
};

/** Which home page a user sees */
export type Persona =
  | 'company_admin'
  | 'learner'
  | 'mentor'
  | 'staff';

export type Query = {
  __typename?: 'Query';
  /** Upcoming sessions of published courses: public ones for everyone, plus those her organisations may see */
  catalogue: CataloguePage;
  /** Companies that applied to (or were registered by) her organisations' secretariat, oldest first */
  companyApplications: Array<CompanyProfile>;
  /** Her company's employment links: names and states */
  companyEmployees: Array<CompanyEmployee>;
  companyGroup: CompanyGroup;
  /** The company groups she runs, coordinates, or whose member or invited company she acts for */
  companyGroups: Array<CompanyGroup>;
  /** Consenting employees' participation; everyone else's in suppressed counts (audit-logged) */
  companyParticipation: CompanyParticipation;
  /** An approved company's public profile, for anyone (its company page); an unapproved one only for its admins and secretariat */
  companyProfile: CompanyProfile;
  /** A published course she may see; editors also see drafts and restricted courses */
  course: Course;
  /** Participation by company in a fiscal year (this one unless given), for the secretariat's staff: counts only, small ones suppressed; audited */
  crossCompanyOverview: CrossCompanyOverview;
  /** Courses she may edit, drafts included */
  editableCourses: Array<Course>;
  /** What an invitation link offers (for the sign-up page) */
  invitation: Invitation;
  /** The public record of a lottery, to check it: commitment, and after the draw seed and order */
  lotteryDraw: LotteryDraw;
  /** The signed-in user */
  me: User;
  /** Whether she has a calendar feed, and since when */
  myCalendarFeed: CalendarFeed;
  /** The companies she is a company admin of */
  myCompanies: Array<CompanyProfile>;
  /** Her own record of consent changes, newest first */
  myConsentHistory: Array<ConsentChange>;
  /** Her links to employers, with her consent for each */
  myEmployments: Array<MyEmployment>;
  /** The signed-in learner's enrolments */
  myEnrolments: Array<Enrolment>;
  /** Her LINE link (and whether LINE is set up at all) */
  myLineLink: LineLink;
  /** Her nominations, newest first */
  myNominations: Array<SeatNomination>;
  myNotificationPreferences: Array<NotificationPreference>;
  /** Her notification centre, newest first */
  myNotifications: NotificationPage;
  /** Deliveries about her organisations' sessions (platform admins: all) */
  notificationOutbox: Array<NotificationDelivery>;
  organisation: Organisation;
  /** An organisation's members; for its staff, admins and company admins */
  organisationMembers: Array<Membership>;
  organisations: Array<Organisation>;
  /** The courses the organisation provides (drafts included) or co-organises (共催), provided first: its programmes */
  ourProgrammes: Array<Course>;
  /** Approved partner companies she may ask to link her */
  partnerCompanies: Array<PartnerCompany>;
  /** The pools her company offers, with each company’s share in counts */
  seatPoolsOfferedBy: Array<SeatPool>;
  /** The pools offered to her company, with its own nominations */
  seatPoolsOfferedTo: Array<SeatPoolOffer>;
  /** A session of a course she may see */
  session: Session;
  /** A session's enrolments, for the people who run it */
  sessionRoster: Array<Enrolment>;
  unreadNotificationCount: Scalars['Int']['output'];
  /** Public verification of a certificate by its code */
  verifyCertificate: CertificateVerification;
};


export type QueryCatalogueArgs = {
  filter?: InputMaybe<CatalogueFilter>;
};


export type QueryCompanyApplicationsArgs = {
  status?: InputMaybe<CompanyStatus>;
};


export type QueryCompanyEmployeesArgs = {
  organisationId: Scalars['ID']['input'];
  status?: InputMaybe<EmploymentStatus>;
};


export type QueryCompanyGroupArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCompanyParticipationArgs = {
  fiscalYear?: InputMaybe<Scalars['Int']['input']>;
  organisationId: Scalars['ID']['input'];
};


export type QueryCompanyProfileArgs = {
  organisationId: Scalars['ID']['input'];
};


export type QueryCourseArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCrossCompanyOverviewArgs = {
  fiscalYear?: InputMaybe<Scalars['Int']['input']>;
  organisationId: Scalars['ID']['input'];
};


export type QueryInvitationArgs = {
  token: Scalars['String']['input'];
};


export type QueryLotteryDrawArgs = {
  sessionId: Scalars['ID']['input'];
};


export type QueryMyNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryNotificationOutboxArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<DeliveryStatus>;
};


export type QueryOrganisationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrganisationMembersArgs = {
  organisationId: Scalars['ID']['input'];
};


export type QueryOrganisationsArgs = {
  kind?: InputMaybe<OrganisationKind>;
};


export type QueryOurProgrammesArgs = {
  organisationId: Scalars['ID']['input'];
};


export type QuerySeatPoolsOfferedByArgs = {
  organisationId: Scalars['ID']['input'];
};


export type QuerySeatPoolsOfferedToArgs = {
  organisationId: Scalars['ID']['input'];
};


export type QuerySessionArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySessionRosterArgs = {
  sessionId: Scalars['ID']['input'];
};


export type QueryVerifyCertificateArgs = {
  code: Scalars['String']['input'];
};

export type QuestionInput = {
  /** For choice questions: at least two */
  choices?: InputMaybe<Array<Scalars['String']['input']>>;
  /** An existing question to keep (on update) */
  id?: InputMaybe<Scalars['ID']['input']>;
  kind: QuestionKind;
  label: Scalars['String']['input'];
  required?: InputMaybe<Scalars['Boolean']['input']>;
};

export type QuestionKind =
  | 'choice'
  | 'text'
  | 'yes_no';

/** first_come, or lottery (抽選) */
export type RegistrationMode =
  | 'first_come'
  | 'lottery';

export type RegistrationQuestion = {
  __typename?: 'RegistrationQuestion';
  choices: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: QuestionKind;
  label: Scalars['String']['output'];
  position: Scalars['Int']['output'];
  required: Scalars['Boolean']['output'];
};

/** A role held in one organisation */
export type Role =
  | 'admin'
  | 'company_admin'
  | 'learner'
  | 'mentor'
  | 'staff'
  | 'team_member';

/** per_company (each company its share) or first_come (one pool for all the companies) */
export type SeatAllocation =
  | 'first_come'
  | 'per_company';

export type SeatAllocationInput = {
  organisationId: Scalars['ID']['input'];
  seats: Scalars['Int']['input'];
};

export type SeatNomination = {
  __typename?: 'SeatNomination';
  /** The pool's deadline: she answers before it */
  closesAt: Scalars['DateTime']['output'];
  companyName: Scalars['String']['output'];
  courseTitle: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  decidedAt: Maybe<Scalars['DateTime']['output']>;
  /** Her enrolment, once accepted */
  enrolmentId: Maybe<Scalars['ID']['output']>;
  familyName: Scalars['String']['output'];
  givenName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  offeringCompanyName: Scalars['String']['output'];
  /** The nominating company */
  organisationId: Scalars['ID']['output'];
  poolId: Scalars['ID']['output'];
  /** The session (its questions and childcare): the nominee only */
  session: Session;
  sessionId: Scalars['ID']['output'];
  status: NominationStatus;
  userId: Scalars['ID']['output'];
};

export type SeatPool = {
  __typename?: 'SeatPool';
  acceptedCount: Scalars['Int']['output'];
  allocation: SeatAllocation;
  closesAt: Scalars['DateTime']['output'];
  courseTitle: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  offeringCompanyName: Scalars['String']['output'];
  offeringOrganisationId: Scalars['ID']['output'];
  /** Who accepted a seat (now on the session's roster), with her company: for the offering company every company's, for a company offered to its own. Pending nominations are counts only */
  participants: Array<SeatPoolParticipant>;
  seats: Scalars['Int']['output'];
  sessionId: Scalars['ID']['output'];
  /** Per company: for the offering company every company, for a company offered to its own */
  shares: Array<SeatPoolShare>;
  status: SeatPoolStatus;
  /** Live nominations (nominated or accepted): seats taken in the pool */
  takenCount: Scalars['Int']['output'];
};

export type SeatPoolOffer = {
  __typename?: 'SeatPoolOffer';
  nominations: Array<SeatNomination>;
  pool: SeatPool;
  /** Seats this company may still nominate for */
  seatsLeftForUs: Scalars['Int']['output'];
};

export type SeatPoolParticipant = {
  __typename?: 'SeatPoolParticipant';
  /** When she accepted */
  acceptedAt: Scalars['DateTime']['output'];
  /** Her (nominating) company */
  companyName: Scalars['String']['output'];
  familyName: Scalars['String']['output'];
  givenName: Scalars['String']['output'];
};

export type SeatPoolShare = {
  __typename?: 'SeatPoolShare';
  acceptedCount: Scalars['Int']['output'];
  companyName: Scalars['String']['output'];
  organisationId: Scalars['ID']['output'];
  /** per_company: its allocation; first_come: null */
  seats: Maybe<Scalars['Int']['output']>;
  /** Its live nominations (nominated or accepted) */
  takenCount: Scalars['Int']['output'];
};

export type SeatPoolStatus =
  | 'closed'
  | 'open';

export type Session = {
  __typename?: 'Session';
  accessNotes: Maybe<Scalars['String']['output']>;
  /** Learners may cancel themselves until then */
  cancellationDeadline: Scalars['DateTime']['output'];
  capacity: Scalars['Int']['output'];
  /** Attendance may be recorded from this many minutes before each meeting */
  checkInOpensMinutesBefore: Scalars['Int']['output'];
  childcareCapacity: Scalars['Int']['output'];
  childcareMaxAgeMonths: Maybe<Scalars['Int']['output']>;
  childcareMinAgeMonths: Maybe<Scalars['Int']['output']>;
  childcareSeatsLeft: Scalars['Int']['output'];
  completionMinMeetings: Maybe<Scalars['Int']['output']>;
  completionRule: CompletionRule;
  course: Course;
  createdAt: Scalars['DateTime']['output'];
  drawAt: Maybe<Scalars['DateTime']['output']>;
  drawnAt: Maybe<Scalars['DateTime']['output']>;
  /** 参加費 in yen; null or 0 means free (無料) */
  feeYen: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  /** Held off-site, where mothers with small children already gather */
  isOffsite: Scalars['Boolean']['output'];
  isOnline: Scalars['Boolean']['output'];
  /** SHA-256 (hex) of the lottery seed, published before anyone can apply; the seed itself is revealed at the draw */
  lotteryCommitment: Maybe<Scalars['String']['output']>;
  lotteryPriorities: Array<Scalars['String']['output']>;
  /** The lottery seed: revealed at the draw (null before, for everyone); its SHA-256 is lotteryCommitment */
  lotterySeed: Maybe<Scalars['String']['output']>;
  /** In time order */
  meetings: Array<Meeting>;
  /** The signed-in learner's own enrolment in this session unless cancelled; null when signed out */
  myEnrolment: Maybe<Enrolment>;
  /** The join URL: for confirmed participants and organisers only */
  onlineUrl: Maybe<Scalars['String']['output']>;
  /** Asked when she applies, in order */
  questions: Array<RegistrationQuestion>;
  registrationClosesAt: Scalars['DateTime']['output'];
  registrationMode: RegistrationMode;
  registrationOpensAt: Scalars['DateTime']['output'];
  /** Participants are reminded this many hours before each meeting (0: none) */
  reminderHoursBefore: Scalars['Int']['output'];
  seatsLeft: Scalars['Int']['output'];
  status: SessionStatus;
  /** e.g. 第1期 / 2026年6月開催 */
  title: Scalars['String']['output'];
  venueAddress: Maybe<Scalars['String']['output']>;
  venueName: Maybe<Scalars['String']['output']>;
  /** How many wait for a seat now (キャンセル待ち); she would be next after them */
  waitlistCount: Scalars['Int']['output'];
};

export type SessionStatus =
  | 'cancelled'
  | 'scheduled';

export type SetCompanyConsentInput = {
  allowsNomination?: InputMaybe<Scalars['Boolean']['input']>;
  organisationId: Scalars['ID']['input'];
  sharesParticipation?: InputMaybe<Scalars['Boolean']['input']>;
};

export type SetMeetingAttendanceInput = {
  /** Her company, a current member of the group */
  organisationId: Scalars['ID']['input'];
  postId: Scalars['ID']['input'];
  status: MeetingAttendanceStatus;
};

export type SignInInput = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

export type SignUpInput = {
  email: Scalars['String']['input'];
  /** 姓 (family name) */
  familyName: Scalars['String']['input'];
  /** セイ: family name in kana */
  familyNameKana: Scalars['String']['input'];
  /** 名 (given name) */
  givenName: Scalars['String']['input'];
  /** メイ: given name in kana */
  givenNameKana: Scalars['String']['input'];
  password: Scalars['String']['input'];
  preferredLocale?: InputMaybe<Locale>;
};

export type UpdateCompanyGroupInput = {
  charter?: InputMaybe<Scalars['String']['input']>;
  fiscalYear?: InputMaybe<Scalars['Int']['input']>;
  groupId: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateCompanyProfileInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  /** Contact people, at most 5 */
  contacts?: InputMaybe<Array<CompanyContactInput>>;
  /** 法人番号: 13 digits; full-width digits and hyphens are accepted */
  corporateNumber?: InputMaybe<Scalars['String']['input']>;
  industry?: InputMaybe<IndustryMajorGroup>;
  /** The company name (the organisation’s name) */
  name?: InputMaybe<Scalars['String']['input']>;
  /** フリガナ (hiragana or katakana) */
  nameKana?: InputMaybe<Scalars['String']['input']>;
  organisationId: Scalars['ID']['input'];
  /** 郵便番号 (7 digits) */
  postalCode?: InputMaybe<Scalars['String']['input']>;
  sizeBand?: InputMaybe<CompanySizeBand>;
  website?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateCourseInput = {
  /** Who the course is for (対象) */
  audienceNotes?: InputMaybe<Scalars['String']['input']>;
  category?: InputMaybe<CourseCategory>;
  /** Organisations running the course with the provider (共催); their staff edit it and run its sessions. Only the provider side may change it. */
  coOrganiserIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** An image uploaded to this course as its cover (POST /api/courses/:courseId/files?purpose=cover); null removes it */
  coverFileId?: InputMaybe<Scalars['ID']['input']>;
  coverImageUrl?: InputMaybe<Scalars['String']['input']>;
  /** Markdown */
  description?: InputMaybe<Scalars['String']['input']>;
  summary?: InputMaybe<Scalars['String']['input']>;
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  title?: InputMaybe<Scalars['String']['input']>;
  /** public unless given */
  visibility?: InputMaybe<CourseVisibility>;
};

export type UpdateLessonInput = {
  /** Markdown (text lessons) */
  body?: InputMaybe<Scalars['String']['input']>;
  /** A file uploaded to this course for lessons (POST /api/courses/:courseId/files?purpose=lesson); file lessons only */
  fileId?: InputMaybe<Scalars['ID']['input']>;
  kind?: InputMaybe<LessonKind>;
  title?: InputMaybe<Scalars['String']['input']>;
  /** Required for link lessons; a file lesson has a url or an uploaded file (fileId) */
  url?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateOrganisationContactInput = {
  /** e.g. 市民協働課 女性活躍推進係 */
  department?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  /** e.g. 平日 8:30〜17:15 */
  hours?: InputMaybe<Scalars['String']['input']>;
  organisationId: Scalars['ID']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
  /** 個人情報の取扱いについて; blank for the platform default */
  privacyNotice?: InputMaybe<Scalars['String']['input']>;
  url?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateSessionInput = {
  accessNotes?: InputMaybe<Scalars['String']['input']>;
  cancellationDeadline?: InputMaybe<Scalars['DateTime']['input']>;
  capacity?: InputMaybe<Scalars['Int']['input']>;
  /** Attendance may be recorded from this many minutes before each meeting (0 unless given) */
  checkInOpensMinutesBefore?: InputMaybe<Scalars['Int']['input']>;
  /** Childcare seats (託児); 0 for none */
  childcareCapacity?: InputMaybe<Scalars['Int']['input']>;
  childcareMaxAgeMonths?: InputMaybe<Scalars['Int']['input']>;
  childcareMinAgeMonths?: InputMaybe<Scalars['Int']['input']>;
  /** Required when the rule is at_least */
  completionMinMeetings?: InputMaybe<Scalars['Int']['input']>;
  /** all unless given */
  completionRule?: InputMaybe<CompletionRule>;
  /** Required for a lottery */
  drawAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** 参加費 in yen; null or 0 for free (無料) */
  feeYen?: InputMaybe<Scalars['Int']['input']>;
  isOffsite?: InputMaybe<Scalars['Boolean']['input']>;
  isOnline?: InputMaybe<Scalars['Boolean']['input']>;
  /** Lottery priority tiers, in order: member_of_provider, first_time */
  lotteryPriorities?: InputMaybe<Array<Scalars['String']['input']>>;
  meetings?: InputMaybe<Array<MeetingInput>>;
  /** Meeting link; shown only to confirmed participants */
  onlineUrl?: InputMaybe<Scalars['String']['input']>;
  /** Asked when she applies */
  questions?: InputMaybe<Array<QuestionInput>>;
  registrationClosesAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** first_come unless given */
  registrationMode?: InputMaybe<RegistrationMode>;
  registrationOpensAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Remind participants this many hours before each meeting (0: no reminder; 24 unless given) */
  reminderHoursBefore?: InputMaybe<Scalars['Int']['input']>;
  /** e.g. 第1期 / 2026年6月開催 */
  title?: InputMaybe<Scalars['String']['input']>;
  venueAddress?: InputMaybe<Scalars['String']['input']>;
  venueName?: InputMaybe<Scalars['String']['input']>;
};

export type User = {
  __typename?: 'User';
  createdAt: Scalars['DateTime']['output'];
  email: Scalars['String']['output'];
  /** Whether she has opened the verification link sent to `email` */
  emailVerified: Scalars['Boolean']['output'];
  familyName: Scalars['String']['output'];
  familyNameKana: Scalars['String']['output'];
  givenName: Scalars['String']['output'];
  givenNameKana: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The roles she holds, organisation by organisation */
  memberships: Array<Membership>;
  /** The address she asked to change to, until she opens the link sent there */
  pendingEmail: Maybe<Scalars['String']['output']>;
  /** Home pages she may use, the first being her default */
  personas: Array<Persona>;
  preferredLocale: Locale;
};

export type CatalogueQueryVariables = Exact<{
  filter?: InputMaybe<CatalogueFilter>;
}>;


export type CatalogueQuery = { __typename?: 'Query', catalogue: { __typename?: 'CataloguePage', totalCount: number, items: Array<{ __typename?: 'CatalogueEntry', firstMeetingAt: string, meetingCount: number, seatsLeft: number, childcareSeatsLeft: number, provider: { __typename?: 'Organisation', id: string, name: string }, course: { __typename?: 'Course', id: string, title: string, summary: string, category: CourseCategory }, session: { __typename?: 'Session', id: string, title: string, capacity: number, childcareCapacity: number, venueName: string | null, isOnline: boolean, isOffsite: boolean, registrationMode: RegistrationMode, registrationOpensAt: string, registrationClosesAt: string, feeYen: number | null } }> } };

export type CourseFileInfoFragment = { __typename?: 'CourseFile', id: string, filename: string, contentType: string, sizeBytes: number, url: string };

export type CatalogueLessonFragment = { __typename?: 'Lesson', id: string, title: string, kind: LessonKind, bodyHtml: string, url: string | null, position: number, file: { __typename?: 'CourseFile', id: string, filename: string, contentType: string, sizeBytes: number, url: string } | null };

export type CatalogueCourseQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CatalogueCourseQuery = { __typename?: 'Query', course: { __typename?: 'Course', id: string, title: string, summary: string, descriptionHtml: string, audienceNotes: string, category: CourseCategory, tags: Array<string>, coverImageUrl: string | null, coverImage: { __typename?: 'CourseFile', id: string, filename: string, contentType: string, sizeBytes: number, url: string } | null, provider: { __typename?: 'Organisation', id: string, name: string, kind: OrganisationKind, certifications: Array<Certification> }, coOrganisers: Array<{ __typename?: 'Organisation', id: string, name: string, kind: OrganisationKind, certifications: Array<Certification> }>, lessons: Array<{ __typename?: 'Lesson', id: string, title: string, kind: LessonKind, bodyHtml: string, url: string | null, position: number, file: { __typename?: 'CourseFile', id: string, filename: string, contentType: string, sizeBytes: number, url: string } | null }>, myProgress: { __typename?: 'CourseProgress', completedLessonIds: Array<string>, lessonCount: number } | null, sessions: Array<{ __typename?: 'Session', id: string, title: string, status: SessionStatus, seatsLeft: number, capacity: number, isOnline: boolean, venueName: string | null, registrationMode: RegistrationMode, meetings: Array<{ __typename?: 'Meeting', id: string, startsAt: string, endsAt: string }> }> } };

export type CatalogueSessionQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CatalogueSessionQuery = { __typename?: 'Query', session: { __typename?: 'Session', id: string, title: string, status: SessionStatus, capacity: number, seatsLeft: number, childcareCapacity: number, childcareSeatsLeft: number, childcareMinAgeMonths: number | null, childcareMaxAgeMonths: number | null, venueName: string | null, venueAddress: string | null, accessNotes: string | null, isOnline: boolean, isOffsite: boolean, registrationMode: RegistrationMode, registrationOpensAt: string, registrationClosesAt: string, cancellationDeadline: string, drawAt: string | null, drawnAt: string | null, lotteryCommitment: string | null, feeYen: number | null, waitlistCount: number, myEnrolment: { __typename?: 'Enrolment', id: string, status: EnrolmentStatus, waitlistPosition: number | null } | null, meetings: Array<{ __typename?: 'Meeting', id: string, startsAt: string, endsAt: string }>, course: { __typename?: 'Course', id: string, title: string, summary: string, descriptionHtml: string, audienceNotes: string, category: CourseCategory, provider: { __typename?: 'Organisation', id: string, name: string, contactDepartment: string | null, contactPhone: string | null, contactEmail: string | null, contactUrl: string | null, contactHours: string | null }, lessons: Array<{ __typename?: 'Lesson', id: string, title: string, kind: LessonKind, bodyHtml: string, url: string | null, position: number, file: { __typename?: 'CourseFile', id: string, filename: string, contentType: string, sizeBytes: number, url: string } | null }>, myProgress: { __typename?: 'CourseProgress', completedLessonIds: Array<string>, lessonCount: number } | null } } };

export type CatalogueCompleteLessonMutationVariables = Exact<{
  lessonId: Scalars['ID']['input'];
}>;


export type CatalogueCompleteLessonMutation = { __typename?: 'Mutation', completeLesson: { __typename?: 'Course', id: string, myProgress: { __typename?: 'CourseProgress', completedLessonIds: Array<string>, lessonCount: number } | null } };

export type EditableCoursesQueryVariables = Exact<{ [key: string]: never; }>;


export type EditableCoursesQuery = { __typename?: 'Query', editableCourses: Array<{ __typename?: 'Course', id: string, title: string, status: CourseStatus, category: CourseCategory, visibility: CourseVisibility, provider: { __typename?: 'Organisation', id: string, name: string }, sessions: Array<{ __typename?: 'Session', id: string, title: string, status: SessionStatus, meetings: Array<{ __typename?: 'Meeting', id: string, startsAt: string }> }> }> };

export type EditorCourseQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EditorCourseQuery = { __typename?: 'Query', course: { __typename?: 'Course', id: string, title: string, summary: string, description: string, category: CourseCategory, audienceNotes: string, visibility: CourseVisibility, tags: Array<string>, coverImageUrl: string | null, status: CourseStatus, coverImage: { __typename?: 'CourseFile', id: string, filename: string, contentType: string, sizeBytes: number, url: string } | null, provider: { __typename?: 'Organisation', id: string, name: string }, coOrganisers: Array<{ __typename?: 'Organisation', id: string, name: string }>, lessons: Array<{ __typename?: 'Lesson', id: string, title: string, kind: LessonKind, body: string, url: string | null, position: number, file: { __typename?: 'CourseFile', id: string, filename: string, contentType: string, sizeBytes: number, url: string } | null }>, sessions: Array<{ __typename?: 'Session', id: string, title: string, status: SessionStatus, meetings: Array<{ __typename?: 'Meeting', id: string, startsAt: string, endsAt: string }> }> } };

export type EditorSessionQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EditorSessionQuery = { __typename?: 'Query', session: { __typename?: 'Session', id: string, title: string, status: SessionStatus, venueName: string | null, venueAddress: string | null, accessNotes: string | null, isOnline: boolean, onlineUrl: string | null, isOffsite: boolean, capacity: number, childcareCapacity: number, childcareMinAgeMonths: number | null, childcareMaxAgeMonths: number | null, feeYen: number | null, registrationOpensAt: string, registrationClosesAt: string, cancellationDeadline: string, registrationMode: RegistrationMode, drawAt: string | null, completionRule: CompletionRule, completionMinMeetings: number | null, checkInOpensMinutesBefore: number, reminderHoursBefore: number, meetings: Array<{ __typename?: 'Meeting', id: string, startsAt: string, endsAt: string }>, questions: Array<{ __typename?: 'RegistrationQuestion', id: string, kind: QuestionKind, label: string, choices: Array<string>, required: boolean, position: number }>, course: { __typename?: 'Course', id: string, title: string } } };

export type EditorCreateCourseMutationVariables = Exact<{
  input: CreateCourseInput;
}>;


export type EditorCreateCourseMutation = { __typename?: 'Mutation', createCourse: { __typename?: 'Course', id: string } };

export type EditorCopyCourseMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input?: InputMaybe<CopyCourseInput>;
}>;


export type EditorCopyCourseMutation = { __typename?: 'Mutation', copyCourse: { __typename?: 'Course', id: string } };

export type EditorOrganisationsQueryVariables = Exact<{ [key: string]: never; }>;


export type EditorOrganisationsQuery = { __typename?: 'Query', organisations: Array<{ __typename?: 'Organisation', id: string, name: string, kind: OrganisationKind }> };

export type EditorUpdateCourseMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateCourseInput;
}>;


export type EditorUpdateCourseMutation = { __typename?: 'Mutation', updateCourse: { __typename?: 'Course', id: string } };

export type EditorPublishCourseMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EditorPublishCourseMutation = { __typename?: 'Mutation', publishCourse: { __typename?: 'Course', id: string, status: CourseStatus } };

export type EditorUnpublishCourseMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EditorUnpublishCourseMutation = { __typename?: 'Mutation', unpublishCourse: { __typename?: 'Course', id: string, status: CourseStatus } };

export type EditorAddLessonMutationVariables = Exact<{
  input: AddLessonInput;
}>;


export type EditorAddLessonMutation = { __typename?: 'Mutation', addLesson: { __typename?: 'Lesson', id: string } };

export type EditorUpdateLessonMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateLessonInput;
}>;


export type EditorUpdateLessonMutation = { __typename?: 'Mutation', updateLesson: { __typename?: 'Lesson', id: string } };

export type EditorRemoveLessonMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EditorRemoveLessonMutation = { __typename?: 'Mutation', removeLesson: { __typename?: 'Course', id: string } };

export type EditorReorderLessonsMutationVariables = Exact<{
  courseId: Scalars['ID']['input'];
  lessonIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type EditorReorderLessonsMutation = { __typename?: 'Mutation', reorderLessons: { __typename?: 'Course', id: string } };

export type EditorCreateSessionMutationVariables = Exact<{
  input: CreateSessionInput;
}>;


export type EditorCreateSessionMutation = { __typename?: 'Mutation', createSession: { __typename?: 'Session', id: string } };

export type EditorUpdateSessionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateSessionInput;
}>;


export type EditorUpdateSessionMutation = { __typename?: 'Mutation', updateSession: { __typename?: 'Session', id: string } };

export type EditorCancelSessionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EditorCancelSessionMutation = { __typename?: 'Mutation', cancelSession: { __typename?: 'Session', id: string, status: SessionStatus } };

export type MyEmploymentItemFragment = { __typename?: 'MyEmployment', id: string, organisationId: string, companyName: string, status: EmploymentStatus, requestedAt: string, confirmedAt: string | null, endedAt: string | null, sharesParticipation: boolean, allowsNomination: boolean };

export type MyEmployerQueryVariables = Exact<{ [key: string]: never; }>;


export type MyEmployerQuery = { __typename?: 'Query', myEmployments: Array<{ __typename?: 'MyEmployment', id: string, organisationId: string, companyName: string, status: EmploymentStatus, requestedAt: string, confirmedAt: string | null, endedAt: string | null, sharesParticipation: boolean, allowsNomination: boolean }>, partnerCompanies: Array<{ __typename?: 'PartnerCompany', organisationId: string, name: string, nameKana: string }>, myConsentHistory: Array<{ __typename?: 'ConsentChange', id: string, organisationId: string, companyName: string, field: string, value: boolean, at: string, byHerself: boolean }> };

export type RequestEmploymentMutationVariables = Exact<{
  organisationId: Scalars['ID']['input'];
}>;


export type RequestEmploymentMutation = { __typename?: 'Mutation', requestEmployment: { __typename?: 'MyEmployment', id: string, organisationId: string, companyName: string, status: EmploymentStatus, requestedAt: string, confirmedAt: string | null, endedAt: string | null, sharesParticipation: boolean, allowsNomination: boolean } };

export type AcceptEmploymentInvitationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AcceptEmploymentInvitationMutation = { __typename?: 'Mutation', acceptEmploymentInvitation: { __typename?: 'MyEmployment', id: string, organisationId: string, companyName: string, status: EmploymentStatus, requestedAt: string, confirmedAt: string | null, endedAt: string | null, sharesParticipation: boolean, allowsNomination: boolean } };

export type DeclineEmploymentInvitationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeclineEmploymentInvitationMutation = { __typename?: 'Mutation', declineEmploymentInvitation: { __typename?: 'MyEmployment', id: string, organisationId: string, companyName: string, status: EmploymentStatus, requestedAt: string, confirmedAt: string | null, endedAt: string | null, sharesParticipation: boolean, allowsNomination: boolean } };

export type EndEmploymentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EndEmploymentMutation = { __typename?: 'Mutation', endEmployment: { __typename?: 'CompanyEmployment', id: string, status: EmploymentStatus } };

export type SetCompanyConsentMutationVariables = Exact<{
  input: SetCompanyConsentInput;
}>;


export type SetCompanyConsentMutation = { __typename?: 'Mutation', setCompanyConsent: { __typename?: 'MyEmployment', id: string, organisationId: string, companyName: string, status: EmploymentStatus, requestedAt: string, confirmedAt: string | null, endedAt: string | null, sharesParticipation: boolean, allowsNomination: boolean } };

export type CompanyEmployeesPageQueryVariables = Exact<{
  organisationId: Scalars['ID']['input'];
}>;


export type CompanyEmployeesPageQuery = { __typename?: 'Query', companyEmployees: Array<{ __typename?: 'CompanyEmployee', id: string, userId: string, familyName: string, givenName: string, status: EmploymentStatus, requestedAt: string, confirmedAt: string | null }>, companyParticipation: { __typename?: 'CompanyParticipation', employees: Array<{ __typename?: 'EmployeeParticipation', enrolmentId: string, userId: string, familyName: string, givenName: string, courseTitle: string, startsAt: string | null, status: string, attendedMeetings: number, completed: boolean, certificateIssuedAt: string | null }>, others: { __typename?: 'ParticipationCounts', enrolledTotal: number | null, completedTotal: number | null, grandTotal: number | null, minimum: number, suppressedCount: number, courses: Array<{ __typename?: 'ParticipationCountsRow', courseId: string, courseTitle: string, enrolled: number | null, completed: number | null, total: number | null }> } } };

export type ConfirmEmploymentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ConfirmEmploymentMutation = { __typename?: 'Mutation', confirmEmployment: { __typename?: 'CompanyEmployment', id: string, status: EmploymentStatus } };

export type DeclineEmploymentRequestMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeclineEmploymentRequestMutation = { __typename?: 'Mutation', declineEmploymentRequest: { __typename?: 'CompanyEmployment', id: string, status: EmploymentStatus } };

export type InviteEmployeeMutationVariables = Exact<{
  input: InviteEmployeeInput;
}>;


export type InviteEmployeeMutation = { __typename?: 'Mutation', inviteEmployee: boolean };

export type CompanyGroupMemberItemFragment = { __typename?: 'CompanyGroupMember', id: string, organisationId: string, organisationName: string, status: GroupMemberStatus, invitedAt: string | null, joinedAt: string | null, declinedAt: string | null, leftAt: string | null };

export type CompanyGroupItemFragment = { __typename?: 'CompanyGroup', id: string, name: string, charter: string | null, fiscalYear: number | null, ownerOrganisationId: string, ownerName: string, viewer: { __typename?: 'CompanyGroupViewer', manages: boolean, coordinates: boolean, onBoard: boolean, records: boolean, memberCompanyIds: Array<string>, invitedCompanyIds: Array<string> }, members: Array<{ __typename?: 'CompanyGroupMember', id: string, organisationId: string, organisationName: string, status: GroupMemberStatus, invitedAt: string | null, joinedAt: string | null, declinedAt: string | null, leftAt: string | null }>, coordinators: Array<{ __typename?: 'GroupCoordinator', id: string, userId: string, familyName: string, givenName: string, addedAt: string, removedAt: string | null }> };

export type GroupPostItemFragment = { __typename?: 'GroupPost', id: string, kind: GroupPostKind, title: string, body: string, startsAt: string | null, place: string | null, createdAt: string, editedAt: string | null, mine: boolean, authorName: string, authorOrganisationName: string, files: Array<{ __typename?: 'GroupPostFile', id: string, filename: string, contentType: string, sizeBytes: number, url: string }>, comments: Array<{ __typename?: 'GroupPostComment', id: string, body: string, createdAt: string, authorName: string, authorOrganisationName: string }>, attendance: Array<{ __typename?: 'MeetingAttendance', organisationId: string, organisationName: string, status: MeetingAttendanceStatus }> };

export type CompanyGroupsQueryVariables = Exact<{ [key: string]: never; }>;


export type CompanyGroupsQuery = { __typename?: 'Query', companyGroups: Array<{ __typename?: 'CompanyGroup', id: string, name: string, charter: string | null, fiscalYear: number | null, ownerOrganisationId: string, ownerName: string, viewer: { __typename?: 'CompanyGroupViewer', manages: boolean, coordinates: boolean, onBoard: boolean, records: boolean, memberCompanyIds: Array<string>, invitedCompanyIds: Array<string> }, members: Array<{ __typename?: 'CompanyGroupMember', id: string, organisationId: string, organisationName: string, status: GroupMemberStatus, invitedAt: string | null, joinedAt: string | null, declinedAt: string | null, leftAt: string | null }>, coordinators: Array<{ __typename?: 'GroupCoordinator', id: string, userId: string, familyName: string, givenName: string, addedAt: string, removedAt: string | null }> }> };

export type CompanyGroupBoardQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CompanyGroupBoardQuery = { __typename?: 'Query', companyGroup: { __typename?: 'CompanyGroup', id: string, name: string, charter: string | null, fiscalYear: number | null, ownerOrganisationId: string, ownerName: string, posts: Array<{ __typename?: 'GroupPost', id: string, kind: GroupPostKind, title: string, body: string, startsAt: string | null, place: string | null, createdAt: string, editedAt: string | null, mine: boolean, authorName: string, authorOrganisationName: string, files: Array<{ __typename?: 'GroupPostFile', id: string, filename: string, contentType: string, sizeBytes: number, url: string }>, comments: Array<{ __typename?: 'GroupPostComment', id: string, body: string, createdAt: string, authorName: string, authorOrganisationName: string }>, attendance: Array<{ __typename?: 'MeetingAttendance', organisationId: string, organisationName: string, status: MeetingAttendanceStatus }> }> | null, viewer: { __typename?: 'CompanyGroupViewer', manages: boolean, coordinates: boolean, onBoard: boolean, records: boolean, memberCompanyIds: Array<string>, invitedCompanyIds: Array<string> }, members: Array<{ __typename?: 'CompanyGroupMember', id: string, organisationId: string, organisationName: string, status: GroupMemberStatus, invitedAt: string | null, joinedAt: string | null, declinedAt: string | null, leftAt: string | null }>, coordinators: Array<{ __typename?: 'GroupCoordinator', id: string, userId: string, familyName: string, givenName: string, addedAt: string, removedAt: string | null }> } };

export type CreateCompanyGroupMutationVariables = Exact<{
  input: CreateCompanyGroupInput;
}>;


export type CreateCompanyGroupMutation = { __typename?: 'Mutation', createCompanyGroup: { __typename?: 'CompanyGroup', id: string, name: string, charter: string | null, fiscalYear: number | null, ownerOrganisationId: string, ownerName: string, viewer: { __typename?: 'CompanyGroupViewer', manages: boolean, coordinates: boolean, onBoard: boolean, records: boolean, memberCompanyIds: Array<string>, invitedCompanyIds: Array<string> }, members: Array<{ __typename?: 'CompanyGroupMember', id: string, organisationId: string, organisationName: string, status: GroupMemberStatus, invitedAt: string | null, joinedAt: string | null, declinedAt: string | null, leftAt: string | null }>, coordinators: Array<{ __typename?: 'GroupCoordinator', id: string, userId: string, familyName: string, givenName: string, addedAt: string, removedAt: string | null }> } };

export type InviteCompanyToGroupMutationVariables = Exact<{
  groupId: Scalars['ID']['input'];
  organisationId: Scalars['ID']['input'];
}>;


export type InviteCompanyToGroupMutation = { __typename?: 'Mutation', inviteCompanyToGroup: { __typename?: 'CompanyGroup', id: string, name: string, charter: string | null, fiscalYear: number | null, ownerOrganisationId: string, ownerName: string, viewer: { __typename?: 'CompanyGroupViewer', manages: boolean, coordinates: boolean, onBoard: boolean, records: boolean, memberCompanyIds: Array<string>, invitedCompanyIds: Array<string> }, members: Array<{ __typename?: 'CompanyGroupMember', id: string, organisationId: string, organisationName: string, status: GroupMemberStatus, invitedAt: string | null, joinedAt: string | null, declinedAt: string | null, leftAt: string | null }>, coordinators: Array<{ __typename?: 'GroupCoordinator', id: string, userId: string, familyName: string, givenName: string, addedAt: string, removedAt: string | null }> } };

export type RemoveCompanyFromGroupMutationVariables = Exact<{
  groupId: Scalars['ID']['input'];
  organisationId: Scalars['ID']['input'];
}>;


export type RemoveCompanyFromGroupMutation = { __typename?: 'Mutation', removeCompanyFromGroup: { __typename?: 'CompanyGroup', id: string, name: string, charter: string | null, fiscalYear: number | null, ownerOrganisationId: string, ownerName: string, viewer: { __typename?: 'CompanyGroupViewer', manages: boolean, coordinates: boolean, onBoard: boolean, records: boolean, memberCompanyIds: Array<string>, invitedCompanyIds: Array<string> }, members: Array<{ __typename?: 'CompanyGroupMember', id: string, organisationId: string, organisationName: string, status: GroupMemberStatus, invitedAt: string | null, joinedAt: string | null, declinedAt: string | null, leftAt: string | null }>, coordinators: Array<{ __typename?: 'GroupCoordinator', id: string, userId: string, familyName: string, givenName: string, addedAt: string, removedAt: string | null }> } };

export type AcceptGroupInvitationMutationVariables = Exact<{
  groupId: Scalars['ID']['input'];
  organisationId: Scalars['ID']['input'];
}>;


export type AcceptGroupInvitationMutation = { __typename?: 'Mutation', acceptGroupInvitation: { __typename?: 'CompanyGroup', id: string } };

export type DeclineGroupInvitationMutationVariables = Exact<{
  groupId: Scalars['ID']['input'];
  organisationId: Scalars['ID']['input'];
}>;


export type DeclineGroupInvitationMutation = { __typename?: 'Mutation', declineGroupInvitation: boolean };

export type LeaveCompanyGroupMutationVariables = Exact<{
  groupId: Scalars['ID']['input'];
  organisationId: Scalars['ID']['input'];
}>;


export type LeaveCompanyGroupMutation = { __typename?: 'Mutation', leaveCompanyGroup: boolean };

export type CreateGroupPostMutationVariables = Exact<{
  input: CreateGroupPostInput;
}>;


export type CreateGroupPostMutation = { __typename?: 'Mutation', createGroupPost: { __typename?: 'GroupPost', id: string } };

export type CommentOnGroupPostMutationVariables = Exact<{
  input: CommentOnGroupPostInput;
}>;


export type CommentOnGroupPostMutation = { __typename?: 'Mutation', commentOnGroupPost: { __typename?: 'GroupPostComment', id: string } };

export type SetMeetingAttendanceMutationVariables = Exact<{
  input: SetMeetingAttendanceInput;
}>;


export type SetMeetingAttendanceMutation = { __typename?: 'Mutation', setMeetingAttendance: { __typename?: 'GroupPost', id: string } };

export type EditGroupPostMutationVariables = Exact<{
  input: EditGroupPostInput;
}>;


export type EditGroupPostMutation = { __typename?: 'Mutation', editGroupPost: { __typename?: 'GroupPost', id: string } };

export type RemoveGroupPostFileMutationVariables = Exact<{
  fileId: Scalars['ID']['input'];
}>;


export type RemoveGroupPostFileMutation = { __typename?: 'Mutation', removeGroupPostFile: { __typename?: 'GroupPost', id: string } };

export type GroupOwnerStaffQueryVariables = Exact<{
  organisationId: Scalars['ID']['input'];
}>;


export type GroupOwnerStaffQuery = { __typename?: 'Query', organisationMembers: Array<{ __typename?: 'Membership', id: string, role: Role, user: { __typename?: 'User', id: string, familyName: string, givenName: string } }> };

export type AddGroupCoordinatorMutationVariables = Exact<{
  groupId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
}>;


export type AddGroupCoordinatorMutation = { __typename?: 'Mutation', addGroupCoordinator: { __typename?: 'CompanyGroup', id: string, name: string, charter: string | null, fiscalYear: number | null, ownerOrganisationId: string, ownerName: string, viewer: { __typename?: 'CompanyGroupViewer', manages: boolean, coordinates: boolean, onBoard: boolean, records: boolean, memberCompanyIds: Array<string>, invitedCompanyIds: Array<string> }, members: Array<{ __typename?: 'CompanyGroupMember', id: string, organisationId: string, organisationName: string, status: GroupMemberStatus, invitedAt: string | null, joinedAt: string | null, declinedAt: string | null, leftAt: string | null }>, coordinators: Array<{ __typename?: 'GroupCoordinator', id: string, userId: string, familyName: string, givenName: string, addedAt: string, removedAt: string | null }> } };

export type RemoveGroupCoordinatorMutationVariables = Exact<{
  groupId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
}>;


export type RemoveGroupCoordinatorMutation = { __typename?: 'Mutation', removeGroupCoordinator: { __typename?: 'CompanyGroup', id: string, name: string, charter: string | null, fiscalYear: number | null, ownerOrganisationId: string, ownerName: string, viewer: { __typename?: 'CompanyGroupViewer', manages: boolean, coordinates: boolean, onBoard: boolean, records: boolean, memberCompanyIds: Array<string>, invitedCompanyIds: Array<string> }, members: Array<{ __typename?: 'CompanyGroupMember', id: string, organisationId: string, organisationName: string, status: GroupMemberStatus, invitedAt: string | null, joinedAt: string | null, declinedAt: string | null, leftAt: string | null }>, coordinators: Array<{ __typename?: 'GroupCoordinator', id: string, userId: string, familyName: string, givenName: string, addedAt: string, removedAt: string | null }> } };

export type CompanyContactItemFragment = { __typename?: 'CompanyContact', id: string, name: string, department: string | null, email: string, phone: string | null };

export type CompanyCertificationItemFragment = { __typename?: 'CompanyCertification', id: string, kind: CompanyCertificationKind, otherName: string | null, certifiedOn: string, evidenceUrl: string | null };

export type CompanyProfileItemFragment = { __typename?: 'CompanyProfile', organisationId: string, name: string, nameKana: string, corporateNumber: string, industry: IndustryMajorGroup, sizeBand: CompanySizeBand, postalCode: string | null, address: string | null, website: string | null, logoUrl: string | null, status: CompanyStatus, declineReason: string | null, appliedAt: string | null, decidedAt: string | null, contacts: Array<{ __typename?: 'CompanyContact', id: string, name: string, department: string | null, email: string, phone: string | null }> | null, certifications: Array<{ __typename?: 'CompanyCertification', id: string, kind: CompanyCertificationKind, otherName: string | null, certifiedOn: string, evidenceUrl: string | null }> };

export type MyCompaniesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyCompaniesQuery = { __typename?: 'Query', myCompanies: Array<{ __typename?: 'CompanyProfile', organisationId: string, name: string, nameKana: string, corporateNumber: string, industry: IndustryMajorGroup, sizeBand: CompanySizeBand, postalCode: string | null, address: string | null, website: string | null, logoUrl: string | null, status: CompanyStatus, declineReason: string | null, appliedAt: string | null, decidedAt: string | null, contacts: Array<{ __typename?: 'CompanyContact', id: string, name: string, department: string | null, email: string, phone: string | null }> | null, certifications: Array<{ __typename?: 'CompanyCertification', id: string, kind: CompanyCertificationKind, otherName: string | null, certifiedOn: string, evidenceUrl: string | null }> }> };

export type CompanyApplicationsQueryVariables = Exact<{
  status?: InputMaybe<CompanyStatus>;
}>;


export type CompanyApplicationsQuery = { __typename?: 'Query', companyApplications: Array<{ __typename?: 'CompanyProfile', organisationId: string, name: string, nameKana: string, corporateNumber: string, industry: IndustryMajorGroup, sizeBand: CompanySizeBand, postalCode: string | null, address: string | null, website: string | null, logoUrl: string | null, status: CompanyStatus, declineReason: string | null, appliedAt: string | null, decidedAt: string | null, appliedBy: { __typename?: 'User', id: string, familyName: string, givenName: string, email: string } | null, contacts: Array<{ __typename?: 'CompanyContact', id: string, name: string, department: string | null, email: string, phone: string | null }> | null, certifications: Array<{ __typename?: 'CompanyCertification', id: string, kind: CompanyCertificationKind, otherName: string | null, certifiedOn: string, evidenceUrl: string | null }> }> };

export type CompanySecretariatsQueryVariables = Exact<{ [key: string]: never; }>;


export type CompanySecretariatsQuery = { __typename?: 'Query', cities: Array<{ __typename?: 'Organisation', id: string, name: string }>, prefectures: Array<{ __typename?: 'Organisation', id: string, name: string }>, agencies: Array<{ __typename?: 'Organisation', id: string, name: string }> };

export type CompanyAdminSessionUserQueryVariables = Exact<{ [key: string]: never; }>;


export type CompanyAdminSessionUserQuery = { __typename?: 'Query', me: { __typename?: 'User', id: string, email: string, familyName: string, givenName: string, familyNameKana: string, givenNameKana: string, preferredLocale: Locale, personas: Array<Persona>, memberships: Array<{ __typename?: 'Membership', id: string, role: Role, organisation: { __typename?: 'Organisation', id: string, name: string, kind: OrganisationKind } }> } };

export type ApplyAsCompanyMutationVariables = Exact<{
  input: CompanyApplicationInput;
}>;


export type ApplyAsCompanyMutation = { __typename?: 'Mutation', applyAsCompany: { __typename?: 'CompanyProfile', organisationId: string, name: string, nameKana: string, corporateNumber: string, industry: IndustryMajorGroup, sizeBand: CompanySizeBand, postalCode: string | null, address: string | null, website: string | null, logoUrl: string | null, status: CompanyStatus, declineReason: string | null, appliedAt: string | null, decidedAt: string | null, contacts: Array<{ __typename?: 'CompanyContact', id: string, name: string, department: string | null, email: string, phone: string | null }> | null, certifications: Array<{ __typename?: 'CompanyCertification', id: string, kind: CompanyCertificationKind, otherName: string | null, certifiedOn: string, evidenceUrl: string | null }> } };

export type UpdateCompanyProfileMutationVariables = Exact<{
  input: UpdateCompanyProfileInput;
}>;


export type UpdateCompanyProfileMutation = { __typename?: 'Mutation', updateCompanyProfile: { __typename?: 'CompanyProfile', organisationId: string, name: string, nameKana: string, corporateNumber: string, industry: IndustryMajorGroup, sizeBand: CompanySizeBand, postalCode: string | null, address: string | null, website: string | null, logoUrl: string | null, status: CompanyStatus, declineReason: string | null, appliedAt: string | null, decidedAt: string | null, contacts: Array<{ __typename?: 'CompanyContact', id: string, name: string, department: string | null, email: string, phone: string | null }> | null, certifications: Array<{ __typename?: 'CompanyCertification', id: string, kind: CompanyCertificationKind, otherName: string | null, certifiedOn: string, evidenceUrl: string | null }> } };

export type ResubmitCompanyApplicationMutationVariables = Exact<{
  organisationId: Scalars['ID']['input'];
}>;


export type ResubmitCompanyApplicationMutation = { __typename?: 'Mutation', resubmitCompanyApplication: { __typename?: 'CompanyProfile', organisationId: string, name: string, nameKana: string, corporateNumber: string, industry: IndustryMajorGroup, sizeBand: CompanySizeBand, postalCode: string | null, address: string | null, website: string | null, logoUrl: string | null, status: CompanyStatus, declineReason: string | null, appliedAt: string | null, decidedAt: string | null, contacts: Array<{ __typename?: 'CompanyContact', id: string, name: string, department: string | null, email: string, phone: string | null }> | null, certifications: Array<{ __typename?: 'CompanyCertification', id: string, kind: CompanyCertificationKind, otherName: string | null, certifiedOn: string, evidenceUrl: string | null }> } };

export type AddCompanyCertificationMutationVariables = Exact<{
  input: AddCompanyCertificationInput;
}>;


export type AddCompanyCertificationMutation = { __typename?: 'Mutation', addCompanyCertification: { __typename?: 'CompanyProfile', organisationId: string, name: string, nameKana: string, corporateNumber: string, industry: IndustryMajorGroup, sizeBand: CompanySizeBand, postalCode: string | null, address: string | null, website: string | null, logoUrl: string | null, status: CompanyStatus, declineReason: string | null, appliedAt: string | null, decidedAt: string | null, contacts: Array<{ __typename?: 'CompanyContact', id: string, name: string, department: string | null, email: string, phone: string | null }> | null, certifications: Array<{ __typename?: 'CompanyCertification', id: string, kind: CompanyCertificationKind, otherName: string | null, certifiedOn: string, evidenceUrl: string | null }> } };

export type RemoveCompanyCertificationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RemoveCompanyCertificationMutation = { __typename?: 'Mutation', removeCompanyCertification: { __typename?: 'CompanyProfile', organisationId: string, name: string, nameKana: string, corporateNumber: string, industry: IndustryMajorGroup, sizeBand: CompanySizeBand, postalCode: string | null, address: string | null, website: string | null, logoUrl: string | null, status: CompanyStatus, declineReason: string | null, appliedAt: string | null, decidedAt: string | null, contacts: Array<{ __typename?: 'CompanyContact', id: string, name: string, department: string | null, email: string, phone: string | null }> | null, certifications: Array<{ __typename?: 'CompanyCertification', id: string, kind: CompanyCertificationKind, otherName: string | null, certifiedOn: string, evidenceUrl: string | null }> } };

export type DecideCompanyApplicationMutationVariables = Exact<{
  input: DecideCompanyApplicationInput;
}>;


export type DecideCompanyApplicationMutation = { __typename?: 'Mutation', decideCompanyApplication: { __typename?: 'CompanyProfile', organisationId: string, name: string, nameKana: string, corporateNumber: string, industry: IndustryMajorGroup, sizeBand: CompanySizeBand, postalCode: string | null, address: string | null, website: string | null, logoUrl: string | null, status: CompanyStatus, declineReason: string | null, appliedAt: string | null, decidedAt: string | null, contacts: Array<{ __typename?: 'CompanyContact', id: string, name: string, department: string | null, email: string, phone: string | null }> | null, certifications: Array<{ __typename?: 'CompanyCertification', id: string, kind: CompanyCertificationKind, otherName: string | null, certifiedOn: string, evidenceUrl: string | null }> } };

export type RegisterCompanyMutationVariables = Exact<{
  input: CompanyRegistrationInput;
}>;


export type RegisterCompanyMutation = { __typename?: 'Mutation', registerCompany: { __typename?: 'CompanyProfile', organisationId: string, name: string, nameKana: string, corporateNumber: string, industry: IndustryMajorGroup, sizeBand: CompanySizeBand, postalCode: string | null, address: string | null, website: string | null, logoUrl: string | null, status: CompanyStatus, declineReason: string | null, appliedAt: string | null, decidedAt: string | null, contacts: Array<{ __typename?: 'CompanyContact', id: string, name: string, department: string | null, email: string, phone: string | null }> | null, certifications: Array<{ __typename?: 'CompanyCertification', id: string, kind: CompanyCertificationKind, otherName: string | null, certifiedOn: string, evidenceUrl: string | null }> } };

export type OurProgrammesQueryVariables = Exact<{
  organisationId: Scalars['ID']['input'];
}>;


export type OurProgrammesQuery = { __typename?: 'Query', ourProgrammes: Array<{ __typename?: 'Course', id: string, title: string, status: CourseStatus, visibility: CourseVisibility, provider: { __typename?: 'Organisation', id: string, name: string }, sessions: Array<{ __typename?: 'Session', id: string, title: string, status: SessionStatus, capacity: number, seatsLeft: number, waitlistCount: number, meetings: Array<{ __typename?: 'Meeting', startsAt: string }> }> }> };

export type ShareCourseMutationVariables = Exact<{
  courseId: Scalars['ID']['input'];
  visibility: CourseVisibility;
}>;


export type ShareCourseMutation = { __typename?: 'Mutation', shareCourse: { __typename?: 'Course', id: string, visibility: CourseVisibility } };

export type CrossCompanyOverviewQueryVariables = Exact<{
  organisationId: Scalars['ID']['input'];
  fiscalYear?: InputMaybe<Scalars['Int']['input']>;
}>;


export type CrossCompanyOverviewQuery = { __typename?: 'Query', crossCompanyOverview: { __typename?: 'CrossCompanyOverview', fiscalYear: number, enrolledTotal: number | null, attendedTotal: number | null, completedTotal: number | null, grandTotal: number | null, minimum: number, suppressedCount: number, companies: Array<{ __typename?: 'CrossCompanyRow', organisationId: string, companyName: string, certifications: Array<Certification>, enrolled: number | null, attended: number | null, completed: number | null, total: number | null }> } };

export type PublicCompanyProfileQueryVariables = Exact<{
  organisationId: Scalars['ID']['input'];
}>;


export type PublicCompanyProfileQuery = { __typename?: 'Query', companyProfile: { __typename?: 'CompanyProfile', organisationId: string, name: string, nameKana: string, corporateNumber: string, industry: IndustryMajorGroup, sizeBand: CompanySizeBand, postalCode: string | null, address: string | null, website: string | null, logoUrl: string | null, organisation: { __typename?: 'Organisation', id: string, certifications: Array<Certification> }, certifications: Array<{ __typename?: 'CompanyCertification', id: string, kind: CompanyCertificationKind, otherName: string | null, certifiedOn: string }> } };

export type InviteCompanyAdminMutationVariables = Exact<{
  input: InviteCompanyAdminInput;
}>;


export type InviteCompanyAdminMutation = { __typename?: 'Mutation', inviteCompanyAdmin: { __typename?: 'CreatedInvitation', acceptUrl: string, invitation: { __typename?: 'Invitation', id: string, email: string, role: Role } } };

export type SeatNominationItemFragment = { __typename?: 'SeatNomination', id: string, poolId: string, sessionId: string, courseTitle: string, organisationId: string, companyName: string, offeringCompanyName: string, userId: string, familyName: string, givenName: string, status: NominationStatus, enrolmentId: string | null, closesAt: string, createdAt: string, decidedAt: string | null };

export type SeatPoolItemFragment = { __typename?: 'SeatPool', id: string, sessionId: string, courseTitle: string, offeringOrganisationId: string, offeringCompanyName: string, seats: number, allocation: SeatAllocation, closesAt: string, status: SeatPoolStatus, takenCount: number, acceptedCount: number, shares: Array<{ __typename?: 'SeatPoolShare', organisationId: string, companyName: string, seats: number | null, takenCount: number, acceptedCount: number }>, participants: Array<{ __typename?: 'SeatPoolParticipant', familyName: string, givenName: string, companyName: string, acceptedAt: string }> };

export type SeatPoolsOfferedToQueryVariables = Exact<{
  organisationId: Scalars['ID']['input'];
}>;


export type SeatPoolsOfferedToQuery = { __typename?: 'Query', seatPoolsOfferedTo: Array<{ __typename?: 'SeatPoolOffer', seatsLeftForUs: number, pool: { __typename?: 'SeatPool', id: string, sessionId: string, courseTitle: string, offeringOrganisationId: string, offeringCompanyName: string, seats: number, allocation: SeatAllocation, closesAt: string, status: SeatPoolStatus, takenCount: number, acceptedCount: number, shares: Array<{ __typename?: 'SeatPoolShare', organisationId: string, companyName: string, seats: number | null, takenCount: number, acceptedCount: number }>, participants: Array<{ __typename?: 'SeatPoolParticipant', familyName: string, givenName: string, companyName: string, acceptedAt: string }> }, nominations: Array<{ __typename?: 'SeatNomination', id: string, poolId: string, sessionId: string, courseTitle: string, organisationId: string, companyName: string, offeringCompanyName: string, userId: string, familyName: string, givenName: string, status: NominationStatus, enrolmentId: string | null, closesAt: string, createdAt: string, decidedAt: string | null }> }> };

export type SeatPoolsOfferedByQueryVariables = Exact<{
  organisationId: Scalars['ID']['input'];
}>;


export type SeatPoolsOfferedByQuery = { __typename?: 'Query', seatPoolsOfferedBy: Array<{ __typename?: 'SeatPool', id: string, sessionId: string, courseTitle: string, offeringOrganisationId: string, offeringCompanyName: string, seats: number, allocation: SeatAllocation, closesAt: string, status: SeatPoolStatus, takenCount: number, acceptedCount: number, shares: Array<{ __typename?: 'SeatPoolShare', organisationId: string, companyName: string, seats: number | null, takenCount: number, acceptedCount: number }>, participants: Array<{ __typename?: 'SeatPoolParticipant', familyName: string, givenName: string, companyName: string, acceptedAt: string }> }> };

export type MyNominationsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyNominationsQuery = { __typename?: 'Query', myNominations: Array<{ __typename?: 'SeatNomination', id: string, poolId: string, sessionId: string, courseTitle: string, organisationId: string, companyName: string, offeringCompanyName: string, userId: string, familyName: string, givenName: string, status: NominationStatus, enrolmentId: string | null, closesAt: string, createdAt: string, decidedAt: string | null, session: { __typename?: 'Session', id: string, title: string, venueName: string | null, isOnline: boolean, feeYen: number | null, childcareCapacity: number, childcareSeatsLeft: number, childcareMinAgeMonths: number | null, childcareMaxAgeMonths: number | null, meetings: Array<{ __typename?: 'Meeting', id: string, startsAt: string, endsAt: string }>, questions: Array<{ __typename?: 'RegistrationQuestion', id: string, kind: QuestionKind, label: string, choices: Array<string>, required: boolean, position: number }> } }> };

export type NominateForSeatMutationVariables = Exact<{
  input: NominateForSeatInput;
}>;


export type NominateForSeatMutation = { __typename?: 'Mutation', nominateForSeat: { __typename?: 'SeatNomination', id: string, poolId: string, sessionId: string, courseTitle: string, organisationId: string, companyName: string, offeringCompanyName: string, userId: string, familyName: string, givenName: string, status: NominationStatus, enrolmentId: string | null, closesAt: string, createdAt: string, decidedAt: string | null } };

export type WithdrawNominationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WithdrawNominationMutation = { __typename?: 'Mutation', withdrawNomination: { __typename?: 'SeatNomination', id: string, poolId: string, sessionId: string, courseTitle: string, organisationId: string, companyName: string, offeringCompanyName: string, userId: string, familyName: string, givenName: string, status: NominationStatus, enrolmentId: string | null, closesAt: string, createdAt: string, decidedAt: string | null } };

export type AcceptNominationMutationVariables = Exact<{
  input: AcceptNominationInput;
}>;


export type AcceptNominationMutation = { __typename?: 'Mutation', acceptNomination: { __typename?: 'SeatNomination', id: string, poolId: string, sessionId: string, courseTitle: string, organisationId: string, companyName: string, offeringCompanyName: string, userId: string, familyName: string, givenName: string, status: NominationStatus, enrolmentId: string | null, closesAt: string, createdAt: string, decidedAt: string | null } };

export type DeclineNominationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeclineNominationMutation = { __typename?: 'Mutation', declineNomination: { __typename?: 'SeatNomination', id: string, poolId: string, sessionId: string, courseTitle: string, organisationId: string, companyName: string, offeringCompanyName: string, userId: string, familyName: string, givenName: string, status: NominationStatus, enrolmentId: string | null, closesAt: string, createdAt: string, decidedAt: string | null } };

export type SeatNominationCandidatesQueryVariables = Exact<{
  organisationId: Scalars['ID']['input'];
}>;


export type SeatNominationCandidatesQuery = { __typename?: 'Query', companyEmployees: Array<{ __typename?: 'CompanyEmployee', id: string, userId: string, familyName: string, givenName: string, allowsNomination: boolean }> };

export type OfferSeatPoolMutationVariables = Exact<{
  input: OfferSeatPoolInput;
}>;


export type OfferSeatPoolMutation = { __typename?: 'Mutation', offerSeatPool: { __typename?: 'SeatPool', id: string, sessionId: string, courseTitle: string, offeringOrganisationId: string, offeringCompanyName: string, seats: number, allocation: SeatAllocation, closesAt: string, status: SeatPoolStatus, takenCount: number, acceptedCount: number, shares: Array<{ __typename?: 'SeatPoolShare', organisationId: string, companyName: string, seats: number | null, takenCount: number, acceptedCount: number }>, participants: Array<{ __typename?: 'SeatPoolParticipant', familyName: string, givenName: string, companyName: string, acceptedAt: string }> } };

export type CloseSeatPoolMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CloseSeatPoolMutation = { __typename?: 'Mutation', closeSeatPool: { __typename?: 'SeatPool', id: string, sessionId: string, courseTitle: string, offeringOrganisationId: string, offeringCompanyName: string, seats: number, allocation: SeatAllocation, closesAt: string, status: SeatPoolStatus, takenCount: number, acceptedCount: number, shares: Array<{ __typename?: 'SeatPoolShare', organisationId: string, companyName: string, seats: number | null, takenCount: number, acceptedCount: number }>, participants: Array<{ __typename?: 'SeatPoolParticipant', familyName: string, givenName: string, companyName: string, acceptedAt: string }> } };

export type SeatPoolPeersQueryVariables = Exact<{ [key: string]: never; }>;


export type SeatPoolPeersQuery = { __typename?: 'Query', companyGroups: Array<{ __typename?: 'CompanyGroup', id: string, viewer: { __typename?: 'CompanyGroupViewer', memberCompanyIds: Array<string> }, members: Array<{ __typename?: 'CompanyGroupMember', organisationId: string, organisationName: string, status: GroupMemberStatus }> }> };

export type EnrolmentSessionSummaryFragment = { __typename?: 'Session', id: string, title: string, status: SessionStatus, isOnline: boolean, onlineUrl: string | null, venueName: string | null, venueAddress: string | null, accessNotes: string | null, registrationMode: RegistrationMode, registrationOpensAt: string, registrationClosesAt: string, cancellationDeadline: string, drawAt: string | null, drawnAt: string | null, meetings: Array<{ __typename?: 'Meeting', id: string, startsAt: string, endsAt: string }>, course: { __typename?: 'Course', id: string, title: string, provider: { __typename?: 'Organisation', id: string, name: string } } };

export type MyEnrolmentFragment = { __typename?: 'Enrolment', id: string, status: EnrolmentStatus, waitlistPosition: number | null, lotteryTicket: string | null, drawOrder: number | null, childcareRequested: boolean, childcareConfirmed: boolean, checkInCode: string | null, createdAt: string, cancelledAt: string | null, completedAt: string | null, certificate: { __typename?: 'Certificate', id: string, verificationCode: string, issuedAt: string } | null, attendance: Array<{ __typename?: 'Attendance', id: string, meetingId: string, status: AttendanceStatus }>, session: { __typename?: 'Session', id: string, title: string, status: SessionStatus, isOnline: boolean, onlineUrl: string | null, venueName: string | null, venueAddress: string | null, accessNotes: string | null, registrationMode: RegistrationMode, registrationOpensAt: string, registrationClosesAt: string, cancellationDeadline: string, drawAt: string | null, drawnAt: string | null, meetings: Array<{ __typename?: 'Meeting', id: string, startsAt: string, endsAt: string }>, course: { __typename?: 'Course', id: string, title: string, provider: { __typename?: 'Organisation', id: string, name: string } } } };

export type EnrolSessionQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EnrolSessionQuery = { __typename?: 'Query', session: { __typename?: 'Session', capacity: number, seatsLeft: number, childcareCapacity: number, childcareSeatsLeft: number, childcareMinAgeMonths: number | null, childcareMaxAgeMonths: number | null, feeYen: number | null, waitlistCount: number, id: string, title: string, status: SessionStatus, isOnline: boolean, onlineUrl: string | null, venueName: string | null, venueAddress: string | null, accessNotes: string | null, registrationMode: RegistrationMode, registrationOpensAt: string, registrationClosesAt: string, cancellationDeadline: string, drawAt: string | null, drawnAt: string | null, course: { __typename?: 'Course', id: string, title: string, provider: { __typename?: 'Organisation', id: string, name: string, contactDepartment: string | null, contactPhone: string | null, contactEmail: string | null, contactUrl: string | null, contactHours: string | null, privacyNotice: string | null } }, myEnrolment: { __typename?: 'Enrolment', id: string, status: EnrolmentStatus, waitlistPosition: number | null } | null, questions: Array<{ __typename?: 'RegistrationQuestion', id: string, kind: QuestionKind, label: string, choices: Array<string>, required: boolean, position: number }>, meetings: Array<{ __typename?: 'Meeting', id: string, startsAt: string, endsAt: string }> } };

export type EnrolMutationVariables = Exact<{
  input: EnrolInput;
}>;


export type EnrolMutation = { __typename?: 'Mutation', enrol: { __typename?: 'Enrolment', id: string, status: EnrolmentStatus, waitlistPosition: number | null, lotteryTicket: string | null, drawOrder: number | null, childcareRequested: boolean, childcareConfirmed: boolean, checkInCode: string | null, createdAt: string, cancelledAt: string | null, completedAt: string | null, certificate: { __typename?: 'Certificate', id: string, verificationCode: string, issuedAt: string } | null, attendance: Array<{ __typename?: 'Attendance', id: string, meetingId: string, status: AttendanceStatus }>, session: { __typename?: 'Session', id: string, title: string, status: SessionStatus, isOnline: boolean, onlineUrl: string | null, venueName: string | null, venueAddress: string | null, accessNotes: string | null, registrationMode: RegistrationMode, registrationOpensAt: string, registrationClosesAt: string, cancellationDeadline: string, drawAt: string | null, drawnAt: string | null, meetings: Array<{ __typename?: 'Meeting', id: string, startsAt: string, endsAt: string }>, course: { __typename?: 'Course', id: string, title: string, provider: { __typename?: 'Organisation', id: string, name: string } } } } };

export type MyEnrolmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyEnrolmentsQuery = { __typename?: 'Query', myEnrolments: Array<{ __typename?: 'Enrolment', id: string, status: EnrolmentStatus, waitlistPosition: number | null, lotteryTicket: string | null, drawOrder: number | null, childcareRequested: boolean, childcareConfirmed: boolean, checkInCode: string | null, createdAt: string, cancelledAt: string | null, completedAt: string | null, certificate: { __typename?: 'Certificate', id: string, verificationCode: string, issuedAt: string } | null, attendance: Array<{ __typename?: 'Attendance', id: string, meetingId: string, status: AttendanceStatus }>, session: { __typename?: 'Session', id: string, title: string, status: SessionStatus, isOnline: boolean, onlineUrl: string | null, venueName: string | null, venueAddress: string | null, accessNotes: string | null, registrationMode: RegistrationMode, registrationOpensAt: string, registrationClosesAt: string, cancellationDeadline: string, drawAt: string | null, drawnAt: string | null, meetings: Array<{ __typename?: 'Meeting', id: string, startsAt: string, endsAt: string }>, course: { __typename?: 'Course', id: string, title: string, provider: { __typename?: 'Organisation', id: string, name: string } } } }> };

export type CancelEnrolmentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CancelEnrolmentMutation = { __typename?: 'Mutation', cancelEnrolment: { __typename?: 'Enrolment', id: string, status: EnrolmentStatus, waitlistPosition: number | null, cancelledAt: string | null } };

export type VerifyCertificateQueryVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type VerifyCertificateQuery = { __typename?: 'Query', verifyCertificate: { __typename?: 'CertificateVerification', learnerName: string, courseTitle: string, providerName: string, issuedAt: string, verificationCode: string } };

export type LotteryDrawQueryVariables = Exact<{
  sessionId: Scalars['ID']['input'];
}>;


export type LotteryDrawQuery = { __typename?: 'Query', lotteryDraw: { __typename?: 'LotteryDraw', commitment: string, seed: string | null, drawnAt: string | null, priorities: Array<string>, algorithm: string, applicationCount: number, entries: Array<{ __typename?: 'LotteryDrawEntry', drawOrder: number, ticket: string, tier: number }>, withdrawn: Array<{ __typename?: 'LotteryWithdrawal', ticket: string, withdrawnAt: string, byOrganisers: boolean }>, session: { __typename?: 'Session', id: string, title: string, drawAt: string | null, registrationClosesAt: string, course: { __typename?: 'Course', id: string, title: string } } } };

export type StaffSessionsQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffSessionsQuery = { __typename?: 'Query', editableCourses: Array<{ __typename?: 'Course', id: string, title: string, sessions: Array<{ __typename?: 'Session', id: string, title: string, status: SessionStatus, capacity: number, seatsLeft: number, waitlistCount: number, registrationMode: RegistrationMode, registrationClosesAt: string, drawnAt: string | null, meetings: Array<{ __typename?: 'Meeting', id: string, startsAt: string }> }> }> };

export type RosterSessionFragment = { __typename?: 'Session', id: string, title: string, status: SessionStatus, capacity: number, seatsLeft: number, childcareCapacity: number, childcareSeatsLeft: number, registrationMode: RegistrationMode, registrationClosesAt: string, checkInOpensMinutesBefore: number, drawAt: string | null, drawnAt: string | null, lotterySeed: string | null, lotteryCommitment: string | null, venueName: string | null, isOnline: boolean, meetings: Array<{ __typename?: 'Meeting', id: string, startsAt: string, endsAt: string }>, questions: Array<{ __typename?: 'RegistrationQuestion', id: string, label: string, kind: QuestionKind, position: number }>, course: { __typename?: 'Course', id: string, title: string } };

export type RosterEntryFragment = { __typename?: 'Enrolment', id: string, status: EnrolmentStatus, waitlistPosition: number | null, drawOrder: number | null, lotteryTicket: string | null, childcareRequested: boolean, childcareConfirmed: boolean, childAgesMonths: Array<number>, createdAt: string, answers: Array<{ __typename?: 'AnswerValue', questionId: string, value: string }>, attendance: Array<{ __typename?: 'Attendance', id: string, meetingId: string, status: AttendanceStatus }>, learner: { __typename?: 'User', id: string, familyName: string, givenName: string, familyNameKana: string, givenNameKana: string } };

export type SessionRosterQueryVariables = Exact<{
  sessionId: Scalars['ID']['input'];
}>;


export type SessionRosterQuery = { __typename?: 'Query', session: { __typename?: 'Session', id: string, title: string, status: SessionStatus, capacity: number, seatsLeft: number, childcareCapacity: number, childcareSeatsLeft: number, registrationMode: RegistrationMode, registrationClosesAt: string, checkInOpensMinutesBefore: number, drawAt: string | null, drawnAt: string | null, lotterySeed: string | null, lotteryCommitment: string | null, venueName: string | null, isOnline: boolean, meetings: Array<{ __typename?: 'Meeting', id: string, startsAt: string, endsAt: string }>, questions: Array<{ __typename?: 'RegistrationQuestion', id: string, label: string, kind: QuestionKind, position: number }>, course: { __typename?: 'Course', id: string, title: string } }, sessionRoster: Array<{ __typename?: 'Enrolment', id: string, status: EnrolmentStatus, waitlistPosition: number | null, drawOrder: number | null, lotteryTicket: string | null, childcareRequested: boolean, childcareConfirmed: boolean, childAgesMonths: Array<number>, createdAt: string, answers: Array<{ __typename?: 'AnswerValue', questionId: string, value: string }>, attendance: Array<{ __typename?: 'Attendance', id: string, meetingId: string, status: AttendanceStatus }>, learner: { __typename?: 'User', id: string, familyName: string, givenName: string, familyNameKana: string, givenNameKana: string } }> };

export type DrawLotteryMutationVariables = Exact<{
  sessionId: Scalars['ID']['input'];
}>;


export type DrawLotteryMutation = { __typename?: 'Mutation', drawLottery: { __typename?: 'Session', id: string, title: string, status: SessionStatus, capacity: number, seatsLeft: number, childcareCapacity: number, childcareSeatsLeft: number, registrationMode: RegistrationMode, registrationClosesAt: string, checkInOpensMinutesBefore: number, drawAt: string | null, drawnAt: string | null, lotterySeed: string | null, lotteryCommitment: string | null, venueName: string | null, isOnline: boolean, meetings: Array<{ __typename?: 'Meeting', id: string, startsAt: string, endsAt: string }>, questions: Array<{ __typename?: 'RegistrationQuestion', id: string, label: string, kind: QuestionKind, position: number }>, course: { __typename?: 'Course', id: string, title: string } } };

export type StaffCancelEnrolmentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type StaffCancelEnrolmentMutation = { __typename?: 'Mutation', cancelEnrolment: { __typename?: 'Enrolment', id: string, status: EnrolmentStatus, waitlistPosition: number | null, drawOrder: number | null, lotteryTicket: string | null, childcareRequested: boolean, childcareConfirmed: boolean, childAgesMonths: Array<number>, createdAt: string, answers: Array<{ __typename?: 'AnswerValue', questionId: string, value: string }>, attendance: Array<{ __typename?: 'Attendance', id: string, meetingId: string, status: AttendanceStatus }>, learner: { __typename?: 'User', id: string, familyName: string, givenName: string, familyNameKana: string, givenNameKana: string } } };

export type CheckInMutationVariables = Exact<{
  sessionId: Scalars['ID']['input'];
  meetingId: Scalars['ID']['input'];
  code: Scalars['String']['input'];
}>;


export type CheckInMutation = { __typename?: 'Mutation', checkIn: { __typename?: 'Enrolment', id: string, status: EnrolmentStatus, waitlistPosition: number | null, drawOrder: number | null, lotteryTicket: string | null, childcareRequested: boolean, childcareConfirmed: boolean, childAgesMonths: Array<number>, createdAt: string, answers: Array<{ __typename?: 'AnswerValue', questionId: string, value: string }>, attendance: Array<{ __typename?: 'Attendance', id: string, meetingId: string, status: AttendanceStatus }>, learner: { __typename?: 'User', id: string, familyName: string, givenName: string, familyNameKana: string, givenNameKana: string } } };

export type MarkAttendanceMutationVariables = Exact<{
  enrolmentId: Scalars['ID']['input'];
  meetingId: Scalars['ID']['input'];
  status: AttendanceStatus;
}>;


export type MarkAttendanceMutation = { __typename?: 'Mutation', markAttendance: { __typename?: 'Enrolment', id: string, status: EnrolmentStatus, waitlistPosition: number | null, drawOrder: number | null, lotteryTicket: string | null, childcareRequested: boolean, childcareConfirmed: boolean, childAgesMonths: Array<number>, createdAt: string, answers: Array<{ __typename?: 'AnswerValue', questionId: string, value: string }>, attendance: Array<{ __typename?: 'Attendance', id: string, meetingId: string, status: AttendanceStatus }>, learner: { __typename?: 'User', id: string, familyName: string, givenName: string, familyNameKana: string, givenNameKana: string } } };

export type AcceptInvitationMutationVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type AcceptInvitationMutation = { __typename?: 'Mutation', acceptInvitation: { __typename?: 'Membership', id: string, role: Role, user: { __typename?: 'User', id: string, email: string, familyName: string, givenName: string, familyNameKana: string, givenNameKana: string, preferredLocale: Locale, personas: Array<Persona>, memberships: Array<{ __typename?: 'Membership', id: string, role: Role, organisation: { __typename?: 'Organisation', id: string, name: string, kind: OrganisationKind } }> } } };

export type RequestPasswordResetMutationVariables = Exact<{
  email: Scalars['String']['input'];
}>;


export type RequestPasswordResetMutation = { __typename?: 'Mutation', requestPasswordReset: boolean };

export type ResetPasswordMutationVariables = Exact<{
  token: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
}>;


export type ResetPasswordMutation = { __typename?: 'Mutation', resetPassword: boolean };

export type VerifyEmailMutationVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type VerifyEmailMutation = { __typename?: 'Mutation', verifyEmail: boolean };

export type ResendEmailVerificationMutationVariables = Exact<{ [key: string]: never; }>;


export type ResendEmailVerificationMutation = { __typename?: 'Mutation', resendEmailVerification: boolean };

export type RequestEmailChangeMutationVariables = Exact<{
  newEmail: Scalars['String']['input'];
  currentPassword: Scalars['String']['input'];
}>;


export type RequestEmailChangeMutation = { __typename?: 'Mutation', requestEmailChange: boolean };

export type MyEmailAddressQueryVariables = Exact<{ [key: string]: never; }>;


export type MyEmailAddressQuery = { __typename?: 'Query', me: { __typename?: 'User', id: string, email: string, emailVerified: boolean, pendingEmail: string | null } };

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ChangePasswordMutation = { __typename?: 'Mutation', changePassword: boolean };

export type InvitationQueryVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type InvitationQuery = { __typename?: 'Query', invitation: { __typename?: 'Invitation', id: string, email: string, role: Role, expiresAt: string, acceptedAt: string | null, organisation: { __typename?: 'Organisation', id: string, name: string, kind: OrganisationKind } } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename?: 'Query', me: { __typename?: 'User', id: string, email: string, familyName: string, givenName: string, familyNameKana: string, givenNameKana: string, preferredLocale: Locale, personas: Array<Persona>, memberships: Array<{ __typename?: 'Membership', id: string, role: Role, organisation: { __typename?: 'Organisation', id: string, name: string, kind: OrganisationKind } }> } };

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type SignInMutation = { __typename?: 'Mutation', signIn: { __typename?: 'AuthPayload', accessToken: string, accessTokenExpiresAt: string, refreshToken: string, refreshTokenExpiresAt: string, user: { __typename?: 'User', id: string, email: string, familyName: string, givenName: string, familyNameKana: string, givenNameKana: string, preferredLocale: Locale, personas: Array<Persona>, memberships: Array<{ __typename?: 'Membership', id: string, role: Role, organisation: { __typename?: 'Organisation', id: string, name: string, kind: OrganisationKind } }> } } | null };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { __typename?: 'Mutation', signOut: boolean };

export type SignUpSeminarQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SignUpSeminarQuery = { __typename?: 'Query', session: { __typename?: 'Session', id: string, title: string, course: { __typename?: 'Course', id: string, title: string, provider: { __typename?: 'Organisation', id: string, name: string, privacyNotice: string | null } } } };

export type SignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type SignUpMutation = { __typename?: 'Mutation', signUp: { __typename?: 'AuthPayload', accessToken: string, accessTokenExpiresAt: string, refreshToken: string, refreshTokenExpiresAt: string, user: { __typename?: 'User', id: string, email: string, familyName: string, givenName: string, familyNameKana: string, givenNameKana: string, preferredLocale: Locale, personas: Array<Persona>, memberships: Array<{ __typename?: 'Membership', id: string, role: Role, organisation: { __typename?: 'Organisation', id: string, name: string, kind: OrganisationKind } }> } } };

export type UpdatePreferredLocaleMutationVariables = Exact<{
  locale: Locale;
}>;


export type UpdatePreferredLocaleMutation = { __typename?: 'Mutation', updatePreferredLocale: { __typename?: 'User', id: string, email: string, familyName: string, givenName: string, familyNameKana: string, givenNameKana: string, preferredLocale: Locale, personas: Array<Persona>, memberships: Array<{ __typename?: 'Membership', id: string, role: Role, organisation: { __typename?: 'Organisation', id: string, name: string, kind: OrganisationKind } }> } };

export type NotificationItemFragment = { __typename?: 'Notification', id: string, kind: NotificationKind, title: string, summary: string, link: string | null, createdAt: string, readAt: string | null };

export type MyNotificationsQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type MyNotificationsQuery = { __typename?: 'Query', myNotifications: { __typename?: 'NotificationPage', nextCursor: string | null, unreadCount: number, items: Array<{ __typename?: 'Notification', id: string, kind: NotificationKind, title: string, summary: string, link: string | null, createdAt: string, readAt: string | null }> } };

export type UnreadNotificationCountQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadNotificationCountQuery = { __typename?: 'Query', unreadNotificationCount: number };

export type MarkNotificationReadMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MarkNotificationReadMutation = { __typename?: 'Mutation', markNotificationRead: { __typename?: 'Notification', id: string, kind: NotificationKind, title: string, summary: string, link: string | null, createdAt: string, readAt: string | null } };

export type MarkAllNotificationsReadMutationVariables = Exact<{ [key: string]: never; }>;


export type MarkAllNotificationsReadMutation = { __typename?: 'Mutation', markAllNotificationsRead: number };

export type UnsubscribeMutationVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type UnsubscribeMutation = { __typename?: 'Mutation', unsubscribe: { __typename?: 'NotificationPreference', kind: NotificationKind, email: boolean, inApp: boolean, line: boolean, transactional: boolean } };

export type OutboxDeliveryFragment = { __typename?: 'NotificationDelivery', id: string, kind: NotificationKind, channel: NotificationChannel, status: DeliveryStatus, recipientId: string, attempts: number, lastError: string | null, createdAt: string, sentAt: string | null, failedAt: string | null };

export type NotificationOutboxQueryVariables = Exact<{
  status?: InputMaybe<DeliveryStatus>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type NotificationOutboxQuery = { __typename?: 'Query', notificationOutbox: Array<{ __typename?: 'NotificationDelivery', id: string, kind: NotificationKind, channel: NotificationChannel, status: DeliveryStatus, recipientId: string, attempts: number, lastError: string | null, createdAt: string, sentAt: string | null, failedAt: string | null }> };

export type RetryNotificationDeliveryMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RetryNotificationDeliveryMutation = { __typename?: 'Mutation', retryNotificationDelivery: { __typename?: 'NotificationDelivery', id: string, kind: NotificationKind, channel: NotificationChannel, status: DeliveryStatus, recipientId: string, attempts: number, lastError: string | null, createdAt: string, sentAt: string | null, failedAt: string | null } };

export type NotificationPreferenceItemFragment = { __typename?: 'NotificationPreference', kind: NotificationKind, email: boolean, inApp: boolean, line: boolean, transactional: boolean };

export type LineLinkStateFragment = { __typename?: 'LineLink', enabled: boolean, linked: boolean, linkedAt: string | null, code: string | null, codeExpiresAt: string | null };

export type CalendarFeedStateFragment = { __typename?: 'CalendarFeed', url: string | null, createdAt: string | null };

export type MyNotificationPreferencesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyNotificationPreferencesQuery = { __typename?: 'Query', myNotificationPreferences: Array<{ __typename?: 'NotificationPreference', kind: NotificationKind, email: boolean, inApp: boolean, line: boolean, transactional: boolean }> };

export type SetNotificationPreferenceMutationVariables = Exact<{
  input: NotificationPreferenceInput;
}>;


export type SetNotificationPreferenceMutation = { __typename?: 'Mutation', setNotificationPreference: { __typename?: 'NotificationPreference', kind: NotificationKind, email: boolean, inApp: boolean, line: boolean, transactional: boolean } };

export type MyLineLinkQueryVariables = Exact<{ [key: string]: never; }>;


export type MyLineLinkQuery = { __typename?: 'Query', myLineLink: { __typename?: 'LineLink', enabled: boolean, linked: boolean, linkedAt: string | null, code: string | null, codeExpiresAt: string | null } };

export type IssueLineLinkCodeMutationVariables = Exact<{ [key: string]: never; }>;


export type IssueLineLinkCodeMutation = { __typename?: 'Mutation', issueLineLinkCode: { __typename?: 'LineLink', enabled: boolean, linked: boolean, linkedAt: string | null, code: string | null, codeExpiresAt: string | null } };

export type UnlinkLineMutationVariables = Exact<{ [key: string]: never; }>;


export type UnlinkLineMutation = { __typename?: 'Mutation', unlinkLine: { __typename?: 'LineLink', enabled: boolean, linked: boolean, linkedAt: string | null, code: string | null, codeExpiresAt: string | null } };

export type MyCalendarFeedQueryVariables = Exact<{ [key: string]: never; }>;


export type MyCalendarFeedQuery = { __typename?: 'Query', myCalendarFeed: { __typename?: 'CalendarFeed', url: string | null, createdAt: string | null } };

export type IssueCalendarFeedMutationVariables = Exact<{ [key: string]: never; }>;


export type IssueCalendarFeedMutation = { __typename?: 'Mutation', issueCalendarFeed: { __typename?: 'CalendarFeed', url: string | null, createdAt: string | null } };

export type RevokeCalendarFeedMutationVariables = Exact<{ [key: string]: never; }>;


export type RevokeCalendarFeedMutation = { __typename?: 'Mutation', revokeCalendarFeed: { __typename?: 'CalendarFeed', url: string | null, createdAt: string | null } };

export type OrganisationMembersQueryVariables = Exact<{
  organisationId: Scalars['ID']['input'];
}>;


export type OrganisationMembersQuery = { __typename?: 'Query', organisationMembers: Array<{ __typename?: 'Membership', id: string, role: Role, createdAt: string, user: { __typename?: 'User', id: string, familyName: string, givenName: string, email: string } }> };

export type InviteMemberMutationVariables = Exact<{
  input: InviteMemberInput;
}>;


export type InviteMemberMutation = { __typename?: 'Mutation', inviteMember: { __typename?: 'CreatedInvitation', acceptUrl: string, invitation: { __typename?: 'Invitation', id: string, email: string, role: Role, expiresAt: string } } };

export type OrganisationContactFragment = { __typename?: 'Organisation', id: string, name: string, contactDepartment: string | null, contactPhone: string | null, contactEmail: string | null, contactUrl: string | null, contactHours: string | null, privacyNotice: string | null };

export type OrganisationContactQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OrganisationContactQuery = { __typename?: 'Query', organisation: { __typename?: 'Organisation', id: string, name: string, contactDepartment: string | null, contactPhone: string | null, contactEmail: string | null, contactUrl: string | null, contactHours: string | null, privacyNotice: string | null } };

export type UpdateOrganisationContactMutationVariables = Exact<{
  input: UpdateOrganisationContactInput;
}>;


export type UpdateOrganisationContactMutation = { __typename?: 'Mutation', updateOrganisationContact: { __typename?: 'Organisation', id: string, name: string, contactDepartment: string | null, contactPhone: string | null, contactEmail: string | null, contactUrl: string | null, contactHours: string | null, privacyNotice: string | null } };

export type SessionUserFragment = { __typename?: 'User', id: string, email: string, familyName: string, givenName: string, familyNameKana: string, givenNameKana: string, preferredLocale: Locale, personas: Array<Persona>, memberships: Array<{ __typename?: 'Membership', id: string, role: Role, organisation: { __typename?: 'Organisation', id: string, name: string, kind: OrganisationKind } }> };

export type SessionPayloadFragment = { __typename?: 'AuthPayload', accessToken: string, accessTokenExpiresAt: string, refreshToken: string, refreshTokenExpiresAt: string, user: { __typename?: 'User', id: string, email: string, familyName: string, givenName: string, familyNameKana: string, givenNameKana: string, preferredLocale: Locale, personas: Array<Persona>, memberships: Array<{ __typename?: 'Membership', id: string, role: Role, organisation: { __typename?: 'Organisation', id: string, name: string, kind: OrganisationKind } }> } };

export type RefreshSessionMutationVariables = Exact<{
  refreshToken: Scalars['String']['input'];
}>;


export type RefreshSessionMutation = { __typename?: 'Mutation', refreshSession: { __typename?: 'AuthPayload', accessToken: string, accessTokenExpiresAt: string, refreshToken: string, refreshTokenExpiresAt: string, user: { __typename?: 'User', id: string, email: string, familyName: string, givenName: string, familyNameKana: string, givenNameKana: string, preferredLocale: Locale, personas: Array<Persona>, memberships: Array<{ __typename?: 'Membership', id: string, role: Role, organisation: { __typename?: 'Organisation', id: string, name: string, kind: OrganisationKind } }> } } };

export const CourseFileInfoFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CourseFileInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CourseFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]} as unknown as DocumentNode<CourseFileInfoFragment, unknown>;
export const CatalogueLessonFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogueLesson"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lesson"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"bodyHtml"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CourseFileInfo"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CourseFileInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CourseFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]} as unknown as DocumentNode<CatalogueLessonFragment, unknown>;
export const MyEmploymentItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyEmploymentItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MyEmployment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sharesParticipation"}},{"kind":"Field","name":{"kind":"Name","value":"allowsNomination"}}]}}]} as unknown as DocumentNode<MyEmploymentItemFragment, unknown>;
export const CompanyGroupMemberItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyGroupMemberItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompanyGroupMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"invitedAt"}},{"kind":"Field","name":{"kind":"Name","value":"joinedAt"}},{"kind":"Field","name":{"kind":"Name","value":"declinedAt"}},{"kind":"Field","name":{"kind":"Name","value":"leftAt"}}]}}]} as unknown as DocumentNode<CompanyGroupMemberItemFragment, unknown>;
export const CompanyGroupItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyGroupItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompanyGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"charter"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"ownerOrganisationId"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"manages"}},{"kind":"Field","name":{"kind":"Name","value":"coordinates"}},{"kind":"Field","name":{"kind":"Name","value":"onBoard"}},{"kind":"Field","name":{"kind":"Name","value":"records"}},{"kind":"Field","name":{"kind":"Name","value":"memberCompanyIds"}},{"kind":"Field","name":{"kind":"Name","value":"invitedCompanyIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompanyGroupMemberItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coordinators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"addedAt"}},{"kind":"Field","name":{"kind":"Name","value":"removedAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyGroupMemberItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompanyGroupMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"invitedAt"}},{"kind":"Field","name":{"kind":"Name","value":"joinedAt"}},{"kind":"Field","name":{"kind":"Name","value":"declinedAt"}},{"kind":"Field","name":{"kind":"Name","value":"leftAt"}}]}}]} as unknown as DocumentNode<CompanyGroupItemFragment, unknown>;
export const GroupPostItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GroupPostItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GroupPost"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"authorOrganisationName"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"authorOrganisationName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<GroupPostItemFragment, unknown>;
export const CompanyContactItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyContactItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompanyContact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]} as unknown as DocumentNode<CompanyContactItemFragment, unknown>;
export const CompanyCertificationItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyCertificationItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompanyCertification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"otherName"}},{"kind":"Field","name":{"kind":"Name","value":"certifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceUrl"}}]}}]} as unknown as DocumentNode<CompanyCertificationItemFragment, unknown>;
export const CompanyProfileItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyProfileItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompanyProfile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameKana"}},{"kind":"Field","name":{"kind":"Name","value":"corporateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBand"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"logoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"appliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompanyContactItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"certifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompanyCertificationItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyContactItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompanyContact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyCertificationItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompanyCertification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"otherName"}},{"kind":"Field","name":{"kind":"Name","value":"certifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceUrl"}}]}}]} as unknown as DocumentNode<CompanyProfileItemFragment, unknown>;
export const SeatNominationItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SeatNominationItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SeatNomination"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"poolId"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"courseTitle"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"offeringCompanyName"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"enrolmentId"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}}]} as unknown as DocumentNode<SeatNominationItemFragment, unknown>;
export const SeatPoolItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SeatPoolItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SeatPool"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"courseTitle"}},{"kind":"Field","name":{"kind":"Name","value":"offeringOrganisationId"}},{"kind":"Field","name":{"kind":"Name","value":"offeringCompanyName"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"allocation"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"takenCount"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedCount"}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"takenCount"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}}]}}]}}]} as unknown as DocumentNode<SeatPoolItemFragment, unknown>;
export const EnrolmentSessionSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EnrolmentSessionSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isOnline"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"venueName"}},{"kind":"Field","name":{"kind":"Name","value":"venueAddress"}},{"kind":"Field","name":{"kind":"Name","value":"accessNotes"}},{"kind":"Field","name":{"kind":"Name","value":"registrationMode"}},{"kind":"Field","name":{"kind":"Name","value":"registrationOpensAt"}},{"kind":"Field","name":{"kind":"Name","value":"registrationClosesAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"drawAt"}},{"kind":"Field","name":{"kind":"Name","value":"drawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"course"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<EnrolmentSessionSummaryFragment, unknown>;
export const MyEnrolmentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyEnrolment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Enrolment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"lotteryTicket"}},{"kind":"Field","name":{"kind":"Name","value":"drawOrder"}},{"kind":"Field","name":{"kind":"Name","value":"childcareRequested"}},{"kind":"Field","name":{"kind":"Name","value":"childcareConfirmed"}},{"kind":"Field","name":{"kind":"Name","value":"checkInCode"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"certificate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"verificationCode"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EnrolmentSessionSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EnrolmentSessionSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isOnline"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"venueName"}},{"kind":"Field","name":{"kind":"Name","value":"venueAddress"}},{"kind":"Field","name":{"kind":"Name","value":"accessNotes"}},{"kind":"Field","name":{"kind":"Name","value":"registrationMode"}},{"kind":"Field","name":{"kind":"Name","value":"registrationOpensAt"}},{"kind":"Field","name":{"kind":"Name","value":"registrationClosesAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"drawAt"}},{"kind":"Field","name":{"kind":"Name","value":"drawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"course"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<MyEnrolmentFragment, unknown>;
export const RosterSessionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RosterSession"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"childcareCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"childcareSeatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"registrationMode"}},{"kind":"Field","name":{"kind":"Name","value":"registrationClosesAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkInOpensMinutesBefore"}},{"kind":"Field","name":{"kind":"Name","value":"drawAt"}},{"kind":"Field","name":{"kind":"Name","value":"drawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"lotterySeed"}},{"kind":"Field","name":{"kind":"Name","value":"lotteryCommitment"}},{"kind":"Field","name":{"kind":"Name","value":"venueName"}},{"kind":"Field","name":{"kind":"Name","value":"isOnline"}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"course"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<RosterSessionFragment, unknown>;
export const RosterEntryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RosterEntry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Enrolment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"drawOrder"}},{"kind":"Field","name":{"kind":"Name","value":"lotteryTicket"}},{"kind":"Field","name":{"kind":"Name","value":"childcareRequested"}},{"kind":"Field","name":{"kind":"Name","value":"childcareConfirmed"}},{"kind":"Field","name":{"kind":"Name","value":"childAgesMonths"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"learner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyNameKana"}},{"kind":"Field","name":{"kind":"Name","value":"givenNameKana"}}]}}]}}]} as unknown as DocumentNode<RosterEntryFragment, unknown>;
export const NotificationItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}}]} as unknown as DocumentNode<NotificationItemFragment, unknown>;
export const OutboxDeliveryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OutboxDelivery"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationDelivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"recipientId"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"failedAt"}}]}}]} as unknown as DocumentNode<OutboxDeliveryFragment, unknown>;
export const NotificationPreferenceItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationPreferenceItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationPreference"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"inApp"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"transactional"}}]}}]} as unknown as DocumentNode<NotificationPreferenceItemFragment, unknown>;
export const LineLinkStateFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LineLinkState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LineLink"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"linked"}},{"kind":"Field","name":{"kind":"Name","value":"linkedAt"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"codeExpiresAt"}}]}}]} as unknown as DocumentNode<LineLinkStateFragment, unknown>;
export const CalendarFeedStateFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CalendarFeedState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CalendarFeed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<CalendarFeedStateFragment, unknown>;
export const OrganisationContactFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationContact"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactDepartment"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"contactUrl"}},{"kind":"Field","name":{"kind":"Name","value":"contactHours"}},{"kind":"Field","name":{"kind":"Name","value":"privacyNotice"}}]}}]} as unknown as DocumentNode<OrganisationContactFragment, unknown>;
export const SessionUserFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyNameKana"}},{"kind":"Field","name":{"kind":"Name","value":"givenNameKana"}},{"kind":"Field","name":{"kind":"Name","value":"preferredLocale"}},{"kind":"Field","name":{"kind":"Name","value":"personas"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<SessionUserFragment, unknown>;
export const SessionPayloadFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionPayload"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionUser"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyNameKana"}},{"kind":"Field","name":{"kind":"Name","value":"givenNameKana"}},{"kind":"Field","name":{"kind":"Name","value":"preferredLocale"}},{"kind":"Field","name":{"kind":"Name","value":"personas"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<SessionPayloadFragment, unknown>;
export const CatalogueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Catalogue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CatalogueFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalogue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstMeetingAt"}},{"kind":"Field","name":{"kind":"Name","value":"meetingCount"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"childcareSeatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"course"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"childcareCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"venueName"}},{"kind":"Field","name":{"kind":"Name","value":"isOnline"}},{"kind":"Field","name":{"kind":"Name","value":"isOffsite"}},{"kind":"Field","name":{"kind":"Name","value":"registrationMode"}},{"kind":"Field","name":{"kind":"Name","value":"registrationOpensAt"}},{"kind":"Field","name":{"kind":"Name","value":"registrationClosesAt"}},{"kind":"Field","name":{"kind":"Name","value":"feeYen"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CatalogueQuery, CatalogueQueryVariables>;
export const CatalogueCourseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogueCourse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"course"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionHtml"}},{"kind":"Field","name":{"kind":"Name","value":"audienceNotes"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"coverImageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"coverImage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CourseFileInfo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"certifications"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coOrganisers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"certifications"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lessons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CatalogueLesson"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myProgress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completedLessonIds"}},{"kind":"Field","name":{"kind":"Name","value":"lessonCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"isOnline"}},{"kind":"Field","name":{"kind":"Name","value":"venueName"}},{"kind":"Field","name":{"kind":"Name","value":"registrationMode"}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CourseFileInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CourseFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogueLesson"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lesson"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"bodyHtml"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CourseFileInfo"}}]}}]}}]} as unknown as DocumentNode<CatalogueCourseQuery, CatalogueCourseQueryVariables>;
export const CatalogueSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogueSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"childcareCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"childcareSeatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"childcareMinAgeMonths"}},{"kind":"Field","name":{"kind":"Name","value":"childcareMaxAgeMonths"}},{"kind":"Field","name":{"kind":"Name","value":"venueName"}},{"kind":"Field","name":{"kind":"Name","value":"venueAddress"}},{"kind":"Field","name":{"kind":"Name","value":"accessNotes"}},{"kind":"Field","name":{"kind":"Name","value":"isOnline"}},{"kind":"Field","name":{"kind":"Name","value":"isOffsite"}},{"kind":"Field","name":{"kind":"Name","value":"registrationMode"}},{"kind":"Field","name":{"kind":"Name","value":"registrationOpensAt"}},{"kind":"Field","name":{"kind":"Name","value":"registrationClosesAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"drawAt"}},{"kind":"Field","name":{"kind":"Name","value":"drawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"lotteryCommitment"}},{"kind":"Field","name":{"kind":"Name","value":"feeYen"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}},{"kind":"Field","name":{"kind":"Name","value":"myEnrolment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"course"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionHtml"}},{"kind":"Field","name":{"kind":"Name","value":"audienceNotes"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactDepartment"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"contactUrl"}},{"kind":"Field","name":{"kind":"Name","value":"contactHours"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lessons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CatalogueLesson"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myProgress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completedLessonIds"}},{"kind":"Field","name":{"kind":"Name","value":"lessonCount"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CourseFileInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CourseFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogueLesson"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lesson"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"bodyHtml"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CourseFileInfo"}}]}}]}}]} as unknown as DocumentNode<CatalogueSessionQuery, CatalogueSessionQueryVariables>;
export const CatalogueCompleteLessonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CatalogueCompleteLesson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lessonId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeLesson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lessonId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lessonId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"myProgress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completedLessonIds"}},{"kind":"Field","name":{"kind":"Name","value":"lessonCount"}}]}}]}}]}}]} as unknown as DocumentNode<CatalogueCompleteLessonMutation, CatalogueCompleteLessonMutationVariables>;
export const EditableCoursesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EditableCourses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"editableCourses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EditableCoursesQuery, EditableCoursesQueryVariables>;
export const EditorCourseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EditorCourse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"course"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"audienceNotes"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"coverImageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"coverImage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CourseFileInfo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coOrganisers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lessons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CourseFileInfo"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CourseFileInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CourseFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]} as unknown as DocumentNode<EditorCourseQuery, EditorCourseQueryVariables>;
export const EditorSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EditorSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"venueName"}},{"kind":"Field","name":{"kind":"Name","value":"venueAddress"}},{"kind":"Field","name":{"kind":"Name","value":"accessNotes"}},{"kind":"Field","name":{"kind":"Name","value":"isOnline"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"isOffsite"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"childcareCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"childcareMinAgeMonths"}},{"kind":"Field","name":{"kind":"Name","value":"childcareMaxAgeMonths"}},{"kind":"Field","name":{"kind":"Name","value":"feeYen"}},{"kind":"Field","name":{"kind":"Name","value":"registrationOpensAt"}},{"kind":"Field","name":{"kind":"Name","value":"registrationClosesAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"registrationMode"}},{"kind":"Field","name":{"kind":"Name","value":"drawAt"}},{"kind":"Field","name":{"kind":"Name","value":"completionRule"}},{"kind":"Field","name":{"kind":"Name","value":"completionMinMeetings"}},{"kind":"Field","name":{"kind":"Name","value":"checkInOpensMinutesBefore"}},{"kind":"Field","name":{"kind":"Name","value":"reminderHoursBefore"}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"choices"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"course"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<EditorSessionQuery, EditorSessionQueryVariables>;
export const EditorCreateCourseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditorCreateCourse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCourseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCourse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<EditorCreateCourseMutation, EditorCreateCourseMutationVariables>;
export const EditorCopyCourseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditorCopyCourse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CopyCourseInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"copyCourse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<EditorCopyCourseMutation, EditorCopyCourseMutationVariables>;
export const EditorOrganisationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EditorOrganisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<EditorOrganisationsQuery, EditorOrganisationsQueryVariables>;
export const EditorUpdateCourseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditorUpdateCourse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCourseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCourse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<EditorUpdateCourseMutation, EditorUpdateCourseMutationVariables>;
export const EditorPublishCourseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditorPublishCourse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishCourse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<EditorPublishCourseMutation, EditorPublishCourseMutationVariables>;
export const EditorUnpublishCourseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditorUnpublishCourse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unpublishCourse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<EditorUnpublishCourseMutation, EditorUnpublishCourseMutationVariables>;
export const EditorAddLessonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditorAddLesson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddLessonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addLesson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<EditorAddLessonMutation, EditorAddLessonMutationVariables>;
export const EditorUpdateLessonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditorUpdateLesson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateLessonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateLesson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<EditorUpdateLessonMutation, EditorUpdateLessonMutationVariables>;
export const EditorRemoveLessonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditorRemoveLesson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeLesson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<EditorRemoveLessonMutation, EditorRemoveLessonMutationVariables>;
export const EditorReorderLessonsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditorReorderLessons"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"courseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lessonIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reorderLessons"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"courseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"courseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"lessonIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lessonIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<EditorReorderLessonsMutation, EditorReorderLessonsMutationVariables>;
export const EditorCreateSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditorCreateSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<EditorCreateSessionMutation, EditorCreateSessionMutationVariables>;
export const EditorUpdateSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditorUpdateSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<EditorUpdateSessionMutation, EditorUpdateSessionMutationVariables>;
export const EditorCancelSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditorCancelSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<EditorCancelSessionMutation, EditorCancelSessionMutationVariables>;
export const MyEmployerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyEmployer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myEmployments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyEmploymentItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnerCompanies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameKana"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myConsentHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"byHerself"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyEmploymentItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MyEmployment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sharesParticipation"}},{"kind":"Field","name":{"kind":"Name","value":"allowsNomination"}}]}}]} as unknown as DocumentNode<MyEmployerQuery, MyEmployerQueryVariables>;
export const RequestEmploymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestEmployment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestEmployment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyEmploymentItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyEmploymentItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MyEmployment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sharesParticipation"}},{"kind":"Field","name":{"kind":"Name","value":"allowsNomination"}}]}}]} as unknown as DocumentNode<RequestEmploymentMutation, RequestEmploymentMutationVariables>;
export const AcceptEmploymentInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptEmploymentInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptEmploymentInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyEmploymentItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyEmploymentItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MyEmployment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sharesParticipation"}},{"kind":"Field","name":{"kind":"Name","value":"allowsNomination"}}]}}]} as unknown as DocumentNode<AcceptEmploymentInvitationMutation, AcceptEmploymentInvitationMutationVariables>;
export const DeclineEmploymentInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclineEmploymentInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declineEmploymentInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyEmploymentItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyEmploymentItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MyEmployment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sharesParticipation"}},{"kind":"Field","name":{"kind":"Name","value":"allowsNomination"}}]}}]} as unknown as DocumentNode<DeclineEmploymentInvitationMutation, DeclineEmploymentInvitationMutationVariables>;
export const EndEmploymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndEmployment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endEmployment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<EndEmploymentMutation, EndEmploymentMutationVariables>;
export const SetCompanyConsentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetCompanyConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetCompanyConsentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setCompanyConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyEmploymentItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyEmploymentItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MyEmployment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sharesParticipation"}},{"kind":"Field","name":{"kind":"Name","value":"allowsNomination"}}]}}]} as unknown as DocumentNode<SetCompanyConsentMutation, SetCompanyConsentMutationVariables>;
export const CompanyEmployeesPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompanyEmployeesPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"companyEmployees"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"companyParticipation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrolmentId"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"courseTitle"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attendedMeetings"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"certificateIssuedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"others"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"courses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"courseId"}},{"kind":"Field","name":{"kind":"Name","value":"courseTitle"}},{"kind":"Field","name":{"kind":"Name","value":"enrolled"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enrolledTotal"}},{"kind":"Field","name":{"kind":"Name","value":"completedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"grandTotal"}},{"kind":"Field","name":{"kind":"Name","value":"minimum"}},{"kind":"Field","name":{"kind":"Name","value":"suppressedCount"}}]}}]}}]}}]} as unknown as DocumentNode<CompanyEmployeesPageQuery, CompanyEmployeesPageQueryVariables>;
export const ConfirmEmploymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmEmployment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmEmployment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ConfirmEmploymentMutation, ConfirmEmploymentMutationVariables>;
export const DeclineEmploymentRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclineEmploymentRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declineEmploymentRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DeclineEmploymentRequestMutation, DeclineEmploymentRequestMutationVariables>;
export const InviteEmployeeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteEmployee"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteEmployeeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteEmployee"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<InviteEmployeeMutation, InviteEmployeeMutationVariables>;
export const CompanyGroupsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompanyGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"companyGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompanyGroupItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyGroupMemberItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompanyGroupMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"invitedAt"}},{"kind":"Field","name":{"kind":"Name","value":"joinedAt"}},{"kind":"Field","name":{"kind":"Name","value":"declinedAt"}},{"kind":"Field","name":{"kind":"Name","value":"leftAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyGroupItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompanyGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"charter"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"ownerOrganisationId"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"manages"}},{"kind":"Field","name":{"kind":"Name","value":"coordinates"}},{"kind":"Field","name":{"kind":"Name","value":"onBoard"}},{"kind":"Field","name":{"kind":"Name","value":"records"}},{"kind":"Field","name":{"kind":"Name","value":"memberCompanyIds"}},{"kind":"Field","name":{"kind":"Name","value":"invitedCompanyIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompanyGroupMemberItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coordinators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"addedAt"}},{"kind":"Field","name":{"kind":"Name","value":"removedAt"}}]}}]}}]} as unknown as DocumentNode<CompanyGroupsQuery, CompanyGroupsQueryVariables>;
export const CompanyGroupBoardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompanyGroupBoard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"companyGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompanyGroupItem"}},{"kind":"Field","name":{"kind":"Name","value":"posts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GroupPostItem"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyGroupMemberItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompanyGroupMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"invitedAt"}},{"kind":"Field","name":{"kind":"Name","value":"joinedAt"}},{"kind":"Field","name":{"kind":"Name","value":"declinedAt"}},{"kind":"Field","name":{"kind":"Name","value":"leftAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyGroupItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompanyGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"charter"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"ownerOrganisationId"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"manages"}},{"kind":"Field","name":{"kind":"Name","value":"coordinates"}},{"kind":"Field","name":{"kind":"Name","value":"onBoard"}},{"kind":"Field","name":{"kind":"Name","value":"records"}},{"kind":"Field","name":{"kind":"Name","value":"memberCompanyIds"}},{"kind":"Field","name":{"kind":"Name","value":"invitedCompanyIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompanyGroupMemberItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coordinators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"addedAt"}},{"kind":"Field","name":{"kind":"Name","value":"removedAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GroupPostItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GroupPost"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"authorOrganisationName"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"authorOrganisationName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CompanyGroupBoardQuery, CompanyGroupBoardQueryVariables>;
export const CreateCompanyGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCompanyGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCompanyGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCompanyGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompanyGroupItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyGroupMemberItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompanyGroupMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"invitedAt"}},{"kind":"Field","name":{"kind":"Name","value":"joinedAt"}},{"kind":"Field","name":{"kind":"Name","value":"declinedAt"}},{"kind":"Field","name":{"kind":"Name","value":"leftAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyGroupItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompanyGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"charter"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"ownerOrganisationId"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"manages"}},{"kind":"Field","name":{"kind":"Name","value":"coordinates"}},{"kind":"Field","name":{"kind":"Name","value":"onBoard"}},{"kind":"Field","name":{"kind":"Name","value":"records"}},{"kind":"Field","name":{"kind":"Name","value":"memberCompanyIds"}},{"kind":"Field","name":{"kind":"Name","value":"invitedCompanyIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompanyGroupMemberItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coordinators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"addedAt"}},{"kind":"Field","name":{"kind":"Name","value":"removedAt"}}]}}]}}]} as unknown as DocumentNode<CreateCompanyGroupMutation, CreateCompanyGroupMutationVariables>;
export const InviteCompanyToGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteCompanyToGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteCompanyToGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}}},{"kind":"Argument","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompanyGroupItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyGroupMemberItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompanyGroupMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"invitedAt"}},{"kind":"Field","name":{"kind":"Name","value":"joinedAt"}},{"kind":"Field","name":{"kind":"Name","value":"declinedAt"}},{"kind":"Field","name":{"kind":"Name","value":"leftAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyGroupItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompanyGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"charter"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"ownerOrganisationId"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"manages"}},{"kind":"Field","name":{"kind":"Name","value":"coordinates"}},{"kind":"Field","name":{"kind":"Name","value":"onBoard"}},{"kind":"Field","name":{"kind":"Name","value":"records"}},{"kind":"Field","name":{"kind":"Name","value":"memberCompanyIds"}},{"kind":"Field","name":{"kind":"Name","value":"invitedCompanyIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompanyGroupMemberItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coordinators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"addedAt"}},{"kind":"Field","name":{"kind":"Name","value":"removedAt"}}]}}]}}]} as unknown as DocumentNode<InviteCompanyToGroupMutation, InviteCompanyToGroupMutationVariables>;
export const RemoveCompanyFromGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveCompanyFromGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeCompanyFromGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}}},{"kind":"Argument","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompanyGroupItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyGroupMemberItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompanyGroupMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"invitedAt"}},{"kind":"Field","name":{"kind":"Name","value":"joinedAt"}},{"kind":"Field","name":{"kind":"Name","value":"declinedAt"}},{"kind":"Field","name":{"kind":"Name","value":"leftAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyGroupItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompanyGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"charter"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"ownerOrganisationId"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"manages"}},{"kind":"Field","name":{"kind":"Name","value":"coordinates"}},{"kind":"Field","name":{"kind":"Name","value":"onBoard"}},{"kind":"Field","name":{"kind":"Name","value":"records"}},{"kind":"Field","name":{"kind":"Name","value":"memberCompanyIds"}},{"kind":"Field","name":{"kind":"Name","value":"invitedCompanyIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompanyGroupMemberItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coordinators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"addedAt"}},{"kind":"Field","name":{"kind":"Name","value":"removedAt"}}]}}]}}]} as unknown as DocumentNode<RemoveCompanyFromGroupMutation, RemoveCompanyFromGroupMutationVariables>;
export const AcceptGroupInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptGroupInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptGroupInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}}},{"kind":"Argument","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AcceptGroupInvitationMutation, AcceptGroupInvitationMutationVariables>;
export const DeclineGroupInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclineGroupInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declineGroupInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}}},{"kind":"Argument","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}}]}]}}]} as unknown as DocumentNode<DeclineGroupInvitationMutation, DeclineGroupInvitationMutationVariables>;
export const LeaveCompanyGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeaveCompanyGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leaveCompanyGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}}},{"kind":"Argument","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}}]}]}}]} as unknown as DocumentNode<LeaveCompanyGroupMutation, LeaveCompanyGroupMutationVariables>;
export const CreateGroupPostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateGroupPost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateGroupPostInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createGroupPost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateGroupPostMutation, CreateGroupPostMutationVariables>;
export const CommentOnGroupPostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CommentOnGroupPost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CommentOnGroupPostInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commentOnGroupPost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CommentOnGroupPostMutation, CommentOnGroupPostMutationVariables>;
export const SetMeetingAttendanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetMeetingAttendance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetMeetingAttendanceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMeetingAttendance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SetMeetingAttendanceMutation, SetMeetingAttendanceMutationVariables>;
export const EditGroupPostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditGroupPost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EditGroupPostInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"editGroupPost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<EditGroupPostMutation, EditGroupPostMutationVariables>;
export const RemoveGroupPostFileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveGroupPostFile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fileId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeGroupPostFile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fileId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fileId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RemoveGroupPostFileMutation, RemoveGroupPostFileMutationVariables>;
export const GroupOwnerStaffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GroupOwnerStaff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}}]}}]}}]}}]} as unknown as DocumentNode<GroupOwnerStaffQuery, GroupOwnerStaffQueryVariables>;
export const AddGroupCoordinatorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddGroupCoordinator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addGroupCoordinator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}}},{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompanyGroupItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyGroupMemberItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompanyGroupMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"invitedAt"}},{"kind":"Field","name":{"kind":"Name","value":"joinedAt"}},{"kind":"Field","name":{"kind":"Name","value":"declinedAt"}},{"kind":"Field","name":{"kind":"Name","value":"leftAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyGroupItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompanyGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"charter"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"ownerOrganisationId"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"manages"}},{"kind":"Field","name":{"kind":"Name","value":"coordinates"}},{"kind":"Field","name":{"kind":"Name","value":"onBoard"}},{"kind":"Field","name":{"kind":"Name","value":"records"}},{"kind":"Field","name":{"kind":"Name","value":"memberCompanyIds"}},{"kind":"Field","name":{"kind":"Name","value":"invitedCompanyIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompanyGroupMemberItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coordinators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"addedAt"}},{"kind":"Field","name":{"kind":"Name","value":"removedAt"}}]}}]}}]} as unknown as DocumentNode<AddGroupCoordinatorMutation, AddGroupCoordinatorMutationVariables>;
export const RemoveGroupCoordinatorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveGroupCoordinator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeGroupCoordinator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}}},{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompanyGroupItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyGroupMemberItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompanyGroupMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"invitedAt"}},{"kind":"Field","name":{"kind":"Name","value":"joinedAt"}},{"kind":"Field","name":{"kind":"Name","value":"declinedAt"}},{"kind":"Field","name":{"kind":"Name","value":"leftAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyGroupItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompanyGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"charter"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"ownerOrganisationId"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"manages"}},{"kind":"Field","name":{"kind":"Name","value":"coordinates"}},{"kind":"Field","name":{"kind":"Name","value":"onBoard"}},{"kind":"Field","name":{"kind":"Name","value":"records"}},{"kind":"Field","name":{"kind":"Name","value":"memberCompanyIds"}},{"kind":"Field","name":{"kind":"Name","value":"invitedCompanyIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompanyGroupMemberItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coordinators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"addedAt"}},{"kind":"Field","name":{"kind":"Name","value":"removedAt"}}]}}]}}]} as unknown as DocumentNode<RemoveGroupCoordinatorMutation, RemoveGroupCoordinatorMutationVariables>;
export const MyCompaniesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyCompanies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myCompanies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompanyProfileItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyContactItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompanyContact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyCertificationItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompanyCertification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"otherName"}},{"kind":"Field","name":{"kind":"Name","value":"certifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceUrl"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyProfileItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompanyProfile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameKana"}},{"kind":"Field","name":{"kind":"Name","value":"corporateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBand"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"logoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"appliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompanyContactItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"certifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompanyCertificationItem"}}]}}]}}]} as unknown as DocumentNode<MyCompaniesQuery, MyCompaniesQueryVariables>;
export const CompanyApplicationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompanyApplications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CompanyStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"companyApplications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompanyProfileItem"}},{"kind":"Field","name":{"kind":"Name","value":"appliedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyContactItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompanyContact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyCertificationItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompanyCertification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"otherName"}},{"kind":"Field","name":{"kind":"Name","value":"certifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceUrl"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyProfileItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompanyProfile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameKana"}},{"kind":"Field","name":{"kind":"Name","value":"corporateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBand"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"logoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"appliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompanyContactItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"certifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompanyCertificationItem"}}]}}]}}]} as unknown as DocumentNode<CompanyApplicationsQuery, CompanyApplicationsQueryVariables>;
export const CompanySecretariatsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompanySecretariats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"cities"},"name":{"kind":"Name","value":"organisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"city"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"prefectures"},"name":{"kind":"Name","value":"organisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"prefecture"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"agencies"},"name":{"kind":"Name","value":"organisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"national_agency"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CompanySecretariatsQuery, CompanySecretariatsQueryVariables>;
export const CompanyAdminSessionUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompanyAdminSessionUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionUser"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyNameKana"}},{"kind":"Field","name":{"kind":"Name","value":"givenNameKana"}},{"kind":"Field","name":{"kind":"Name","value":"preferredLocale"}},{"kind":"Field","name":{"kind":"Name","value":"personas"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<CompanyAdminSessionUserQuery, CompanyAdminSessionUserQueryVariables>;
export const ApplyAsCompanyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApplyAsCompany"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompanyApplicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyAsCompany"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompanyProfileItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyContactItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompanyContact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyCertificationItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompanyCertification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"otherName"}},{"kind":"Field","name":{"kind":"Name","value":"certifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceUrl"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyProfileItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompanyProfile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameKana"}},{"kind":"Field","name":{"kind":"Name","value":"corporateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBand"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"logoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"appliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompanyContactItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"certifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompanyCertificationItem"}}]}}]}}]} as unknown as DocumentNode<ApplyAsCompanyMutation, ApplyAsCompanyMutationVariables>;
export const UpdateCompanyProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCompanyProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCompanyProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCompanyProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompanyProfileItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyContactItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompanyContact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyCertificationItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompanyCertification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"otherName"}},{"kind":"Field","name":{"kind":"Name","value":"certifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceUrl"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyProfileItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompanyProfile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameKana"}},{"kind":"Field","name":{"kind":"Name","value":"corporateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBand"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"logoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"appliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompanyContactItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"certifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompanyCertificationItem"}}]}}]}}]} as unknown as DocumentNode<UpdateCompanyProfileMutation, UpdateCompanyProfileMutationVariables>;
export const ResubmitCompanyApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResubmitCompanyApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resubmitCompanyApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompanyProfileItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyContactItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompanyContact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyCertificationItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompanyCertification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"otherName"}},{"kind":"Field","name":{"kind":"Name","value":"certifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceUrl"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyProfileItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompanyProfile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameKana"}},{"kind":"Field","name":{"kind":"Name","value":"corporateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBand"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"logoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"appliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompanyContactItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"certifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompanyCertificationItem"}}]}}]}}]} as unknown as DocumentNode<ResubmitCompanyApplicationMutation, ResubmitCompanyApplicationMutationVariables>;
export const AddCompanyCertificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddCompanyCertification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddCompanyCertificationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addCompanyCertification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompanyProfileItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyContactItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompanyContact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyCertificationItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompanyCertification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"otherName"}},{"kind":"Field","name":{"kind":"Name","value":"certifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceUrl"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyProfileItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompanyProfile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameKana"}},{"kind":"Field","name":{"kind":"Name","value":"corporateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBand"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"logoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"appliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompanyContactItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"certifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompanyCertificationItem"}}]}}]}}]} as unknown as DocumentNode<AddCompanyCertificationMutation, AddCompanyCertificationMutationVariables>;
export const RemoveCompanyCertificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveCompanyCertification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeCompanyCertification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompanyProfileItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyContactItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompanyContact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyCertificationItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompanyCertification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"otherName"}},{"kind":"Field","name":{"kind":"Name","value":"certifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceUrl"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyProfileItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompanyProfile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameKana"}},{"kind":"Field","name":{"kind":"Name","value":"corporateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBand"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"logoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"appliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompanyContactItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"certifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompanyCertificationItem"}}]}}]}}]} as unknown as DocumentNode<RemoveCompanyCertificationMutation, RemoveCompanyCertificationMutationVariables>;
export const DecideCompanyApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideCompanyApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideCompanyApplicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideCompanyApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompanyProfileItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyContactItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompanyContact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyCertificationItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompanyCertification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"otherName"}},{"kind":"Field","name":{"kind":"Name","value":"certifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceUrl"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyProfileItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompanyProfile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameKana"}},{"kind":"Field","name":{"kind":"Name","value":"corporateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBand"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"logoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"appliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompanyContactItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"certifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompanyCertificationItem"}}]}}]}}]} as unknown as DocumentNode<DecideCompanyApplicationMutation, DecideCompanyApplicationMutationVariables>;
export const RegisterCompanyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterCompany"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompanyRegistrationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerCompany"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompanyProfileItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyContactItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompanyContact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyCertificationItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompanyCertification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"otherName"}},{"kind":"Field","name":{"kind":"Name","value":"certifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceUrl"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyProfileItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompanyProfile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameKana"}},{"kind":"Field","name":{"kind":"Name","value":"corporateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBand"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"logoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"appliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompanyContactItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"certifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompanyCertificationItem"}}]}}]}}]} as unknown as DocumentNode<RegisterCompanyMutation, RegisterCompanyMutationVariables>;
export const OurProgrammesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OurProgrammes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ourProgrammes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OurProgrammesQuery, OurProgrammesQueryVariables>;
export const ShareCourseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ShareCourse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"courseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"visibility"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CourseVisibility"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shareCourse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"courseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"courseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"visibility"},"value":{"kind":"Variable","name":{"kind":"Name","value":"visibility"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}}]}}]}}]} as unknown as DocumentNode<ShareCourseMutation, ShareCourseMutationVariables>;
export const CrossCompanyOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrossCompanyOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fiscalYear"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"crossCompanyOverview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"fiscalYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fiscalYear"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"companies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"certifications"}},{"kind":"Field","name":{"kind":"Name","value":"enrolled"}},{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enrolledTotal"}},{"kind":"Field","name":{"kind":"Name","value":"attendedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"completedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"grandTotal"}},{"kind":"Field","name":{"kind":"Name","value":"minimum"}},{"kind":"Field","name":{"kind":"Name","value":"suppressedCount"}}]}}]}}]} as unknown as DocumentNode<CrossCompanyOverviewQuery, CrossCompanyOverviewQueryVariables>;
export const PublicCompanyProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicCompanyProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"companyProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameKana"}},{"kind":"Field","name":{"kind":"Name","value":"corporateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBand"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"logoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"certifications"}}]}},{"kind":"Field","name":{"kind":"Name","value":"certifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"otherName"}},{"kind":"Field","name":{"kind":"Name","value":"certifiedOn"}}]}}]}}]}}]} as unknown as DocumentNode<PublicCompanyProfileQuery, PublicCompanyProfileQueryVariables>;
export const InviteCompanyAdminDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteCompanyAdmin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteCompanyAdminInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteCompanyAdmin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptUrl"}},{"kind":"Field","name":{"kind":"Name","value":"invitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<InviteCompanyAdminMutation, InviteCompanyAdminMutationVariables>;
export const SeatPoolsOfferedToDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SeatPoolsOfferedTo"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seatPoolsOfferedTo"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seatsLeftForUs"}},{"kind":"Field","name":{"kind":"Name","value":"pool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SeatPoolItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nominations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SeatNominationItem"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SeatPoolItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SeatPool"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"courseTitle"}},{"kind":"Field","name":{"kind":"Name","value":"offeringOrganisationId"}},{"kind":"Field","name":{"kind":"Name","value":"offeringCompanyName"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"allocation"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"takenCount"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedCount"}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"takenCount"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SeatNominationItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SeatNomination"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"poolId"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"courseTitle"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"offeringCompanyName"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"enrolmentId"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}}]} as unknown as DocumentNode<SeatPoolsOfferedToQuery, SeatPoolsOfferedToQueryVariables>;
export const SeatPoolsOfferedByDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SeatPoolsOfferedBy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seatPoolsOfferedBy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SeatPoolItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SeatPoolItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SeatPool"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"courseTitle"}},{"kind":"Field","name":{"kind":"Name","value":"offeringOrganisationId"}},{"kind":"Field","name":{"kind":"Name","value":"offeringCompanyName"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"allocation"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"takenCount"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedCount"}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"takenCount"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}}]}}]}}]} as unknown as DocumentNode<SeatPoolsOfferedByQuery, SeatPoolsOfferedByQueryVariables>;
export const MyNominationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyNominations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myNominations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SeatNominationItem"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"venueName"}},{"kind":"Field","name":{"kind":"Name","value":"isOnline"}},{"kind":"Field","name":{"kind":"Name","value":"feeYen"}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"childcareCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"childcareSeatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"childcareMinAgeMonths"}},{"kind":"Field","name":{"kind":"Name","value":"childcareMaxAgeMonths"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"choices"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SeatNominationItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SeatNomination"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"poolId"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"courseTitle"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"offeringCompanyName"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"enrolmentId"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}}]} as unknown as DocumentNode<MyNominationsQuery, MyNominationsQueryVariables>;
export const NominateForSeatDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NominateForSeat"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NominateForSeatInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nominateForSeat"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SeatNominationItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SeatNominationItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SeatNomination"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"poolId"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"courseTitle"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"offeringCompanyName"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"enrolmentId"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}}]} as unknown as DocumentNode<NominateForSeatMutation, NominateForSeatMutationVariables>;
export const WithdrawNominationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawNomination"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawNomination"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SeatNominationItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SeatNominationItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SeatNomination"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"poolId"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"courseTitle"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"offeringCompanyName"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"enrolmentId"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}}]} as unknown as DocumentNode<WithdrawNominationMutation, WithdrawNominationMutationVariables>;
export const AcceptNominationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptNomination"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptNominationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptNomination"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SeatNominationItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SeatNominationItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SeatNomination"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"poolId"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"courseTitle"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"offeringCompanyName"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"enrolmentId"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}}]} as unknown as DocumentNode<AcceptNominationMutation, AcceptNominationMutationVariables>;
export const DeclineNominationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclineNomination"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declineNomination"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SeatNominationItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SeatNominationItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SeatNomination"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"poolId"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"courseTitle"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"offeringCompanyName"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"enrolmentId"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}}]} as unknown as DocumentNode<DeclineNominationMutation, DeclineNominationMutationVariables>;
export const SeatNominationCandidatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SeatNominationCandidates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"companyEmployees"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"active"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"allowsNomination"}}]}}]}}]} as unknown as DocumentNode<SeatNominationCandidatesQuery, SeatNominationCandidatesQueryVariables>;
export const OfferSeatPoolDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OfferSeatPool"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OfferSeatPoolInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offerSeatPool"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SeatPoolItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SeatPoolItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SeatPool"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"courseTitle"}},{"kind":"Field","name":{"kind":"Name","value":"offeringOrganisationId"}},{"kind":"Field","name":{"kind":"Name","value":"offeringCompanyName"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"allocation"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"takenCount"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedCount"}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"takenCount"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}}]}}]}}]} as unknown as DocumentNode<OfferSeatPoolMutation, OfferSeatPoolMutationVariables>;
export const CloseSeatPoolDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseSeatPool"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeSeatPool"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SeatPoolItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SeatPoolItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SeatPool"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"courseTitle"}},{"kind":"Field","name":{"kind":"Name","value":"offeringOrganisationId"}},{"kind":"Field","name":{"kind":"Name","value":"offeringCompanyName"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"allocation"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"takenCount"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedCount"}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"takenCount"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}}]}}]}}]} as unknown as DocumentNode<CloseSeatPoolMutation, CloseSeatPoolMutationVariables>;
export const SeatPoolPeersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SeatPoolPeers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"companyGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberCompanyIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<SeatPoolPeersQuery, SeatPoolPeersQueryVariables>;
export const EnrolSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EnrolSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EnrolmentSessionSummary"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"childcareCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"childcareSeatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"childcareMinAgeMonths"}},{"kind":"Field","name":{"kind":"Name","value":"childcareMaxAgeMonths"}},{"kind":"Field","name":{"kind":"Name","value":"feeYen"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}},{"kind":"Field","name":{"kind":"Name","value":"course"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactDepartment"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"contactUrl"}},{"kind":"Field","name":{"kind":"Name","value":"contactHours"}},{"kind":"Field","name":{"kind":"Name","value":"privacyNotice"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"myEnrolment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}}]}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"choices"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EnrolmentSessionSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isOnline"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"venueName"}},{"kind":"Field","name":{"kind":"Name","value":"venueAddress"}},{"kind":"Field","name":{"kind":"Name","value":"accessNotes"}},{"kind":"Field","name":{"kind":"Name","value":"registrationMode"}},{"kind":"Field","name":{"kind":"Name","value":"registrationOpensAt"}},{"kind":"Field","name":{"kind":"Name","value":"registrationClosesAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"drawAt"}},{"kind":"Field","name":{"kind":"Name","value":"drawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"course"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<EnrolSessionQuery, EnrolSessionQueryVariables>;
export const EnrolDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Enrol"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EnrolInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrol"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyEnrolment"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EnrolmentSessionSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isOnline"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"venueName"}},{"kind":"Field","name":{"kind":"Name","value":"venueAddress"}},{"kind":"Field","name":{"kind":"Name","value":"accessNotes"}},{"kind":"Field","name":{"kind":"Name","value":"registrationMode"}},{"kind":"Field","name":{"kind":"Name","value":"registrationOpensAt"}},{"kind":"Field","name":{"kind":"Name","value":"registrationClosesAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"drawAt"}},{"kind":"Field","name":{"kind":"Name","value":"drawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"course"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyEnrolment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Enrolment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"lotteryTicket"}},{"kind":"Field","name":{"kind":"Name","value":"drawOrder"}},{"kind":"Field","name":{"kind":"Name","value":"childcareRequested"}},{"kind":"Field","name":{"kind":"Name","value":"childcareConfirmed"}},{"kind":"Field","name":{"kind":"Name","value":"checkInCode"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"certificate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"verificationCode"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EnrolmentSessionSummary"}}]}}]}}]} as unknown as DocumentNode<EnrolMutation, EnrolMutationVariables>;
export const MyEnrolmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyEnrolments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myEnrolments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyEnrolment"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EnrolmentSessionSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isOnline"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"venueName"}},{"kind":"Field","name":{"kind":"Name","value":"venueAddress"}},{"kind":"Field","name":{"kind":"Name","value":"accessNotes"}},{"kind":"Field","name":{"kind":"Name","value":"registrationMode"}},{"kind":"Field","name":{"kind":"Name","value":"registrationOpensAt"}},{"kind":"Field","name":{"kind":"Name","value":"registrationClosesAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"drawAt"}},{"kind":"Field","name":{"kind":"Name","value":"drawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"course"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyEnrolment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Enrolment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"lotteryTicket"}},{"kind":"Field","name":{"kind":"Name","value":"drawOrder"}},{"kind":"Field","name":{"kind":"Name","value":"childcareRequested"}},{"kind":"Field","name":{"kind":"Name","value":"childcareConfirmed"}},{"kind":"Field","name":{"kind":"Name","value":"checkInCode"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"certificate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"verificationCode"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EnrolmentSessionSummary"}}]}}]}}]} as unknown as DocumentNode<MyEnrolmentsQuery, MyEnrolmentsQueryVariables>;
export const CancelEnrolmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelEnrolment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelEnrolment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}}]}}]}}]} as unknown as DocumentNode<CancelEnrolmentMutation, CancelEnrolmentMutationVariables>;
export const VerifyCertificateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VerifyCertificate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyCertificate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"learnerName"}},{"kind":"Field","name":{"kind":"Name","value":"courseTitle"}},{"kind":"Field","name":{"kind":"Name","value":"providerName"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"verificationCode"}}]}}]}}]} as unknown as DocumentNode<VerifyCertificateQuery, VerifyCertificateQueryVariables>;
export const LotteryDrawDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LotteryDraw"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotteryDraw"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commitment"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}},{"kind":"Field","name":{"kind":"Name","value":"drawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"priorities"}},{"kind":"Field","name":{"kind":"Name","value":"algorithm"}},{"kind":"Field","name":{"kind":"Name","value":"applicationCount"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"drawOrder"}},{"kind":"Field","name":{"kind":"Name","value":"ticket"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}}]}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"byOrganisers"}}]}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"drawAt"}},{"kind":"Field","name":{"kind":"Name","value":"registrationClosesAt"}},{"kind":"Field","name":{"kind":"Name","value":"course"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LotteryDrawQuery, LotteryDrawQueryVariables>;
export const StaffSessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffSessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"editableCourses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}},{"kind":"Field","name":{"kind":"Name","value":"registrationMode"}},{"kind":"Field","name":{"kind":"Name","value":"registrationClosesAt"}},{"kind":"Field","name":{"kind":"Name","value":"drawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<StaffSessionsQuery, StaffSessionsQueryVariables>;
export const SessionRosterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SessionRoster"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RosterSession"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessionRoster"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RosterEntry"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RosterSession"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"childcareCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"childcareSeatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"registrationMode"}},{"kind":"Field","name":{"kind":"Name","value":"registrationClosesAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkInOpensMinutesBefore"}},{"kind":"Field","name":{"kind":"Name","value":"drawAt"}},{"kind":"Field","name":{"kind":"Name","value":"drawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"lotterySeed"}},{"kind":"Field","name":{"kind":"Name","value":"lotteryCommitment"}},{"kind":"Field","name":{"kind":"Name","value":"venueName"}},{"kind":"Field","name":{"kind":"Name","value":"isOnline"}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"course"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RosterEntry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Enrolment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"drawOrder"}},{"kind":"Field","name":{"kind":"Name","value":"lotteryTicket"}},{"kind":"Field","name":{"kind":"Name","value":"childcareRequested"}},{"kind":"Field","name":{"kind":"Name","value":"childcareConfirmed"}},{"kind":"Field","name":{"kind":"Name","value":"childAgesMonths"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"learner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyNameKana"}},{"kind":"Field","name":{"kind":"Name","value":"givenNameKana"}}]}}]}}]} as unknown as DocumentNode<SessionRosterQuery, SessionRosterQueryVariables>;
export const DrawLotteryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DrawLottery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"drawLottery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RosterSession"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RosterSession"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"childcareCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"childcareSeatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"registrationMode"}},{"kind":"Field","name":{"kind":"Name","value":"registrationClosesAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkInOpensMinutesBefore"}},{"kind":"Field","name":{"kind":"Name","value":"drawAt"}},{"kind":"Field","name":{"kind":"Name","value":"drawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"lotterySeed"}},{"kind":"Field","name":{"kind":"Name","value":"lotteryCommitment"}},{"kind":"Field","name":{"kind":"Name","value":"venueName"}},{"kind":"Field","name":{"kind":"Name","value":"isOnline"}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"course"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<DrawLotteryMutation, DrawLotteryMutationVariables>;
export const StaffCancelEnrolmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffCancelEnrolment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelEnrolment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RosterEntry"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RosterEntry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Enrolment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"drawOrder"}},{"kind":"Field","name":{"kind":"Name","value":"lotteryTicket"}},{"kind":"Field","name":{"kind":"Name","value":"childcareRequested"}},{"kind":"Field","name":{"kind":"Name","value":"childcareConfirmed"}},{"kind":"Field","name":{"kind":"Name","value":"childAgesMonths"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"learner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyNameKana"}},{"kind":"Field","name":{"kind":"Name","value":"givenNameKana"}}]}}]}}]} as unknown as DocumentNode<StaffCancelEnrolmentMutation, StaffCancelEnrolmentMutationVariables>;
export const CheckInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CheckIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"meetingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}}},{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RosterEntry"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RosterEntry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Enrolment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"drawOrder"}},{"kind":"Field","name":{"kind":"Name","value":"lotteryTicket"}},{"kind":"Field","name":{"kind":"Name","value":"childcareRequested"}},{"kind":"Field","name":{"kind":"Name","value":"childcareConfirmed"}},{"kind":"Field","name":{"kind":"Name","value":"childAgesMonths"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"learner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyNameKana"}},{"kind":"Field","name":{"kind":"Name","value":"givenNameKana"}}]}}]}}]} as unknown as DocumentNode<CheckInMutation, CheckInMutationVariables>;
export const MarkAttendanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkAttendance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"enrolmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AttendanceStatus"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markAttendance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"enrolmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"enrolmentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"meetingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RosterEntry"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RosterEntry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Enrolment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"drawOrder"}},{"kind":"Field","name":{"kind":"Name","value":"lotteryTicket"}},{"kind":"Field","name":{"kind":"Name","value":"childcareRequested"}},{"kind":"Field","name":{"kind":"Name","value":"childcareConfirmed"}},{"kind":"Field","name":{"kind":"Name","value":"childAgesMonths"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"learner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyNameKana"}},{"kind":"Field","name":{"kind":"Name","value":"givenNameKana"}}]}}]}}]} as unknown as DocumentNode<MarkAttendanceMutation, MarkAttendanceMutationVariables>;
export const AcceptInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionUser"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyNameKana"}},{"kind":"Field","name":{"kind":"Name","value":"givenNameKana"}},{"kind":"Field","name":{"kind":"Name","value":"preferredLocale"}},{"kind":"Field","name":{"kind":"Name","value":"personas"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const RequestPasswordResetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestPasswordReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestPasswordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}]}]}}]} as unknown as DocumentNode<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const ResetPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}},{"kind":"Argument","name":{"kind":"Name","value":"newPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}}}]}]}}]} as unknown as DocumentNode<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const VerifyEmailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerifyEmail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyEmail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}]}]}}]} as unknown as DocumentNode<VerifyEmailMutation, VerifyEmailMutationVariables>;
export const ResendEmailVerificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResendEmailVerification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resendEmailVerification"}}]}}]} as unknown as DocumentNode<ResendEmailVerificationMutation, ResendEmailVerificationMutationVariables>;
export const RequestEmailChangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestEmailChange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newEmail"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestEmailChange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"newEmail"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newEmail"}}},{"kind":"Argument","name":{"kind":"Name","value":"currentPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}}}]}]}}]} as unknown as DocumentNode<RequestEmailChangeMutation, RequestEmailChangeMutationVariables>;
export const MyEmailAddressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyEmailAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"emailVerified"}},{"kind":"Field","name":{"kind":"Name","value":"pendingEmail"}}]}}]}}]} as unknown as DocumentNode<MyEmailAddressQuery, MyEmailAddressQueryVariables>;
export const ChangePasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangePasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const InvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Invitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<InvitationQuery, InvitationQueryVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionUser"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyNameKana"}},{"kind":"Field","name":{"kind":"Name","value":"givenNameKana"}},{"kind":"Field","name":{"kind":"Name","value":"preferredLocale"}},{"kind":"Field","name":{"kind":"Name","value":"personas"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionPayload"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyNameKana"}},{"kind":"Field","name":{"kind":"Name","value":"givenNameKana"}},{"kind":"Field","name":{"kind":"Name","value":"preferredLocale"}},{"kind":"Field","name":{"kind":"Name","value":"personas"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionPayload"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionUser"}}]}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const SignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"}}]}}]} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;
export const SignUpSeminarDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SignUpSeminar"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"course"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"privacyNotice"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SignUpSeminarQuery, SignUpSeminarQueryVariables>;
export const SignUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionPayload"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyNameKana"}},{"kind":"Field","name":{"kind":"Name","value":"givenNameKana"}},{"kind":"Field","name":{"kind":"Name","value":"preferredLocale"}},{"kind":"Field","name":{"kind":"Name","value":"personas"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionPayload"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionUser"}}]}}]}}]} as unknown as DocumentNode<SignUpMutation, SignUpMutationVariables>;
export const UpdatePreferredLocaleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePreferredLocale"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePreferredLocale"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionUser"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyNameKana"}},{"kind":"Field","name":{"kind":"Name","value":"givenNameKana"}},{"kind":"Field","name":{"kind":"Name","value":"preferredLocale"}},{"kind":"Field","name":{"kind":"Name","value":"personas"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<UpdatePreferredLocaleMutation, UpdatePreferredLocaleMutationVariables>;
export const MyNotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyNotifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myNotifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextCursor"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}}]} as unknown as DocumentNode<MyNotificationsQuery, MyNotificationsQueryVariables>;
export const UnreadNotificationCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnreadNotificationCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadNotificationCount"}}]}}]} as unknown as DocumentNode<UnreadNotificationCountQuery, UnreadNotificationCountQueryVariables>;
export const MarkNotificationReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNotificationRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}}]} as unknown as DocumentNode<MarkNotificationReadMutation, MarkNotificationReadMutationVariables>;
export const MarkAllNotificationsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkAllNotificationsRead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markAllNotificationsRead"}}]}}]} as unknown as DocumentNode<MarkAllNotificationsReadMutation, MarkAllNotificationsReadMutationVariables>;
export const UnsubscribeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Unsubscribe"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unsubscribe"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationPreferenceItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationPreferenceItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationPreference"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"inApp"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"transactional"}}]}}]} as unknown as DocumentNode<UnsubscribeMutation, UnsubscribeMutationVariables>;
export const NotificationOutboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NotificationOutbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DeliveryStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationOutbox"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OutboxDelivery"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OutboxDelivery"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationDelivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"recipientId"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"failedAt"}}]}}]} as unknown as DocumentNode<NotificationOutboxQuery, NotificationOutboxQueryVariables>;
export const RetryNotificationDeliveryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetryNotificationDelivery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryNotificationDelivery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OutboxDelivery"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OutboxDelivery"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationDelivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"recipientId"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"failedAt"}}]}}]} as unknown as DocumentNode<RetryNotificationDeliveryMutation, RetryNotificationDeliveryMutationVariables>;
export const MyNotificationPreferencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyNotificationPreferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myNotificationPreferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationPreferenceItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationPreferenceItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationPreference"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"inApp"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"transactional"}}]}}]} as unknown as DocumentNode<MyNotificationPreferencesQuery, MyNotificationPreferencesQueryVariables>;
export const SetNotificationPreferenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetNotificationPreference"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationPreferenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setNotificationPreference"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationPreferenceItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationPreferenceItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationPreference"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"inApp"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"transactional"}}]}}]} as unknown as DocumentNode<SetNotificationPreferenceMutation, SetNotificationPreferenceMutationVariables>;
export const MyLineLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyLineLink"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myLineLink"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LineLinkState"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LineLinkState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LineLink"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"linked"}},{"kind":"Field","name":{"kind":"Name","value":"linkedAt"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"codeExpiresAt"}}]}}]} as unknown as DocumentNode<MyLineLinkQuery, MyLineLinkQueryVariables>;
export const IssueLineLinkCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IssueLineLinkCode"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueLineLinkCode"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LineLinkState"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LineLinkState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LineLink"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"linked"}},{"kind":"Field","name":{"kind":"Name","value":"linkedAt"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"codeExpiresAt"}}]}}]} as unknown as DocumentNode<IssueLineLinkCodeMutation, IssueLineLinkCodeMutationVariables>;
export const UnlinkLineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnlinkLine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unlinkLine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LineLinkState"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LineLinkState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LineLink"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"linked"}},{"kind":"Field","name":{"kind":"Name","value":"linkedAt"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"codeExpiresAt"}}]}}]} as unknown as DocumentNode<UnlinkLineMutation, UnlinkLineMutationVariables>;
export const MyCalendarFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyCalendarFeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myCalendarFeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CalendarFeedState"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CalendarFeedState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CalendarFeed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<MyCalendarFeedQuery, MyCalendarFeedQueryVariables>;
export const IssueCalendarFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IssueCalendarFeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueCalendarFeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CalendarFeedState"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CalendarFeedState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CalendarFeed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<IssueCalendarFeedMutation, IssueCalendarFeedMutationVariables>;
export const RevokeCalendarFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeCalendarFeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeCalendarFeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CalendarFeedState"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CalendarFeedState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CalendarFeed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<RevokeCalendarFeedMutation, RevokeCalendarFeedMutationVariables>;
export const OrganisationMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganisationMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]} as unknown as DocumentNode<OrganisationMembersQuery, OrganisationMembersQueryVariables>;
export const InviteMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptUrl"}},{"kind":"Field","name":{"kind":"Name","value":"invitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]}}]} as unknown as DocumentNode<InviteMemberMutation, InviteMemberMutationVariables>;
export const OrganisationContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganisationContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationContact"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationContact"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactDepartment"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"contactUrl"}},{"kind":"Field","name":{"kind":"Name","value":"contactHours"}},{"kind":"Field","name":{"kind":"Name","value":"privacyNotice"}}]}}]} as unknown as DocumentNode<OrganisationContactQuery, OrganisationContactQueryVariables>;
export const UpdateOrganisationContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOrganisationContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOrganisationContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOrganisationContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationContact"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationContact"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactDepartment"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"contactUrl"}},{"kind":"Field","name":{"kind":"Name","value":"contactHours"}},{"kind":"Field","name":{"kind":"Name","value":"privacyNotice"}}]}}]} as unknown as DocumentNode<UpdateOrganisationContactMutation, UpdateOrganisationContactMutationVariables>;
export const RefreshSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefreshSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refreshToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionPayload"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyNameKana"}},{"kind":"Field","name":{"kind":"Name","value":"givenNameKana"}},{"kind":"Field","name":{"kind":"Name","value":"preferredLocale"}},{"kind":"Field","name":{"kind":"Name","value":"personas"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionPayload"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionUser"}}]}}]}}]} as unknown as DocumentNode<RefreshSessionMutation, RefreshSessionMutationVariables>;