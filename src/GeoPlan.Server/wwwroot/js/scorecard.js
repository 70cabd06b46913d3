// A core block's scorecard: how much of it lies near a station or a park, and how long the trip to the centre takes, by year.
import { h } from './elements.js';
import { formatNumber, t } from './i18n.js';

const years = [2023, 2025];

/** The scorecard as a table with a row per measure and a column per scenario year. */
export function scorecardTable(scorecard) {
  const rows = [
    [t('scorecard.station'), year => share(scorecard.station_coverage, year)],
    [t('scorecard.park'), year => share(scorecard.park_coverage, year)],
    ...[...new Set(scorecard.travel_to_centre.map(trip => trip.modes))].map(modes => [
      t('scorecard.travel', { modes: modes.split(',').map(mode => t(`commute.mode.${mode}`)).join(' + ') }),
      year => minutes(scorecard.travel_to_centre.find(trip => trip.modes === modes && trip.year === year)),
    ]),
  ];
  return h('table', { className: 'coverage-table scorecard', 'data-role': 'scorecard' },
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('scorecard.measure')),
      years.map(year => h('th', { scope: 'col', className: 'number' }, String(year))))),
    h('tbody', {}, rows.map(([label, valueOf]) => h('tr', {}, h('th', { scope: 'row' }, label),
      years.map(year => h('td', { className: 'number' }, valueOf(year)))))));
}

function share(measures, year) {
  const measure = measures.find(m => m.year === year);
  return measure ? `${formatNumber(measure.share * 100)}%` : '—';
}

function minutes(trip) {
  if (!trip) {
    return '—';
  }
  return trip.minutes === null
    ? h('span', { className: 'muted', title: trip.null_reason ?? '' }, t('detail.unknown'))
    : t('scorecard.minutes', { minutes: formatNumber(trip.minutes) });
}
