// A histogram of events by day; dragging across it selects a range of days (a brush), a double click clears it.
import { el } from './dom.js';

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 1000;
const HEIGHT = 80;

function svg(tag, attributes) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attributes)) node.setAttribute(k, String(v));
  return node;
}

/** The day an event is placed on: its own date when the text gives a full day, else its article's. */
export function dayOf(properties) {
  const date = properties.date;
  if (date && /^\d{4}-\d{2}-\d{2}/.test(date)) return date.slice(0, 10);
  const published = properties.article_published;
  return published && /^\d{4}-\d{2}-\d{2}/.test(published) ? published.slice(0, 10) : null;
}

const DAY = 86400000;

/** Draws the timeline for these features into the container; onBrush(fromDay, toDay) or onBrush(null). */
export function timeline(container, features, onBrush) {
  const days = features.map(f => dayOf(f.properties)).filter(Boolean).map(d => Date.parse(d + 'T00:00:00Z'));
  const root = svg('svg', { id: 'timeline-svg', viewBox: `0 0 ${WIDTH} ${HEIGHT + 16}`, width: '100%', height: HEIGHT + 16 });
  container.replaceChildren(root);
  if (days.length === 0) {
    container.append(el('p', { class: 'muted' }, 'No dated events.'));
    return;
  }
  const first = Math.min(...days) - DAY;
  const last = Math.max(...days) + DAY;
  const span = Math.max(DAY, last - first);
  const counts = new Map();
  for (const d of days) counts.set(d, (counts.get(d) || 0) + 1);
  const most = Math.max(...counts.values());
  const x = t => ((t - first) / span) * WIDTH;
  const barWidth = Math.max(2, (DAY / span) * WIDTH - 1);
  for (const [d, n] of counts) {
    const h = (n / most) * (HEIGHT - 4);
    const bar = svg('rect', { class: 'bar', x: x(d), y: HEIGHT - h, width: barWidth, height: h });
    const title = svg('title', {});
    title.textContent = new Date(d).toISOString().slice(0, 10) + ': ' + n + ' event' + (n === 1 ? '' : 's');
    bar.append(title);
    root.append(bar);
  }
  const label = (t, anchor, at) => {
    const text = svg('text', { x: at, y: HEIGHT + 13, 'font-size': 11, 'text-anchor': anchor });
    text.textContent = new Date(t).toISOString().slice(0, 10);
    root.append(text);
  };
  label(first, 'start', 2);
  label(last, 'end', WIDTH - 2);
  const brush = svg('rect', { class: 'brush', x: 0, y: 0, width: 0, height: HEIGHT, visibility: 'hidden' });
  root.append(brush);
  const toX = event => {
    const box = root.getBoundingClientRect();
    return Math.max(0, Math.min(WIDTH, ((event.clientX - box.left) / box.width) * WIDTH));
  };
  const toDay = px => new Date(first + (px / WIDTH) * span).toISOString().slice(0, 10);
  let start = null;
  root.addEventListener('mousedown', e => { start = toX(e); e.preventDefault(); });
  root.addEventListener('mousemove', e => {
    if (start === null) return;
    const now = toX(e);
    brush.setAttribute('x', Math.min(start, now));
    brush.setAttribute('width', Math.abs(now - start));
    brush.setAttribute('visibility', 'visible');
  });
  window.addEventListener('mouseup', e => {
    if (start === null) return;
    const end = toX(e);
    const from = Math.min(start, end);
    const to = Math.max(start, end);
    start = null;
    if (to - from < 3) { brush.setAttribute('visibility', 'hidden'); onBrush(null); return; }
    onBrush(toDay(from), toDay(to));
  });
  root.addEventListener('dblclick', () => { brush.setAttribute('visibility', 'hidden'); onBrush(null); });
}
