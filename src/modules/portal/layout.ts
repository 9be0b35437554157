/**
 * The portal's page shell: landmarks, the e-portal's date line, sections, the text-size control
 * ("Cỡ chữ") that works by links and a cookie, Open Graph tags, and one small inline stylesheet
 * (no web fonts, no scripts: the first page load is one request of a few kilobytes).
 */
import { Html, html } from './html.js';

export const TEXT_SIZES = { 'mac-dinh': 'Mặc định', lon: 'Lớn', 'rat-lon': 'Rất lớn' } as const;
export type TextSize = keyof typeof TEXT_SIZES;
export const SIZE_COOKIE = 'co_chu';

export interface NavLink {
  href: string;
  label: string;
}

export interface Shell {
  siteName: string;
  today: string;
  size: TextSize;
  /** The request's path and query, for the text-size links to come back to. */
  here: string;
  origin: string;
  nav: readonly NavLink[];
}

export interface PageContent {
  title: string;
  description: string;
  body: Html;
  /** Path of the page (Open Graph URL); defaults to `here`. */
  path?: string;
  ogType?: 'website' | 'article';
  ogImage?: string | null;
  /** Section of the navigation to mark as current. */
  section?: string;
}

const CSS = `
:root{--ink:#1b1b1b;--muted:#4a4a4a;--brand:#9b1111;--link:#0a4a94;--line:#d9d9d9;--bg:#f6f4f1}
*{box-sizing:border-box}html{font-size:100%}html.size-lon{font-size:118.75%}html.size-rat-lon{font-size:137.5%}
body{margin:0;font-family:"Segoe UI",Roboto,"Noto Sans","Helvetica Neue",Arial,sans-serif;font-size:1.0625rem;line-height:1.6;color:var(--ink);background:var(--bg)}
a{color:var(--link)}a:hover{text-decoration-thickness:2px}
:focus-visible{outline:3px solid #f5a300;outline-offset:2px}
.skip{position:absolute;left:-999px;top:0;background:#fff;padding:.5rem 1rem;z-index:2}.skip:focus{left:.5rem}
.wrap{max-width:72rem;margin:0 auto;padding:0 1rem}
header.site{background:var(--brand);color:#fff}
header.site .top{display:flex;flex-wrap:wrap;gap:.25rem 1rem;justify-content:space-between;align-items:baseline;padding:.4rem 0;font-size:.9rem}
header.site .brand{display:inline-block;padding:.5rem 0 .75rem;color:#fff;text-decoration:none;font-weight:700;font-size:1.35rem;line-height:1.3}
header.site .brand small{display:block;font-weight:400;font-size:.95rem;opacity:.95}
nav.sections{background:#7d0c0c}nav.sections ul{list-style:none;margin:0 auto;padding:0 .5rem;display:flex;flex-wrap:wrap;max-width:72rem}
nav.sections a{display:block;color:#fff;text-decoration:none;padding:.55rem .7rem;font-weight:600}
nav.sections a[aria-current]{background:#5a0808;text-decoration:underline}
.size{display:flex;gap:.35rem;align-items:baseline;flex-wrap:wrap}.size a{color:#fff;padding:0 .25rem}.size a[aria-current]{font-weight:700;text-decoration:none;border-bottom:2px solid #fff}
.size.in-article{color:var(--muted)}.size.in-article a{color:var(--link)}.size.in-article a[aria-current]{border-color:var(--link)}
main{display:block;background:#fff;padding:1.25rem 0 2rem;min-height:60vh}
h1{font-size:1.6rem;line-height:1.3;margin:.25rem 0 .75rem;color:#5a0808}h2{font-size:1.25rem;margin:1.5rem 0 .5rem;color:#5a0808}h3{font-size:1.05rem;margin:.25rem 0}
.meta{color:var(--muted);font-size:.93rem}.lead{font-weight:600}
.grid{display:grid;gap:1rem;grid-template-columns:repeat(auto-fill,minmax(16rem,1fr))}
.card{border:1px solid var(--line);border-radius:6px;padding:.85rem;background:#fff}
.card p{margin:.35rem 0}.badge{display:inline-block;font-size:.8rem;padding:0 .45rem;border-radius:3px;background:#eee;color:#333}
.st-achieved{background:#dff3e4;color:#0d5a24}.st-not_achieved,.st-off_track{background:#fde2e1;color:#8a1410}.st-on_track{background:#e1ecfb;color:#0b3f80}.st-at_risk{background:#fff1d6;color:#6b4400}.st-no_data{background:#eee;color:#444}
ul.plain,ol.plain{list-style:none;padding:0;margin:0}ul.plain>li,ol.plain>li{border-bottom:1px solid var(--line);padding:.7rem 0}
.article{max-width:48rem}.article img{max-width:100%;height:auto}.article .source{text-align:right;font-weight:700}
form.search{display:flex;flex-wrap:wrap;gap:.5rem;align-items:end;margin:.5rem 0 1rem}
form.search label{display:flex;flex-direction:column;font-size:.9rem;font-weight:600}
input,select,button,textarea{font:inherit;padding:.45rem .6rem;border:1px solid #767676;border-radius:4px;min-height:2.6rem}
button{background:var(--brand);color:#fff;border-color:var(--brand);font-weight:600;cursor:pointer}
.pager{display:flex;gap:1rem;margin-top:1rem}.counts{display:flex;flex-wrap:wrap;gap:.5rem;margin:.5rem 0}
form.feedback{display:flex;flex-direction:column;gap:.3rem;max-width:40rem}form.feedback label{font-weight:600;margin-top:.6rem}form.feedback button{align-self:flex-start;margin-top:.6rem}
.field-error{color:#8a1410;font-weight:600;font-size:.93rem}[aria-invalid]{border:2px solid #8a1410}.errors{border:2px solid #8a1410;background:#fde2e1;padding:.25rem 1rem;border-radius:4px}
ol.nominees>li{margin:.5rem 0}
figure{margin:1rem 0}figcaption{font-size:.9rem;color:var(--muted)}
footer.site{background:#3b3b3b;color:#f0f0f0;padding:1rem 0;font-size:.9rem}footer.site a{color:#fff}
@media (max-width:40rem){h1{font-size:1.35rem}header.site .brand{font-size:1.15rem}nav.sections a{padding:.5rem}}
`.replace(/\n/g, '');
/** A constant of this module, not user data: inserted as it is. */
const STYLE = new Html(CSS);

