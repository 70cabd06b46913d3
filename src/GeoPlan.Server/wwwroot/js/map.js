// The MapLibre map over GeoPlan's own style and tiles, and the overlays the panels draw on it (task highlight, indicator
// explanation, commute isochrones).
import * as maplibregl from '../lib/maplibre-gl/maplibre-gl.mjs';
import { authorizationFor } from './access.js';

const planSource = 'geoplan';
const overlayColors = {
  highlight: '#0b6bcb',
  explain: '#7b1fa2',
};

/** The plan map: GeoPlan's style for one scenario year and language, with overlays on top. */
export class PlanMap {
  /** Loads the style for the year and draws it into the container; resolves once the style is loaded. */
  /** home: the [west, south, east, north] shown first; fitPadding: pixels kept clear when fitting features (the detail panel). */
  static async create(container, { year, lang, view, home, background, fitPadding }) {
    const map = new maplibregl.Map({
      container,
      style: `${window.location.origin}/styles/default?year=${year}`,
      center: view?.center,
      zoom: view?.zoom,
      attributionControl: { compact: false },
      // The style, tiles and glyphs come from this service, which may need the planner's token.
      transformRequest: url => ({ url, headers: authorizationFor(url) }),
      // Screenshots and pixel checks in tests read the canvas.
      canvasContextAttributes: { preserveDrawingBuffer: true },
    });
    map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
    map.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-right');
    await new Promise((resolve, reject) => {
      map.once('load', resolve);
      map.once('error', event => reject(event.error ?? new Error('the map style could not be loaded')));
    });
    const planMap = new PlanMap(map, home, fitPadding);
    if (!view) {
      planMap.fitMetropolitanArea();
    }
    if (background?.background_tiles) {
      planMap.#addBackground(background.background_tiles, background.background_attribution);
    }
    planMap.#addOverlays();
    planMap.setLanguage(lang);
    return planMap;
  }

  #map;
  #home;
  #fitPadding;

  constructor(map, home, fitPadding = { top: 60, bottom: 60, left: 60, right: 60 }) {
    this.#map = map;
    this.#home = home ?? map.getSource(planSource).bounds;
    this.#fitPadding = fitPadding;
  }

  /** The MapLibre map itself. */
  get map() {
    return this.#map;
  }

  /** The plan's collections the style draws, bottom first. */
  get collections() {
    const layers = this.#map.getStyle().layers.filter(layer => layer.source === planSource);
    return [...new Set(layers.map(layer => layer['source-layer']))];
  }

  /** Redraws the plan for a scenario year by pointing the tile source at that year's tiles. */
  setYear(year) {
    const source = this.#map.getSource(planSource);
    const tiles = source.tiles.map(url => url.replace(/year=\d+/, `year=${year}`));
    source.setTiles(tiles);
  }

  /** Switches every label layer between the name_zh and name_en fields (line_name_zh ... too). */
  setLanguage(lang) {
    for (const layer of this.#map.getStyle().layers.filter(l => l.type === 'symbol' && l.source === planSource)) {
      const field = this.#map.getLayoutProperty(layer.id, 'text-field');
      this.#map.setLayoutProperty(layer.id, 'text-field', withLanguage(field, lang));
    }
  }

  /** Shows or hides every style layer drawing one collection. */
  setCollectionVisible(collection, visible) {
    for (const layer of this.#map.getStyle().layers.filter(l => l['source-layer'] === collection)) {
      this.#map.setLayoutProperty(layer.id, 'visibility', visible ? 'visible' : 'none');
    }
  }

  /** The plan features drawn at a pixel, topmost first. */
  planFeaturesAt(point) {
    return this.#map.queryRenderedFeatures(point).filter(feature => feature.source === planSource && feature.properties.id);
  }

  /** Draws features in the task highlight, or clears it with null. */
  showHighlight(collection) {
    this.#map.getSource('highlight').setData(withIdProperties(collection));
  }

  /** Draws the features an indicator is computed from, or clears them with null. */
  showExplanation(collection) {
    this.#map.getSource('explain').setData(withIdProperties(collection));
  }

  /** Draws commute isochrones (the largest first, so the nearer ones lie on top) and the origin, or clears them. */
  showIsochrones(collection, origin) {
    const features = [...(collection?.features ?? [])].sort((a, b) => b.properties.minutes - a.properties.minutes);
    this.#map.getSource('isochrones').setData({ type: 'FeatureCollection', features });
    this.showOrigin(origin);
  }

  /** Marks the commute origin, or clears it with null. */
  showOrigin(origin) {
    const features = origin ? [{ type: 'Feature', geometry: { type: 'Point', coordinates: origin }, properties: {} }] : [];
    this.#map.getSource('commute-origin').setData({ type: 'FeatureCollection', features });
  }

