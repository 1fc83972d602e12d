import { escapeHtml, formatDateTime, formatMeeting, renderContent } from './layout';

describe('message layout', () => {
  const start = new Date('2026-12-08T01:00:00Z');
  const end = new Date('2026-12-08T03:00:00Z');

  it('writes meetings in Asia/Tokyo, in Japanese and English', () => {
    expect(formatMeeting(start, end, 'ja')).toBe('2026年12月8日(火) 10:00〜12:00');
    expect(formatMeeting(start, end, 'en')).toBe('Tue, 8 December 2026, 10:00–12:00 (JST)');
    expect(formatDateTime(start, 'ja')).toBe('2026年12月8日 10:00');
  });

  it('escapes everything in the HTML part and keeps the text part plain', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    const { text, html } = renderContent(
      {
        heading: '<script>alert(1)</script>',
        paragraphs: ['一行目\n二行目'],
        details: [{ label: '講座', value: 'A & B' }],
        action: { label: '確認', url: 'https://example.jp/?a=1&b=2' },
        contact: { heading: 'お問い合わせ先', lines: ['小美玉市'] },
        footer: ['footer'],
      },
      'ja',
    );
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('一行目<br>二行目');
    expect(html).toContain('href="https://example.jp/?a=1&amp;b=2"');
    expect(html).toContain('<html lang="ja">');
    expect(text).toContain('<script>alert(1)</script>');
    expect(text).toContain('■ 講座: A & B');
    expect(text).toContain('確認: https://example.jp/?a=1&b=2');
  });
});
