// The viewer's state lives in the URL's hash, so a link (or a reload) opens the same view, layers, year, task and language.

const defaults = { lang: 'zh', year: 2025, tab: 'layers', task: null, hidden: [], view: null };
const tabs = ['layers', 'tasks', 'indicators', 'commute'];

/** The state the URL names, with defaults for what it leaves out or gets wrong. */
export function readState(hash = window.location.hash) {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const year = Number(params.get('year'));
  const view = (params.get('map') ?? '').split('/').map(Number);
  return {
    lang: params.get('lang') === 'en' ? 'en' : defaults.lang,
    year: year === 2023 || year === 2025 ? year : defaults.year,
    tab: tabs.includes(params.get('tab')) ? params.get('tab') : defaults.tab,
    task: params.get('task') || defaults.task,
    hidden: (params.get('hidden') ?? '').split(',').filter(Boolean),
    view: view.length === 3 && view.every(Number.isFinite) ? { zoom: view[0], center: [view[2], view[1]] } : defaults.view,
  };
}

/** Writes the state into the URL without adding a history entry for every pan. */
export function writeState(state) {
  const params = new URLSearchParams();
  if (state.view) {
    const [lon, lat] = state.view.center;
    params.set('map', `${state.view.zoom.toFixed(2)}/${lat.toFixed(5)}/${lon.toFixed(5)}`);
  }
  params.set('year', String(state.year));
  params.set('lang', state.lang);
  params.set('tab', state.tab);
  if (state.task) {
    params.set('task', state.task);
  }
  if (state.hidden.length > 0) {
    params.set('hidden', state.hidden.join(','));
  }
  // Keep the separators of map=zoom/lat/lon and hidden=a,b readable.
  const hash = params.toString().replaceAll('%2F', '/').replaceAll('%2C', ',');
  window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}#${hash}`);
}
