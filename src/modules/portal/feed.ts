/** The Atom feed of live news, for other portals to pick up (RFC 4287). */
import { escapeHtml } from './html.js';

export interface FeedEntry { slug: string; title: string; summary: string; publish_at: string | null; updated_at: string; source: string | null; unit_name: string }

export function atomFeed(d: { origin: string; siteName: string; entries: readonly FeedEntry[] }): string {
  const x = escapeHtml;
  const updated = d.entries.reduce((max, e) => (e.updated_at > max ? e.updated_at : max), '1970-01-01T00:00:00.000Z');
  const entries = d.entries.map((e) => {
    const url = `${d.origin}/tin-tuc/${e.slug}`;
    return `<entry><id>${x(url)}</id><title>${x(e.title)}</title><link rel="alternate" type="text/html" href="${x(url)}"/>`
      + `<published>${x(e.publish_at ?? e.updated_at)}</published><updated>${x(e.updated_at > (e.publish_at ?? '') ? e.updated_at : e.publish_at!)}</updated>`
      + `<author><name>${x(e.source ?? e.unit_name)}</name></author><summary>${x(e.summary)}</summary></entry>`;
  }).join('');
  return `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi"><id>${x(d.origin)}/tin-tuc</id>`
    + `<title>Tin tức thi đua, khen thưởng — ${x(d.siteName)}</title><link rel="self" href="${x(d.origin)}/tin-tuc.atom"/>`
    + `<link rel="alternate" type="text/html" href="${x(d.origin)}/tin-tuc"/><updated>${updated}</updated>${entries}</feed>`;
}
