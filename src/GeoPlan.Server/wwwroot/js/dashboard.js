// The indicator dashboard: the plan's 34 indicators with targets, actuals, lights and their reasons, a small chart each; the ones
// computed from the map open their explanation on it.
import { getJson } from './api.js';
import { fill, h, lightDot } from './elements.js';
import { formatNumber, localized, onLanguageChange, t } from './i18n.js';

const years = ['2023', '2025'];
const lights = ['red', 'yellow', 'green', 'grey'];

/** The indicator dashboard panel. */
export class Dashboard {
  #container;
  #planMap;
  #detailPanel;
  #year;
  #indicators = [];
  #filter = 'all';

  /** Renders into the container; year() is the scenario year whose light the filter reads and whose explanation is drawn. */
  constructor(container, { planMap, detailPanel, year }) {
    this.#container = container;
    this.#planMap = planMap;
    this.#detailPanel = detailPanel;
    this.#year = year;
    onLanguageChange(() => this.#render());
  }

  /** Loads the indicators from the plan API and draws them. */
  async load() {
    this.#indicators = await getJson('/plan/indicators');
    this.#render();
  }

  /** Redraws after the scenario year changed. */
  refresh() {
    this.#render();
  }

  /** Draws an indicator's contributing features on the map and its computation in the detail panel. */
  async explain(indicator) {
    const year = this.#year();
    const explanation = await getJson(`/plan/indicators/${indicator.id}/explain?year=${year}`);
    this.#planMap.showExplanation(explanation.features);
    this.#planMap.fitTo(explanation.features);
    this.#detailPanel.show(() => explanationDetails(indicator, explanation));
  }

  #render() {
    const year = String(this.#year());
    const shown = this.#indicators.filter(i => this.#filter === 'all' || i.lights[year]?.light === this.#filter);
    const filter = h('select', {
      id: 'indicator-filter',
      onChange: event => {
        this.#filter = event.target.value;
        this.#render();
        document.getElementById('indicator-filter')?.focus();
      },
    }, h('option', { value: 'all' }, t('indicators.all')), lights.map(light => h('option', { value: light }, t(`light.${light}`))));
    filter.value = this.#filter;
    const domains = [...new Set(shown.map(i => i.domain_zh))];
    fill(this.#container,
      h('h2', { className: 'panel-title' }, t('indicators.title')),
      h('p', { className: 'muted' }, t('indicators.hint')),
      h('div', { className: 'field inline' },
        h('label', { for: 'indicator-filter' }, `${t('indicators.filter')} (${year})`), filter,
        h('span', { className: 'muted count', 'data-role': 'indicator-count' },
          t('indicators.count', { shown: shown.length, total: this.#indicators.length }))),
      domains.map(domain => {
        const members = shown.filter(i => i.domain_zh === domain);
        return h('section', { className: 'indicator-domain' },
          h('h3', { className: 'section-title' }, localized(members[0], 'domain')),
          h('ul', { className: 'indicator-list' }, members.map(indicator => this.#card(indicator))));
      }));
  }

  #card(indicator) {
    return h('li', { className: 'indicator', 'data-indicator': String(indicator.id) },
      h('div', { className: 'indicator-head' },
        h('span', { className: 'indicator-number' }, String(indicator.id)),
        h('span', { className: 'indicator-name' }, localized(indicator, 'name')),
        h('span', { className: 'indicator-unit' }, indicator.unit ?? '')),
      chart(indicator),
      h('dl', { className: 'indicator-years' }, years.map(year => yearRow(indicator, year))),
      indicator.explain
        ? h('button', { type: 'button', className: 'secondary-button', 'data-explain': String(indicator.id), onClick: () => this.explain(indicator) },
          t('indicators.explain'))
        : null);
  }
}

function yearRow(indicator, year) {
  const target = indicator[`target_${year}`];
  const light = indicator.lights[year];
  const actual = light?.actual ?? null;
  return h('div', { className: 'indicator-year', 'data-year': year },
    h('dt', {}, year),
    h('dd', {},
      h('div', { className: 'indicator-values' },
        lightDot(light?.light ?? 'grey', t(`light.${light?.light ?? 'grey'}`)),
        h('span', {}, `${t('indicators.target')} ${target?.text_zh ?? '—'}`),
        h('span', {}, `${t('indicators.actual')} ${actual === null ? t('indicators.noActual')
          : `${formatNumber(actual)}${light.actual_year && String(light.actual_year) !== year ? ` (${light.actual_year})` : ''}`}`)),
      light ? h('p', { className: 'reason', 'data-role': 'reason' }, light.reason) : null));
}

// Two bars a year: the target (outline) and the actual (filled in its light's colour), on one scale per indicator.
function chart(indicator) {
  const rows = years.map(year => ({
    year,
    target: indicator[`target_${year}`]?.value ?? null,
    actual: indicator.lights[year]?.actual ?? null,
    light: indicator.lights[year]?.light ?? 'grey',
  }));
  const largest = Math.max(...rows.flatMap(r => [r.target ?? 0, r.actual ?? 0]));
  const width = 200;
  const svg = svgElement('svg', { width: '100%', height: 34, viewBox: `0 0 ${width + 40} 34`, role: 'img', class: 'indicator-chart' });
  svg.append(svgElement('title', {}, t('indicators.chart', { name: localized(indicator, 'name') })));
  rows.forEach((row, index) => {
    const y = 3 + index * 16;
    svg.append(svgElement('text', { x: 0, y: y + 10, class: 'chart-label' }, row.year));
    svg.append(svgElement('rect', { x: 34, y, width, height: 12, class: 'chart-track' }));
    if (largest > 0 && row.actual !== null) {
      svg.append(svgElement('rect', { x: 34, y: y + 2, width: Math.max(1, (row.actual / largest) * width), height: 8, class: `chart-actual light-${row.light}` }));
    }
    if (largest > 0 && row.target !== null) {
      const x = 34 + (row.target / largest) * width;
      svg.append(svgElement('line', { x1: x, x2: x, y1: y - 1, y2: y + 13, class: 'chart-target' }));
    }
  });
  return svg;
}

function svgElement(tag, attributes, text) {
  const element = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [name, value] of Object.entries(attributes)) {
    element.setAttribute(name, String(value));
  }
  if (text !== undefined) {
    element.textContent = text;
  }
  return element;
}

function explanationDetails(indicator, explanation) {
  const computation = explanation.computation;
  return {
    kind: 'explanation',
    subtitle: `${t('indicators.explainTitle')} · ${computation.year}`,
    title: localized(indicator, 'name'),
    body: [
      h('p', { className: 'explain-value' }, `${formatNumber(computation.value)} ${computation.unit ?? ''}`),
      h('h3', { className: 'section-title' }, t('indicators.formula')),
      h('p', { className: 'formula' }, computation.formula),
      computation.parts?.length
        ? [h('h3', { className: 'section-title' }, t('indicators.parts')),
          h('table', { className: 'attribute-table', 'data-role': 'explain-parts' }, h('tbody', {}, computation.parts.map(part =>
            h('tr', {}, h('th', { scope: 'row' }, part.name ?? part.id), h('td', {}, `${formatNumber(part.value)} ${part.unit ?? ''}`)))))]
        : null,
      computation.notes?.length || computation.data_dates?.length
        ? [h('h3', { className: 'section-title' }, t('indicators.notes')),
          h('ul', { className: 'notes' }, [...(computation.notes ?? []), ...(computation.data_dates ?? [])].map(note => h('li', {}, note)))]
        : null,
    ],
  };
}
