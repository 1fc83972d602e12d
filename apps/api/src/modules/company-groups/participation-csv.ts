import type { EmployeeParticipation } from './dto/company-participation.types';

/**
 * The participation export's columns and cells, shared by its CSV and its Excel file: a header once
 * (the CSV with a byte-order mark for Excel), then chunks of rows.
 */
export const PARTICIPATION_CSV_HEADER = ['氏名', '講座', '開始', '状態', '出席回数', '修了', '修了証発行日'];

function cell(value: string): string {
  // A leading =, +, - or @ would make spreadsheet software run it as a formula.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function tokyoDate(date: Date | null): string {
  return date ? new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Tokyo' }).format(date) : '';
}

function lines(table: string[][]): string {
  return table.map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}

/** One export row's cells, as text (attendance too: the Excel file writes that one as a number). */
export function participationCells(r: EmployeeParticipation): string[] {
  return [
    `${r.familyName} ${r.givenName}`,
    r.courseTitle,
    tokyoDate(r.startsAt),
    r.status,
    String(r.attendedMeetings),
    r.completed ? '修了' : '',
    tokyoDate(r.certificateIssuedAt),
  ];
}

export function csvHeader(): Buffer {
  return Buffer.concat([
    Buffer.from([0xef, 0xbb, 0xbf]),
    Buffer.from(lines([PARTICIPATION_CSV_HEADER]), 'utf8'),
  ]);
}

export function csvRows(rows: readonly EmployeeParticipation[]): Buffer {
  return Buffer.from(lines(rows.map(participationCells)), 'utf8');
}
