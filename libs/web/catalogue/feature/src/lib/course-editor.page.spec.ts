import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import {
  CourseEditorService,
  CourseFilesService,
  UploadError,
  type EditorCourse,
} from '@tsunagu/web/catalogue/data-access';
import { FileDownloader, SessionStore } from '@tsunagu/web/shared/data-access';
import { CourseEditorPage } from './course-editor.page';

const MB = 1024 * 1024;
const pdf = {
  id: 'f1',
  filename: '研修資料.pdf',
  contentType: 'application/pdf',
  sizeBytes: 1536,
  url: '/api/files/f1',
};
const png = {
  id: 'f2',
  filename: '表紙.png',
  contentType: 'image/png',
  sizeBytes: 2 * MB,
  url: '/api/files/f2',
};

function course(overrides: Partial<EditorCourse> = {}): EditorCourse {
  return {
    id: 'c1',
    title: '女性リーダー育成講座',
    summary: '',
    description: '',
    category: 'leadership',
    audienceNotes: '',
    visibility: 'public',
    tags: [],
    coverImageUrl: null,
    coverImage: null,
    status: 'draft',
    provider: { id: 'o1', name: '小美玉市' },
    coOrganisers: [],
    lessons: [],
    sessions: [],
    ...overrides,
  } as EditorCourse;
}

async function setup(
  initial: EditorCourse = course(),
  memberships: { role: string; organisation: { id: string; name: string } }[] = [],
) {
  let current = initial;
  const editor = {
    organisations: jest.fn().mockResolvedValue([
      { id: 'o1', name: '小美玉市', kind: 'city' },
      { id: 'o2', name: '茨城県', kind: 'prefecture' },
      { id: 'o3', name: '茨城労働局', kind: 'national_agency' },
    ]),
    course: jest.fn(async () => current),
    addLesson: jest.fn().mockResolvedValue(undefined),
    updateLesson: jest.fn().mockResolvedValue(undefined),
    updateCourse: jest.fn().mockResolvedValue(undefined),
  };
  const upload = jest.fn();
  const objectUrl = jest.fn().mockResolvedValue('blob:cover');
  TestBed.configureTestingModule({
    providers: [
      provideRouter([]),
      { provide: CourseEditorService, useValue: editor },
      { provide: CourseFilesService, useValue: { upload } },
      { provide: FileDownloader, useValue: { objectUrl } },
      {
        provide: SessionStore,
        useValue: { user: () => ({ memberships }), accessToken: () => 'token-1', isSignedIn: () => true },
      },
    ],
  });
  const fixture = TestBed.createComponent(CourseEditorPage);
  fixture.componentRef.setInput('id', 'c1');
  await fixture.whenStable();
  const el = fixture.nativeElement as HTMLElement;
  const byTestId = <T extends HTMLElement>(id: string) =>
    el.querySelector(`[data-testid="${id}"]`) as T | null;
  /** The element, which must be there. */
  const get = <T extends HTMLElement>(id: string): T => {
    const found = byTestId<T>(id);
    if (!found) throw new Error(`no element with data-testid="${id}"`);
    return found;
  };
  const stable = () => fixture.whenStable();
  /** Lets pending promise chains (an upload finishing) run, then renders. */
  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  };
  const pick = async (id: string, file: File) => {
    const input = get<HTMLInputElement>(id);
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change'));
    await stable();
    await stable();
  };
  const type = async (id: string, value: string) => {
    const input = get<HTMLInputElement | HTMLSelectElement>(id);
    input.value = value;
    input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input'));
    await stable();
  };
  const text = (id: string) => byTestId(id)?.textContent?.replace(/\s+/g, ' ').trim() ?? null;
  return {
    fixture,
    el,
    byTestId,
    get,
    pick,
    type,
    text,
    stable,
    settle,
    editor,
    upload,
    objectUrl,
    setCourse: (next: EditorCourse) => (current = next),
  };
}

const file = (name: string, size: number, type = '') => {
  const f = new File(['x'], name, { type });
  Object.defineProperty(f, 'size', { value: size });
  return f;
};

