import { COURSE_FILE_RULES, courseFileAccept, courseFileKindOfName, fileExtension } from './course-files';

describe('course files', () => {
  it('reads the extension case-insensitively, ignoring a leading dot', () => {
    expect(fileExtension('研修資料.PDF')).toBe('pdf');
    expect(fileExtension('archive.tar.gz')).toBe('gz');
    expect(fileExtension('.bashrc')).toBe('');
    expect(fileExtension('README')).toBe('');
    expect(fileExtension('trailing.')).toBe('');
  });

  it('suggests a kind from the name', () => {
    expect(courseFileKindOfName('写真.JPG')).toBe('jpeg');
    expect(courseFileKindOfName('名簿.xlsx')).toBe('xlsx');
    expect(courseFileKindOfName('メモ.txt')).toBe('text');
    expect(courseFileKindOfName('古い資料.doc')).toBeNull();
  });

  it('accepts only images for covers, and caps covers lower than lesson files', () => {
    expect(courseFileAccept('cover')).toBe('.png,image/png,.jpg,.jpeg,image/jpeg,.webp,image/webp');
    expect(courseFileAccept('lesson')).toContain('.pptx');
    expect(COURSE_FILE_RULES.cover.maxBytes).toBe(5 * 1024 * 1024);
    expect(COURSE_FILE_RULES.lesson.maxBytes).toBe(20 * 1024 * 1024);
  });
});
