// Every word the viewer shows, in Chinese (the default) and English; data carries its own name_zh / name_en.

const dictionaries = {
  zh: {
    'app.title': '沈阳现代化都市圈规划一张图',
    'app.subtitle': '挂图作战',
    'app.loading': '正在加载地图…',
    'app.error': '出错了：{message}',
    'language.switch': 'English',
    'language.switchLabel': '切换到英文界面',
    'permalink.copy': '复制链接',
    'permalink.copied': '链接已复制',
    'permalink.manual': '请从地址栏复制链接',
    'access.title': '需要访问令牌',
    'access.prompt': '本服务的规划数据只向持有访问令牌的用户开放。请输入管理员发给您的令牌（以 gp_ 开头）。',
    'access.label': '访问令牌',
    'access.submit': '打开地图',
    'access.refused': '令牌未被接受：{reason}',
    'access.signOut': '退出登录',
    'tabs.label': '功能面板',
    'tabs.layers': '图层',
    'tabs.tasks': '任务',
    'tabs.indicators': '指标',
    'tabs.commute': '通勤圈',
    'map.label': '规划地图',
    'year.label': '情景年份',
    'year.2023': '2023 年（现状基准）',
    'year.2025': '2025 年（规划目标）',
    'layers.title': '图层与图例',
    'layers.status': '建设状态',
    'layers.background': '底图',
    'layers.backgroundNone': '未配置底图（GeoPlan:Viewer:BackgroundTiles）',
    'detail.close': '关闭详情',
    'detail.attributes': '属性',
    'detail.tasks': '相关规划任务',
    'detail.noTasks': '规划文本中没有任务点名该要素。',
    'detail.unknown': '未知',
    'detail.source': '来源',
    'detail.accuracy': '位置精度',
    'detail.accuracyValue': '±{metres} 米',
    'status.operating': '已建成',
    'status.under_construction': '在建',
    'status.planned': '规划',
    'status.proposed': '远景研究',
    'tasks.title': '规划任务',
    'tasks.hint': '点击任务，在地图上突出显示并缩放到相关要素。',
    'tasks.features': '{count} 个要素',
    'tasks.text': '任务原文',
    'tasks.targets': '目标',
    'tasks.noTargets': '该任务没有量化目标。',
    'tasks.linked': '相关要素',
    'tasks.noFeatures': '该任务没有关联地图要素。',
    'indicators.title': '指标监测',
    'indicators.hint': '34 项指标的目标、实际值与信号灯；灯色原因见每行说明。',
    'indicators.filter': '按信号灯筛选',
    'indicators.all': '全部',
    'indicators.target': '目标',
    'indicators.actual': '实际',
    'indicators.noActual': '无数据',
    'indicators.explain': '在地图上查看',
    'indicators.explainTitle': '指标计算说明',
    'indicators.formula': '计算方法',
    'indicators.parts': '分项',
    'indicators.notes': '说明',
    'indicators.chart': '{name}：目标与实际值',
    'indicators.count': '{shown} / {total} 项',
    'light.green': '绿灯',
    'light.yellow': '黄灯',
    'light.red': '红灯',
    'light.grey': '无法评价',
    'commute.title': '通勤圈分析',
    'commute.hint': '在地图上点击起点，选择时间、年份和出行方式，然后计算等时圈。',
    'commute.origin': '起点',
    'commute.noOrigin': '尚未选择起点',
    'commute.useCentre': '以地图中心为起点',
    'commute.minutes': '时间（分钟）',
    'commute.year': '年份',
    'commute.modes': '出行方式',
    'commute.mode.walk': '步行',
    'commute.mode.rail': '轨道',
    'commute.mode.car': '小汽车',
    'commute.run': '计算等时圈',
    'commute.running': '正在计算…',
    'commute.needMinutes': '请至少选择一个时间。',
    'commute.needModes': '请至少选择一种出行方式。',
    'commute.cities': '都市圈城市覆盖（人口占比）',
    'commute.districts': '沈阳区县覆盖（人口占比）',
    'commute.place': '区域',
    'commute.population': '常住人口',
    'commute.within': '{minutes} 分钟',
    'commute.metropolitan': '都市圈合计',
    'commute.clear': '清除结果',
    'scorecard.title': '片区评估',
    'scorecard.measure': '指标',
    'scorecard.station': '轨道站点 800 米覆盖率',
    'scorecard.park': '公园服务半径覆盖率',
    'scorecard.travel': '至市府广场（{modes}）',
    'scorecard.minutes': '{minutes} 分钟',
  },
  en: {
    'app.title': 'Shenyang Metropolitan Area Plan Map',
    'app.subtitle': 'Working the plan from the map',
    'app.loading': 'Loading the map…',
    'app.error': 'Something went wrong: {message}',
    'language.switch': '中文',
    'language.switchLabel': 'Switch the interface to Chinese',
    'permalink.copy': 'Copy link',
    'permalink.copied': 'Link copied',
    'permalink.manual': 'Copy the link from the address bar',
    'access.title': 'Access token needed',
    'access.prompt': 'This service shows its plan data only to holders of an access token. Enter the token your administrator gave you (it starts with gp_).',
    'access.label': 'Access token',
    'access.submit': 'Open the map',
    'access.refused': 'The token was not accepted: {reason}',
    'access.signOut': 'Sign out',
    'tabs.label': 'Panels',
    'tabs.layers': 'Layers',
    'tabs.tasks': 'Tasks',
    'tabs.indicators': 'Indicators',
    'tabs.commute': 'Commute',
    'map.label': 'Plan map',
    'year.label': 'Scenario year',
    'year.2023': '2023 (baseline)',
    'year.2025': '2025 (plan target)',
    'layers.title': 'Layers and legend',
    'layers.status': 'Status',
    'layers.background': 'Background',
    'layers.backgroundNone': 'No background configured (GeoPlan:Viewer:BackgroundTiles)',
    'detail.close': 'Close details',
    'detail.attributes': 'Attributes',
    'detail.tasks': 'Plan tasks naming it',
    'detail.noTasks': 'No task of the plan names this feature.',
    'detail.unknown': 'unknown',
    'detail.source': 'Source',
    'detail.accuracy': 'Position accuracy',
    'detail.accuracyValue': '±{metres} m',
    'status.operating': 'Operating',
    'status.under_construction': 'Under construction',
    'status.planned': 'Planned',
    'status.proposed': 'Proposed',
    'tasks.title': 'Plan tasks',
    'tasks.hint': 'Choose a task to highlight its features and fit the map to them.',
    'tasks.features': '{count} features',
    'tasks.text': 'Plan text (Chinese original)',
    'tasks.targets': 'Targets',
    'tasks.noTargets': 'This task sets no measurable target.',
    'tasks.linked': 'Features',
    'tasks.noFeatures': 'No map feature is linked to this task.',
    'indicators.title': 'Indicator monitoring',
    'indicators.hint': 'The 34 indicators with targets, actual values and lights; each row says why it has its colour.',
    'indicators.filter': 'Filter by light',
    'indicators.all': 'All',
    'indicators.target': 'Target',
    'indicators.actual': 'Actual',
    'indicators.noActual': 'no data',
    'indicators.explain': 'Show on map',
    'indicators.explainTitle': 'How the indicator is computed',
    'indicators.formula': 'Formula',
    'indicators.parts': 'Breakdown',
    'indicators.notes': 'Notes',
    'indicators.chart': '{name}: targets and actual values',
    'indicators.count': '{shown} of {total}',
    'light.green': 'Green',
    'light.yellow': 'Yellow',
    'light.red': 'Red',
    'light.grey': 'Not assessed',
    'commute.title': 'Commute analysis',
    'commute.hint': 'Click an origin on the map, choose minutes, year and modes, then compute the isochrones.',
    'commute.origin': 'Origin',
    'commute.noOrigin': 'No origin chosen yet',
    'commute.useCentre': 'Use the map centre',
    'commute.minutes': 'Minutes',
    'commute.year': 'Year',
    'commute.modes': 'Modes',
    'commute.mode.walk': 'Walk',
    'commute.mode.rail': 'Rail',
    'commute.mode.car': 'Car',
    'commute.run': 'Compute isochrones',
    'commute.running': 'Computing…',
    'commute.needMinutes': 'Choose at least one time.',
    'commute.needModes': 'Choose at least one mode.',
    'commute.cities': 'Metropolitan cities covered (share of population)',
    'commute.districts': 'Shenyang districts covered (share of population)',
    'commute.place': 'Area',
    'commute.population': 'Population',
    'commute.within': '{minutes} min',
    'commute.metropolitan': 'Metropolitan area',
    'commute.clear': 'Clear results',
    'scorecard.title': 'Block scorecard',
    'scorecard.measure': 'Measure',
    'scorecard.station': 'Area within 800 m of a station',
    'scorecard.park': "Area within a park's service radius",
    'scorecard.travel': 'To the city centre ({modes})',
    'scorecard.minutes': '{minutes} min',
  },
};

