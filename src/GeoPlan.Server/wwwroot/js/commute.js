// The commute tool: an origin clicked on the map, minutes, year and modes -> nested isochrones and who lives within them.
import { getJson } from './api.js';
import { fill, h } from './elements.js';
import { formatNumber, localized, onLanguageChange, t } from './i18n.js';

const minuteChoices = [15, 30, 45, 60, 90];
const modeChoices = ['walk', 'rail', 'car'];

/** The commute tool panel. */
export class CommuteTool {
  #container;
  #planMap;
  #origin = null;
  #minutes = new Set([30, 45, 60]);
  #modes = new Set(modeChoices);
  #year;
  #result = null;
  #message = '';
  #running = false;

  /** Renders into the container; the year starts as the scenario year. */
  constructor(container, { planMap, year }) {
    this.#container = container;
    this.#planMap = planMap;
    this.#year = year;
    onLanguageChange(() => this.#render());
    this.#render();
  }

  /** Sets the origin (lon, lat), as a click on the map does while the tool is open. */
  setOrigin(lngLat) {
    this.#origin = [Number(lngLat[0].toFixed(5)), Number(lngLat[1].toFixed(5))];
    this.#planMap.showOrigin(this.#origin);
    this.#render();
    this.#container.querySelector('[data-role="commute-run"]')?.focus();
  }

  /** Follows the scenario year until the planner picks one here. */
  setYear(year) {
    this.#year = year;
    this.#render();
  }

  /** Computes the isochrones for the chosen origin, minutes, year and modes, and draws them. */
  async run() {
    if (this.#minutes.size === 0 || this.#modes.size === 0) {
      this.#message = t(this.#minutes.size === 0 ? 'commute.needMinutes' : 'commute.needModes');
      this.#render();
      return;
    }
    const minutes = [...this.#minutes].sort((a, b) => a - b).join(',');
    const modes = modeChoices.filter(m => this.#modes.has(m)).join(',');
    this.#running = true;
    this.#message = '';
    this.#render();
    try {
      this.#result = await getJson(`/analysis/commute?from=${this.#origin.join(',')}&minutes=${minutes}&year=${this.#year}&modes=${modes}`);
      this.#planMap.showIsochrones(this.#result, this.#origin);
      this.#planMap.fitTo(this.#result);
    } catch (error) {
      this.#message = t('app.error', { message: error.message });
    } finally {
      this.#running = false;
      this.#render();
    }
  }

  #clear() {
    this.#result = null;
    this.#origin = null;
    this.#planMap.showIsochrones(null, null);
    this.#render();
  }

  #render() {
    const yearSelect = h('select', { id: 'commute-year', onChange: event => (this.#year = Number(event.target.value)) },
      [2023, 2025].map(y => h('option', { value: String(y) }, String(y))));
    yearSelect.value = String(this.#year);
    fill(this.#container,
      h('h2', { className: 'panel-title' }, t('commute.title')),
      h('p', { className: 'muted' }, t('commute.hint')),
      h('p', { className: 'origin', 'data-role': 'commute-origin' },
        h('strong', {}, `${t('commute.origin')}: `),
        this.#origin ? `${this.#origin[0].toFixed(4)}, ${this.#origin[1].toFixed(4)}` : t('commute.noOrigin')),
      // Without a pointer, the map centre (moved with the arrow keys) is the origin.
      h('button', {
        type: 'button', className: 'secondary-button', 'data-role': 'commute-centre',
        onClick: () => this.setOrigin(this.#planMap.view().center),
      }, t('commute.useCentre')),
      choiceGroup(t('commute.minutes'), 'commute-minutes', minuteChoices, this.#minutes, m => String(m)),
      h('div', { className: 'field' }, h('label', { for: 'commute-year' }, t('commute.year')), yearSelect),
      choiceGroup(t('commute.modes'), 'commute-mode', modeChoices, this.#modes, m => t(`commute.mode.${m}`)),
      h('div', { className: 'button-row' },
        h('button', {
          type: 'button', className: 'primary-button', 'data-role': 'commute-run', disabled: !this.#origin || this.#running,
          onClick: () => this.run(),
        }, t(this.#running ? 'commute.running' : 'commute.run')),
        this.#result ? h('button', { type: 'button', className: 'secondary-button', onClick: () => this.#clear() }, t('commute.clear')) : null),
      this.#message ? h('p', { className: 'message', role: 'alert' }, this.#message) : null,
      this.#result ? coverageTables(this.#result) : null);
  }
}

function choiceGroup(legend, name, values, chosen, label) {
  return h('fieldset', { className: 'choices' },
    h('legend', {}, legend),
    values.map(value => {
      const id = `${name}-${value}`;
      return h('span', { className: 'choice' },
        h('input', {
          type: 'checkbox', id, name, value: String(value), checked: chosen.has(value),
          onChange: event => (event.target.checked ? chosen.add(value) : chosen.delete(value)),
        }),
        h('label', { for: id }, label(value)));
    }));
}

function coverageTables(result) {
  const bands = [...result.features].sort((a, b) => a.properties.minutes - b.properties.minutes);
  const metropolitan = { ...bands[0].properties.metropolitan, name_zh: t('commute.metropolitan'), name_en: t('commute.metropolitan') };
  return [
    coverageTable(t('commute.cities'), 'commute-cities', bands, [metropolitan, ...bands[0].properties.cities],
      (band, area) => (area === metropolitan ? band.properties.metropolitan : band.properties.cities.find(c => c.id === area.id))),
    coverageTable(t('commute.districts'), 'commute-districts', bands, bands[0].properties.districts,
      (band, area) => band.properties.districts.find(d => d.id === area.id)),
  ];
}

function coverageTable(caption, role, bands, areas, coverageOf) {
  return h('table', { className: 'coverage-table', 'data-role': role },
    h('caption', {}, caption),
    h('thead', {}, h('tr', {},
      h('th', { scope: 'col' }, t('commute.place')),
      h('th', { scope: 'col', className: 'number' }, t('commute.population')),
      bands.map(band => h('th', { scope: 'col', className: 'number' }, t('commute.within', { minutes: band.properties.minutes }))))),
    h('tbody', {}, areas.map(area => h('tr', { 'data-area': area.id },
      h('th', { scope: 'row' }, localized(area, 'name')),
      h('td', { className: 'number' }, area.population === null ? '—' : formatNumber(area.population, 0)),
      bands.map(band => {
        const coverage = coverageOf(band, area);
        return h('td', { className: 'number', title: coverage?.population_null_reason ?? '' },
          coverage?.population_share === null || coverage === undefined ? '—' : `${formatNumber(coverage.population_share * 100)}%`);
      })))));
}
