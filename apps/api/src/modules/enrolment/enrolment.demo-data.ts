import { randomBytes } from 'node:crypto';
import type { DemoContext, DemoData } from '../../core/registration/domain-registration';
import { DEMO_SESSIONS, demoSessionKey } from '../catalogue';
import { DEMO_USER_IDS } from '../identity';
import { AttendanceEntity, CertificateEntity, EnrolmentEntity } from './enrolment.entity';
import { SessionSeatsEntity } from './session-seats.entity';

/** Demo accounts who took part in every meeting of a past demo session and hold its certificate. */
const COMPLETIONS: { course: string; session: string; by: string[] }[] = [
  { course: 'キャリアデザイン講座', session: '前期', by: ['employee@demo.tsunagu.jp'] },
];

/** Past participants: every meeting attended, completed, a certificate with a verification code. */
export const enrolmentDemoData: DemoData = {
  async seed({ manager, refs }: DemoContext): Promise<boolean> {
    const sessions = refs.get(DEMO_SESSIONS);
    const userIds = refs.get(DEMO_USER_IDS);
    if (!sessions || !userIds) return false;
    const markedById = userIds.get('staff@demo.tsunagu.jp') ?? null;
    let wrote = false;
    for (const completion of COMPLETIONS) {
      const session = sessions.get(demoSessionKey(completion.course, completion.session));
      if (!session) continue;
      const lastEnd = new Date(Math.max(...session.meetings.map((m) => m.endsAt.getTime())));
      const learners = completion.by.flatMap((email) => userIds.get(email) ?? []);
      for (const userId of learners) {
        const enrolment = await manager.save(
          manager.create(EnrolmentEntity, {
            sessionId: session.id,
            userId,
            status: 'completed',
            completedAt: lastEnd,
          }),
        );
        await manager.insert(
          AttendanceEntity,
          session.meetings.map((m) => ({
            enrolmentId: enrolment.id,
            meetingId: m.id,
            status: 'attended' as const,
            markedById,
          })),
        );
        const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
        const chars = [...randomBytes(8)].map((b) => alphabet[b % alphabet.length]);
        await manager.insert(CertificateEntity, {
          enrolmentId: enrolment.id,
          verificationCode: `TSU-${chars.slice(0, 4).join('')}-${chars.slice(4).join('')}`,
          issuedAt: lastEnd,
        });
      }
      if (learners.length) {
        await manager.update(
          SessionSeatsEntity,
          { sessionId: session.id },
          { confirmedCount: learners.length },
        );
        wrote = true;
      }
    }
    return wrote;
  },
};
