// An entity of an article: what the article calls it, where it is mentioned, the entity it is linked to across
// articles (its own page), and the stored events naming it as an actor or target in any article.
import { el, show, viewLink } from './dom.js';
import { getJson, query } from './api.js';

export async function entityView(view, articleId, entityId) {
  const list = await getJson('api/articles/' + encodeURIComponent(articleId) + '/entities');
  const entity = list.items.find(e => e.id === entityId);
  if (!entity) throw new Error('no entity ' + entityId + ' in this article');
  const [events, linked] = await Promise.all([
    getJson('api/events' + query({ actor: entity.name, limit: 100 })),
    getJson('api/entities' + query({ article: articleId, name: entity.name, limit: 10 })),
  ]);
  const across = linked.items.find(l => l.name === entity.name || l.aliases.includes(entity.name)) || linked.items[0];
  show(view,
    el('h1', {}, entity.name),
    el('p', { class: 'muted' }, [entity.type, entity.title, entity.affiliation, entity.country].filter(Boolean).join(' · ')),
    entity.aliases && entity.aliases.length ? el('p', {}, 'Also: ' + entity.aliases.join(', ')) : null,
    el('p', {}, viewLink('Mentions in the article', 'article', articleId, 'entity', entityId),
      ` (${(entity.mentions || []).length})`),
    across ? el('p', {}, viewLink('Across articles: ' + across.name, 'entity', across.id),
      ` (${across.article_ids.length} article${across.article_ids.length === 1 ? '' : 's'})`) : null,
    el('h3', {}, 'Events naming it as actor or target'),
    el('ul', { class: 'list' }, events.items.map(e => el('li', {},
      viewLink([e.type, e.mode].filter(Boolean).join(': ') || e.event_id, 'article', e.article_id, 'event', e.event_id),
      el('div', { class: 'muted' }, e.evidence ? e.evidence.text : '')))));
}
