import { renderMarkdown } from './markdown';

describe(renderMarkdown.name, () => {
  it('renders Markdown with links opened safely', () => {
    expect(renderMarkdown('**託児あり** https://example.jp')).toBe(
      '<p><strong>託児あり</strong> <a href="https://example.jp" rel="noopener noreferrer nofollow" target="_blank">https://example.jp</a></p>\n',
    );
  });

  it('escapes HTML and drops javascript: links', () => {
    const html = renderMarkdown(
      '<script>alert(1)</script>\n\n[click](javascript:alert(1)) <img src=x onerror=alert(1)>',
    );
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('href="javascript:');
    expect(html).toContain('&lt;script&gt;');
  });
});