export function sizeLinks(shell: Shell, extraClass = ''): Html {
  const back = encodeURIComponent(shell.here);
  return html`<div class="size ${extraClass}" role="group" aria-label="Cỡ chữ"><span>Cỡ chữ:</span>${(Object.keys(TEXT_SIZES) as TextSize[]).map((s) =>
    html`<a href="/co-chu/${s}?ve=${back}" rel="nofollow"${shell.size === s ? html` aria-current="true"` : ''} data-size="${s}">${TEXT_SIZES[s]}</a>`)}</div>`;
}

export function renderPage(shell: Shell, page: PageContent): string {
  const url = `${shell.origin}${page.path ?? shell.here}`;
  const title = `${page.title} | ${shell.siteName}`;
  return `<!doctype html>${html`<html lang="vi" class="size-${shell.size}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${title}</title><meta name="description" content="${page.description}">
<meta property="og:site_name" content="${shell.siteName}"><meta property="og:locale" content="vi_VN"><meta property="og:type" content="${page.ogType ?? 'website'}">
<meta property="og:title" content="${page.title}"><meta property="og:description" content="${page.description}"><meta property="og:url" content="${url}">
${page.ogImage ? html`<meta property="og:image" content="${shell.origin}${page.ogImage}">` : ''}<link rel="canonical" href="${url}">
<link rel="alternate" type="application/atom+xml" title="Tin tức" href="/tin-tuc.atom"><style>${STYLE}</style></head>
<body><a class="skip" href="#noi-dung">Bỏ qua, đến nội dung chính</a>
<header class="site"><div class="wrap"><div class="top"><span data-testid="portal-date">${shell.today}</span>${sizeLinks(shell)}</div>
<a class="brand" href="/">Thi đua – Khen thưởng<small>${shell.siteName}</small></a></div></header>
<nav class="sections" aria-label="Chuyên mục"><ul>${shell.nav.map((n) => html`<li><a href="${n.href}"${page.section === n.href ? html` aria-current="page"` : ''}>${n.label}</a></li>`)}</ul></nav>
<main id="noi-dung" tabindex="-1"><div class="wrap">${page.body}</div></main>
<footer class="site"><div class="wrap"><p>${shell.siteName} — Cổng thông tin thi đua, khen thưởng. Dữ liệu công khai do Ban Thi đua – Khen thưởng duyệt.</p>
<p><a href="/tin-tuc.atom">Nguồn tin Atom</a> · <a href="/app">Đăng nhập cán bộ</a></p></div></footer></body></html>`.value}`;
}

