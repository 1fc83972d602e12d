import { TestBed } from '@angular/core/testing';
import { CatalogueService, type CatalogueLesson } from '@tsunagu/web/catalogue/data-access';
import { FileDownloader, SessionStore } from '@tsunagu/web/shared/data-access';
import { I18nService } from '@tsunagu/web/shared/util';
import { CourseLessonsComponent } from './lessons.component';

const lessons: CatalogueLesson[] = [
  {
    id: 'l1',
    title: '第1回 配布資料',
    kind: 'file',
    bodyHtml: '',
    url: null,
    position: 1,
    file: {
      id: 'f1',
      filename: '研修資料.pdf',
      contentType: 'application/pdf',
      sizeBytes: 1.25 * 1024 * 1024,
      url: '/api/files/f1',
    },
  },
  {
    id: 'l2',
    title: '参考サイト',
    kind: 'link',
    bodyHtml: '',
    url: 'https://www.gender.go.jp/',
    position: 2,
    file: null,
  },
];

async function render(token: string | null) {
  const download = jest.fn().mockResolvedValue(undefined);
  TestBed.configureTestingModule({
    providers: [
      { provide: CatalogueService, useValue: {} },
      { provide: FileDownloader, useValue: { download } },
      { provide: SessionStore, useValue: { accessToken: () => token, isSignedIn: () => token !== null } },
    ],
  });
  const fixture = TestBed.createComponent(CourseLessonsComponent);
  fixture.componentRef.setInput('lessons', lessons);
  await fixture.whenStable();
  const el = fixture.nativeElement as HTMLElement;
  const link = el.querySelector('[data-testid="lesson-file-l1"]') as HTMLAnchorElement;
  return { fixture, el, link, download };
}

describe(CourseLessonsComponent.name, () => {
  it('offers a file lesson as a download link with its name and size, in both languages', async () => {
    const { fixture, link } = await render(null);
    expect(link.textContent?.trim()).toBe('ダウンロード：研修資料.pdf（1.3\u00a0MB）');
    expect(link.getAttribute('href')).toBe('/api/files/f1');
    expect(link.getAttribute('download')).toBe('研修資料.pdf');
    TestBed.inject(I18nService).setLocale('en');
    await fixture.whenStable();
    expect(link.textContent?.trim()).toBe('Download: 研修資料.pdf (1.3\u00a0MB)');
    TestBed.inject(I18nService).setLocale('ja');
  });

  it('lets the browser fetch it when she is signed out', async () => {
    const { el, link, download } = await render(null);
    let prevented: boolean | null = null;
    // Runs after the component's handler; then stops jsdom, which cannot navigate.
    el.addEventListener('click', (event) => {
      prevented = event.defaultPrevented;
      event.preventDefault();
    });
    link.dispatchEvent(new MouseEvent('click', { cancelable: true, bubbles: true }));
    expect(prevented).toBe(false);
    expect(download).not.toHaveBeenCalled();
  });

  it('fetches it with her token when she is signed in, and says so when that fails', async () => {
    const { fixture, el, link, download } = await render('token-1');
    const click = new MouseEvent('click', { cancelable: true });
    link.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    expect(download).toHaveBeenCalledWith('/api/files/f1', '研修資料.pdf');

    download.mockRejectedValue(new Error('404'));
    link.dispatchEvent(new MouseEvent('click', { cancelable: true }));
    await fixture.whenStable();
    await fixture.whenStable();
    expect(el.querySelector('tsu-alert')?.textContent?.trim()).toBe(
      'ファイルをダウンロードできませんでした。時間をおいてもう一度お試しください。',
    );
  });
});
