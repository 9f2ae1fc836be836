// A claim series: the figures attributed to sources about one subject ("troops sent to Russia"), charted by the
// date each holds for, with who says so and the sentence. A story's page charts its series the same way.
import { el, show, viewLink } from './dom.js';
import { getJson, query } from './api.js';

const SVG = 'http://www.w3.org/2000/svg';

function svg(tag, attributes, text) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attributes)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The day a figure holds for: its own date where the text fixes the day, else its article's publication day. */
function dayOf(claim) {
  for (const d of [claim.as_of && claim.as_of.value, claim.article_published]) {
    if (d && /^\d{4}-\d{2}-\d{2}/.test(d)) return d.slice(0, 10);
  }
  return null;
}

/**
 * Dots for each figure, one series per unit, time across and value up; figures no date is known for (a series lists
 * them last) stand hollow in a column of their own at the right, so every figure given is seen.
 */
export function seriesChart(claims, id = 'claim-chart') {
  const numbers = claims.filter(c => typeof c.value === 'number');
  const points = numbers.map(c => ({ t: dayOf(c) ? Date.parse(dayOf(c) + 'T00:00:00Z') : null, v: c.value, c }));
  const dated = points.filter(p => p.t !== null);
  const root = svg('svg', { id, class: 'claim-chart', viewBox: '0 0 700 260', width: '100%', height: 260 });
  if (points.length === 0) {
    root.append(svg('text', { x: 10, y: 20 }, 'No figures to chart.'));
    return root;
  }
  const someUndated = dated.length < points.length;
  const right = someUndated ? 600 : 680; // the dated part's right edge; the undated column beyond it
  const t0 = dated.length ? Math.min(...dated.map(p => p.t)) - 86400000 : 0;
  const t1 = dated.length ? Math.max(...dated.map(p => p.t)) + 86400000 : 1;
  const v1 = Math.max(...points.map(p => p.v)) * 1.1 || 1;
  const x = t => t === null ? 650 : 50 + ((t - t0) / (t1 - t0)) * (right - 50);
  const y = v => 230 - (v / v1) * 210;
  root.append(svg('line', { x1: 50, y1: 230, x2: 680, y2: 230, stroke: '#889' }));
  root.append(svg('line', { x1: 50, y1: 20, x2: 50, y2: 230, stroke: '#889' }));
  root.append(svg('text', { x: 46, y: 24, 'text-anchor': 'end', 'font-size': 11 }, Math.round(v1).toLocaleString()));
  if (dated.length) {
    root.append(svg('text', { x: 50, y: 248, 'font-size': 11 }, new Date(t0).toISOString().slice(0, 10)));
    root.append(svg('text', { x: right, y: 248, 'font-size': 11, 'text-anchor': 'end' }, new Date(t1).toISOString().slice(0, 10)));
  }
  if (someUndated) root.append(svg('text', { x: 650, y: 248, 'font-size': 11, 'text-anchor': 'middle' }, 'undated'));
  const units = [...new Set(points.map(p => p.c.unit || ''))];
  const palette = ['#c0392b', '#1f618d', '#1e8449', '#8e44ad', '#b7950b'];
  units.forEach((unit, i) => {
    const color = palette[i % palette.length];
    const series = points.filter(p => (p.c.unit || '') === unit).sort((a, b) => (a.t ?? Infinity) - (b.t ?? Infinity));
    if (series.length > 1) {
      root.append(svg('polyline', { points: series.map(p => x(p.t) + ',' + y(p.v)).join(' '), fill: 'none', stroke: color,
        'stroke-width': 1.5, 'stroke-dasharray': series.some(p => p.t === null) ? '4 3' : 'none' }));
    }
    for (const p of series) {
      const dot = svg('circle', { cx: x(p.t), cy: y(p.v), r: 4, fill: p.t === null ? '#fff' : color, stroke: color, 'stroke-width': 1.5 });
      dot.append(svg('title', {}, `${p.v.toLocaleString()} ${unit} (${dayOf(p.c) || 'undated'}), according to ${p.c.according_to ? p.c.according_to.name : 'the article'}`));
      root.append(dot);
    }
  });
  return root;
}

export async function claimsView(view, subject) {
  const page = await getJson('api/claims' + query({ subject, limit: 1000 }));
  show(view,
    el('h1', {}, 'Figures about: ', subject),
    seriesChart(page.items),
    el('h3', {}, 'Sources'),
    el('ul', { class: 'list' }, page.items.map(c => el('li', {},
      el('strong', {}, [c.approximate ? 'about' : null, typeof c.value === 'number' ? c.value.toLocaleString() : '?', c.unit].filter(Boolean).join(' ')),
      ' ', c.subject || '', ' — ', c.according_to ? c.according_to.name : 'the article', ' (', dayOf(c) || 'undated', ') ',
      viewLink('article', 'article', c.article_id),
      el('div', { class: 'muted' }, c.evidence ? c.evidence.text : '')))));
}
