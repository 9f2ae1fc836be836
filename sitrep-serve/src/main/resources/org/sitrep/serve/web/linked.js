// Pieces the story and entity pages share: a linked event (one happening, every report of it with its source and
// sentence) as a list item. Every string goes in as text (dom.js).
import { el, viewLink } from './dom.js';

/** The days an event may have happened on: one day, a range, or (undated) its first report's week, marked so. */
export function days(e) {
  if (!e.date_from) return 'undated';
  const range = e.date_to && e.date_to !== e.date_from ? e.date_from + ' – ' + e.date_to : e.date_from;
  return e.dated ? range : '(' + range + ')';
}

/** One linked event: what, who to whom, where, when; then each report, linking to its sentence in its article. */
export function linkedEventItem(e) {
  const who = (e.actors || []).join(', ') + ((e.targets || []).length ? ' → ' + e.targets.join(', ') : '');
  const reports = (e.reports || []).map(r => {
    const stored = r.event || {};
    const event = stored.event || {};
    const figures = [event.killed != null ? event.killed + ' killed' : null, event.injured != null ? event.injured + ' injured' : null,
      event.according_to ? 'per ' + event.according_to.name : null].filter(Boolean).join(', ');
    return el('li', {},
      viewLink(stored.article_title || stored.article_id || 'article', 'article', stored.article_id, 'event', stored.event_id),
      r.copy_of ? el('span', { class: 'muted' }, ' (a copy)') : null,
      figures ? el('span', { class: 'muted' }, ' · ' + figures) : null,
      el('div', { class: 'evidence' }, event.evidence ? event.evidence.text : ''));
  });
  return el('li', { class: 'linked-event', 'data-type': e.type },
    el('strong', {}, [e.type, e.mode].filter(Boolean).join(': ')), ' ',
    el('span', { class: 'muted' }, days(e)),
    who.trim() ? el('div', {}, who) : null,
    e.place ? el('div', { class: 'muted' }, 'at ' + e.place.name + (e.place.country ? ', ' + e.place.country : '')) : null,
    el('div', { class: 'muted' }, e.source_count + (e.source_count === 1 ? ' source' : ' sources')),
    el('ul', { class: 'reports' }, reports));
}
