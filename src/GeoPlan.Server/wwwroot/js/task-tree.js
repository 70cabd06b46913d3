// The plan's task tree: choosing a task highlights its features, fits the map to them and shows its text and targets.
import { getJson } from './api.js';
import { fill, h, lightDot } from './elements.js';
import { formatNumber, localized, onLanguageChange, t } from './i18n.js';

/** The task tree panel. */
export class TaskTree {
  #container;
  #planMap;
  #detailPanel;
  #onSelect;
  #onFeature;
  #tree = [];
  #open = new Set();
  #selected = null;

  /** Renders into the container; onSelect(id | null) reports the selected task, onFeature(collection, id) opens a feature. */
  constructor(container, { planMap, detailPanel, onSelect, onFeature }) {
    this.#container = container;
    this.#planMap = planMap;
    this.#detailPanel = detailPanel;
    this.#onSelect = onSelect;
    this.#onFeature = onFeature;
    onLanguageChange(() => this.#render());
  }

  /** Loads the tree from the plan API and draws it. */
  async load() {
    this.#tree = await getJson('/plan/tasks');
    this.#render();
  }

  /** The selected task's id, or null. */
  get selected() {
    return this.#selected;
  }

  /** Selects a task: highlights its features, fits the map to them (unless fit is false) and shows its text and targets. */
  async select(id, { fit = true } = {}) {
    const task = await getJson(`/plan/tasks/${encodeURIComponent(id)}`);
    this.#selected = id;
    for (let parent = task.parent_id; parent; parent = parentOf(this.#tree, parent)) {
      this.#open.add(parent);
    }
    this.#render();
    this.#planMap.showHighlight(task.features);
    if (fit) {
      this.#planMap.fitTo(task.features);
    }
    this.#detailPanel.show(() => this.#details(task));
    this.#onSelect(id);
  }

  /** Clears the selection and its highlight. */
  clear() {
    this.#selected = null;
    this.#planMap.showHighlight(null);
    this.#render();
    this.#onSelect(null);
  }

  #render() {
    fill(this.#container,
      h('h2', { className: 'panel-title' }, t('tasks.title')),
      h('p', { className: 'muted' }, t('tasks.hint')),
      h('div', { className: 'task-tree' }, this.#tree.map(node => this.#node(node))));
  }

  #node(node) {
    if (node.children.length === 0) {
      const selected = node.id === this.#selected;
      return h('button', {
        type: 'button', className: `task-button${selected ? ' selected' : ''}`, 'data-task': node.id, 'aria-pressed': String(selected),
        onClick: () => this.select(node.id),
      },
      h('span', { className: 'task-number' }, node.id),
      h('span', { className: 'task-title' }, localized(node, 'title')),
      node.feature_count > 0 ? h('span', { className: 'badge', title: t('tasks.features', { count: node.feature_count }) },
        String(node.feature_count)) : null);
    }
    const details = h('details', { className: `task-group level-${node.level}`, 'data-node': node.id, open: this.#open.has(node.id) },
      h('summary', {}, h('span', { className: 'task-number' }, node.id), h('span', { className: 'task-title' }, localized(node, 'title'))),
      h('div', { className: 'task-children' }, node.children.map(child => this.#node(child))));
    details.addEventListener('toggle', () => (details.open ? this.#open.add(node.id) : this.#open.delete(node.id)));
    return details;
  }

  #details(task) {
    const features = task.features?.features ?? [];
    return {
      kind: 'task',
      subtitle: task.id,
      title: localized(task, 'title'),
      body: [
        h('h3', { className: 'section-title' }, t('tasks.text')),
        h('p', { className: 'task-text', lang: 'zh-CN' }, task.text_zh),
        h('h3', { className: 'section-title' }, t('tasks.targets')),
        task.targets.length === 0 ? h('p', { className: 'muted' }, t('tasks.noTargets')) : targetList(task),
        h('h3', { className: 'section-title' }, t('tasks.linked')),
        features.length === 0
          ? h('p', { className: 'muted' }, t('tasks.noFeatures'))
          : h('ul', { className: 'link-list' }, features.map(feature => h('li', {},
            h('button', {
              type: 'button', className: 'link-button', 'data-feature': feature.id,
              onClick: () => this.#onFeature(feature.properties.layer, feature.id),
            }, localized(feature.properties, 'name') ?? feature.id)))),
      ],
    };
  }
}

// One card a target: year and metric, the value asked for, and its light with the reason for it.
function targetList(task) {
  return h('ul', { className: 'target-list', 'data-role': 'targets' }, task.targets.map((target, index) => {
    const light = task.target_lights?.[index];
    const value = target.value === null ? null : `${formatNumber(target.value)} ${target.unit ?? ''}`;
    return h('li', { className: 'target' },
      h('div', { className: 'target-head' },
        light ? lightDot(light.light, t(`light.${light.light}`)) : null,
        h('span', { className: 'target-year' }, String(target.year)),
        h('span', { className: 'target-metric' }, localized(target, 'metric') ?? target.text_zh),
        value ? h('span', { className: 'target-value' }, value) : null),
      light ? h('p', { className: 'reason' }, light.reason) : null);
  }));
}

function parentOf(tree, id) {
  for (const node of tree) {
    if (node.children.some(child => child.id === id)) {
      return node.id;
    }
    const found = parentOf(node.children, id);
    if (found) {
      return found;
    }
  }
  return null;
}
