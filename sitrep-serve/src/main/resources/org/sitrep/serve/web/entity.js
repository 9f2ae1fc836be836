// An entity of an article: what the article calls it, where it is mentioned, and the stored events naming it as an
// actor or target in any article (by name: entities are not yet linked across articles).
import { el, show, viewLink } from './dom.js';
import { getJson, query } from './api.js';

export async function entityView(view, articleId, entityId) {
  const list = await getJson('api/articles/' + encodeURIComponent(articleId) + '/entities');
  const entity = list.items.find(e => e.id === entityId);
  if (!entity) throw new Error('no entity ' + entityId + ' in this article');
  const events = await getJson('api/events' + query({ actor: entity.name, limit: 100 }));
  show(view,
    el('h1', {}, entity.name),
    el('p', { class: 'muted' }, [entity.type, entity.title, entity.affiliation, entity.country].filter(Boolean).join(' · ')),
    entity.aliases && entity.aliases.length ? el('p', {}, 'Also: ' + entity.aliases.join(', ')) : null,
    el('p', {}, viewLink('Mentions in the article', 'article', articleId, 'entity', entityId),
      ` (${(entity.mentions || []).length})`),
    el('h3', {}, 'Events naming it as actor or target'),
    el('ul', { class: 'list' }, events.items.map(e => el('li', {},
      viewLink([e.type, e.mode].filter(Boolean).join(': ') || e.event_id, 'article', e.article_id, 'event', e.event_id),
      el('div', { class: 'muted' }, e.evidence ? e.evidence.text : '')))));
}
