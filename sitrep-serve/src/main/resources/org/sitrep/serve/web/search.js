// Search: full text over the stored articles (the search index: best first, a snippet with the words marked), and
// the events, figures and titles holding the words. Snippets are article text: built from text nodes, the matched
// words wrapped in <mark> by their ranges, never parsed as HTML.
import { el, show, viewLink } from './dom.js';
import { getJson, query } from './api.js';

/** The snippet as text nodes, each highlighted range in a <mark>. */
export function snippetNode(snippet, highlights) {
  const node = el('div', { class: 'snippet' });
  let at = 0;
  for (const r of [...(highlights || [])].sort((a, b) => a.start - b.start)) {
    if (r.start < at || r.end > snippet.length || r.end <= r.start) continue;
    if (r.start > at) node.append(document.createTextNode(snippet.slice(at, r.start)));
    node.append(el('mark', {}, snippet.slice(r.start, r.end)));
    at = r.end;
  }
  if (at < snippet.length) node.append(document.createTextNode(snippet.slice(at)));
  return node;
}

export async function searchView(view, text) {
  const [hits, events, claims] = await Promise.all([
    getJson('api/search' + query({ q: text, limit: 50 })).catch(e => ({ error: e.message, items: [], total: 0 })),
    getJson('api/events' + query({ q: text, limit: 100 })),
    getJson('api/claims' + query({ subject: text, limit: 100 })),
  ]);
  show(view,
    el('h1', {}, 'Search: ', text),
    el('h3', {}, `Articles (${hits.total}${hits.total > hits.items.length ? ', the best ' + hits.items.length + ' shown' : ''})`),
    hits.error ? el('p', { class: 'error' }, hits.error) : null,
    el('ol', { class: 'list', id: 'search-hits' }, hits.items.map(h => el('li', {},
      viewLink(h.title || h.article_id, 'article', h.article_id),
      el('span', { class: 'muted' }, ' ' + (h.published || '')),
      snippetNode(h.snippet || '', h.highlights)))),
    el('h3', {}, `Events (${events.items.length}${events.next ? '+' : ''})`),
    el('ul', { class: 'list' }, events.items.map(e => el('li', {},
      viewLink([e.type, e.mode, e.place ? 'at ' + e.place.name : null].filter(Boolean).join(' '), 'article', e.article_id, 'event', e.event_id),
      el('div', { class: 'muted' }, e.evidence ? e.evidence.text : '')))),
    el('h3', {}, `Figures (${claims.items.length}${claims.next ? '+' : ''})`),
    claims.items.length ? el('p', {}, viewLink('Chart the figures about “' + text + '”', 'claims', text)) : null);
}
