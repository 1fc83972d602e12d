import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import PDFDocument from 'pdfkit';

export interface CertificateContent {
  learnerName: string;
  courseTitle: string;
  providerName: string;
  firstMeetingAt: Date | null;
  lastMeetingAt: Date | null;
  issuedAt: Date;
  verificationCode: string;
  verifyUrl: string;
}

/** Noto Sans JP, shipped inside an npm package (never downloaded at run time). */
function fontPath(weight: 'Regular' | 'Bold'): string {
  const entry = createRequire(__filename).resolve('@embedpdf/fonts-jp');
  return join(dirname(entry), '..', 'fonts', `NotoSansJP-${weight}.otf`);
}

/** 2026年4月1日 in Asia/Tokyo. */
export function japaneseDate(date: Date): string {
  return new Intl.DateTimeFormat('ja-JP', {
    timeZone: 'Asia/Tokyo',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
  }).format(date);
}

/** An A4 landscape certificate of completion (修了証), Japanese first with an English line. */
export function renderCertificate(content: CertificateContent): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      layout: 'landscape',
      margin: 56,
      info: {
        Title: `修了証 ${content.courseTitle}`,
        Author: content.providerName,
        Subject: 'Certificate of completion',
      },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.registerFont('jp', fontPath('Regular'));
    doc.registerFont('jp-bold', fontPath('Bold'));

    const { width, height } = doc.page;
    doc
      .lineWidth(2)
      .strokeColor('#1f4e79')
      .rect(28, 28, width - 56, height - 56)
      .stroke();
    doc
      .lineWidth(0.5)
      .rect(36, 36, width - 72, height - 72)
      .stroke();

    const center = { align: 'center' as const, width: width - 112 };
    doc.fillColor('#1f2937').font('jp-bold').fontSize(40).text('修 了 証', 56, 90, center);
    doc.font('jp').fontSize(12).fillColor('#4b5563').text('Certificate of Completion', center);
    doc.moveDown(2);
    doc.font('jp-bold').fontSize(28).fillColor('#111827').text(`${content.learnerName} 様`, center);
    doc.moveDown(1.2);
    doc.font('jp').fontSize(15).fillColor('#1f2937');
    doc.text(`あなたは「${content.courseTitle}」の所定の課程を修了されたことを証します。`, center);
    if (content.firstMeetingAt) {
      const period =
        content.lastMeetingAt && japaneseDate(content.lastMeetingAt) !== japaneseDate(content.firstMeetingAt)
          ? `${japaneseDate(content.firstMeetingAt)} 〜 ${japaneseDate(content.lastMeetingAt)}`
          : japaneseDate(content.firstMeetingAt);
      doc.moveDown(0.5).fontSize(12).fillColor('#4b5563').text(`受講期間\u3000${period}`, center);
    }
    doc.moveDown(2);
    doc.font('jp').fontSize(14).fillColor('#1f2937').text(japaneseDate(content.issuedAt), center);
    doc.font('jp-bold').fontSize(16).text(content.providerName, center);

    doc.font('jp').fontSize(9).fillColor('#4b5563');
    doc.text(
      `証明番号 ${content.verificationCode}\u3000確認ページ ${content.verifyUrl}`,
      56,
      height - 88,
      center,
    );
    doc.end();
  });
}
