/**
 * The one sanitizer of rich content (models, practices, news): what an editor may keep —
 * paragraphs, headings, lists, emphasis, links, images, simple tables — and nothing that runs:
 * no script or style, no event handlers, no javascript:/data: URLs. Pure.
 */
import sanitizeHtml from 'sanitize-html';
import { foldVietnamese } from '../../../lib/text.js';

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'h2', 'h3', 'h4', 'strong', 'b', 'em', 'i', 'u', 'ul', 'ol', 'li', 'blockquote', 'a', 'img', 'figure', 'figcaption', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'hr'],
  allowedAttributes: { a: ['href', 'title', 'rel'], img: ['src', 'alt', 'width', 'height'], td: ['colspan', 'rowspan'], th: ['colspan', 'rowspan'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['http', 'https'] },
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  // Links leave the portal safely: no access to window.opener, no referrer of the reader.
  transformTags: { a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer nofollow' }) },
};

export function sanitizeRichText(html: string): string {
  return sanitizeHtml(html.normalize('NFC'), OPTIONS).trim();
}

/** Plain text of sanitized content (search column, feed summaries). */
export function plainText(html: string): string {
  return sanitizeHtml(html, { allowedTags: [], allowedAttributes: {} }).replace(/&nbsp;/g, ' ').replace(/\s+/g, ' ').trim();
}

/** Plain text of a few lines as paragraphs (the seed's article is plain text). */
export function paragraphsToHtml(text: string): string {
  return text.split(/\n\s*\n+/).map((p) => p.trim()).filter(Boolean).map((p) => `<p>${escapeText(p)}</p>`).join('\n');
}

const escapeText = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** URL part from a title: "Phát động Phong trào" → "phat-dong-phong-trao". */
export function slugify(title: string): string {
  return foldVietnamese(title).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80).replace(/-+$/, '') || 'bai-viet';
}
