import type { DemoContext } from '../../../core/registration/domain-registration';
import { DEMO_USER_IDS } from '../../identity';
import { DEMO_COMPANY_GROUP_ID, DEMO_ORGANISATION_IDS } from '../../organisations';
import { GroupMeetingAttendanceEntity, GroupPostCommentEntity, GroupPostEntity } from './group-board.entity';

/**
 * The board of the demo company group (小美玉市企業グループ 2026年度, the organisations demo data, after
 * seed 003's 企業グループ): the year's decision, a planning meeting with each company's answer, and a
 * company's question with the secretariat's reply. Written unless the group has posts already.
 */
export async function seedGroupBoard({ manager, refs }: DemoContext): Promise<boolean> {
  const groupId = refs.get(DEMO_COMPANY_GROUP_ID);
  const orgIds = refs.get(DEMO_ORGANISATION_IDS);
  const userIds = refs.get(DEMO_USER_IDS);
  const city = orgIds?.get('city');
  const mirai = orgIds?.get('mirai');
  if (!groupId || !orgIds || !userIds || !city || !mirai) return false;
  if (await manager.findOneBy(GroupPostEntity, { groupId })) return false;
  const staff = userIds.get('staff@demo.tsunagu.jp') ?? null;
  const hr = userIds.get('hr@demo.tsunagu.jp') ?? null;
  const post = (row: Partial<GroupPostEntity>) =>
    manager.save(
      manager.create(GroupPostEntity, { groupId, editedAt: null, startsAt: null, place: null, ...row }),
    );

  await post({
    kind: 'decision',
    authorUserId: staff,
    authorOrganisationId: city,
    title: '本年度は「女性のリーダーシップ開発講座」に協力します',
    body: '4月の会議で決定しました。各社は講座の周知と、社員の参加の呼びかけにご協力ください。講座は7月から開催します。',
    createdAt: new Date('2026-04-24T17:00:00+09:00'),
  });
  const question = await post({
    kind: 'post',
    authorUserId: hr,
    authorOrganisationId: mirai,
    title: '講座の周知用チラシについて',
    body: '社内の掲示板に貼るチラシのデータをいただけますか。',
    createdAt: new Date('2026-06-02T10:30:00+09:00'),
  });
  await manager.insert(GroupPostCommentEntity, {
    postId: question.id,
    authorUserId: staff,
    authorOrganisationId: city,
    body: '6月10日までに、PDFでお送りします。',
    createdAt: new Date('2026-06-03T09:15:00+09:00'),
  });
  const meeting = await post({
    kind: 'meeting',
    authorUserId: staff,
    authorOrganisationId: city,
    title: '第3回 企業グループ会議（次年度事業の大枠の協議）',
    body: '議題：次年度の事業内容（大枠）、支援事業の方向性。各社1名以上のご出席をお願いします。',
    startsAt: new Date('2026-12-08T14:00:00+09:00'),
    place: '小美玉市役所 本庁舎 第1会議室',
    createdAt: new Date('2026-10-15T11:00:00+09:00'),
  });
  const answers: [string, GroupMeetingAttendanceEntity['status']][] = [
    ['mirai', 'attending'],
    ['hibari', 'undecided'],
    ['kasumi', 'absent'],
  ];
  for (const [key, status] of answers) {
    const organisationId = orgIds.get(key);
    if (organisationId)
      await manager.insert(GroupMeetingAttendanceEntity, {
        postId: meeting.id,
        organisationId,
        status,
        byUserId: key === 'mirai' ? hr : null,
      });
  }
  return true;
}
