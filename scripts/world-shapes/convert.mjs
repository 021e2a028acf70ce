// Converts the Natural Earth country shapes of the npm package world-atlas (110m, with 50m centroids for the
// countries too small to appear at 110m) into gmg-report's resource world-110m.tsv: one line per shape,
// "key<TAB>name<TAB>svg-path", projected with the Equal Earth projection into a 960-wide viewBox.
// Keys are three-digit M49 (= ISO 3166-1 numeric) codes; Kosovo, which has none, is keyed XKX as in the SDK's
// gazetteer; shapes without a code (N. Cyprus, Somaliland) are kept as land with an empty key.
// Run: cd scripts/world-shapes && npm ci && node convert.mjs > ../../gmg-report/src/main/resources/dev/gmg/report/world-110m.tsv
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';

const require = createRequire(import.meta.url);
const atlas = (res) => JSON.parse(readFileSync(require.resolve('world-atlas/' + res), 'utf8'));
const version = JSON.parse(readFileSync(require.resolve('world-atlas/package.json'), 'utf8')).version;

const A1 = 1.340264, A2 = -0.081106, A3 = 0.000893, A4 = 0.003796, M = Math.sqrt(3) / 2;
const SCALE = 960 / (2 * 2.70633);
const TOP = 83.7, BOTTOM = -56;           // Antarctica is left out; the map is cut just below Cape Horn
function equalEarth(lon, lat) {
  const l = lon * Math.PI / 180, p = lat * Math.PI / 180;
  const t = Math.asin(M * Math.sin(p)), t2 = t * t, t6 = t2 * t2 * t2;
  const x = l * Math.cos(t) / (M * (A1 + 3 * A2 * t2 + t6 * (7 * A3 + 9 * A4 * t2)));
  const y = t * (A1 + A2 * t2 + t6 * (A3 + A4 * t2));
  return [x * SCALE + 480, -y * SCALE];
}
const y0 = equalEarth(0, TOP)[1];
const project = (lon, lat) => { const [x, y] = equalEarth(lon, lat); return [x, y - y0]; };
const HEIGHT = Math.ceil(project(0, BOTTOM)[1]);

// A ring that crosses the antimeridian (Fiji, Chukotka) is drawn on the side where most of it lies; the part
// beyond the edge falls outside the viewBox.
function unwrap(coords) {
  const lons = coords.map((c) => c[0]);
  if (Math.max(...lons) - Math.min(...lons) <= 180) return coords;
  const east = lons.filter((l) => l > 0).length * 2 >= lons.length;
  return coords.map(([lon, lat]) => [east && lon < 0 ? lon + 360 : !east && lon > 0 ? lon - 360 : lon, lat]);
}
function ring(raw) {
  const coords = unwrap(raw);
  let out = '', px = null, py = null, n = 0;
  for (const [lon, lat] of coords) {
    const [fx, fy] = project(lon, lat);
    const x = Math.round(fx), y = Math.round(fy);   // whole units: finer adds bytes, not visible detail
    if (px === null) { out += 'M' + x + ' ' + y; }
    else if (x !== px || y !== py) { out += 'l' + fmt(x - px) + ' ' + fmt(y - py); n++; }
    else continue;
    px = x; py = y;
  }
  return n >= 2 ? out + 'z' : '';
}
const fmt = (v) => String(Math.round(v));
function path(geometry) {
  const polys = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polys.flatMap((rings) => rings.map(ring)).join('').replace(/ -/g, '-');
}
function centroid(geometry) {   // of the largest polygon's outer ring, by its vertices: good enough for a dot
  const polys = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const largest = polys.map((p) => p[0]).sort((a, b) => b.length - a.length)[0];
  const lon = largest.reduce((s, c) => s + c[0], 0) / largest.length;
  const lat = largest.reduce((s, c) => s + c[1], 0) / largest.length;
  return project(lon, lat);
}
const dot = ([x, y]) => {
  const r = 2.5, cx = Math.round(x), cy = Math.round(y);
  return 'M' + (cx - r) + ' ' + cy + 'a' + r + ' ' + r + ' 0 1 0 ' + 2 * r + ' 0a' + r + ' ' + r + ' 0 1 0 ' + -2 * r + ' 0z';
};
const keyOf = (f) => f.id ?? (f.properties.name === 'Kosovo' ? 'XKX' : '');

const small = feature(atlas('countries-110m.json'), atlas('countries-110m.json').objects.countries).features;
const medium = feature(atlas('countries-50m.json'), atlas('countries-50m.json').objects.countries).features;
const lines = [];
const seen = new Set();
for (const f of small) {
  if (f.id === '010') continue;
  const key = keyOf(f);
  seen.add(key);
  lines.push([key, f.properties.name, 'shape', path(f.geometry)]);
}
for (const f of medium) {
  const key = keyOf(f);
  if (!key || seen.has(key) || key === '010') continue;
  seen.add(key);
  lines.push([key, f.properties.name, 'dot', dot(centroid(f.geometry))]);
}
console.log('# World country shapes for gmg-report: Natural Earth (public domain, naturalearthdata.com) through the npm');
console.log('# package world-atlas ' + version + ' (ISC licence, Mike Bostock), countries-110m, plus a dot at the');
console.log('# centroid (from countries-50m) for each country too small for 110m. Equal Earth projection, viewBox');
console.log('# 0 0 960 ' + HEIGHT + ', Antarctica left out. Regenerate with scripts/world-shapes/convert.mjs; do not edit.');
console.log('# key (M49 / ISO 3166-1 numeric; XKX for Kosovo; empty for shapes without a code)\tname\tshape|dot\tpath');
console.log('@viewBox\t0 0 960 ' + HEIGHT);
for (const l of lines) console.log(l.join('\t'));
