import { describe, expect, it } from 'vitest';
import { html, queryString, trusted } from './html.js';

describe('portal html templates', () => {
  it('escapes every interpolated value, including attributes and nested lists', () => {
    const name = '"><script>alert(1)</script>';
    const out = html`<a title="${name}">${[name, html`<b>${"O'Neil & co"}</b>`]}</a>`.value;
    expect(out).toBe('<a title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;">&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;<b>O&#39;Neil &amp; co</b></a>');
  });
  it('leaves out null, undefined and false, and keeps trusted (sanitized) HTML', () => {
    expect(html`${null}${undefined}${false}${0}${trusted('<p>ok</p>')}`.value).toBe('0<p>ok</p>');
  });
  it('builds query strings without empty parameters', () => {
    expect(queryString({ ten: 'đặng văn', nam: 2023, trang: undefined, loai: '' })).toBe('?ten=%C4%91%E1%BA%B7ng+v%C4%83n&nam=2023');
    expect(queryString({})).toBe('');
  });
});
