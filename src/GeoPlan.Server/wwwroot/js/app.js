// The viewer's start: reads the state from the URL, builds the map and the panels, and keeps the URL in step with them.
import { accessToken, forgetToken, signIn } from './access.js';
import { getJson, refusalOf } from './api.js';
import { CommuteTool } from './commute.js';
import { Dashboard } from './dashboard.js';
import { DetailPanel } from './detail-panel.js';
import { showFeature } from './feature-panel.js';
import { language, languages, onLanguageChange, setLanguage, t } from './i18n.js';
import { createLayersPanel } from './layers-panel.js';
import { PlanMap } from './map.js';
import { readState, writeState } from './permalink.js';
import { TaskTree } from './task-tree.js';

const state = readState();
const status = document.getElementById('status');

function save() {
  writeState(state);
}

function report(error) {
  status.textContent = t('app.error', { message: error.message });
  status.hidden = false;
  console.error(error);
}

function selectTab(tab, { focus = false } = {}) {
  state.tab = tab;
  for (const button of document.querySelectorAll('[role="tab"]')) {
    const selected = button.dataset.tab === tab;
    button.setAttribute('aria-selected', String(selected));
    button.tabIndex = selected ? 0 : -1;
    document.getElementById(button.getAttribute('aria-controls')).hidden = !selected;
    if (selected && focus) {
      button.focus();
    }
  }
  document.body.dataset.tab = tab;
  save();
}

// Tabs follow the WAI-ARIA pattern: Tab enters the selected tab, arrow keys move between tabs.
function wireTabs() {
  const buttons = [...document.querySelectorAll('[role="tab"]')];
  buttons.forEach((button, index) => {
    button.addEventListener('click', () => selectTab(button.dataset.tab));
    button.addEventListener('keydown', event => {
      const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
      if (step) {
        event.preventDefault();
        selectTab(buttons[(index + step + buttons.length) % buttons.length].dataset.tab, { focus: true });
      }
    });
  });
}

function wireHeader() {
  document.getElementById('language-button').addEventListener('click', () => {
    setLanguage(languages.find(l => l !== language()));
    state.lang = language();
    save();
  });
  const signOut = document.getElementById('sign-out');
  signOut.hidden = !accessToken();
  signOut.addEventListener('click', () => {
    forgetToken();
    window.location.reload();
  });
  document.getElementById('copy-link').addEventListener('click', async () => {
    save();
    const message = document.getElementById('copy-message');
    try {
      await navigator.clipboard.writeText(window.location.href);
      message.textContent = t('permalink.copied');
    } catch {
      // Clipboard access needs a secure context or permission; the address bar always has the link.
      message.textContent = t('permalink.manual');
    }
  });
}

async function start() {
  setLanguage(state.lang);
  wireTabs();
  wireHeader();
  selectTab(state.tab);

  const config = await getJson('/viewer/config');
  if (config.reads_need_token && (!accessToken() || (await refusalOf(accessToken())))) {
    forgetToken();
    await signIn(refusalOf);
    document.getElementById('sign-out').hidden = false;
  }
  const cities = await getJson('/collections/metro_cities');
  const home = cities.extent?.spatial?.bbox?.[0];
  // Fitted features stay clear of the detail panel over the map's right edge.
  const detailWidth = parseInt(getComputedStyle(document.documentElement).getPropertyValue('--detail-width'), 10) || 0;
  const fitPadding = { top: 60, bottom: 60, left: 60, right: 60 + detailWidth };
  const planMap = await PlanMap.create('map', { year: state.year, lang: state.lang, view: state.view, home, background: config, fitPadding });
  const legend = planMap.map.getStyle().metadata['geoplan:legend'];
  onLanguageChange(lang => planMap.setLanguage(lang));
  const detailPanel = new DetailPanel(document.getElementById('detail-panel'), {
    onClose: () => {
      planMap.showExplanation(null);
      if (state.task) {
        taskTree.clear();
      }
    },
  });
  const openFeature = (collection, id) => showFeature(detailPanel, { legend, collection, id, onTask: openTask }).catch(report);
  const taskTree = new TaskTree(document.getElementById('panel-tasks'), {
    planMap,
    detailPanel,
    onSelect: id => {
      state.task = id;
      save();
    },
    onFeature: openFeature,
  });
  const openTask = id => {
    selectTab('tasks');
    taskTree.select(id).catch(report);
  };
  const dashboard = new Dashboard(document.getElementById('panel-indicators'), { planMap, detailPanel, year: () => state.year });
  const commute = new CommuteTool(document.getElementById('panel-commute'), { planMap, year: state.year });
  createLayersPanel(document.getElementById('panel-layers'), {
    planMap,
    year: state.year,
    hidden: state.hidden,
    background: config,
    onYear: year => {
      state.year = year;
      dashboard.refresh();
      commute.setYear(year);
      save();
    },
    onVisibility: hidden => {
      state.hidden = hidden;
      save();
    },
  });

  planMap.map.on('moveend', () => {
    state.view = planMap.view();
    save();
  });
  planMap.map.on('click', event => {
    if (state.tab === 'commute') {
      commute.setOrigin([event.lngLat.lng, event.lngLat.lat]);
      return;
    }
    const [feature] = planMap.planFeaturesAt(event.point);
    if (feature) {
      openFeature(feature.sourceLayer, feature.properties.id);
    }
  });
  planMap.map.on('mousemove', event => {
    const pointer = state.tab === 'commute' ? 'crosshair' : planMap.planFeaturesAt(event.point).length > 0 ? 'pointer' : '';
    planMap.map.getCanvas().style.cursor = pointer;
  });

  await Promise.all([taskTree.load(), dashboard.load()]);
  if (state.task) {
    // A link that names a view keeps it; one that names only a task frames the task.
    await taskTree.select(state.task, { fit: !state.view });
  }
  state.view = planMap.view();
  save();
  document.getElementById('loading').hidden = true;

  // For the browser tests and for planners scripting the page from the console.
  window.geoplanMap = planMap.map;
  window.geoplanViewer = { planMap, taskTree, dashboard, commute, state, idle: () => planMap.idle(), ready: true };
}

start().catch(report);