/** The languages the viewer speaks, the default first. */
export const languages = Object.keys(dictionaries);

let current = 'zh';
const listeners = [];

/** The language in use: 'zh' or 'en'. */
export function language() {
  return current;
}

/** Switches the language, relabels the static page and tells every listener. */
export function setLanguage(next) {
  current = languages.includes(next) ? next : languages[0];
  document.documentElement.lang = current === 'zh' ? 'zh-CN' : 'en';
  translatePage(document);
  listeners.forEach(listener => listener(current));
}

/** Calls back after every language change. */
export function onLanguageChange(listener) {
  listeners.push(listener);
}

/** The text of a key in the current language, with {name} placeholders filled from params. */
export function t(key, params = {}) {
  const text = dictionaries[current][key] ?? dictionaries.zh[key];
  if (text === undefined) {
    // A missing key is a bug in the viewer: show the key so it is seen and reported, not a blank.
    return key;
  }
  return text.replace(/\{(\w+)\}/g, (_, name) => String(params[name] ?? ''));
}

/** A record's field in the current language (name_en ...), falling back to the Chinese one every record has. */
export function localized(record, field) {
  return record?.[`${field}_${current}`] ?? record?.[`${field}_zh`] ?? null;
}

/** A number written the current language's way. */
export function formatNumber(value, maximumFractionDigits = 1) {
  return new Intl.NumberFormat(current === 'zh' ? 'zh-CN' : 'en', { maximumFractionDigits }).format(value);
}

// Static markup names its keys: data-i18n for the text, data-i18n-attr="aria-label:key;title:key" for attributes.
function translatePage(root) {
  root.querySelectorAll('[data-i18n]').forEach(element => {
    element.textContent = t(element.dataset.i18n);
  });
  root.querySelectorAll('[data-i18n-attr]').forEach(element => {
    for (const pair of element.dataset.i18nAttr.split(';')) {
      const [attribute, key] = pair.split(':');
      element.setAttribute(attribute, t(key));
    }
  });
}
