// The article view: the article's text, shown as text only (it is untrusted), and beside it its events, quotes and
// entities; choosing one lights the characters it was read from.
import { el, externalLink, show, viewLink } from './dom.js';
import { getJson } from './api.js';

/** Where an item's characters lie in the body: its input offsets moved into the body, else its text found there. */
export function locate(body, bodyStart, start, end, text) {
  if (typeof start === 'number' && typeof end === 'number' && end > start) {
    const from = start - bodyStart;
    if (from >= 0 && from + (end - start) <= body.length && (!text || body.slice(from, from + (end - start)) === text)) {
      return [from, from + (end - start)];
    }
  }
  if (text) {
    const at = body.indexOf(text);
    if (at >= 0) return [at, at + text.length];
  }
  return null;
}

/** The body as text nodes, the ranges wrapped in <mark class="lit">; ranges overlapping an earlier one are merged. */
function renderText(node, body, ranges) {
  const sorted = ranges.filter(Boolean).sort((a, b) => a[0] - b[0]);
  const parts = [];
  let at = 0;
  for (const [from, to] of sorted) {
    if (to <= at) continue;
    const start = Math.max(from, at);
    if (start > at) parts.push(document.createTextNode(body.slice(at, start)));
    parts.push(el('mark', { class: 'lit' }, body.slice(start, to)));
    at = to;
  }
  if (at < body.length) parts.push(document.createTextNode(body.slice(at)));
  node.replaceChildren(...parts);
  const first = node.querySelector('mark');
  if (first) first.scrollIntoView({ block: 'center' });
}

function eventLabel(e) {
  return [e.id, e.type, e.mode, e.place ? 'at ' + e.place.name : null].filter(Boolean).join(' ');
}

export async function articleView(view, id, kind, itemId) {
  const article = await getJson('api/articles/' + encodeURIComponent(id));
  const body = article.body || '';
  const bodyStart = article.body_span ? article.body_span.start : 0;
  const textNode = el('div', { class: 'article-text', id: 'article-text' });
  const chosen = el('p', { id: 'chosen', class: 'muted' }, 'Choose an event, quote or entity to light it in the text.');
  const light = (label, ranges, key) => {
    renderText(textNode, body, ranges);
    chosen.textContent = label;
    history.replaceState(null, '', '#/article/' + encodeURIComponent(id) + (key ? '/' + key : ''));
  };
  const events = (article.events || []).map((e, i) => {
    const evId = e.id || 'ev' + (i + 1);
    const ranges = () => {
      const spans = (e.mentions && e.mentions.length ? e.mentions : [e.evidence]).filter(Boolean);
      return spans.map(s => locate(body, bodyStart, s.start, s.end, s.text));
    };
    return { key: 'event/' + evId, id: evId, label: 'Event ' + eventLabel({ ...e, id: evId }), ranges };
  });
  const quotes = (article.quotes || []).map((q, i) => ({
    key: 'quote/' + i, id: String(i),
    label: 'Quote' + (q.speaker && q.speaker.name ? ' by ' + q.speaker.name : '') + ': ' + (q.text || '').slice(0, 60),
    ranges: () => [locate(body, bodyStart, q.start, q.end, q.text)],
  }));
  const entities = (article.entities || []).map(en => ({
    key: 'entity/' + en.id, id: en.id, label: (en.type || 'entity') + ' ' + en.name,
    ranges: () => (en.mentions || []).map(m => locate(body, bodyStart, m.start, m.end, m.text)),
    entity: en,
  }));
  const button = item => el('button', { type: 'button', 'data-key': item.key, onclick: () => light(item.label, item.ranges(), item.key) }, item.label);
  const published = article.published ? article.published.value : null;
  show(view,
    el('h1', { id: 'article-title' }, article.title || '(untitled)'),
    el('p', { class: 'muted' }, [published, article.dateline, article.byline].filter(Boolean).join(' · ')),
    el('p', {}, 'Source: ', article.source && article.source.url ? externalLink(article.source.url) : (article.source ? article.source.path : '')),
    ...(article.summary || []).map(line => el('p', { class: 'summary' }, line)),
    chosen,
    el('section', { class: 'items' },
      el('h3', {}, 'Events'), ...events.map(button),
      el('h3', {}, 'Quotes'), ...quotes.map(button),
      el('h3', {}, 'Entities'), ...entities.map(item => el('span', {}, button(item),
        viewLink('↗', 'entity', id, item.id)))),
    el('h3', {}, 'Text'),
    textNode);
  renderText(textNode, body, []);
  const all = { event: events, quote: quotes, entity: entities };
  const wanted = kind && all[kind] ? all[kind].find(item => item.id === itemId) : null;
  if (wanted) light(wanted.label, wanted.ranges(), wanted.key);
}

export async function articlesView(view) {
  const page = await getJson('api/articles?limit=200');
  show(view, el('h1', {}, 'Articles'),
    el('ul', { class: 'list' }, page.items.map(a => el('li', {}, viewLink(a.title || a.id, 'article', a.id),
      el('span', { class: 'muted' }, ' ' + (a.published || ''))))));
}
