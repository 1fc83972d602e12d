import { TestBed } from '@angular/core/testing';
import { GROUP_POST_FILE_RULES } from '@tsunagu/shared/domain';
import { CompanyFilesService, CompanyGroupsService } from '@tsunagu/web/company-groups/data-access';
import { GroupPostFormComponent } from './group-post-form.component';

const GROUP = {
  id: 'g1',
  viewer: { records: false },
};

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe(GroupPostFormComponent.name, () => {
  const groups = { post: jest.fn() };
  const files = { uploadPostFile: jest.fn() };

  async function render() {
    TestBed.configureTestingModule({
      imports: [GroupPostFormComponent],
      providers: [
        { provide: CompanyGroupsService, useValue: groups },
        { provide: CompanyFilesService, useValue: files },
      ],
    });
    const fixture = TestBed.createComponent(GroupPostFormComponent);
    fixture.componentRef.setInput('group', GROUP);
    const posted = jest.fn();
    fixture.componentInstance.posted.subscribe(posted);
    fixture.detectChanges();
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const pick = async (file: File) => {
      const input = el.querySelector<HTMLInputElement>('[data-testid="post-files"]')!;
      Object.defineProperty(input, 'files', { value: [file], configurable: true });
      input.dispatchEvent(new Event('change'));
      fixture.detectChanges();
      await fixture.whenStable();
    };
    const fill = async (title: string, body: string) => {
      for (const [id, value] of [
        ['post-title', title],
        ['post-body', body],
      ] as const) {
        const field = el.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[data-testid="${id}"]`)!;
        field.value = value;
        field.dispatchEvent(new Event('input'));
      }
      fixture.detectChanges();
      await fixture.whenStable();
    };
    const submit = async () => {
      el.querySelector<HTMLButtonElement>('[data-testid="post-submit"]')!.click();
      await settle();
      fixture.detectChanges();
      await fixture.whenStable();
    };
    return { fixture, el, pick, fill, submit, posted };
  }

  beforeEach(() => {
    jest.clearAllMocks();
    groups.post.mockResolvedValue('p1');
    files.uploadPostFile.mockResolvedValue(undefined);
  });

  it('refuses a file over the board’s size before it travels, naming it', async () => {
    const { el, pick } = await render();
    const big = new File(['x'], '大きい資料.pdf', { type: 'application/pdf' });
    Object.defineProperty(big, 'size', { value: GROUP_POST_FILE_RULES.maxBytes + 1 });
    await pick(big);
    expect(el.textContent).toContain('大きい資料.pdf は大きすぎます（10MBまで）。');
    expect(el.querySelector('[data-testid="post-chosen-files"]')).toBeNull();
  });

  it('sends the post, then each chosen file to it, and empties the form', async () => {
    const { el, pick, fill, submit, posted } = await render();
    await pick(new File(['%PDF'], '議事録.pdf', { type: 'application/pdf' }));
    await pick(new File(['png'], '写真.png', { type: 'image/png' }));
    expect(el.querySelectorAll('[data-testid="post-chosen-files"] li')).toHaveLength(2);
    await fill('資料の共有', '添付します。');
    await submit();
    expect(groups.post).toHaveBeenCalledWith({
      groupId: 'g1',
      kind: 'post',
      title: '資料の共有',
      body: '添付します。',
    });
    expect(files.uploadPostFile.mock.calls.map(([postId, file]) => [postId, (file as File).name])).toEqual([
      ['p1', '議事録.pdf'],
      ['p1', '写真.png'],
    ]);
    expect(posted).toHaveBeenCalledTimes(1);
    expect(el.querySelector('[data-testid="post-chosen-files"]')).toBeNull();
    expect(el.querySelector('[data-testid="post-form-notice"]')?.textContent).toContain('投稿しました。');
  });

  it('keeps the post when a file is refused, and says which file and why', async () => {
    files.uploadPostFile.mockRejectedValueOnce(new Error(''));
    const { el, pick, fill, submit, posted } = await render();
    await pick(new File(['?'], 'メモ.pdf', { type: 'application/pdf' }));
    await fill('資料', '本文');
    await submit();
    expect(posted).toHaveBeenCalledTimes(1);
    const error = el.querySelector('[data-testid="post-form-error"]')?.textContent ?? '';
    expect(error).toContain('投稿しました。');
    expect(error).toContain('メモ.pdf を添付できませんでした');
    expect(el.querySelector('[data-testid="post-chosen-files"]')).toBeNull();
  });
});
