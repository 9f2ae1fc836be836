// The map view: country outlines (world-atlas, Natural Earth, built into the page at build time; no tile server),
// the placed events as dots coloured by type, clustered where dense, and the timeline that filters them.
import { el, show } from './dom.js';
import { getJson } from './api.js';
import { colorOf } from './colors.js';
import { dayOf, timeline } from './timeline.js';

let outlines = null;

async function countries() {
  if (!outlines) {
    const topology = await getJson('vendor/world-atlas/countries-110m.json');
    outlines = topojson.feature(topology, topology.objects.countries);
    outlines.features.forEach(f => unwrap(f.geometry));
  }
  return outlines;
}

/** Rings that cross the antimeridian (Russia, Fiji) made continuous, so they are not drawn across the world. */
function unwrap(geometry) {
  if (!geometry) return;
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
  for (const polygon of polygons) {
    for (const ring of polygon) {
      for (let i = 1; i < ring.length; i++) {
        const jump = ring[i][0] - ring[i - 1][0];
        if (jump > 180) ring[i][0] -= 360;
        else if (jump < -180) ring[i][0] += 360;
      }
    }
  }
}

function describe(p) {
  const who = [p.actors, p.targets].filter(Boolean).join(' → ');
  return [p.type, p.mode, p.place ? 'at ' + p.place : null, dayOf(p), who || null].filter(Boolean).join(' · ');
}

function popup(p) {
  return el('div', { class: 'popup' },
    el('strong', {}, [p.type, p.mode].filter(Boolean).join(': ')),
    el('div', {}, [p.place, p.country].filter(Boolean).join(', ')),
    el('div', { class: 'muted' }, dayOf(p) || 'undated'),
    el('p', {}, p.evidence || ''),
    el('a', { class: 'read-sentence', href: '#/article/' + encodeURIComponent(p.article_id) + '/event/' + encodeURIComponent(p.event_id) },
      'Read it in the article'));
}

/** The map; {@code at} = [lat, lon, zoom] centres it there (a link to a place), else it shows every event. */
/** How many of the newest placed events the map shows at most. */
const MAP_EVENTS = 5000;

export async function mapView(view, at) {
  const mapNode = el('div', { id: 'map' });
  const timelineNode = el('div', { id: 'timeline' });
  const status = el('p', { id: 'map-status', class: 'muted' }, 'Loading events…');
  const legend = el('div', { class: 'legend' });
  show(view, mapNode, timelineNode, status, legend);
  const map = L.map(mapNode, { worldCopyJump: true, attributionControl: true, minZoom: 1, maxZoom: 14 }).setView([20, 10], 2);
  map.attributionControl.addAttribution('Country outlines: Natural Earth via world-atlas');
  L.geoJSON(await countries(), { style: () => ({ className: 'country' }), interactive: false }).addTo(map);
  // the newest events only: a large store's whole export is tens of megabytes for one page load
  const data = await getJson('events.geojson?limit=' + MAP_EVENTS);
  const features = data.features || [];
  const markers = features.map(f => {
    const [lon, lat] = f.geometry.coordinates;
    const p = f.properties;
    const icon = L.divIcon({ className: 'event-dot', html: '', iconSize: [14, 14] });
    const marker = L.marker([lat, lon], { icon, title: describe(p), alt: describe(p), keyboard: true });
    marker.on('add', () => {
      const node = marker.getElement();
      if (node && !node.firstChild) {
        const dot = el('span');
        dot.style.background = colorOf(p.type);
        node.append(dot);
        node.dataset.eventId = p.article_id + '/' + p.event_id;
      }
    });
    marker.bindPopup(() => popup(p));
    return { marker, day: dayOf(p), type: p.type };
  });
  const cluster = L.markerClusterGroup({ disableClusteringAtZoom: 9, showCoverageOnHover: false });
  map.addLayer(cluster);
  const draw = (from, to) => {
    cluster.clearLayers();
    const shown = markers.filter(m => !from || (m.day && m.day >= from && m.day <= to));
    cluster.addLayers(shown.map(m => m.marker));
    status.textContent = `${shown.length} of ${markers.length} placed events`
      + (markers.length >= MAP_EVENTS ? ` (the newest ${MAP_EVENTS})` : '')
      + (from ? ` from ${from} to ${to}` : '')
      + '. Drag across the timeline to choose days; double-click it to show all.';
    return shown;
  };
  const shown = draw(null, null);
  if (at && at.every(Number.isFinite)) map.setView([at[0], at[1]], at[2]);
  else if (shown.length) map.fitBounds(L.latLngBounds(shown.map(m => m.marker.getLatLng())).pad(0.5), { maxZoom: 7 });
  timeline(timelineNode, features, (from, to) => draw(from, to));
  const types = [...new Set(markers.map(m => m.type))].sort();
  legend.replaceChildren(...types.map(t => {
    const swatch = el('i');
    swatch.style.background = colorOf(t);
    return el('span', {}, swatch, t || 'unknown');
  }));
}
