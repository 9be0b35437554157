import { describe, expect, it } from 'vitest';
import { paragraphsToHtml, plainText, sanitizeRichText, slugify } from './rich-text.js';

describe('rich text sanitizer', () => {
  it('keeps the editor\'s formatting and links', () => {
    const html = '<h2>Mô hình</h2><p><strong>Đắk Hà</strong> <a href="https://kontum.gov.vn/x">xem</a></p><ul><li>một</li></ul><img src="/tep/abc" alt="Ảnh">';
    const out = sanitizeRichText(html);
    expect(out).toContain('<h2>Mô hình</h2>');
    expect(out).toContain('<strong>Đắk Hà</strong>');
    expect(out).toContain('href="https://kontum.gov.vn/x"');
    expect(out).toContain('rel="noopener noreferrer nofollow"');
    expect(out).toContain('<img src="/tep/abc" alt="Ảnh" />');
  });

  it('keeps every format of the web editor (TipTap) as it emits it, dropping only the link\'s target', () => {
    const tiptap = '<h2>Kết quả</h2><h3>Năm 2024</h3><p><strong>Đậm</strong> <em>nghiêng</em> <a target="_blank" rel="noopener noreferrer nofollow" href="https://kontum.gov.vn">liên kết</a></p>'
      + '<ul><li><p>một</p></li></ul><ol><li><p>hai</p></li></ol><blockquote><p>Trích dẫn</p></blockquote><p>dòng<br>mới</p>';
    expect(sanitizeRichText(tiptap)).toBe(tiptap.replace('target="_blank" ', '').replace('<br>', '<br />'));
  });

  it('removes scripts, event handlers, javascript: and data: URLs, styles and frames', () => {
    const attempts = [
      '<script>alert(1)</script>',
      '<img src=x onerror="alert(1)">',
      '<a href="javascript:alert(1)">x</a>',
      '<a href="JaVaScRiPt&colon;alert(1)">x</a>',
      '<a href="  javascript:alert(1)">x</a>',
      '<img src="data:image/svg+xml;base64,PHN2Zz4=">',
      '<svg onload="alert(1)"></svg>',
      '<iframe src="https://evil.example"></iframe>',
      '<p style="background:url(javascript:alert(1))" onclick="alert(1)">ok</p>',
      '<style>body{}</style>',
      '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
    ];
    const out = sanitizeRichText(attempts.join(''));
    expect(out).not.toMatch(/<script|onerror|onload|onclick|javascript:|data:|<iframe|<svg|style=|<style/i);
    expect(out).toContain('<p>ok</p>');
  });

  it('turns plain paragraphs into HTML, escaped, and back into text', () => {
    const html = paragraphsToHtml('Dòng một <b>\n\nDòng hai');
    expect(html).toBe('<p>Dòng một &lt;b&gt;</p>\n<p>Dòng hai</p>');
    expect(plainText(html)).toBe('Dòng một &lt;b&gt; Dòng hai');
  });

  it('makes URL slugs without diacritics', () => {
    expect(slugify('Phát động Phong trào thi đua yêu nước năm 2024')).toBe('phat-dong-phong-trao-thi-dua-yeu-nuoc-nam-2024');
    expect(slugify('!!!')).toBe('bai-viet');
  });
});
