import { japaneseDate, renderCertificate } from './certificate.pdf';

describe('renderCertificate', () => {
  it('renders a PDF with the Japanese font embedded', async () => {
    const pdf = await renderCertificate({
      learnerName: '山田 花子',
      courseTitle: '女性リーダー育成講座',
      providerName: '小美玉市 女性活躍推進事務局',
      firstMeetingAt: new Date('2026-06-01T01:00:00Z'),
      lastMeetingAt: new Date('2026-06-15T01:00:00Z'),
      issuedAt: new Date('2026-06-15T06:00:00Z'),
      verificationCode: 'TSU-ABCD-EFGH',
      verifyUrl: 'http://localhost:3000/certificates/verify?code=TSU-ABCD-EFGH',
    });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1')).toMatch(/NotoSansJP/);
    expect(pdf.length).toBeGreaterThan(5000);
  });

  it('writes dates the Japanese way in Tokyo time', () => {
    expect(japaneseDate(new Date('2026-03-31T15:30:00Z'))).toBe('2026年4月1日');
  });
});
