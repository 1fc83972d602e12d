/**
 * Every length and range a person can meet, defined once: the API's validation (dto/*.input.ts), the
 * columns' lengths (`@Column({ length: LIMITS… })`) and the web forms' validators read them from here,
 * so no side refuses what another accepts. `column-limits.int-spec.ts` compares the migrated database's
 * varchar lengths with these values.
 * Lengths are in characters, as varchar(n) counts them.
 */
export const LIMITS = {
  // A person's account (sign-up, sign-in, account, invitations). Kept at the top level: the shared
  // web validators and every identity form name them so.
  email: { max: 254 },
  password: { min: 10, max: 128 },
  /** Each of family name, given name and their furigana. */
  name: { max: 50 },
  organisationName: { min: 1, max: 100 },

  organisation: {
    /** 都道府県 as written (茨城県). */
    prefecture: { max: 10 },
  },
  /** The providing organisation's contact (問い合わせ先) and privacy notice, shown on seminar pages. */
  contact: {
    department: { max: 100 },
    phone: { max: 30 },
    email: { max: 254 },
    url: { max: 1000 },
    hours: { max: 100 },
    privacyNotice: { max: 4000 },
  },

  /** A partner company's profile (company-groups); its name is the organisation's (`organisationName`). */
  company: {
    /** フリガナ of the company name. */
    nameKana: { max: 100 },
    /** 郵便番号, stored as `123-4567`. */
    postalCode: { max: 8 },
    address: { max: 300 },
    website: { max: 1000 },
    /** Why the secretariat declined an application (shown to the company's admins). */
    declineReason: { max: 2000 },
    /** Contact people (担当者) per company. */
    contacts: { max: 5 },
    contact: {
      name: { max: 50 },
      department: { max: 100 },
      email: { max: 254 },
      phone: { max: 30 },
    },
    /** The name of a certification of kind `other` (ユースエール, 健康経営優良法人 …). */
    certificationName: { max: 100 },
    /**
     * Applications one person may have awaiting a decision at once (an HR officer may apply for a
     * company and its subsidiary; more than this is a flood, and the secretariat decides them first).
     */
    pendingApplicationsPerPerson: { max: 3 },
    /**
     * Employee invitations by email address one company may send a day (rolling 24 hours; invitations
     * to existing accounts and pending ones to addresses without one count alike), so a company admin
     * cannot use Tsunagu to mail strangers in bulk. A pending one lives `emailInvitationDays` days.
     */
    employeeInvitationsPerDay: { max: 50 },
    emailInvitationDays: { max: 30 },
  },
  /** A company group (企業グループ) and its planning board (company-groups). */
  companyGroup: {
    name: { min: 1, max: 100 },
    /** The group's charter (規約・目的), Markdown-free plain text. */
    charter: { max: 4000 },
    fiscalYear: { min: 2000, max: 2100 },
    post: {
      title: { min: 1, max: 120 },
      body: { min: 1, max: 8000 },
      place: { max: 200 },
    },
    comment: { min: 1, max: 2000 },
  },

  course: {
    title: { max: 120 },
    summary: { max: 300 },
    /** Markdown. */
    description: { max: 20000 },
    /** Who the course is for (対象). */
    audienceNotes: { max: 500 },
    coverImageUrl: { max: 500 },
    tags: { max: 10, each: 30 },
    /** Organisations running a course with its provider (共催). */
    coOrganisers: { max: 10 },
    /** Copying a course's sessions moves their dates by this many days (364: the same weekday next year). */
    copyShiftDays: { min: 0, max: 1000 },
  },
  lesson: {
    title: { max: 120 },
    /** Markdown (text lessons). */
    body: { max: 20000 },
    url: { max: 1000 },
  },
  session: {
    title: { max: 120 },
    venueName: { max: 120 },
    venueAddress: { max: 300 },
    accessNotes: { max: 500 },
    onlineUrl: { max: 1000 },
    capacity: { min: 1, max: 10000 },
    childcareSeats: { min: 0, max: 500 },
    childAgeMonths: { min: 0, max: 18 * 12 },
    /** 参加費 in yen; null or 0 is free (無料). One million is far above any programme's fee. */
    feeYen: { min: 0, max: 1_000_000 },
    /** Attendance for a meeting may be recorded from this many minutes before it starts (0: from its start). */
    checkInOpensMinutesBefore: { min: 0, max: 240, default: 0 },
    /** Participants are reminded this many hours before each meeting (0: no reminder; at most a week). */
    reminderHoursBefore: { min: 0, max: 168, default: 24 },
    meetings: { min: 1, max: 50 },
    questions: { max: 20 },
  },
  /** A question asked when she applies. */
  question: {
    label: { max: 300 },
    choices: { max: 20, each: 100 },
  },
  enrolment: {
    answer: { max: 2000 },
    /** Children brought to childcare (託児) in one application. */
    children: { max: 5 },
  },
  catalogue: {
    /** Words searched in titles, summaries and tags. */
    search: { max: 100 },
  },
  /** Files uploaded to a course (lesson material, cover images). */
  courseFile: {
    /** A longer name is shortened to `shortenedTo` characters, its extension kept (the column holds 255). */
    filename: { max: 255, shortenedTo: 200 },
    contentType: { max: 100 },
  },
} as const;
