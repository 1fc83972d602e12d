import type { CompletionRule, QuestionKind, RegistrationMode } from '@tsunagu/shared/domain';
import type { FieldProblem } from '../../core/graphql/errors';

/** A session's values as they would be saved (the input merged over the stored row on update). */
export interface SessionDraft {
  venueName: string | null;
  isOnline: boolean;
  childcareMinAgeMonths: number | null;
  childcareMaxAgeMonths: number | null;
  registrationOpensAt: Date;
  registrationClosesAt: Date;
  cancellationDeadline: Date;
  registrationMode: RegistrationMode;
  drawAt: Date | null;
  completionRule: CompletionRule;
  completionMinMeetings: number | null;
  meetings: { startsAt: Date; endsAt: Date }[];
  questions: { kind: QuestionKind; choices?: string[] | null }[];
}

/**
 * The rules that relate one field to another. Field names follow the input (`meetings.1.endsAt`), so the
 * form can show each message next to its field.
 */
export function sessionProblems(draft: SessionDraft): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const add = (field: string, key: FieldProblem['key'], params?: FieldProblem['params']) =>
    problems.push({ field, key, params });

  if (!draft.venueName && !draft.isOnline) add('venueName', 'catalogue.venueOrOnline');

  if (
    draft.childcareMinAgeMonths !== null &&
    draft.childcareMaxAgeMonths !== null &&
    draft.childcareMinAgeMonths > draft.childcareMaxAgeMonths
  ) {
    add('childcareMaxAgeMonths', 'catalogue.childAgesReversed');
  }

  if (draft.meetings.length === 0) add('meetings', 'catalogue.meetingsRequired');
  draft.meetings.forEach((meeting, i) => {
    if (meeting.endsAt.getTime() <= meeting.startsAt.getTime()) {
      add(`meetings.${i}.endsAt`, 'catalogue.endsBeforeStart');
    }
  });
  const firstStart = draft.meetings.length
    ? Math.min(...draft.meetings.map((m) => m.startsAt.getTime()))
    : null;

  const opens = draft.registrationOpensAt.getTime();
  const closes = draft.registrationClosesAt.getTime();
  if (closes <= opens) add('registrationClosesAt', 'catalogue.closesBeforeOpens');
  else if (firstStart !== null && closes > firstStart) {
    add('registrationClosesAt', 'catalogue.closesAfterFirstMeeting');
  }

  const deadline = draft.cancellationDeadline.getTime();
  if (deadline < opens || (firstStart !== null && deadline > firstStart)) {
    add('cancellationDeadline', 'catalogue.cancellationDeadlineOutOfWindow');
  }

  if (draft.registrationMode === 'lottery') {
    if (!draft.drawAt) add('drawAt', 'catalogue.drawAtRequired');
    else {
      const draw = draft.drawAt.getTime();
      if (draw <= closes || (firstStart !== null && draw >= firstStart)) {
        add('drawAt', 'catalogue.drawAtOutOfWindow');
      }
    }
  }

  if (draft.completionRule === 'at_least') {
    if (draft.completionMinMeetings === null) {
      add('completionMinMeetings', 'catalogue.completionMinMeetingsRequired');
    } else if (draft.completionMinMeetings > draft.meetings.length) {
      add('completionMinMeetings', 'catalogue.completionMinMeetingsTooMany', {
        count: draft.meetings.length,
      });
    }
  }

  draft.questions.forEach((question, i) => {
    if (question.kind === 'choice' && (question.choices?.length ?? 0) < 2) {
      add(`questions.${i}.choices`, 'catalogue.choicesRequired');
    }
  });
  return problems;
}
