import ExcelJS from 'exceljs';
import type { Writable } from 'node:stream';
import type { EmployeeParticipation } from './dto/company-participation.types';
import { PARTICIPATION_CSV_HEADER, participationCells } from './participation-csv';

/** The column that holds a number (attended meetings); every other cell is text. */
const ATTENDANCE_COLUMN = 4;

/**
 * The participation export as an Excel workbook, streamed: each row is committed (written out) as it is
 * added, so a chunk's rows leave before the next chunk is read. Cells are the CSV's; a text cell in a
 * workbook is never run as a formula, so they need no defusing here.
 */
export class ParticipationWorkbook {
  private readonly workbook: ExcelJS.stream.xlsx.WorkbookWriter;
  private readonly sheet: ExcelJS.Worksheet;

  constructor(stream: Writable) {
    this.workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
      stream,
      useStyles: true,
      useSharedStrings: false,
    });
    this.sheet = this.workbook.addWorksheet('参加状況');
    const header = this.sheet.addRow(PARTICIPATION_CSV_HEADER);
    header.font = { bold: true };
    header.commit();
  }

  addRows(rows: readonly EmployeeParticipation[]): void {
    for (const row of rows) {
      const cells: (string | number)[] = participationCells(row);
      cells[ATTENDANCE_COLUMN] = row.attendedMeetings;
      this.sheet.addRow(cells).commit();
    }
  }

  async finish(): Promise<void> {
    this.sheet.commit();
    await this.workbook.commit();
  }
}
