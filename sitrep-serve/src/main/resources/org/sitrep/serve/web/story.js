// Stories: threads of articles about one developing matter. The list, and a story's page: its events (a timeline
// to brush and the list it filters), the series of figures its sources give (charted), and its sources.
import { el, externalLink, show, viewLink } from './dom.js';
import { getJson, query } from './api.js';
import { seriesChart } from './claims.js';
import { linkedEventItem } from './linked.js';
import { timeline } from './timeline.js';

export async function storiesView(view, actor) {
  const page = await getJson('api/stories' + query({ actor, limit: 200 }));
  show(view,
    el('h1', {}, actor ? 'Stories naming: ' + actor : 'Stories'),
    el('ul', { class: 'list', id: 'stories' }, page.items.map(s => el('li', {},
      viewLink(s.title || 'Story ' + s.id, 'story', s.id),
      el('span', { class: 'muted' }, ` ${s.first || '?'} – ${s.last || '?'} · ${s.articles.length} article${s.articles.length === 1 ? '' : 's'}`),
      s.main_actors.length ? el('div', {}, 'Actors: ', s.main_actors.join('; ')) : null,
      s.main_places.length ? el('div', { class: 'muted' }, 'Places: ', s.main_places.join('; ')) : null))),
    page.next ? el('p', { class: 'muted' }, 'Only the 200 most recent stories are listed.') : null);
}

/** A claim series' points as the chart reads claims: the claim with its article's date beside it. */
function points(series) {
  return series.points.map(p => ({ ...p.claim, article_published: p.article_published, article_id: p.article_id }));
}

export async function storyView(view, id) {
  const story = await getJson('api/stories/' + encodeURIComponent(id));
  const events = story.events || [];
  const eventList = el('ul', { class: 'list', id: 'story-events' }, events.map(linkedEventItem));
  const status = el('p', { id: 'story-status', class: 'muted' }, `${events.length} event${events.length === 1 ? '' : 's'}`);
  const timelineNode = el('div', { id: 'timeline' });
  const figures = (story.claim_series || []).map((series, i) => el('section', { class: 'series' },
    el('h4', {}, series.subject, series.unit ? ' (' + series.unit + ')' : ''),
    seriesChart(points(series), 'story-chart-' + i),
    el('ul', { class: 'list' }, series.points.map(p => el('li', {},
      el('strong', {}, [p.claim.approximate ? 'about' : null, typeof p.claim.value === 'number' ? p.claim.value.toLocaleString() : '?', p.claim.unit].filter(Boolean).join(' ')),
      ' per ', p.claim.according_to ? p.claim.according_to.name : 'the article', ' (', (p.claim.as_of && p.claim.as_of.value) || p.article_published || 'undated', ') ',
      viewLink(p.article_title || 'article', 'article', p.article_id),
      el('div', { class: 'evidence' }, p.claim.evidence ? p.claim.evidence.text : ''))))));
  show(view,
    el('h1', { id: 'story-title' }, story.title || 'Story ' + story.id),
    el('p', { class: 'muted' }, `${story.first || '?'} – ${story.last || '?'} · ${story.articles.length} article${story.articles.length === 1 ? '' : 's'}`),
    story.main_actors.length ? el('p', {}, 'Actors: ', ...story.main_actors.flatMap((a, i) => [i ? '; ' : '', viewLink(a, 'entities', a)])) : null,
    story.main_places.length ? el('p', {}, 'Places: ', ...story.main_places.flatMap((p, i) => [i ? '; ' : '', viewLink(p, 'entities', p)])) : null,
    el('h3', {}, 'Timeline'), timelineNode, status,
    el('h3', {}, 'Events'), eventList,
    el('h3', {}, 'Figures'), figures.length ? el('div', { id: 'story-figures' }, figures) : el('p', { class: 'muted' }, 'No figure is given twice.'),
    el('h3', {}, 'Sources'),
    el('ul', { class: 'list', id: 'story-sources' }, story.articles.map(a => el('li', {},
      viewLink(a.title || a.id, 'article', a.id),
      el('span', { class: 'muted' }, ' ' + (a.published || '') + (a.copy_of ? ' (a copy)' : '')),
      a.url ? el('div', {}, externalLink(a.url)) : el('div', { class: 'muted' }, a.source_path || '')))));
  // the timeline draws each event on its first possible day; brushing it keeps the events of those days
  const features = events.map(e => ({ properties: { date: e.date_from, article_published: null } }));
  timeline(timelineNode, features, (from, to) => {
    let shown = 0;
    eventList.querySelectorAll(':scope > li').forEach((item, i) => {
      const day = events[i].date_from;
      const keep = !from || (day && day >= from && day <= to);
      item.hidden = !keep;
      if (keep) shown++;
    });
    status.textContent = from ? `${shown} of ${events.length} events from ${from} to ${to}` : `${events.length} events`;
  });
}
