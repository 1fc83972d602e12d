import MarkdownIt from 'markdown-it';

/*
 * Course descriptions and lessons are Markdown written by staff. markdown-it with `html: false` escapes
 * any HTML in the source, and its link validation drops `javascript:`, `vbscript:`, `file:` and non-image
 * `data:` URLs, so the output is safe by construction without a DOM sanitizer.
 */
const markdown = new MarkdownIt({ html: false, linkify: true, breaks: true });

const defaultLinkOpen =
  markdown.renderer.rules['link_open'] ??
  ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));

markdown.renderer.rules['link_open'] = (tokens, idx, options, env, self) => {
  // Links leave the site: no referrer or window handle for the target, and no SEO credit.
  tokens[idx]?.attrSet('rel', 'noopener noreferrer nofollow');
  tokens[idx]?.attrSet('target', '_blank');
  return defaultLinkOpen(tokens, idx, options, env, self);
};

export function renderMarkdown(source: string): string {
  return markdown.render(source ?? '');
}
