import { sampleJpeg, sampleOffice, samplePdf, samplePng, sampleWebp, zip } from '@tsunagu/shared/testing';
import {
  checkUpload,
  cleanFileName,
  contentDisposition,
  detectCourseFileKind,
  zipEntryNames,
} from './course-file-content';

const MB = 1024 * 1024;

describe('detectCourseFileKind', () => {
  it('tells every accepted kind from its bytes', () => {
    expect(detectCourseFileKind(samplePdf()).kind).toBe('pdf');
    expect(detectCourseFileKind(samplePng()).kind).toBe('png');
    expect(detectCourseFileKind(sampleJpeg()).kind).toBe('jpeg');
    expect(detectCourseFileKind(sampleWebp()).kind).toBe('webp');
    expect(detectCourseFileKind(sampleOffice('docx')).kind).toBe('docx');
    expect(detectCourseFileKind(sampleOffice('xlsx')).kind).toBe('xlsx');
    expect(detectCourseFileKind(sampleOffice('pptx')).kind).toBe('pptx');
    expect(detectCourseFileKind(Buffer.from('\uFEFF研修の持ち物\r\n・筆記用具\n', 'utf8')).kind).toBe('text');
  });

  it('refuses binaries, plain ZIPs, old Office files and text that is not UTF-8', () => {
    expect(detectCourseFileKind(Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'))).toEqual({
      kind: null,
      reason: 'unknown',
    });
    expect(detectCourseFileKind(zip({ 'notes.txt': 'hello' })).kind).toBeNull();
    expect(
      detectCourseFileKind(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])).kind,
    ).toBeNull();
    // SVG is text by its bytes, so it can only ever be stored and served as text/plain.
    expect(detectCourseFileKind(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>')).kind).toBe('text');
    // 研修 in Shift_JIS.
    expect(detectCourseFileKind(Buffer.from([0x8c, 0xa4, 0x8f, 0x43]))).toEqual({
      kind: null,
      reason: 'textEncoding',
    });
    expect(detectCourseFileKind(Buffer.from('a\u0000b')).kind).toBeNull();
  });

  it('reads the names of a ZIP, and gives up on a truncated one', () => {
    expect(zipEntryNames(sampleOffice('docx'))).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'word/document.xml',
    ]);
    const office = sampleOffice('docx');
    expect(zipEntryNames(office.subarray(0, office.length - 30))).toBeNull();
  });
});

