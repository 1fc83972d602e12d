import ExcelJS from 'exceljs';
import { rosterTable, toCsv, toXlsx, type RosterRow } from './roster-export';

const row: RosterRow = {
  familyName: '山田',
  givenName: '花子',
  familyNameKana: 'ヤマダ',
  givenNameKana: 'ハナコ',
  email: 'hanako@example.jp',
  emailVerified: false,
  status: 'waitlisted',
  waitlistPosition: 2,
  childcare: '希望(待ち)',
  childAges: '18, 40',
  attended: 0,
  answers: { q1: '=HYPERLINK("x")', q2: 'はい, "ぜひ"' },
  enrolledAt: new Date('2026-05-01T00:30:00Z'),
};
const questions = [
  { id: 'q1', label: 'きっかけ' },
  { id: 'q2', label: '初参加' },
];

describe('roster export', () => {
  it('writes a CSV with a BOM, Japanese headers, quoting, and formulas defused', () => {
    const csv = toCsv(rosterTable([row], questions));
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = csv.subarray(3).toString('utf8');
    const [header, line] = text.trim().split('\r\n');
    expect(header).toBe(
      '姓,名,セイ,メイ,メールアドレス,メール確認,状態,キャンセル待ち順,託児,子どもの年齢(か月),出席回数,きっかけ,初参加,申込日時',
    );
    expect(line).toContain('hanako@example.jp,未確認,キャンセル待ち,2,');
    expect(line).toContain(`"'=HYPERLINK(""x"")"`);
    expect(line).toContain('"はい, ""ぜひ"""');
    expect(line).toContain('2026/05/01 09:30');
  });

  it('writes an Excel workbook with the same cells', async () => {
    const xlsx = await toXlsx(rosterTable([row], questions), '女性リーダー育成講座 第1期');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0];
    expect(sheet?.getRow(1).getCell(1).value).toBe('姓');
    expect(sheet?.getRow(2).getCell(7).value).toBe('キャンセル待ち');
    expect(sheet?.rowCount).toBe(2);
  });
});
