import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import {
  CourseEditorService,
  CourseFilesService,
  type EditorCourse,
  type EditorLesson,
} from '@tsunagu/web/catalogue/data-access';
import { FileDownloader, SessionStore } from '@tsunagu/web/shared/data-access';
import { CourseEditorPage } from './course-editor.page';

const lesson = (id: string, title: string): EditorLesson =>
  ({ id, title, kind: 'text', body: '', url: null, position: 1, file: null }) as EditorLesson;

const saved: EditorCourse = {
  id: 'c1',
  title: '女性リーダー育成講座',
  summary: '管理職を目指す方へ',
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
  lessons: [lesson('l1', '第1回'), lesson('l2', '第2回')],
  sessions: [],
} as unknown as EditorCourse;

/** The page with its store and a service double holding the course as the API would. */
async function setup() {
  let current = saved;
  const editor = {
    organisations: jest.fn().mockResolvedValue([]),
    course: jest.fn(async () => current),
    publish: jest.fn(async () => void (current = { ...current, status: 'published' })),
    reorderLessons: jest.fn(async (_id: string, ids: string[]) => {
      current = { ...current, lessons: ids.flatMap((id) => current.lessons.filter((l) => l.id === id)) };
    }),
    removeLesson: jest.fn(async (id: string) => {
      current = { ...current, lessons: current.lessons.filter((l) => l.id !== id) };
    }),
    updateCourse: jest.fn(async (_id: string, input: { title?: string; summary?: string }) => {
      current = { ...current, ...input } as EditorCourse;
    }),
  };
  TestBed.configureTestingModule({
    providers: [
      provideRouter([]),
      { provide: CourseEditorService, useValue: editor },
      { provide: CourseFilesService, useValue: { upload: jest.fn() } },
      { provide: FileDownloader, useValue: { objectUrl: jest.fn() } },
      {
        provide: SessionStore,
        useValue: {
          user: () => ({ memberships: [{ role: 'staff', organisation: { id: 'o1', name: '小美玉市' } }] }),
          accessToken: () => 'token-1',
          isSignedIn: () => true,
        },
      },
    ],
  });
  const fixture = TestBed.createComponent(CourseEditorPage);
  fixture.componentRef.setInput('id', 'c1');
  await fixture.whenStable();
  const el = fixture.nativeElement as HTMLElement;
  const field = (testId: string) => el.querySelector(`[data-testid="${testId}"]`) as HTMLInputElement;
  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  };
  const click = async (selector: string) => {
    (el.querySelector(selector) as HTMLButtonElement).click();
    await settle();
  };
  const type = async (testId: string, value: string) => {
    field(testId).value = value;
    field(testId).dispatchEvent(new Event('input'));
    await fixture.whenStable();
  };
  const lessonTitles = () =>
    Array.from(el.querySelectorAll('[data-testid="editor-lessons"] .name')).map((n) => n.textContent);
  return {
    el,
    editor,
    field,
    click,
    type,
    settle,
    lessonTitles,
    setCourse: (c: EditorCourse) => (current = c),
  };
}

describe('CourseEditorPage keeps her unsaved edits', () => {
  it('through publishing, reordering and removing a lesson, and saves them when she saves', async () => {
    const t = await setup();
    await t.type('course-title', '女性リーダー育成講座 2027年度');

    await t.click('[data-testid="publish-course"]');
    expect(t.editor.publish).toHaveBeenCalledWith('c1');
    expect(t.el.querySelector('[data-testid="course-status"]')?.textContent).toContain('公開中');
    expect(t.field('course-title').value).toBe('女性リーダー育成講座 2027年度');

    await t.click('[aria-label="「第1回」を下へ"]');
    expect(t.editor.reorderLessons).toHaveBeenCalledWith('c1', ['l2', 'l1']);
    expect(t.lessonTitles()).toEqual(['第2回', '第1回']);
    expect(t.field('course-title').value).toBe('女性リーダー育成講座 2027年度');

    await t.click('[aria-label="「第2回」を削除"]');
    expect(t.lessonTitles()).toEqual(['第1回']);
    expect(t.field('course-title').value).toBe('女性リーダー育成講座 2027年度');

    (t.el.querySelector('[data-testid="course-form"]') as HTMLFormElement).dispatchEvent(new Event('submit'));
    await t.settle();
    expect(t.editor.updateCourse).toHaveBeenCalledWith(
      'c1',
      expect.objectContaining({ title: '女性リーダー育成講座 2027年度', summary: '管理職を目指す方へ' }),
    );
    expect(t.field('course-title').value).toBe('女性リーダー育成講座 2027年度');
  });

  it('takes the answer’s value for the fields she has not touched', async () => {
    const t = await setup();
    await t.type('course-title', '新しい題名');
    // Someone else saved a new summary meanwhile; her title stays, the summary she never touched follows.
    t.setCourse({ ...saved, summary: '別の方が直した概要' });
    await t.click('[data-testid="publish-course"]');
    expect(t.field('course-title').value).toBe('新しい題名');
    expect((t.el.querySelector('[data-testid="course-summary"]') as HTMLTextAreaElement).value).toBe(
      '別の方が直した概要',
    );
  });
});
