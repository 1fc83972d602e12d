import ExcelJS from 'exceljs';

export interface RosterRow {
  familyName: string;
  givenName: string;
  familyNameKana: string;
  givenNameKana: string;
  email: string;
  /** Whether she opened the verification link sent to that address (staff see unverified ones). */
  emailVerified: boolean;
  status: string;
  waitlistPosition: number | null;
  childcare: string;
  childAges: string;
  attended: number;
  answers: Record<string, string>;
  enrolledAt: Date;
}

const STATUS_JA: Record<string, string> = {
  applied: '抽選待ち',
  confirmed: '参加確定',
  waitlisted: 'キャンセル待ち',
  cancelled: 'キャンセル',
  completed: '修了',
};

function tokyo(date: Date): string {
  return new Intl.DateTimeFormat('ja-JP', {
    timeZone: 'Asia/Tokyo',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).format(date);
}

/** Header and cells in the secretariat's language; one column per registration question. */
export function rosterTable(rows: RosterRow[], questions: { id: string; label: string }[]): string[][] {
  const header = [
    '姓',
    '名',
    'セイ',
    'メイ',
    'メールアドレス',
    'メール確認',
    '状態',
    'キャンセル待ち順',
    '託児',
    '子どもの年齢(か月)',
    '出席回数',
    ...questions.map((q) => q.label),
    '申込日時',
  ];
  const body = rows.map((r) => [
    r.familyName,
    r.givenName,
    r.familyNameKana,
    r.givenNameKana,
    r.email,
    r.emailVerified ? '確認済み' : '未確認',
    STATUS_JA[r.status] ?? r.status,
    r.waitlistPosition === null ? '' : String(r.waitlistPosition),
    r.childcare,
    r.childAges,
    String(r.attended),
    ...questions.map((q) => r.answers[q.id] ?? ''),
    tokyo(r.enrolledAt),
  ]);
  return [header, ...body];
}

/** RFC 4180 CSV with a UTF-8 byte-order mark, so Excel in Japan opens it without mojibake. */
export function toCsv(table: string[][]): Buffer {
  const escape = (cell: string) => {
    // A leading =, +, - or @ would make spreadsheet software run it as a formula.
    const safe = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
    return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  const text = table.map((row) => row.map(escape).join(',')).join('\r\n') + '\r\n';
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
}

export async function toXlsx(table: string[][], sheetName: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Tsunagu';
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31).replace(/[\\/*?:[\]]/g, ' ') || '名簿');
  for (const row of table) sheet.addRow(row);
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  sheet.columns.forEach((column) => {
    column.width = 16;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