describe('checkUpload', () => {
  const png = { name: 'カバー.png', declaredType: 'image/png', data: samplePng() };

  it('accepts a file whose contents, name and declared type agree, and names its type from the contents', () => {
    expect(
      checkUpload('lesson', { name: '第1回 資料.pdf', declaredType: 'application/pdf', data: samplePdf() }),
    ).toEqual({
      ok: true,
      kind: 'pdf',
      contentType: 'application/pdf',
      filename: '第1回 資料.pdf',
    });
    expect(checkUpload('cover', png)).toMatchObject({ ok: true, contentType: 'image/png' });
    expect(
      checkUpload('lesson', {
        name: 'memo.TXT',
        declaredType: 'text/plain;charset=utf-8',
        data: Buffer.from('メモ'),
      }),
    ).toMatchObject({ ok: true, contentType: 'text/plain' });
    // Browsers that do not know the type say octet-stream; a name without an extension gets one.
    expect(
      checkUpload('lesson', {
        name: 'スライド',
        declaredType: 'application/octet-stream',
        data: sampleOffice('pptx'),
      }),
    ).toMatchObject({ ok: true, kind: 'pptx', filename: 'スライド.pptx' });
  });

  it('refuses what the purpose does not accept, by contents', () => {
    const refusal = (result: ReturnType<typeof checkUpload>) => (result.ok ? null : result.problem.key);
    expect(
      refusal(checkUpload('cover', { name: 'a.pdf', declaredType: 'application/pdf', data: samplePdf() })),
    ).toBe('catalogue.coverTypeNotAllowed');
    // An executable renamed to .png and declared as an image.
    expect(refusal(checkUpload('cover', { ...png, data: Buffer.from('MZ\x90\x00', 'latin1') }))).toBe(
      'catalogue.coverTypeNotAllowed',
    );
    expect(
      refusal(
        checkUpload('lesson', {
          name: 'a.exe',
          declaredType: 'application/octet-stream',
          data: Buffer.from([0x4d, 0x5a, 0, 1]),
        }),
      ),
    ).toBe('catalogue.fileTypeNotAllowed');
    // A PDF named .png, or declared as an image.
    expect(
      refusal(checkUpload('lesson', { name: 'a.png', declaredType: 'image/png', data: samplePdf() })),
    ).toBe('catalogue.fileTypeMismatch');
    expect(
      refusal(checkUpload('lesson', { name: 'a.pdf', declaredType: 'image/png', data: samplePdf() })),
    ).toBe('catalogue.fileTypeMismatch');
    expect(
      refusal(
        checkUpload('lesson', {
          name: 'sjis.txt',
          declaredType: 'text/plain',
          data: Buffer.from([0x8c, 0xa4, 0x8f, 0x43]),
        }),
      ),
    ).toBe('catalogue.fileTextEncoding');
    expect(refusal(checkUpload('lesson', { ...png, data: Buffer.alloc(0) }))).toBe('catalogue.fileEmpty');
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    expect(
      refusal(checkUpload('lesson', { name: 'logo.svg', declaredType: 'image/svg+xml', data: svg })),
    ).toBe('catalogue.fileTypeMismatch');
  });

  it('refuses files over the limit of the purpose: 5 MB for covers, 20 MB for lesson files', () => {
    const big = samplePng(2, 2, [0, 0, 0], 5 * MB + 1);
    expect(big.length).toBe(5 * MB + 1);
    expect(checkUpload('cover', { ...png, data: big })).toEqual({
      ok: false,
      problem: { field: 'file', key: 'catalogue.fileTooLarge', params: { max: 5 } },
    });
    expect(checkUpload('lesson', { ...png, data: big }).ok).toBe(true);
    expect(checkUpload('cover', { ...png, data: samplePng(2, 2, [0, 0, 0], 5 * MB) }).ok).toBe(true);
  });
});

describe('cleanFileName', () => {
  it('keeps Japanese names, composed, without paths or control characters', () => {
    expect(cleanFileName('C:\\Users\\hanako\\研修資料.pdf')).toBe('研修資料.pdf');
    expect(cleanFileName('../../etc/passwd')).toBe('passwd');
    // "ガイド" as macOS sends it: カ + combining voiced mark.
    expect(cleanFileName('\u30AB\u3099イド.pdf')).toBe('ガイド.pdf');
    expect(cleanFileName('a\u0000b\r\n.txt')).toBe('ab.txt');
    expect(cleanFileName('  ')).toBe('file');
  });

  it('shortens long names to 200 characters, keeping the extension', () => {
    const name = cleanFileName(`${'資'.repeat(300)}.docx`);
    expect([...name]).toHaveLength(200);
    expect(name.endsWith('資.docx')).toBe(true);
  });
});

describe('contentDisposition', () => {
  it('gives the exact name as RFC 5987 filename* and an ASCII fallback', () => {
    expect(contentDisposition('attachment', '研修資料 (第1回).docx')).toBe(
      `attachment; filename="_ (_1_).docx"; filename*=UTF-8''%E7%A0%94%E4%BF%AE%E8%B3%87%E6%96%99%20%28%E7%AC%AC1%E5%9B%9E%29.docx`,
    );
    expect(contentDisposition('inline', 'a"b\\c.pdf')).toBe(
      `inline; filename="a_b_c.pdf"; filename*=UTF-8''a%22b%5Cc.pdf`,
    );
    expect(decodeURIComponent(contentDisposition('inline', "it's*.pdf").split("''")[1] ?? '')).toBe(
      "it's*.pdf",
    );
  });
});
