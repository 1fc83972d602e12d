import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { CatalogueService, type CatalogueCourse } from '@tsunagu/web/catalogue/data-access';
import { FileDownloader, SessionStore } from '@tsunagu/web/shared/data-access';
import { CoursePage } from './course.page';

const cover = {
  id: 'f2',
  filename: '表紙.png',
  contentType: 'image/png',
  sizeBytes: 2048,
  url: '/api/files/f2',
};

function course(overrides: Partial<CatalogueCourse>): CatalogueCourse {
  return {
    id: 'c1',
    title: '女性リーダー育成講座',
    summary: '',
    descriptionHtml: '',
    audienceNotes: '',
    category: 'leadership',
    tags: [],
    coverImageUrl: null,
    coverImage: null,
    provider: { id: 'o1', name: '小美玉市', kind: 'city', certifications: [] },
    coOrganisers: [{ id: 'o2', name: '茨城県', kind: 'prefecture', certifications: [] }],
    lessons: [],
    myProgress: null,
    sessions: [],
    ...overrides,
  } as CatalogueCourse;
}

async function render(data: CatalogueCourse, token: string | null) {
  const objectUrl = jest.fn().mockResolvedValue('blob:cover');
  TestBed.configureTestingModule({
    providers: [
      provideRouter([]),
      { provide: CatalogueService, useValue: { course: jest.fn().mockResolvedValue(data) } },
      { provide: FileDownloader, useValue: { objectUrl } },
      { provide: SessionStore, useValue: { accessToken: () => token, isSignedIn: () => token !== null } },
    ],
  });
  const fixture = TestBed.createComponent(CoursePage);
  fixture.componentRef.setInput('id', 'c1');
  await fixture.whenStable();
  await fixture.whenStable();
  const el = fixture.nativeElement as HTMLElement;
  const img = el.querySelector('[data-testid="course-cover"]');
  return { img, objectUrl, el };
}

describe(CoursePage.name, () => {
  beforeEach(() => {
    URL.revokeObjectURL = jest.fn();
  });

  it('shows the uploaded cover straight from its URL to a visitor', async () => {
    const { img, objectUrl } = await render(
      course({ coverImage: cover, coverImageUrl: 'https://example.jp/old.png' }),
      null,
    );
    expect(img?.getAttribute('src')).toBe('/api/files/f2');
    expect(img?.getAttribute('alt')).toBe('');
    expect(objectUrl).not.toHaveBeenCalled();
  });

  it('fetches the uploaded cover with her token when she is signed in (restricted courses need it)', async () => {
    const { img, objectUrl } = await render(course({ coverImage: cover }), 'token-1');
    expect(objectUrl).toHaveBeenCalledWith('/api/files/f2');
    expect(img?.getAttribute('src')).toBe('blob:cover');
  });

  it('falls back to the cover image URL, and shows no image without either', async () => {
    expect(
      (await render(course({ coverImageUrl: 'https://example.jp/c.png' }), null)).img?.getAttribute('src'),
    ).toBe('https://example.jp/c.png');
    TestBed.resetTestingModule();
    expect((await render(course({}), null)).img).toBeNull();
  });

  it('names the co-organisers (共催) under the provider', async () => {
    const { el } = await render(course({}), null);
    expect(el.querySelector('[data-testid="course-co-organisers"]')?.textContent).toContain('共催: 茨城県');
    TestBed.resetTestingModule();
    const alone = await render(course({ coOrganisers: [] }), null);
    expect(alone.el.querySelector('[data-testid="course-co-organisers"]')).toBeNull();
  });

  it('lists partner companies apart as 協力企業, each with its certification marks', async () => {
    const { el } = await render(
      course({
        provider: {
          id: 'o3',
          name: '株式会社みらい食品',
          kind: 'partner_company',
          certifications: ['eruboshi_2'],
        },
        coOrganisers: [
          { id: 'o2', name: '茨城県', kind: 'prefecture', certifications: [] },
          { id: 'o4', name: '常陸精機株式会社', kind: 'partner_company', certifications: ['kurumin'] },
        ],
      }),
      null,
    );
    expect(el.querySelector('[data-testid="course-co-organisers"]')?.textContent).not.toContain('常陸精機');
    const partners = el.querySelector('[data-testid="course-partner-companies"]');
    expect(partners?.textContent).toContain('協力企業');
    expect(partners?.textContent).toContain('常陸精機株式会社');
    expect(partners?.querySelector('[data-mark="kurumin"]')?.textContent).toBe('くるみん');
    const provider = el.querySelector('[data-testid="course-provider"]');
    expect(provider?.querySelector('[data-mark="eruboshi_2"]')?.textContent).toContain('えるぼし');
  });
});
