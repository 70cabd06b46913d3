// A clicked feature in the detail panel: its attributes, where they come from, and the plan tasks that name it.
import { getJson } from './api.js';
import { h } from './elements.js';
import { formatNumber, localized, t } from './i18n.js';
import { layerTitle } from './layers-panel.js';
import { scorecardTable } from './scorecard.js';

// Shown in the panel's header and provenance lines rather than in the attribute table.
const headerFields = new Set(['layer', 'name_zh', 'name_en', 'status', 'source', 'accuracy_m']);

/** Shows a feature of a collection in the detail panel; onTask(id) opens a task the feature is named in. */
export async function showFeature(detailPanel, { legend, collection, id, onTask }) {
  const base = `/collections/${encodeURIComponent(collection)}/items/${encodeURIComponent(id)}`;
  // Core blocks have a scorecard: station and park coverage and the trip to the centre, by year.
  const [feature, tasks, scorecard] = await Promise.all([
    getJson(base), getJson(`${base}/tasks`), collection === 'core_blocks' ? getJson(`${base}/scorecard`) : null]);
  const properties = feature.properties;
  detailPanel.show(() => ({
    kind: 'feature',
    subtitle: layerTitle(legend, collection),
    title: localized(properties, 'name') ?? id,
    body: [
      h('p', { className: 'chips' },
        properties.status ? h('span', { className: `chip status-${properties.status}` }, t(`status.${properties.status}`)) : null,
        h('span', { className: 'chip chip-id' }, id)),
      h('h3', { className: 'section-title' }, t('detail.tasks')),
      tasks.length === 0
        ? h('p', { className: 'muted' }, t('detail.noTasks'))
        : h('ul', { className: 'link-list', 'data-role': 'feature-tasks' }, tasks.map(task => h('li', {},
          h('button', { type: 'button', className: 'link-button', 'data-task': task.id, onClick: () => onTask(task.id) },
            h('span', { className: 'task-number' }, task.id), ' ', localized(task, 'title'))))),
      scorecard ? [h('h3', { className: 'section-title' }, t('scorecard.title')), scorecardTable(scorecard)] : null,
      h('h3', { className: 'section-title' }, t('detail.attributes')),
      attributeTable(properties),
      provenance(properties),
    ],
  }));
}

function attributeTable(properties) {
  const rows = Object.entries(properties)
    .filter(([name]) => !headerFields.has(name) && !name.endsWith('_null_reason'))
    .map(([name, value]) => h('tr', {},
      h('th', { scope: 'row' }, name),
      h('td', {}, value === null ? unknown(properties[`${name}_null_reason`]) : String(value))));
  return h('table', { className: 'attribute-table', 'data-role': 'attributes' }, h('tbody', {}, rows));
}

// Unknown is shown as unknown, with the reason the data gives for it.
function unknown(reason) {
  return h('span', { className: 'muted' }, reason ? `${t('detail.unknown')}: ${reason}` : t('detail.unknown'));
}

// Where the facts come from and how far the drawing may be from the ground.
function provenance(properties) {
  return h('dl', { className: 'provenance' },
    properties.accuracy_m !== null && properties.accuracy_m !== undefined
      ? [h('dt', {}, t('detail.accuracy')), h('dd', {}, t('detail.accuracyValue', { metres: formatNumber(properties.accuracy_m, 0) }))]
      : null,
    properties.source ? [h('dt', {}, t('detail.source')), h('dd', {}, properties.source)] : null);
}