describe(CourseEditorPage.name, () => {
  beforeEach(() => {
    URL.revokeObjectURL = jest.fn();
  });

  it('uploads a file for a file lesson with its progress, then adds the lesson with the file', async () => {
    const t = await setup();
    await t.type('lesson-title', '第1回 配布資料');
    await t.type('lesson-kind', 'file');
    let finish: (value: typeof pdf) => void = () => undefined;
    t.upload.mockImplementation((_c: string, _p: string, _f: File, onProgress: (p: number) => void) => {
      onProgress(0.4);
      return new Promise((resolve) => (finish = resolve));
    });
    await t.pick('lesson-file', file('研修資料.pdf', 1536, 'application/pdf'));
    expect(t.upload).toHaveBeenCalledWith('c1', 'lesson', expect.any(File), expect.any(Function));
    expect((t.byTestId('upload-progress') as HTMLProgressElement).value).toBe(40);
    expect(t.byTestId<HTMLButtonElement>('lesson-submit')?.disabled).toBe(true);
    finish(pdf);
    await t.settle();
    expect(t.byTestId('upload-progress')).toBeNull();
    expect(t.text('lesson-file-attached')).toBe('添付ファイル：研修資料.pdf（1.5 KB）');
    // With a file attached, no URL is asked for.
    expect(t.byTestId('lesson-url')).toBeNull();

    t.get<HTMLButtonElement>('lesson-submit').click();
    await t.stable();
    expect(t.editor.addLesson).toHaveBeenCalledWith({
      courseId: 'c1',
      title: '第1回 配布資料',
      kind: 'file',
      body: undefined,
      url: null,
      fileId: 'f1',
    });
  });

  it('refuses too large and wrong files inline without uploading, and asks for a file or a URL', async () => {
    const t = await setup();
    await t.type('lesson-title', 'スライド');
    await t.type('lesson-kind', 'file');
    await t.pick('lesson-file', file('動画.pdf', 20 * MB + 1));
    expect(t.text('lesson-file-error')).toBe(
      'ファイル：ファイルが大きすぎます。20MB以下のファイルを選んでください。',
    );
    expect(t.byTestId('lesson-file')?.getAttribute('aria-invalid')).toBe('true');
    await t.pick('lesson-file', file('setup.exe', 10));
    expect(t.text('lesson-file-error')).toBe(
      'ファイル：この種類のファイルはアップロードできません。PDF、画像（PNG・JPEG・WebP）、Word・Excel・PowerPoint、テキストのいずれかを選んでください。',
    );
    expect(t.upload).not.toHaveBeenCalled();

    t.get<HTMLButtonElement>('lesson-submit').click();
    await t.stable();
    expect(t.text('lesson-file-error')).toBe(
      'ファイル：ファイルをアップロードするか、URLを入力してください。',
    );
    expect(t.editor.addLesson).not.toHaveBeenCalled();

    // A URL still makes a file lesson.
    await t.type('lesson-url', 'https://example.jp/slides.pdf');
    t.get<HTMLButtonElement>('lesson-submit').click();
    await t.stable();
    expect(t.editor.addLesson).toHaveBeenCalledWith(
      expect.objectContaining({ kind: 'file', url: 'https://example.jp/slides.pdf', fileId: null }),
    );
  });

  it('shows the API’s refusal of an upload under the file field', async () => {
    const t = await setup();
    await t.type('lesson-kind', 'file');
    t.upload.mockRejectedValue(
      new UploadError(400, [
        {
          message: '入力内容を確認してください。',
          extensions: {
            code: 'BAD_USER_INPUT',
            fields: { file: 'ファイル：ファイルの中身が、ファイル名の拡張子または種類と一致しません。' },
          },
        },
      ]),
    );
    await t.pick('lesson-file', file('偽物.pdf', 100));
    expect(t.text('lesson-file-error')).toBe(
      'ファイル：ファイル：ファイルの中身が、ファイル名の拡張子または種類と一致しません。',
    );
    expect(t.byTestId('lesson-file-attached')).toBeNull();
  });

  it('puts the API’s message about the lesson’s file on the file field when saving', async () => {
    const t = await setup();
    await t.type('lesson-title', '資料');
    await t.type('lesson-kind', 'file');
    t.upload.mockResolvedValue(pdf);
    await t.pick('lesson-file', file('研修資料.pdf', 1536));
    t.editor.addLesson.mockRejectedValue(
      new CombinedGraphQLErrors({
        errors: [
          {
            message: '入力内容を確認してください。',
            extensions: {
              code: 'BAD_USER_INPUT',
              fields: { fileId: 'この講座にアップロードされたファイルではありません。' },
            },
          },
        ],
      }),
    );
    t.get<HTMLButtonElement>('lesson-submit').click();
    await t.stable();
    await t.stable();
    expect(t.text('lesson-file-error')).toBe(
      'ファイル：この講座にアップロードされたファイルではありません。',
    );
  });

  it('edits a lesson that has a file: shows it, and can take it off for a URL', async () => {
    const t = await setup(
      course({
        lessons: [{ id: 'l1', title: '資料', kind: 'file', body: '', url: null, position: 1, file: pdf }],
      }),
    );
    expect(t.text('editor-lesson-file-l1')).toBe('添付ファイル：研修資料.pdf（1.5 KB）');
    (t.el.querySelector('[aria-label="「資料」を編集"]') as HTMLButtonElement).click();
    await t.stable();
    expect(t.text('lesson-file-attached')).toBe('添付ファイル：研修資料.pdf（1.5 KB）');
    t.get<HTMLButtonElement>('lesson-file-remove').click();
    await t.stable();
    await t.type('lesson-url', 'https://example.jp/new.pdf');
    t.get<HTMLButtonElement>('lesson-submit').click();
    await t.stable();
    expect(t.editor.updateLesson).toHaveBeenCalledWith(
      'l1',
      expect.objectContaining({ kind: 'file', url: 'https://example.jp/new.pdf', fileId: null }),
    );
  });

  it('uploads a cover image, makes it the cover and previews it through her token', async () => {
    const t = await setup();
    expect(t.byTestId('cover-preview')).toBeNull();
    await t.pick('cover-file', file('表紙.pdf', 100));
    expect(t.text('cover-file-error')).toBe(
      'カバー画像のアップロード：カバー画像には PNG・JPEG・WebP の画像を選んでください。',
    );
    await t.pick('cover-file', file('表紙.png', 5 * MB + 1));
    expect(t.text('cover-file-error')).toBe(
      'カバー画像のアップロード：ファイルが大きすぎます。5MB以下のファイルを選んでください。',
    );
    expect(t.upload).not.toHaveBeenCalled();

    t.upload.mockResolvedValue(png);
    t.setCourse(course({ coverImage: png }));
    await t.pick('cover-file', file('表紙.png', 2 * MB, 'image/png'));
    await t.stable();
    expect(t.upload).toHaveBeenCalledWith('c1', 'cover', expect.any(File), expect.any(Function));
    expect(t.editor.updateCourse).toHaveBeenCalledWith('c1', { coverFileId: 'f2' });
    expect(t.text('cover-notice')).toBe('カバー画像を設定しました。');
    expect(t.text('cover-current')).toBe('現在の画像：表紙.png（2 MB）');
    expect(t.objectUrl).toHaveBeenCalledWith('/api/files/f2');
    const preview = t.get<HTMLImageElement>('cover-preview');
    expect(preview.getAttribute('src')).toBe('blob:cover');
    expect(preview.getAttribute('alt')).toBe('カバー画像のプレビュー');

    t.setCourse(course());
    t.get<HTMLButtonElement>('remove-cover').click();
    await t.stable();
    await t.stable();
    expect(t.editor.updateCourse).toHaveBeenLastCalledWith('c1', { coverFileId: null });
    expect(t.byTestId('cover-preview')).toBeNull();
  });

  it('lets the provider’s side name co-organisers (not the provider itself) and saves them', async () => {
    const t = await setup(course({ coOrganisers: [{ id: 'o2', name: '茨城県' }] }), [
      { role: 'staff', organisation: { id: 'o1', name: '小美玉市' } },
    ]);
    await t.settle();
    expect(t.byTestId('co-organiser-o1')).toBeNull();
    expect(t.get<HTMLInputElement>('co-organiser-o2').checked).toBe(true);
    t.get<HTMLInputElement>('co-organiser-o3').click();
    await t.stable();
    t.get<HTMLFormElement>('course-form').dispatchEvent(new Event('submit'));
    await t.settle();
    expect(t.editor.updateCourse).toHaveBeenCalledWith(
      'c1',
      expect.objectContaining({ coOrganiserIds: ['o2', 'o3'] }),
    );
  });

  it('shows a co-organiser’s staff the co-organisers without letting her change them', async () => {
    const t = await setup(course({ coOrganisers: [{ id: 'o2', name: '茨城県' }] }), [
      { role: 'staff', organisation: { id: 'o2', name: '茨城県' } },
    ]);
    await t.settle();
    expect(t.byTestId('co-organiser-o3')).toBeNull();
    expect(t.get('co-organisers-list').textContent).toContain('茨城県');
    expect(t.byTestId('copy-course')).toBeNull();
    t.get<HTMLFormElement>('course-form').dispatchEvent(new Event('submit'));
    await t.settle();
    expect(t.editor.updateCourse).toHaveBeenCalledWith(
      'c1',
      expect.not.objectContaining({ coOrganiserIds: expect.anything() }),
    );
  });
});
