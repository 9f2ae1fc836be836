// Search over what the store holds now: events whose text, place or parties hold the words, and articles whose
// title does, and figures whose subject does. (Full-text search over article bodies plugs in here when the store has it.)
import { el, show, viewLink } from './dom.js';
import { getJson, query } from './api.js';

export async function searchView(view, text) {
  const [events, articles, claims] = await Promise.all([
    getJson('api/events' + query({ q: text, limit: 100 })),
    getJson('api/articles' + query({ title: text, limit: 100 })),
    getJson('api/claims' + query({ subject: text, limit: 100 })),
  ]);
  show(view,
    el('h1', {}, 'Search: ', text),
    el('h3', {}, `Events (${events.items.length}${events.next ? '+' : ''})`),
    el('ul', { class: 'list' }, events.items.map(e => el('li', {},
      viewLink([e.type, e.mode, e.place ? 'at ' + e.place.name : null].filter(Boolean).join(' '), 'article', e.article_id, 'event', e.event_id),
      el('div', { class: 'muted' }, e.evidence ? e.evidence.text : '')))),
    el('h3', {}, `Figures (${claims.items.length}${claims.next ? '+' : ''})`),
    claims.items.length ? el('p', {}, viewLink('Chart the figures about “' + text + '”', 'claims', text)) : null,
    el('h3', {}, `Articles (${articles.items.length}${articles.next ? '+' : ''})`),
    el('ul', { class: 'list' }, articles.items.map(a => el('li', {}, viewLink(a.title || a.id, 'article', a.id)))));
}
