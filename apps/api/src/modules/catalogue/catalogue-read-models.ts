/**
 * Views the catalogue publishes for other modules to read in their own SQL. They are the contract: other
 * modules never name `sessions`, `courses` or `session_meetings`, so the tables behind a view may change
 * as long as the view keeps its columns and meaning.
 *
 * `catalogue_session_rules` (migration `SessionSeats1796140000000`): what deciding a seat needs to know
 * of a session (`session_id, status, registration_mode, registration_opens_at, registration_closes_at,
 * drawn_at`); enrol_learner reads it.
 */
export const CATALOGUE_SESSION_RULES = 'catalogue_session_rules';

/**
 * `catalogue_session_courses(session_id, course_id, course_title, course_status,
 * provider_organisation_id)` (migration `CatalogueReadModels1796150000000`): each session with its course.
 */
export const CATALOGUE_SESSION_COURSES = 'catalogue_session_courses';

/**
 * `catalogue_session_schedule(session_id, status, completion_rule, completion_min_meetings,
 * meeting_count, first_starts_at, last_starts_at, last_ends_at)` (migration
 * `CatalogueReadModels1796150000000`): each session's completion rule and its meetings (0 and nulls when
 * it has none). Join it by `session_id`.
 */
export const CATALOGUE_SESSION_SCHEDULE = 'catalogue_session_schedule';

/**
 * `catalogue_meeting_details(meeting_id, session_id, starts_at, ends_at, session_status, session_title,
 * venue_name, venue_address, is_online, reminder_hours_before, session_updated_at, course_id,
 * course_title, provider_organisation_id)` (migration `SessionReminderHours1796200300000`): each meeting
 * with what a reminder, a calendar entry or a digest says of it. Never the online link (confirmed
 * participants read it through the API).
 */
export const CATALOGUE_MEETING_DETAILS = 'catalogue_meeting_details';
