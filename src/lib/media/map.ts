import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoArea, geoBounds, geoMercator, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import countries from 'i18n-iso-countries';
import { feature } from 'topojson-client';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** Latin America and the Caribbean: the countries the network's map shows. */
export const REGION = new Set(
  `AG AI AR AW BB BL BM BO BQ BR BS BZ CL CO CR CU CW DM DO EC FK GD GF GP GT GY HN HT JM KN KY LC MF MQ MS MX NI PA PE PR PY SR SV SX TC TT UY VC VE VG VI`.split(
    /\s+/,
  ),
);

/** One country's outline, projected into the map's box. */
export interface CountryShape {
  /** ISO 3166-1 alpha-2 code. */
  code: string;
  /** SVG path data. */
  d: string;
  /** Where a label can go. */
  center: [number, number];
}

const require = createRequire(import.meta.url);
const loaded = new Map<string, Feature<Geometry, { alpha2: string }>[]>();

/** Natural Earth countries (world-atlas) with ISO alpha-2 codes, at a scale of 1:50m or 1:110m. */
function worldCountries(scale: '50m' | '110m') {
  let list = loaded.get(scale);
  if (!list) {
    const raw = JSON.parse(readFileSync(require.resolve(`world-atlas/countries-${scale}.json`), 'utf8')) as Topology<{ countries: GeometryCollection }>;
    // 1:50m detail is far more than a 600-pixel map shows: keep only the most
    // visible tenth of its points (Visvalingam weights); about 5 KB gzip.
    const presimplified = presimplify(raw);
    const topology = scale === '50m' ? simplify(presimplified, quantile(presimplified, 0.1)) : raw;
    const collection = feature(topology, topology.objects.countries) as FeatureCollection<Geometry>;
    list = collection.features.flatMap((f) => {
      const alpha2 = f.id === undefined ? undefined : countries.numericToAlpha2(String(f.id));
      return alpha2 ? [{ ...f, properties: { alpha2 } }] : [];
    });
    loaded.set(scale, list);
  }
  return list;
}

/**
 * Outlines of the countries of Latin America and the Caribbean, projected
 * into a `width`×`height` box, coordinates rounded to a tenth of a pixel (the
 * map stays small enough to inline in the page).
 */
export function regionShapes(width: number, height: number): CountryShape[] {
  const region = worldCountries('50m').filter((f) => REGION.has(f.properties.alpha2));
  const projection = geoMercator().fitExtent(
    [
      [4, 4],
      [width - 4, height - 4],
    ],
    { type: 'FeatureCollection', features: region },
  );
  const path = geoPath(projection).digits(0);
  return region.map((f) => ({ code: f.properties.alpha2, d: path(f) ?? '', center: path.centroid(f) })).filter((s) => s.d);
}

/**
 * A small map around one country (for an organization's page): the country
 * and its neighbours within the box, at the coarser scale.
 */
export function locatorShapes(code: string, width: number, height: number): CountryShape[] {
  // Every page of every organization in a country shows the same map: project it once.
  const key = `${code} ${width} ${height}`;
  let shapes = locators.get(key);
  if (!shapes) locators.set(key, (shapes = projectLocator(code, width, height)));
  return shapes;
}

const locators = new Map<string, CountryShape[]>();

function projectLocator(code: string, width: number, height: number): CountryShape[] {
  const world = worldCountries('110m');
  const target = world.find((f) => f.properties.alpha2 === code) ?? worldCountries('50m').find((f) => f.properties.alpha2 === code);
  if (!target) return [];
  // Frame the largest part of the country (mainland France, not its overseas regions).
  const main: Feature =
    target.geometry.type === 'MultiPolygon'
      ? {
          type: 'Feature',
          properties: {},
          geometry: {
            type: 'Polygon',
            coordinates: target.geometry.coordinates
              .map((polygon) => ({ polygon, area: geoArea({ type: 'Polygon', coordinates: polygon }) }))
              .sort((a, b) => b.area - a.area)[0]!.polygon,
          },
        }
      : target;
  const [[west, south], [east, north]] = geoBounds(main);
  // Frame the country with room around it, at least a region's worth.
  const pad = Math.max(6, (east - west) * 0.25, (north - south) * 0.25);
  const frame: Feature = {
    type: 'Feature',
    properties: {},
    geometry: {
      type: 'MultiPoint',
      coordinates: [
        [west - pad, Math.max(-80, south - pad)],
        [east + pad, Math.min(80, north + pad)],
      ],
    },
  };
  const projection = geoMercator()
    .fitExtent(
      [
        [0, 0],
        [width, height],
      ],
      frame,
    )
    .clipExtent([
      [0, 0],
      [width, height],
    ]);
  const path = geoPath(projection).digits(0);
  const shapes = [...world.filter((f) => f !== target), target].map((f) => ({ code: f.properties.alpha2, d: path(f) ?? '', center: path.centroid(f) }));
  return shapes.filter((s) => s.d);
}

/** Which of `levels` shades a count gets, 1 for the fewest stories up to `levels` for the most. */
export function shade(count: number, max: number, levels = 4): number {
  if (count <= 0 || max <= 0) return 0;
  return Math.max(1, Math.ceil((count / max) * levels));
}