  /** Fits the map to GeoJSON features; does nothing for an empty collection. */
  fitTo(collection, { animate = true } = {}) {
    const bounds = new maplibregl.LngLatBounds();
    for (const feature of collection?.features ?? []) {
      extendWith(bounds, feature.geometry?.coordinates);
    }
    if (!bounds.isEmpty()) {
      this.#map.fitBounds(bounds, { padding: this.#fitPadding, maxZoom: 14, duration: animate ? 600 : 0 });
    }
  }

  /** Shows the whole metropolitan area: the extent of its member cities. */
  fitMetropolitanArea() {
    const [west, south, east, north] = this.#home;
    this.#map.fitBounds([[west, south], [east, north]], { duration: 0, padding: 16 });
  }

  /** The centre and zoom, for the permalink. */
  view() {
    const center = this.#map.getCenter();
    return { center: [center.lng, center.lat], zoom: this.#map.getZoom() };
  }

  /** Resolves the next time the map has drawn everything it is loading. */
  idle() {
    return new Promise(resolve => {
      this.#map.once('idle', () => resolve());
      this.#map.triggerRepaint();
    });
  }

  #addBackground(tiles, attribution) {
    this.#map.addSource('background-raster', {
      type: 'raster',
      tiles: [tiles],
      tileSize: 256,
      attribution: attribution ?? '',
    });
    // Above the style's plain background colour, below every plan layer.
    const firstPlanLayer = this.#map.getStyle().layers.find(layer => layer.source === planSource)?.id;
    this.#map.addLayer({ id: 'background-raster', type: 'raster', source: 'background-raster', paint: { 'raster-opacity': 0.85 } },
      firstPlanLayer);
  }

  #addOverlays() {
    this.#addGeoJson('isochrones');
    this.#map.addLayer({
      id: 'isochrones-fill', type: 'fill', source: 'isochrones',
      paint: { 'fill-color': isochroneColor(), 'fill-opacity': 0.28 },
    });
    this.#map.addLayer({
      id: 'isochrones-line', type: 'line', source: 'isochrones',
      paint: { 'line-color': isochroneColor(), 'line-width': 1.5 },
    });
    for (const [id, color] of Object.entries(overlayColors)) {
      this.#addGeoJson(id);
      // A white casing under the coloured line keeps the highlight readable over lines of similar colour.
      this.#map.addLayer({
        id: `${id}-casing`, type: 'line', source: id, filter: ['!=', ['geometry-type'], 'Point'],
        layout: { 'line-join': 'round', 'line-cap': 'round' },
        paint: { 'line-color': '#ffffff', 'line-width': 8, 'line-opacity': 0.9 },
      });
      this.#map.addLayer({
        id: `${id}-fill`, type: 'fill', source: id, filter: ['==', ['geometry-type'], 'Polygon'],
        paint: { 'fill-color': color, 'fill-opacity': 0.25 },
      });
      this.#map.addLayer({
        id: `${id}-line`, type: 'line', source: id, filter: ['!=', ['geometry-type'], 'Point'],
        layout: { 'line-join': 'round', 'line-cap': 'round' },
        paint: { 'line-color': color, 'line-width': 4, 'line-opacity': 0.85 },
      });
      this.#map.addLayer({
        id: `${id}-circle`, type: 'circle', source: id, filter: ['==', ['geometry-type'], 'Point'],
        paint: { 'circle-radius': 7, 'circle-color': color, 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 2 },
      });
    }
    this.#addGeoJson('commute-origin');
    this.#map.addLayer({
      id: 'commute-origin', type: 'circle', source: 'commute-origin',
      paint: { 'circle-radius': 7, 'circle-color': '#d84315', 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 2.5 },
    });
  }

  #addGeoJson(id) {
    this.#map.addSource(id, { type: 'geojson', data: emptyCollection() });
  }
}

function emptyCollection() {
  return { type: 'FeatureCollection', features: [] };
}

// MapLibre keeps only numeric feature ids from GeoJSON; GeoPlan's are text, so they travel as the id property, as in the tiles.
function withIdProperties(collection) {
  const features = (collection?.features ?? []).map(f => ({ ...f, properties: { ...f.properties, id: f.id ?? f.properties?.id } }));
  return { type: 'FeatureCollection', features };
}

// Nearer is darker: 15 minutes deep teal, 90 minutes pale.
function isochroneColor() {
  return ['interpolate', ['linear'], ['get', 'minutes'], 15, '#00564f', 45, '#1b998b', 90, '#9fd8cb'];
}

// Names are name_zh / name_en, line_name_zh / line_name_en ...: switch the suffix wherever a ["get", ...] names one.
function withLanguage(expression, lang) {
  if (typeof expression === 'string') {
    return expression.replace(/_(zh|en)$/, `_${lang}`);
  }
  return Array.isArray(expression) ? expression.map(part => withLanguage(part, lang)) : expression;
}

function extendWith(bounds, coordinates) {
  if (!Array.isArray(coordinates)) {
    return;
  }
  if (typeof coordinates[0] === 'number') {
    bounds.extend([coordinates[0], coordinates[1]]);
    return;
  }
  coordinates.forEach(part => extendWith(bounds, part));
}
