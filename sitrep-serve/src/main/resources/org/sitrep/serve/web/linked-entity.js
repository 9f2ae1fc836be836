// Entities linked across articles: the list (by name), and an entity's page: its names, its titles over time, the
// linked events it takes part in, and where each article mentions it.
import { el, show, viewLink } from './dom.js';
import { getJson, query } from './api.js';
import { linkedEventItem } from './linked.js';

export async function entitiesView(view, name) {
  const page = await getJson('api/entities' + query({ name, limit: 200 }));
  show(view,
    el('h1', {}, name ? 'Entities named: ' + name : 'Entities'),
    el('ul', { class: 'list', id: 'entities' }, page.items.map(e => el('li', {},
      viewLink(e.name, 'entity', e.id),
      el('span', { class: 'muted' }, ` ${e.kind}${e.country ? ' · ' + e.country : ''} · ${e.article_ids.length} article${e.article_ids.length === 1 ? '' : 's'}`),
      e.aliases.length ? el('div', { class: 'muted' }, 'Also: ' + e.aliases.join(', ')) : null))));
}

export async function linkedEntityView(view, id) {
  const e = await getJson('api/entities/' + encodeURIComponent(id));
  const titles = (e.titles || []).map(t => el('li', {},
    [t.title, t.affiliation].filter(Boolean).join(', '), ' ',
    el('span', { class: 'muted' }, 'as of ' + (t.as_of || 'undated') + ' '), viewLink('article', 'article', t.article_id)));
  show(view,
    el('h1', { id: 'entity-name' }, e.name),
    el('p', { class: 'muted' }, [e.kind, e.type, e.country, e.place ? `${e.place.lat}, ${e.place.lon}` : null].filter(Boolean).join(' · ')),
    e.aliases.length ? el('p', {}, 'Also named: ' + e.aliases.join(', ')) : null,
    titles.length ? el('h3', {}, 'Titles over time') : null,
    titles.length ? el('ul', { class: 'list' }, titles) : null,
    el('h3', {}, `Events (${(e.events || []).length})`),
    el('ul', { class: 'list', id: 'entity-events' }, (e.events || []).map(linkedEventItem)),
    el('h3', {}, `Mentions (${e.mention_count} in ${e.article_ids.length} article${e.article_ids.length === 1 ? '' : 's'})`),
    el('ul', { class: 'list', id: 'entity-mentions' }, (e.mentions || []).slice(0, 300).map(m => el('li', {},
      viewLink(m.text || '(mention)', 'article', m.article_id),
      el('span', { class: 'muted' }, ` characters ${m.start}–${m.end}`)))));
}
