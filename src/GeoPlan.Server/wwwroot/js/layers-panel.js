// The layers panel: the scenario year, a switch per plan layer with its legend, and the status styling.
import { fill, h } from './elements.js';
import { localized, onLanguageChange, t } from './i18n.js';

/** Renders the panel into the container; calls onYear(year) and onVisibility(hiddenCollections) when the planner changes them. */
export function createLayersPanel(container, { planMap, year, hidden, background, onYear, onVisibility }) {
  const legend = planMap.map.getStyle().metadata['geoplan:legend'];
  const hiddenCollections = new Set(hidden);
  let currentYear = year;
  hiddenCollections.forEach(collection => planMap.setCollectionVisible(collection, false));

  function render() {
    const yearSelect = h('select', { id: 'year-select', onChange: event => changeYear(Number(event.target.value)) },
      [2023, 2025].map(y => h('option', { value: String(y), selected: y === currentYear }, t(`year.${y}`))));
    yearSelect.value = String(currentYear);
    fill(container,
      h('h2', { className: 'panel-title' }, t('layers.title')),
      h('div', { className: 'field' }, h('label', { for: 'year-select' }, t('year.label')), yearSelect),
      h('ul', { className: 'layer-list', 'aria-label': t('layers.title') },
        layerGroups(legend).map(group => layerItem(group))),
      h('h3', { className: 'section-title' }, t('layers.status')),
      h('ul', { className: 'legend-list' }, statusEntries(legend).map(entry =>
        h('li', { className: 'legend-entry' }, swatch(entry), h('span', {}, t(`status.${entry.key.split('/')[1]}`))))),
      h('h3', { className: 'section-title' }, t('layers.background')),
      h('p', { className: 'muted' }, background?.background_attribution ?? (background?.background_tiles ? '' : t('layers.backgroundNone'))),
    );
  }

  function layerItem(group) {
    const id = `layer-${group.collection}`;
    const checkbox = h('input', {
      type: 'checkbox', id, checked: !hiddenCollections.has(group.collection), 'data-collection': group.collection,
      onChange: event => toggle(group.collection, event.target.checked),
    });
    const single = group.entries.length === 1;
    return h('li', { className: 'layer-item' },
      h('div', { className: 'layer-row' },
        checkbox,
        single ? swatch(group.entries[0]) : null,
        h('label', { for: id }, group.title())),
      single ? null : h('ul', { className: 'legend-list nested' }, group.entries.map(entry =>
        h('li', { className: 'legend-entry' }, swatch(entry), h('span', {}, entry.subtitle())))));
  }

  function toggle(collection, visible) {
    if (visible) {
      hiddenCollections.delete(collection);
    } else {
      hiddenCollections.add(collection);
    }
    planMap.setCollectionVisible(collection, visible);
    onVisibility([...hiddenCollections]);
  }

  function changeYear(next) {
    currentYear = next;
    planMap.setYear(next);
    onYear(next);
  }

  render();
  onLanguageChange(render);
}

// The style's legend lists "rail_lines/metro: Rail lines: metro" and so on, topmost layer first; a layer drawn in several colours
// becomes one switch with one entry per colour.
function layerGroups(legend) {
  const groups = new Map();
  for (const entry of legend.sections.find(s => s.key === 'layers').entries) {
    const collection = entry.key.split('/')[0];
    if (!groups.has(collection)) {
      groups.set(collection, { collection, entries: [], title: () => titleParts(entry)[0] });
    }
    groups.get(collection).entries.push({ ...entry, subtitle: () => titleParts(entry).at(-1) });
  }
  return [...groups.values()];
}

/** A collection's title in the current language, from the style's legend; the id when the legend does not list it. */
export function layerTitle(legend, collection) {
  const group = layerGroups(legend).find(g => g.collection === collection);
  return group ? group.title() : collection;
}

function statusEntries(legend) {
  return legend.sections.find(s => s.key === 'status')?.entries ?? [];
}

function titleParts(entry) {
  return localized(entry, 'title').split(/[:：]\s*/);
}

// A small picture of how the map draws the entry: a filled square, a line (dashed for statuses that are) or a dot.
function swatch(entry) {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('width', '22');
  svg.setAttribute('height', '14');
  svg.setAttribute('aria-hidden', 'true');
  svg.classList.add('swatch');
  let shape;
  if (entry.kind === 'fill') {
    shape = svgShape('rect', { x: 1, y: 1, width: 20, height: 12, rx: 2, fill: entry.fill ?? 'none', 'fill-opacity': entry.fill_opacity ?? 1 });
    shape.setAttribute('stroke', entry.stroke ?? 'none');
    shape.setAttribute('stroke-width', String(Math.min(entry.stroke_width ?? 1, 2)));
  } else if (entry.kind === 'circle') {
    shape = svgShape('circle', { cx: 11, cy: 7, r: 5, fill: entry.fill, stroke: entry.stroke ?? 'none', 'stroke-width': 1.5 });
  } else {
    shape = svgShape('line', {
      x1: 1, y1: 7, x2: 21, y2: 7, stroke: entry.stroke, 'stroke-width': Math.min(entry.stroke_width ?? 2, 3),
      'stroke-opacity': entry.stroke_opacity ?? 1,
    });
    if (entry.dash_array) {
      shape.setAttribute('stroke-dasharray', entry.dash_array.map(d => d * 2).join(' '));
    }
  }
  svg.append(shape);
  return svg;
}

function svgShape(tag, attributes) {
  const shape = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [name, value] of Object.entries(attributes)) {
    shape.setAttribute(name, String(value));
  }
  return shape;
}
