// The positioning of the place in the Samverka web app (Region Västerbotten's method): where the
// region stands in the four steps, its core values, its advantages ranked by their scores and the
// positions chosen from them; the engagement staircase with its people, who moved and who stalled;
// co-action at the arenas (occurrences, hosts and participants, commitments and their follow-up,
// co-action ability); messages and the advocacy agenda; and Net Promoter Score surveys with their
// answers and trend. Every figure (ranks, scores, counts, shares, indexes, NPS and its margin of
// error) is the API's: these pages show it in the reader's language.
//
// The pages keep their forms in place and redraw only the figures after a change, so a person keeps
// their place (and the focus) in the form they were using; what happened is said in the status line.

let labels = {};

function L(shell, key, ...args) {
  const pick = set => key.split('.').reduce((o, k) => (o || {})[k], set);
  const text = pick(labels[shell.lang()] || labels.en) ?? pick(labels.en) ?? key;
  return String(text).replace(/\{(\d+)\}/g, (_, i) => String(args[Number(i)] ?? ''));
}

/** A name the API gives in several languages (a level, a step, a criterion), in the reader's. */
function local(shell, texts) {
  if (!texts) return '';
  return texts[shell.lang()] || texts.en || Object.values(texts)[0] || '';
}

const CATEGORIES = ['NATURE', 'INDUSTRY', 'KNOWLEDGE', 'CULTURE', 'LIFESTYLE', 'LOCATION', 'PEOPLE', 'OTHER'];
const SECTORS = ['POLITICS', 'PUBLIC', 'BUSINESS', 'CIVIL_SOCIETY', 'CITIZENS', 'ACADEMIA', 'VISITORS'];
const DECISION_LEVELS = ['LOCAL', 'REGIONAL', 'NATIONAL', 'INTERNATIONAL'];
const SEGMENTS = ['RESIDENT', 'IN_MOVER', 'VISITOR', 'BUSINESS'];
const MESSAGE_STATUSES = ['PLANNED', 'ONGOING', 'DONE'];
const ISSUE_STATUSES = ['OPEN', 'IN_PROGRESS', 'ACHIEVED', 'DROPPED'];
const SCORES = [...Array(11).keys()];
const REGION_KEY = 'samverka.positioning.region';

const base = r => '/regions/' + r + '/positioning';

// A chart drawn again gets a new address: the browser would otherwise show the image it already has.
let chartDrawn = 0;
const chartSrc = (shell, r, name, query = {}) => '/api/v1' + base(r) + '/charts/' + name + '.svg?'
  + new URLSearchParams({ ...query, lang: shell.lang(), drawn: String(++chartDrawn) });

export async function register(shell) {
  labels = await fetch('/app/plugins/positioning/labels.json').then(r => r.json());
  const page = (id, draw) => shell.addPage(id, () => L(shell, 'pages.' + id), main => withRegion(shell, main, (out, r) => draw(shell, out, r)));
  page('overview', overview);
  page('staircase', staircase);
  page('coaction', coaction);
  page('communication', communication);
  page('nps', nps);
}

// ---------------------------------------------------------------------------------------------
// The region a page is about: the person's region, their municipality's, or (for the platform's
// admins) one they pick; the pick is remembered in this browser for all the pages.

async function regions(shell) {
  const [kind, id] = shell.session().person.scope.split(':');
  if (kind === 'platform') {
    const all = await shell.api('GET', '/regions');
    return all.status === 200 ? all.body.map(r => ({ id: r.id, name: r.name })) : [];
  }
  let regionId = id;
  if (kind === 'municipality') {
    const own = await shell.api('GET', '/municipalities/' + id);
    if (own.status !== 200) return [];
    regionId = own.body.regionId;
  }
  const region = await shell.api('GET', '/regions/' + regionId);
  return [{ id: regionId, name: region.status === 200 ? region.body.name : regionId }];
}

async function withRegion(shell, main, show) {
  const { el } = shell;
  const choices = await regions(shell);
  if (choices.length === 1) {
    // One region: nothing to choose, so it is named instead.
    const out = el('div');
    main.append(el('p', { id: 'pos-region', text: L(shell, 'regionIs', choices[0].name) }), out);
    await show(out, choices[0].id);
    return;
  }
  await shell.picker(main, { id: 'pos-region', label: L(shell, 'region'), choices, storageKey: REGION_KEY, show,
    none: L(shell, 'noRegion') });
}

/** The region's municipalities as {id, name}; the shell's list of the person's own when the region's cannot be read. */
async function municipalitiesOf(shell, r) {
  const reply = await shell.api('GET', '/regions/' + r + '/municipalities');
  return reply.status === 200 ? reply.body.map(m => ({ id: m.id, name: m.name })) : shell.municipalities();
}

// ---------------------------------------------------------------------------------------------
// Shared: messages, numbers, tables and form controls.

/** Says why there is nothing to show: the region does not use the method (404), or what the API said. */
function unavailable(shell, reply) {
  return shell.el('p', { class: 'error', role: 'alert', text: reply.status === 404 ? L(shell, 'notUsed') : shell.problemText(reply) });
}

/** A number as the reader writes it (a decimal comma in Swedish and Norwegian); a dash for none. */
function number(shell, value, digits = 2) {
  return value == null ? '—' : new Intl.NumberFormat(shell.locale(), { maximumFractionDigits: digits }).format(value);
}

/** A share (0.25) as a percentage the reader's way (25 %); a dash for none. */
function percent(shell, share) {
  return share == null ? '—' : new Intl.NumberFormat(shell.locale(), { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** The headers of a change judged against the version the person saw (412 when someone else changed it meanwhile). */
const ifMatch = version => ({ 'If-Match': '"' + version + '"' });

/** A day (yyyy-mm-dd) as the reader writes it: read as that day here, not as midnight UTC, which is the day before west of Greenwich. */
function day(shell, iso) {
  return iso ? new Intl.DateTimeFormat(shell.locale(), { dateStyle: 'medium' }).format(new Date(iso + 'T00:00')) : '—';
}

/** Today as yyyy-mm-dd in the browser's time zone (the date a level is set from when none is given). */
function today() {
  const d = new Date();
  return [d.getFullYear(), String(d.getMonth() + 1).padStart(2, '0'), String(d.getDate()).padStart(2, '0')].join('-');
}

/** A table with caption and headings: the shell's. */
const table = (shell, ...args) => shell.table(...args);

/** Nothing to list yet, in the place (and with the id) the list would have. */
const none = (shell, id, key = 'nothingYet') => shell.el('p', { id, text: L(shell, key) });

/** " — Samverka's suggestion" beside a criterion or level the region has not set itself. */
const suggestionMark = (shell, item) => item.suggestion ? shell.el('span', { class: 'hint', text: ' — ' + L(shell, 'suggestion') }) : '';

/** A control with its visible label above it (the shell's forms lay them out so), and a hint read with it. */
function field(shell, id, label, control, hint) {
  const { el } = shell;
  if (hint) control.setAttribute('aria-describedby', id + '-hint');
  return [el('label', { for: id, text: label }), control, ...(hint ? [el('p', { id: id + '-hint', class: 'hint', text: hint })] : [])];
}

const textInput = (shell, id, max = 200) => shell.el('input', { id, type: 'text', maxlength: String(max), autocomplete: 'off' });
const textArea = (shell, id, max = 2000) => shell.el('textarea', { id, rows: '3', maxlength: String(max) });

/** A select of {value, text} options, with a first empty choice when {@code empty} names it. */
function select(shell, id, options, empty) {
  const { el } = shell;
  return el('select', { id }, ...(empty ? [el('option', { value: '', text: empty })] : []),
    ...options.map(o => el('option', { value: String(o.value), text: o.text })));
}

/** Keeps a select's choice while its options are drawn anew (a person or survey added meanwhile). */
function refill(shell, control, options, chosen) {
  const keep = chosen ?? control.value;
  control.replaceChildren(...options.map(o => shell.el('option', { value: String(o.value), text: o.text })));
  if (options.some(o => String(o.value) === String(keep))) control.value = String(keep);
}

/** Checkboxes in a fieldset, named by {@code name}; the ones in {@code ticked} stay ticked. */
function checkboxes(shell, name, legend, items, ticked, noneKey) {
  const { el } = shell;
  const boxes = items.map(i => {
    const box = el('input', { type: 'checkbox', id: name + '-' + i.id, name, value: String(i.id) });
    box.checked = ticked.includes(i.id);
    return el('div', {}, box, ' ', el('label', { for: name + '-' + i.id, text: i.text }));
  });
  return el('fieldset', { id: name + 's' }, el('legend', { text: legend }),
    ...(boxes.length ? boxes : [el('p', { class: 'hint', text: L(shell, noneKey) })]));
}

const ticked = (root, name) => [...root.querySelectorAll('input[name="' + name + '"]:checked')].map(box => Number(box.value));

const lines = text => text.split('\n').map(s => s.trim()).filter(Boolean);

/** Runs {@code handler} on submit, in place of sending the form. */
function onSubmit(form, handler) {
  form.addEventListener('submit', async event => {
    event.preventDefault();
    await handler();
  });
}

/**
 * What the API refused, in the form's alert: each field error under the name the form gives the
 * field (its label), the field marked invalid. {@code fields} maps the API's field names to the ids
 * of the form's controls. "is required" is said in the reader's language; other reasons are the API's.
 */
function showProblem(shell, form, alert, reply, fields = {}) {
  const { el } = shell;
  clearProblem(form, alert);
  const errors = (reply.body && reply.body.errors) || [];
  if (reply.status !== 400 || !errors.length) {
    alert.textContent = shell.problemText(reply) || L(shell, 'failed');
    return;
  }
  const items = errors.map(e => {
    const control = fields[e.field] ? form.querySelector('#' + fields[e.field]) : null;
    if (control) control.setAttribute('aria-invalid', 'true');
    const label = control ? form.querySelector('label[for="' + control.id + '"]').textContent : e.field;
    return el('li', { text: label + ': ' + (e.message === 'is required' ? L(shell, 'isRequired') : e.message) });
  });
  alert.replaceChildren(el('p', { text: L(shell, 'notSaved') }), el('ul', {}, ...items));
}

function clearProblem(form, alert) {
  form.querySelectorAll('[aria-invalid]').forEach(control => control.removeAttribute('aria-invalid'));
  alert.replaceChildren();
}

const errorBox = (shell, id) => shell.el('div', { id, class: 'error', role: 'alert' });

// ---------------------------------------------------------------------------------------------
// Overview: progress through the four steps, core values, advantages and positions.

async function overview(shell, out, r) {
  const { el } = shell;
  const settings = await shell.api('GET', base(r) + '/settings');
  if (settings.status !== 200) { out.replaceChildren(unavailable(shell, settings)); return; }
  const view = { shell, r, settings: settings.body, values: [], advantages: [],
    holders: { progress: el('div'), values: el('div'), advantages: el('div'), positions: el('div'), links: el('div') } };
  const h = view.holders;
  out.replaceChildren(
    el('h2', { text: L(shell, 'progress.heading') }), h.progress,
    el('h2', { text: L(shell, 'values.heading') }), el('p', { class: 'hint', text: L(shell, 'values.intro') }), h.values,
    el('h3', { text: L(shell, 'values.add') }), valueForm(view),
    el('h2', { text: L(shell, 'advantages.heading') }), el('p', { class: 'hint', text: L(shell, 'advantages.intro') }), criteriaList(view),
    h.advantages, el('h3', { text: L(shell, 'advantages.add') }), advantageForm(view),
    el('h2', { text: L(shell, 'positions.heading') }), h.positions, el('h3', { text: L(shell, 'positions.add') }), positionForm(view));
  await loadOverview(view);
}

async function loadOverview(view) {
  const { shell, r, holders: h } = view;
  const [progress, values, advantages, positions] = await Promise.all(['progress', 'values', 'advantages', 'positions']
    .map(what => shell.api('GET', base(r) + '/' + what)));
  view.values = values.status === 200 ? values.body : [];
  view.advantages = advantages.status === 200 ? advantages.body : [];
  h.progress.replaceChildren(progress.status === 200 ? progressList(shell, progress.body) : unavailable(shell, progress));
  h.values.replaceChildren(values.status === 200 ? valueList(shell, values.body) : unavailable(shell, values));
  h.advantages.replaceChildren(advantages.status === 200 ? advantageTable(view) : unavailable(shell, advantages));
  h.positions.replaceChildren(...(positions.status === 200 ? positionTable(view, positions.body) : [unavailable(shell, positions)]));
  drawLinks(view);
}

/** The four steps in order: done, or what each still lacks, in the reader's language. */
function progressList(shell, steps) {
  const { el } = shell;
  return el('ol', { id: 'pos-progress' }, ...steps.map(s => el('li', { id: 'pos-step-' + s.step },
    el('strong', { text: local(shell, s.name) }), ': ', s.done ? L(shell, 'progress.done') : L(shell, 'progress.lacks'),
    s.done ? '' : el('ul', {}, ...s.lacks.map(l => el('li', { text: local(shell, l.text) }))))));
}

function valueList(shell, values) {
  const { el } = shell;
  if (!values.length) return none(shell, 'pos-values');
  return el('ul', { id: 'pos-values' }, ...values.map(v => el('li', {}, el('strong', { text: v.name }),
    v.description ? ' — ' + v.description : '')));
}

function valueForm(view) {
  const { shell, r } = view;
  const { el } = shell;
  const alert = errorBox(shell, 'pos-value-error');
  const form = el('form', { novalidate: 'novalidate', id: 'pos-value-form' },
    ...field(shell, 'pos-value-name', L(shell, 'values.name'), textInput(shell, 'pos-value-name')),
    ...field(shell, 'pos-value-description', L(shell, 'optional', L(shell, 'description')), textArea(shell, 'pos-value-description')),
    el('button', { type: 'submit', text: L(shell, 'values.addButton') }), alert);
  onSubmit(form, async () => {
    const name = form.querySelector('#pos-value-name').value.trim();
    const reply = await shell.api('POST', base(r) + '/values', { name, description: form.querySelector('#pos-value-description').value.trim() || null });
    if (reply.status !== 201) { showProblem(shell, form, alert, reply, { name: 'pos-value-name', description: 'pos-value-description' }); return; }
    clearProblem(form, alert);
    form.reset();
    await loadOverview(view);
    shell.status(L(shell, 'values.added', reply.body.name));
  });
  return form;
}

/** The criteria advantages are scored on, each marked when it is Samverka's suggestion. */
function criteriaList(view) {
  const { shell } = view;
  return shell.el('ul', { id: 'pos-criteria' }, ...view.settings.criteria.map(c => shell.el('li', {}, local(shell, c.name), suggestionMark(shell, c))));
}

/** The advantages as the API ranks them, with each criterion's score and their mean. */
function advantageTable(view) {
  const { shell } = view;
  if (!view.advantages.length) return none(shell, 'pos-advantages');
  const criteria = view.settings.criteria;
  const evidence = a => a.evidence.map(e => e.text + ' (' + e.source + ')').join('; ') || '—';
  return table(shell, 'pos-advantages', L(shell, 'advantages.caption'),
    [L(shell, 'rank'), L(shell, 'advantages.advantage'), L(shell, 'category'), ...criteria.map(c => local(shell, c.name)), L(shell, 'mean'),
      L(shell, 'advantages.evidence')],
    view.advantages.map(a => ({ id: 'pos-advantage-' + a.id, cells: [String(a.rank), a.title, L(shell, 'categories.' + a.category),
      ...criteria.map(c => a.scores[c.id] == null ? '—' : String(a.scores[c.id])), number(shell, a.score), evidence(a)] })), 1);
}

function advantageForm(view) {
  const { shell, r } = view;
  const { el } = shell;
  const criteria = view.settings.criteria;
  const scoreOptions = [1, 2, 3, 4, 5].map(s => ({ value: s, text: String(s) }));
  const alert = errorBox(shell, 'pos-advantage-error');
  const fields = { title: 'pos-advantage-title', category: 'pos-advantage-category', description: 'pos-advantage-description',
    'evidence[0].text': 'pos-advantage-evidence', 'evidence[0].source': 'pos-advantage-source' };
  criteria.forEach(c => { fields['scores.' + c.id] = 'pos-score-' + c.id; });
  const form = el('form', { novalidate: 'novalidate', id: 'pos-advantage-form' },
    ...field(shell, 'pos-advantage-title', L(shell, 'title'), textInput(shell, 'pos-advantage-title')),
    ...field(shell, 'pos-advantage-category', L(shell, 'category'),
      select(shell, 'pos-advantage-category', CATEGORIES.map(c => ({ value: c, text: L(shell, 'categories.' + c) })))),
    ...field(shell, 'pos-advantage-description', L(shell, 'optional', L(shell, 'description')), textArea(shell, 'pos-advantage-description')),
    ...field(shell, 'pos-advantage-evidence', L(shell, 'optional', L(shell, 'advantages.evidenceText')), textArea(shell, 'pos-advantage-evidence')),
    ...field(shell, 'pos-advantage-source', L(shell, 'advantages.source'), textInput(shell, 'pos-advantage-source', 500),
      L(shell, 'advantages.sourceHint')),
    el('fieldset', { id: 'pos-advantage-scores' }, el('legend', { text: L(shell, 'advantages.scores') }),
      ...criteria.map(c => el('div', {}, el('label', { for: 'pos-score-' + c.id, text: local(shell, c.name) }), ' ',
        select(shell, 'pos-score-' + c.id, scoreOptions, L(shell, 'notScored'))))),
    el('button', { type: 'submit', text: L(shell, 'advantages.addButton') }), alert);
  onSubmit(form, async () => {
    const value = id => form.querySelector('#' + id).value.trim();
    const scores = {};
    criteria.forEach(c => { if (value('pos-score-' + c.id)) scores[c.id] = Number(value('pos-score-' + c.id)); });
    // Evidence is one piece here, given with where it comes from; more can be added through the API.
    const evidence = value('pos-advantage-evidence') || value('pos-advantage-source')
      ? [{ text: value('pos-advantage-evidence'), source: value('pos-advantage-source') }] : [];
    const reply = await shell.api('POST', base(r) + '/advantages', { title: value('pos-advantage-title'), category: value('pos-advantage-category'),
      description: value('pos-advantage-description') || null, evidence, scores });
    if (reply.status !== 201) { showProblem(shell, form, alert, reply, fields); return; }
    clearProblem(form, alert);
    form.reset();
    await loadOverview(view);
    shell.status(L(shell, 'advantages.added', reply.body.title, reply.body.rank));
  });
  return form;
}

/** The positions by priority with the mean score of their advantages; the chart, with the table as its figures. */
function positionTable(view, positions) {
  const { shell, r } = view;
  const { el } = shell;
  if (!positions.length) return [none(shell, 'pos-positions')];
  const titles = new Map(view.advantages.map(a => [a.id, a.title]));
  const names = new Map(view.values.map(v => [v.id, v.name]));
  const listed = (ids, map) => ids.map(id => map.get(id) || '#' + id).join('; ') || '—';
  return [table(shell, 'pos-positions', L(shell, 'positions.caption'),
    [L(shell, 'priority'), L(shell, 'positions.position'), L(shell, 'positions.advantages'), L(shell, 'positions.values'),
      L(shell, 'positions.audiences'), L(shell, 'positions.score')],
    positions.map(p => ({ id: 'pos-position-' + p.id, cells: [String(p.priority), p.title, listed(p.advantageIds, titles),
      listed(p.valueIds, names), p.audiences.join('; ') || '—', number(shell, p.score)] })), 1),
  el('p', {}, el('img', { id: 'pos-positions-chart', class: 'heatmap', src: chartSrc(shell, r, 'positions'), alt: L(shell, 'positions.chartAlt') }))];
}

function positionForm(view) {
  const { shell, r } = view;
  const { el } = shell;
  const alert = errorBox(shell, 'pos-position-error');
  const priority = el('input', { id: 'pos-position-priority', type: 'number', min: '1', max: '100', step: '1' });
  const form = el('form', { novalidate: 'novalidate', id: 'pos-position-form' },
    ...field(shell, 'pos-position-title', L(shell, 'title'), textInput(shell, 'pos-position-title')),
    ...field(shell, 'pos-position-priority', L(shell, 'optional', L(shell, 'priority')), priority, L(shell, 'positions.priorityHint')),
    ...field(shell, 'pos-position-rationale', L(shell, 'optional', L(shell, 'positions.rationale')), textArea(shell, 'pos-position-rationale')),
    ...field(shell, 'pos-position-audiences', L(shell, 'optional', L(shell, 'positions.audiences')), textArea(shell, 'pos-position-audiences'),
      L(shell, 'onePerLine')),
    ...field(shell, 'pos-position-priorities', L(shell, 'optional', L(shell, 'positions.strategyPriorities')),
      textArea(shell, 'pos-position-priorities'), L(shell, 'positions.strategyPrioritiesHint')),
    view.holders.links, el('button', { type: 'submit', text: L(shell, 'positions.addButton') }), alert);
  onSubmit(form, async () => {
    const value = id => form.querySelector('#' + id).value.trim();
    const reply = await shell.api('POST', base(r) + '/positions', { title: value('pos-position-title'),
      priority: value('pos-position-priority') ? Number(value('pos-position-priority')) : null, rationale: value('pos-position-rationale') || null,
      audiences: lines(value('pos-position-audiences')), strategyPriorities: lines(value('pos-position-priorities')),
      advantageIds: ticked(form, 'pos-position-advantage'), valueIds: ticked(form, 'pos-position-value') });
    if (reply.status !== 201) {
      showProblem(shell, form, alert, reply, { title: 'pos-position-title', priority: 'pos-position-priority', rationale: 'pos-position-rationale' });
      return;
    }
    clearProblem(form, alert);
    form.reset();
    await loadOverview(view);
    shell.status(L(shell, 'positions.added', reply.body.title));
  });
  return form;
}

/** The position form's choice of advantages (best first) and core values, drawn anew with what is ticked kept. */
function drawLinks(view) {
  const { shell, holders } = view;
  const keepAdvantages = ticked(holders.links, 'pos-position-advantage');
  const keepValues = ticked(holders.links, 'pos-position-value');
  holders.links.replaceChildren(
    checkboxes(shell, 'pos-position-advantage', L(shell, 'positions.restsOn'),
      view.advantages.map(a => ({ id: a.id, text: L(shell, 'rankedTitle', a.rank, a.title, number(shell, a.score)) })), keepAdvantages, 'advantages.none'),
    checkboxes(shell, 'pos-position-value', L(shell, 'positions.linkedValues'), view.values.map(v => ({ id: v.id, text: v.name })), keepValues,
      'values.none'));
}

// ---------------------------------------------------------------------------------------------
// The engagement staircase: its levels, people per level, movements, who stalled, and the people.

async function staircase(shell, out, r) {
  const { el } = shell;
  const [first, municipalities] = await Promise.all([shell.api('GET', base(r) + '/staircase'), municipalitiesOf(shell, r)]);
  if (first.status !== 200) { out.replaceChildren(unavailable(shell, first)); return; }
  const levels = first.body.levels;
  const view = { shell, r, levels, municipalities, people: [],
    levelName: id => local(shell, (levels.find(l => l.id === id) || {}).name) || id,
    period: select(shell, 'pos-period', ['YEAR', 'QUARTER'].map(p => ({ value: p, text: L(shell, 'periods.' + p) }))),
    holders: { now: el('div'), movements: el('div'), chart: el('div'), byPeriod: el('div'), stalled: el('div'), people: el('div') } };
  const h = view.holders;
  view.period.addEventListener('change', () => loadStaircase(view));
  out.replaceChildren(
    el('h2', { text: L(shell, 'staircase.levels') }), el('ol', { id: 'pos-levels' }, ...levels.map(l => el('li', {}, local(shell, l.name),
      suggestionMark(shell, l)))),
    el('h2', { text: L(shell, 'staircase.now') }), h.now,
    el('h2', { text: L(shell, 'staircase.overTime') }),
    el('p', {}, el('label', { for: 'pos-period', text: L(shell, 'staircase.period') + ' ' }), view.period), h.movements, h.chart, h.byPeriod,
    el('h2', { text: L(shell, 'staircase.stalled') }), el('p', { class: 'hint', text: L(shell, 'staircase.stalledIntro', first.body.stalledAfterDays) }),
    h.stalled,
    el('h2', { text: L(shell, 'people.heading') }), el('p', { class: 'hint', text: L(shell, 'people.purpose') }), h.people,
    el('h3', { text: L(shell, 'levelForm.heading') }), levelForm(view),
    el('h3', { text: L(shell, 'personForm.heading') }), personForm(view));
  await loadStaircase(view);
}

async function loadStaircase(view) {
  const { shell, r, holders: h } = view;
  const period = view.period.value;
  const [stairs, people] = await Promise.all([shell.api('GET', base(r) + '/staircase?period=' + period), shell.api('GET', base(r) + '/people')]);
  if (stairs.status !== 200 || people.status !== 200) {
    h.now.replaceChildren(unavailable(shell, stairs.status !== 200 ? stairs : people));
    return;
  }
  const s = stairs.body;
  view.people = people.body.items;
  h.now.replaceChildren(table(shell, 'pos-now', L(shell, 'staircase.nowCaption'), [L(shell, 'level'), L(shell, 'staircase.people')],
    view.levels.map(l => ({ id: 'pos-now-' + l.id, cells: [local(shell, l.name), String(s.now[l.id] ?? 0)] }))));
  h.movements.replaceChildren(movementTable(view, s.movements));
  // No chart before anyone stands on the staircase: the table below says there is nothing yet.
  h.chart.replaceChildren(Object.keys(s.byPeriod).length ? shell.el('p', {}, shell.el('img', { id: 'pos-staircase-chart', class: 'heatmap',
    src: chartSrc(shell, r, 'staircase', { period }), alt: L(shell, 'staircase.chartAlt') })) : '');
  h.byPeriod.replaceChildren(byPeriodTable(view, s.byPeriod));
  h.stalled.replaceChildren(stalledTable(view, s.stalled));
  h.people.replaceChildren(peopleTable(view));
  refill(shell, view.personSelect, view.people.map(p => ({ value: p.id, text: p.name + (p.organisation ? ' (' + p.organisation + ')' : '') })),
    view.chosenPerson);
  view.chosenPerson = null;
}

function movementTable(view, movements) {
  const { shell } = view;
  const periods = Object.keys(movements);
  if (!periods.length) return none(shell, 'pos-movements', 'staircase.noMovements');
  const steps = m => Object.entries(m.steps).map(([step, n]) => step.split('→').map(view.levelName).join(' → ') + ': ' + n).join('; ');
  return table(shell, 'pos-movements', L(shell, 'staircase.movementsCaption'),
    [L(shell, 'period'), L(shell, 'staircase.up'), L(shell, 'staircase.down'), L(shell, 'staircase.steps')],
    periods.map(p => ({ id: 'pos-movements-' + p, cells: [p, String(movements[p].up), String(movements[p].down), steps(movements[p])] })));
}

/** People on each level at the end of each period: the chart's figures. */
function byPeriodTable(view, byPeriod) {
  const { shell } = view;
  const periods = Object.keys(byPeriod);
  if (!periods.length) return none(shell, 'pos-by-period');
  return table(shell, 'pos-by-period', L(shell, 'staircase.byPeriodCaption'), [L(shell, 'period'), ...view.levels.map(l => local(shell, l.name))],
    periods.map(p => [p, ...view.levels.map(l => String(byPeriod[p][l.id] ?? 0))]));
}

/** The invitation list for the next arena: who has stood on one level too long. */
function stalledTable(view, stalled) {
  const { shell } = view;
  if (!stalled.length) return none(shell, 'pos-stalled', 'staircase.noneStalled');
  return table(shell, 'pos-stalled', L(shell, 'staircase.stalledCaption'),
    [L(shell, 'name'), L(shell, 'organisation'), L(shell, 'level'), L(shell, 'since'), L(shell, 'staircase.days')],
    stalled.map(x => [x.name, x.organisation || '—', view.levelName(x.level), day(shell, x.since), String(x.days)]));
}

/** The level a person stands on today, and since when (steps are in date order; later ones are still to come). */
function currentStep(person) {
  const now = today();
  return person.levels.filter(step => step.since <= now).pop();
}

function peopleTable(view) {
  const { shell } = view;
  if (!view.people.length) return none(shell, 'pos-people');
  const municipality = id => (view.municipalities.find(m => m.id === id) || {}).name || id || '—';
  return table(shell, 'pos-people', L(shell, 'people.caption'),
    [L(shell, 'name'), L(shell, 'organisation'), L(shell, 'sector'), L(shell, 'decisionLevel'), L(shell, 'municipality'), L(shell, 'levelNow'),
      L(shell, 'since')],
    view.people.map(p => {
      const step = currentStep(p);
      return { id: 'pos-person-' + p.id, cells: [p.name, p.organisation || '—', L(shell, 'sectors.' + p.sector),
        L(shell, 'decisionLevels.' + p.decisionLevel), municipality(p.municipalityId), step ? view.levelName(step.level) : L(shell, 'noLevel'),
        step ? day(shell, step.since) : '—'] };
    }));
}

/** Puts a person on a level from a date (today when none is given). */
function levelForm(view) {
  const { shell, r } = view;
  const { el } = shell;
  view.personSelect = select(shell, 'pos-level-person', []);
  const alert = errorBox(shell, 'pos-level-error');
  const form = el('form', { novalidate: 'novalidate', id: 'pos-level-form' },
    ...field(shell, 'pos-level-person', L(shell, 'levelForm.person'), view.personSelect),
    ...field(shell, 'pos-level', L(shell, 'level'), select(shell, 'pos-level', view.levels.map(l => ({ value: l.id, text: local(shell, l.name) })))),
    ...field(shell, 'pos-level-since', L(shell, 'optional', L(shell, 'levelForm.since')), el('input', { id: 'pos-level-since', type: 'date' }),
      L(shell, 'levelForm.sinceHint')),
    el('button', { type: 'submit', text: L(shell, 'levelForm.button') }), alert);
  onSubmit(form, async () => {
    const person = view.personSelect.value;
    if (!person) { alert.textContent = L(shell, 'levelForm.noPerson'); return; }
    const since = form.querySelector('#pos-level-since').value || null;
    const reply = await shell.api('POST', base(r) + '/people/' + person + '/levels', { level: form.querySelector('#pos-level').value, since });
    if (reply.status !== 201) { showProblem(shell, form, alert, reply, { level: 'pos-level', since: 'pos-level-since' }); return; }
    clearProblem(form, alert);
    await loadStaircase(view);
    shell.status(L(shell, 'levelForm.done', reply.body.name, view.levelName(form.querySelector('#pos-level').value), day(shell, since || today())));
  });
  return form;
}

function personForm(view) {
  const { shell, r } = view;
  const { el } = shell;
  const alert = errorBox(shell, 'pos-person-error');
  const municipality = select(shell, 'pos-person-municipality', view.municipalities.map(m => ({ value: m.id, text: m.name })),
    L(shell, 'people.noMunicipality'));
  const [kind, own] = shell.session().person.scope.split(':');
  if (kind === 'municipality') municipality.value = own; // most often someone of one's own municipality
  const fields = { name: 'pos-person-name', organisation: 'pos-person-organisation', sector: 'pos-person-sector',
    decisionLevel: 'pos-person-decision', municipalityId: 'pos-person-municipality' };
  const form = el('form', { novalidate: 'novalidate', id: 'pos-person-form' },
    ...field(shell, 'pos-person-name', L(shell, 'name'), textInput(shell, 'pos-person-name')),
    ...field(shell, 'pos-person-organisation', L(shell, 'optional', L(shell, 'organisation')), textInput(shell, 'pos-person-organisation')),
    ...field(shell, 'pos-person-sector', L(shell, 'sector'), select(shell, 'pos-person-sector', SECTORS.map(s => ({ value: s, text: L(shell, 'sectors.' + s) })))),
    ...field(shell, 'pos-person-decision', L(shell, 'decisionLevel'),
      select(shell, 'pos-person-decision', DECISION_LEVELS.map(d => ({ value: d, text: L(shell, 'decisionLevels.' + d) })))),
    ...field(shell, 'pos-person-municipality', L(shell, 'municipality'), municipality),
    el('button', { type: 'submit', text: L(shell, 'personForm.button') }), alert);
  onSubmit(form, async () => {
    const value = id => form.querySelector('#' + id).value.trim();
    const reply = await shell.api('POST', base(r) + '/people', { name: value('pos-person-name'), organisation: value('pos-person-organisation') || null,
      sector: value('pos-person-sector'), decisionLevel: value('pos-person-decision'), municipalityId: value('pos-person-municipality') || null });
    if (reply.status !== 201) { showProblem(shell, form, alert, reply, fields); return; }
    clearProblem(form, alert);
    form.querySelector('#pos-person-name').value = '';
    form.querySelector('#pos-person-organisation').value = '';
    view.chosenPerson = reply.body.id; // ready to be put on a level next
    await loadStaircase(view);
    shell.status(L(shell, 'personForm.done', reply.body.name));
  });
  return form;
}

// ---------------------------------------------------------------------------------------------
// Co-action: the arenas and their occurrences (who hosted them, who took part), the commitments
// made there and their follow-up, and the co-action ability of the region's people over time.

const COACTION_READS = ['arenas', 'people', 'commitments', 'ability'];
const readCoaction = (shell, r) => Promise.all(COACTION_READS.map(what => shell.api('GET', base(r) + '/' + what)));

async function coaction(shell, out, r) {
  const { el } = shell;
  const replies = await readCoaction(shell, r);
  const [arenas, , , ability] = replies;
  if (arenas.status !== 200) { out.replaceChildren(unavailable(shell, arenas)); return; }
  const view = { shell, r, arenas: [], people: [], commitments: [], followUp: null,
    items: ability.status === 200 ? ability.body.items : [],
    personName: id => (view.people.find(p => p.id === id) || {}).name || '#' + id,
    holders: { arenas: el('div', { id: 'pos-arenas' }), occurrencePeople: el('div'), commitments: el('div'), deliver: el('div'),
      ability: el('div') } };
  const h = view.holders;
  out.replaceChildren(
    el('p', { class: 'hint', text: L(shell, 'coaction.intro') }),
    el('h2', { text: L(shell, 'coaction.arenas') }), h.arenas,
    el('h3', { text: L(shell, 'coaction.addOccurrence') }), occurrenceForm(view),
    el('h3', { text: L(shell, 'coaction.addArena') }), arenaForm(view),
    el('h2', { text: L(shell, 'commitments.heading') }), el('p', { class: 'hint', text: L(shell, 'commitments.intro') }), h.commitments, h.deliver,
    el('h3', { text: L(shell, 'commitments.add') }), commitmentForm(view),
    el('h2', { text: L(shell, 'ability.heading') }), el('p', { class: 'hint', text: L(shell, 'ability.intro') }), h.ability,
    el('h3', { text: L(shell, 'ability.add') }), abilityForm(view));
  drawCoaction(view, replies);
}

async function loadCoaction(view) {
  drawCoaction(view, await readCoaction(view.shell, view.r));
}

function drawCoaction(view, [arenas, people, commitments, ability]) {
  const { shell, holders: h } = view;
  if (arenas.status !== 200 || people.status !== 200) {
    h.arenas.replaceChildren(unavailable(shell, arenas.status !== 200 ? arenas : people));
    return;
  }
  view.arenas = arenas.body;
  view.people = people.body.items;
  h.arenas.replaceChildren(...arenaSections(view));
  const choices = view.people.map(p => ({ value: p.id, text: personText(p) }));
  refill(shell, view.arenaSelect, view.arenas.map(a => ({ value: a.id, text: a.name })), view.chosenArena);
  refill(shell, view.occurrenceSelect, occurrences(view).map(o => ({ value: o.id, text: occurrenceName(view, o.id) })), view.chosenOccurrence);
  refill(shell, view.commitmentPerson, choices);
  refill(shell, view.abilityPerson, choices);
  view.chosenArena = null;
  view.chosenOccurrence = null;
  drawOccurrencePeople(view);
  if (commitments.status === 200) {
    view.commitments = commitments.body.items;
    view.followUp = commitments.body.followUp;
    h.commitments.replaceChildren(followUpSummary(view), commitmentTable(view));
  } else {
    h.commitments.replaceChildren(unavailable(shell, commitments));
  }
  h.ability.replaceChildren(ability.status === 200 ? abilityTable(view, ability.body.periods) : unavailable(shell, ability));
}

const personText = p => p.name + (p.organisation ? ' (' + p.organisation + ')' : '');

/** Every occurrence of every arena, in the arenas' order and each arena's by year. */
const occurrences = view => view.arenas.flatMap(a => a.occurrences);

/** An occurrence as people name it: the arena, the year and the theme. */
function occurrenceName(view, id) {
  const arena = view.arenas.find(a => a.occurrences.some(o => o.id === id));
  if (!arena) return '#' + id;
  const o = arena.occurrences.find(x => x.id === id);
  return arena.name + ' ' + o.year + (o.theme ? ': ' + o.theme : '');
}

/** The days an occurrence was held: one day, from–to, or a dash when none are recorded. */
function dates(shell, o) {
  const from = o.startsOn || o.endsOn;
  const to = o.endsOn || o.startsOn;
  if (!from) return '—';
  return from === to ? day(shell, from) : day(shell, from) + ' – ' + day(shell, to);
}

const names = (view, ids) => ids.map(view.personName).join('; ') || '—';

/** Each arena with its occurrences; the region's known meeting places (reference arenas) are marked. */
function arenaSections(view) {
  const { shell } = view;
  const { el } = shell;
  if (!view.arenas.length) return [none(shell, 'pos-arenas-none', 'coaction.noArenas')];
  return view.arenas.map(a => el('section', { id: 'pos-arena-' + a.id },
    el('h3', {}, a.name, a.referenceData ? el('span', { class: 'hint', text: ' — ' + L(shell, 'coaction.reference') }) : ''),
    ...(a.description ? [el('p', { text: a.description })] : []),
    a.occurrences.length
      ? table(shell, 'pos-occurrences-' + a.id, L(shell, 'coaction.occurrencesOf', a.name),
        [L(shell, 'coaction.year'), L(shell, 'coaction.theme'), L(shell, 'coaction.dates'), L(shell, 'coaction.hosts'), L(shell, 'coaction.participants')],
        a.occurrences.map(o => ({ id: 'pos-occurrence-' + o.id, cells: [String(o.year), o.theme || '—', dates(shell, o), names(view, o.hostIds),
          names(view, o.participantIds)] })))
      : none(shell, 'pos-occurrences-' + a.id, 'coaction.noOccurrences')));
}

function arenaForm(view) {
  const { shell, r } = view;
  const { el } = shell;
  const alert = errorBox(shell, 'pos-arena-error');
  const form = el('form', { novalidate: 'novalidate', id: 'pos-arena-form' },
    ...field(shell, 'pos-arena-name', L(shell, 'coaction.arena'), textInput(shell, 'pos-arena-name')),
    ...field(shell, 'pos-arena-description', L(shell, 'optional', L(shell, 'description')), textArea(shell, 'pos-arena-description')),
    el('button', { type: 'submit', text: L(shell, 'coaction.addArenaButton') }), alert);
  onSubmit(form, async () => {
    const value = id => form.querySelector('#' + id).value.trim();
    const reply = await shell.api('POST', base(r) + '/arenas', { name: value('pos-arena-name'), description: value('pos-arena-description') || null });
    if (reply.status !== 201) { showProblem(shell, form, alert, reply, { name: 'pos-arena-name', description: 'pos-arena-description' }); return; }
    clearProblem(form, alert);
    form.reset();
    view.chosenArena = reply.body.id; // ready for its first occurrence
    await loadCoaction(view);
    shell.status(L(shell, 'coaction.arenaAdded', reply.body.name));
  });
  return form;
}

/** The occurrence form's choice of hosts and participants, drawn anew with what is ticked kept. */
function drawOccurrencePeople(view) {
  const { shell, holders } = view;
  const hosts = ticked(holders.occurrencePeople, 'pos-occurrence-host');
  const participants = ticked(holders.occurrencePeople, 'pos-occurrence-participant');
  const people = view.people.map(p => ({ id: p.id, text: personText(p) }));
  holders.occurrencePeople.replaceChildren(
    checkboxes(shell, 'pos-occurrence-host', L(shell, 'coaction.hostsLegend'), people, hosts, 'coaction.noPeople'),
    checkboxes(shell, 'pos-occurrence-participant', L(shell, 'coaction.participantsLegend'), people, participants, 'coaction.noPeople'));
}

function occurrenceForm(view) {
  const { shell, r } = view;
  const { el } = shell;
  view.arenaSelect = select(shell, 'pos-occurrence-arena', []);
  const alert = errorBox(shell, 'pos-occurrence-error');
  const year = el('input', { id: 'pos-occurrence-year', type: 'number', min: '1900', max: '2200', step: '1', value: String(new Date().getFullYear()) });
  const fields = { year: 'pos-occurrence-year', theme: 'pos-occurrence-theme', startsOn: 'pos-occurrence-starts', endsOn: 'pos-occurrence-ends' };
  const form = el('form', { novalidate: 'novalidate', id: 'pos-occurrence-form' },
    ...field(shell, 'pos-occurrence-arena', L(shell, 'coaction.arena'), view.arenaSelect),
    ...field(shell, 'pos-occurrence-year', L(shell, 'coaction.year'), year),
    ...field(shell, 'pos-occurrence-theme', L(shell, 'optional', L(shell, 'coaction.theme')), textInput(shell, 'pos-occurrence-theme', 500)),
    ...field(shell, 'pos-occurrence-starts', L(shell, 'optional', L(shell, 'coaction.startsOn')), el('input', { id: 'pos-occurrence-starts', type: 'date' })),
    ...field(shell, 'pos-occurrence-ends', L(shell, 'optional', L(shell, 'coaction.endsOn')), el('input', { id: 'pos-occurrence-ends', type: 'date' }),
      L(shell, 'coaction.endsOnHint')),
    view.holders.occurrencePeople,
    el('button', { type: 'submit', text: L(shell, 'coaction.addOccurrenceButton') }), alert);
  onSubmit(form, async () => {
    clearProblem(form, alert);
    const arena = view.arenaSelect.value;
    if (!arena) { alert.textContent = L(shell, 'coaction.noArenas'); return; }
    const value = id => form.querySelector('#' + id).value.trim();
    const reply = await shell.api('POST', base(r) + '/arenas/' + arena + '/occurrences', {
      year: value('pos-occurrence-year') ? Number(value('pos-occurrence-year')) : null, theme: value('pos-occurrence-theme') || null,
      startsOn: value('pos-occurrence-starts') || null, endsOn: value('pos-occurrence-ends') || null,
      hostIds: ticked(form, 'pos-occurrence-host'), participantIds: ticked(form, 'pos-occurrence-participant') });
    if (reply.status !== 201) { showProblem(shell, form, alert, reply, fields); return; }
    clearProblem(form, alert);
    ['pos-occurrence-theme', 'pos-occurrence-starts', 'pos-occurrence-ends'].forEach(id => { form.querySelector('#' + id).value = ''; });
    form.querySelectorAll('input[type=checkbox]').forEach(box => { box.checked = false; });
    view.chosenOccurrence = reply.body.id; // ready for the commitments made there
    await loadCoaction(view);
    shell.status(L(shell, 'coaction.occurrenceAdded', occurrenceName(view, reply.body.id), reply.body.hostIds.length, reply.body.participantIds.length));
  });
  return form;
}

/** From conversation to co-action, counted: the API's figures, focusable so that a follow-up can lead the reader to them. */
function followUpSummary(view) {
  const { shell } = view;
  const f = view.followUp;
  return shell.el('p', { id: 'pos-followup', tabindex: '-1', text: L(shell, 'commitments.summary', f.promised, f.delivered, f.dropped,
    percent(shell, f.deliveredShare)) });
}

function commitmentStatus(shell, c) {
  const status = L(shell, 'commitments.statuses.' + c.status);
  return c.status === 'DELIVERED' && c.deliveredOn ? L(shell, 'commitments.deliveredOnDay', status, day(shell, c.deliveredOn)) : status;
}

function commitmentTable(view) {
  const { shell } = view;
  const { el } = shell;
  if (!view.commitments.length) return none(shell, 'pos-commitments', 'commitments.none');
  const action = c => c.status !== 'PROMISED' ? '' : el('button', { type: 'button', class: 'secondary', id: 'pos-deliver-' + c.id,
    text: L(shell, 'commitments.markDelivered'), 'aria-label': L(shell, 'commitments.markDeliveredOf', c.text), onclick: () => deliverForm(view, c) });
  return table(shell, 'pos-commitments', L(shell, 'commitments.caption'),
    [L(shell, 'commitments.who'), L(shell, 'commitments.occurrence'), L(shell, 'commitments.commitment'), L(shell, 'commitments.dueOn'),
      L(shell, 'status'), L(shell, 'followUp'), L(shell, 'action')],
    view.commitments.map(c => ({ id: 'pos-commitment-' + c.id, cells: [view.personName(c.personId), occurrenceName(view, c.occurrenceId), c.text,
      day(shell, c.dueOn), commitmentStatus(shell, c), c.followUp || '—', action(c)] })));
}

function commitmentForm(view) {
  const { shell, r } = view;
  const { el } = shell;
  view.occurrenceSelect = select(shell, 'pos-commitment-occurrence', []);
  view.commitmentPerson = select(shell, 'pos-commitment-person', []);
  const alert = errorBox(shell, 'pos-commitment-error');
  const fields = { occurrenceId: 'pos-commitment-occurrence', personId: 'pos-commitment-person', text: 'pos-commitment-text', dueOn: 'pos-commitment-due' };
  const form = el('form', { novalidate: 'novalidate', id: 'pos-commitment-form' },
    ...field(shell, 'pos-commitment-occurrence', L(shell, 'commitments.occurrence'), view.occurrenceSelect),
    ...field(shell, 'pos-commitment-person', L(shell, 'commitments.person'), view.commitmentPerson),
    ...field(shell, 'pos-commitment-text', L(shell, 'commitments.commitment'), textArea(shell, 'pos-commitment-text'), L(shell, 'commitments.textHint')),
    ...field(shell, 'pos-commitment-due', L(shell, 'optional', L(shell, 'commitments.dueOn')), el('input', { id: 'pos-commitment-due', type: 'date' })),
    el('button', { type: 'submit', text: L(shell, 'commitments.addButton') }), alert);
  onSubmit(form, async () => {
    clearProblem(form, alert);
    if (!view.occurrenceSelect.value) { alert.textContent = L(shell, 'commitments.noOccurrence'); return; }
    if (!view.commitmentPerson.value) { alert.textContent = L(shell, 'coaction.noPeople'); return; }
    const value = id => form.querySelector('#' + id).value.trim();
    const reply = await shell.api('POST', base(r) + '/commitments', { occurrenceId: Number(view.occurrenceSelect.value),
      personId: Number(view.commitmentPerson.value), text: value('pos-commitment-text'), dueOn: value('pos-commitment-due') || null, status: 'PROMISED' });
    if (reply.status !== 201) { showProblem(shell, form, alert, reply, fields); return; }
    clearProblem(form, alert);
    form.querySelector('#pos-commitment-text').value = '';
    form.querySelector('#pos-commitment-due').value = '';
    await loadCoaction(view);
    shell.status(L(shell, 'commitments.added', reply.body.text, view.personName(reply.body.personId)));
  });
  return form;
}

/**
 * Follows up a promised commitment as delivered, saying what was delivered: a small form below the
 * table, sent with If-Match of the version shown. {@code keep} is what the person had typed when
 * someone else changed the commitment meanwhile.
 */
function deliverForm(view, c, keep = {}) {
  const { shell, r, holders } = view;
  const { el } = shell;
  const alert = errorBox(shell, 'pos-deliver-error');
  const followUp = textArea(shell, 'pos-deliver-followup');
  followUp.value = keep.followUp ?? (c.followUp || '');
  const on = el('input', { id: 'pos-deliver-on', type: 'date' });
  on.value = keep.deliveredOn || '';
  const cancel = el('button', { type: 'button', class: 'secondary', text: L(shell, 'cancel') });
  const form = el('form', { novalidate: 'novalidate', id: 'pos-deliver-form' },
    ...field(shell, 'pos-deliver-followup', L(shell, 'commitments.followUpText'), followUp,
      L(shell, 'commitments.promisedAt', view.personName(c.personId), occurrenceName(view, c.occurrenceId))),
    ...field(shell, 'pos-deliver-on', L(shell, 'optional', L(shell, 'commitments.deliveredOn')), on, L(shell, 'commitments.deliveredOnHint')),
    el('div', {}, el('button', { type: 'submit', text: L(shell, 'commitments.markDelivered') }), ' ', cancel), alert);
  const summary = () => { const p = holders.commitments.querySelector('#pos-followup'); if (p) p.focus(); };
  cancel.addEventListener('click', () => {
    holders.deliver.replaceChildren();
    const back = holders.commitments.querySelector('#pos-deliver-' + c.id);
    if (back) back.focus();
  });
  onSubmit(form, async () => {
    clearProblem(form, alert);
    const text = followUp.value.trim();
    if (!text) {
      followUp.setAttribute('aria-invalid', 'true');
      alert.textContent = L(shell, 'commitments.needFollowUp');
      followUp.focus();
      return;
    }
    const reply = await shell.api('PUT', base(r) + '/commitments/' + c.id, { occurrenceId: c.occurrenceId, personId: c.personId, text: c.text,
      dueOn: c.dueOn, status: 'DELIVERED', deliveredOn: on.value || null, followUp: text }, ifMatch(c.version));
    if (reply.status === 412) {
      // Someone else changed it meanwhile: show it as it is now; while it is still promised, the form stays with what was typed.
      await loadCoaction(view);
      const now = view.commitments.find(x => x.id === c.id);
      if (now && now.status === 'PROMISED') {
        deliverForm(view, now, { followUp: followUp.value, deliveredOn: on.value });
        holders.deliver.querySelector('#pos-deliver-error').textContent = L(shell, 'commitments.conflict');
      } else {
        holders.deliver.replaceChildren();
        shell.status(now ? L(shell, 'commitments.conflictNow', c.text, L(shell, 'commitments.statuses.' + now.status))
          : L(shell, 'commitments.gone', c.text));
        summary();
      }
      return;
    }
    if (reply.status !== 200) { showProblem(shell, form, alert, reply, { followUp: 'pos-deliver-followup', deliveredOn: 'pos-deliver-on' }); return; }
    holders.deliver.replaceChildren();
    await loadCoaction(view);
    const f = view.followUp;
    shell.status(L(shell, 'commitments.delivered', c.text, f.delivered, f.promised + f.delivered + f.dropped));
    summary();
  });
  holders.deliver.replaceChildren(el('h3', { text: L(shell, 'commitments.deliverHeading', c.text) }), form);
  followUp.focus();
}

/** The index per period (0 to 100) and the mean of each statement (1 to 5), numbered as in the form. */
function abilityTable(view, periods) {
  const { shell } = view;
  if (!periods.length) return none(shell, 'pos-ability', 'ability.none');
  return table(shell, 'pos-ability', L(shell, 'ability.caption'),
    [L(shell, 'period'), L(shell, 'ability.people'), L(shell, 'ability.index'), ...view.items.map((i, n) => L(shell, 'ability.mean', n + 1))],
    periods.map(p => ({ id: 'pos-ability-period-' + p.period, cells: [p.period, String(p.people), number(shell, p.index, 1),
      ...view.items.map(i => number(shell, p.meanByItem[i.id]))] })));
}

/** One person's self-assessment for a period: a score from 1 to 5 for each statement they answer. */
function abilityForm(view) {
  const { shell, r } = view;
  const { el } = shell;
  view.abilityPerson = select(shell, 'pos-ability-person', []);
  const alert = errorBox(shell, 'pos-ability-error');
  const period = textInput(shell, 'pos-ability-period', 7);
  period.value = String(new Date().getFullYear());
  const scores = [1, 2, 3, 4, 5].map(s => ({ value: s, text: String(s) }));
  const fields = { personId: 'pos-ability-person', period: 'pos-ability-period' };
  view.items.forEach(i => { fields['answers.' + i.id] = 'pos-ability-item-' + i.id; });
  const statements = el('fieldset', { id: 'pos-ability-statements' }, el('legend', { text: L(shell, 'ability.scale') }),
    ...(view.items.some(i => i.suggestion) ? [el('p', { class: 'hint', text: L(shell, 'ability.statementsAre', L(shell, 'suggestion')) })] : []),
    ...view.items.map((i, n) => el('div', {}, el('label', { for: 'pos-ability-item-' + i.id, text: (n + 1) + '. ' + local(shell, i.text) }), ' ',
      select(shell, 'pos-ability-item-' + i.id, scores, L(shell, 'ability.notAnswered')))));
  const form = el('form', { novalidate: 'novalidate', id: 'pos-ability-form' },
    ...field(shell, 'pos-ability-person', L(shell, 'ability.person'), view.abilityPerson),
    ...field(shell, 'pos-ability-period', L(shell, 'period'), period, L(shell, 'ability.periodHint')),
    statements, el('button', { type: 'submit', text: L(shell, 'ability.button') }), alert);
  onSubmit(form, async () => {
    clearProblem(form, alert);
    if (!view.abilityPerson.value) { alert.textContent = L(shell, 'coaction.noPeople'); return; }
    const answers = {};
    view.items.forEach(i => { const v = form.querySelector('#pos-ability-item-' + i.id).value; if (v) answers[i.id] = Number(v); });
    if (!Object.keys(answers).length) {
      alert.textContent = L(shell, 'ability.noneGiven');
      if (view.items.length) form.querySelector('#pos-ability-item-' + view.items[0].id).setAttribute('aria-invalid', 'true');
      return;
    }
    const asked = { personId: Number(view.abilityPerson.value), period: period.value.trim(), answers };
    const reply = await shell.api('POST', base(r) + '/ability', asked);
    if (reply.status !== 201) { showProblem(shell, form, alert, reply, fields); return; }
    clearProblem(form, alert);
    view.items.forEach(i => { form.querySelector('#pos-ability-item-' + i.id).value = ''; });
    view.holders.ability.replaceChildren(abilityTable(view, reply.body.periods));
    const now = reply.body.periods.find(p => p.period === asked.period);
    shell.status(L(shell, 'ability.saved', view.personName(asked.personId), asked.period, number(shell, now ? now.index : null, 1)));
  });
  return form;
}

// ---------------------------------------------------------------------------------------------
// Communication and advocacy: the messages of the positions with their audience, channel and
// activity; and the advocacy agenda, each issue's status changed with its follow-up.

const COMMUNICATION_READS = ['messages', 'advocacy', 'positions'];
const readCommunication = (shell, r) => Promise.all(COMMUNICATION_READS.map(what => shell.api('GET', base(r) + '/' + what)));

async function communication(shell, out, r) {
  const { el } = shell;
  const replies = await readCommunication(shell, r);
  if (replies[0].status !== 200) { out.replaceChildren(unavailable(shell, replies[0])); return; }
  const view = { shell, r, positions: [], messages: [], issues: [],
    holders: { messages: el('div'), advocacy: el('div'), issue: el('div') } };
  const h = view.holders;
  out.replaceChildren(
    el('h2', { text: L(shell, 'messages.heading') }), el('p', { class: 'hint', text: L(shell, 'messages.intro') }), h.messages,
    el('h3', { text: L(shell, 'messages.add') }), messageForm(view),
    el('h2', { text: L(shell, 'advocacy.heading') }), el('p', { class: 'hint', text: L(shell, 'advocacy.intro') }), h.advocacy, h.issue,
    el('h3', { text: L(shell, 'advocacy.add') }), issueForm(view));
  drawCommunication(view, replies);
}

async function loadCommunication(view) {
  drawCommunication(view, await readCommunication(view.shell, view.r));
}

function drawCommunication(view, [messages, advocacy, positions]) {
  const { shell, holders: h } = view;
  view.positions = positions.status === 200 ? positions.body : [];
  refill(shell, view.positionSelect, [{ value: '', text: L(shell, 'messages.noPosition') },
    ...view.positions.map(p => ({ value: p.id, text: p.title }))]);
  if (messages.status === 200) {
    view.messages = messages.body;
    h.messages.replaceChildren(messageTable(view));
  } else {
    h.messages.replaceChildren(unavailable(shell, messages));
  }
  if (advocacy.status === 200) {
    view.issues = advocacy.body;
    h.advocacy.replaceChildren(issueTable(view));
  } else {
    h.advocacy.replaceChildren(unavailable(shell, advocacy));
  }
}

function messageTable(view) {
  const { shell } = view;
  if (!view.messages.length) return none(shell, 'pos-messages', 'messages.none');
  const position = id => id == null ? '—' : (view.positions.find(p => p.id === id) || {}).title || '#' + id;
  return table(shell, 'pos-messages', L(shell, 'messages.caption'),
    [L(shell, 'messages.position'), L(shell, 'messages.text'), L(shell, 'messages.audience'), L(shell, 'messages.channel'),
      L(shell, 'messages.activity'), L(shell, 'messages.date'), L(shell, 'status')],
    view.messages.map(m => ({ id: 'pos-message-' + m.id, cells: [position(m.positionId), m.text, m.audience || '—', m.channel || '—',
      m.activity || '—', day(shell, m.activityOn), L(shell, 'messages.statuses.' + m.status)] })), 1);
}

function messageForm(view) {
  const { shell, r } = view;
  const { el } = shell;
  view.positionSelect = select(shell, 'pos-message-position', []);
  const alert = errorBox(shell, 'pos-message-error');
  const fields = { positionId: 'pos-message-position', text: 'pos-message-text', audience: 'pos-message-audience', channel: 'pos-message-channel',
    activity: 'pos-message-activity', activityOn: 'pos-message-date', status: 'pos-message-status' };
  const form = el('form', { novalidate: 'novalidate', id: 'pos-message-form' },
    ...field(shell, 'pos-message-position', L(shell, 'messages.position'), view.positionSelect),
    ...field(shell, 'pos-message-text', L(shell, 'messages.text'), textArea(shell, 'pos-message-text')),
    ...field(shell, 'pos-message-audience', L(shell, 'optional', L(shell, 'messages.audience')), textInput(shell, 'pos-message-audience', 500)),
    ...field(shell, 'pos-message-channel', L(shell, 'optional', L(shell, 'messages.channel')), textInput(shell, 'pos-message-channel'),
      L(shell, 'messages.channelHint')),
    ...field(shell, 'pos-message-activity', L(shell, 'optional', L(shell, 'messages.activity')), textInput(shell, 'pos-message-activity', 500),
      L(shell, 'messages.activityHint')),
    ...field(shell, 'pos-message-date', L(shell, 'optional', L(shell, 'messages.date')), el('input', { id: 'pos-message-date', type: 'date' })),
    ...field(shell, 'pos-message-status', L(shell, 'status'),
      select(shell, 'pos-message-status', MESSAGE_STATUSES.map(s => ({ value: s, text: L(shell, 'messages.statuses.' + s) })))),
    el('button', { type: 'submit', text: L(shell, 'messages.button') }), alert);
  onSubmit(form, async () => {
    const value = id => form.querySelector('#' + id).value.trim();
    const reply = await shell.api('POST', base(r) + '/messages', { positionId: value('pos-message-position') ? Number(value('pos-message-position')) : null,
      text: value('pos-message-text'), audience: value('pos-message-audience') || null, channel: value('pos-message-channel') || null,
      activity: value('pos-message-activity') || null, activityOn: value('pos-message-date') || null, status: value('pos-message-status') });
    if (reply.status !== 201) { showProblem(shell, form, alert, reply, fields); return; }
    clearProblem(form, alert);
    // The position and status stay: the next message is often for the same position.
    ['pos-message-text', 'pos-message-audience', 'pos-message-channel', 'pos-message-activity', 'pos-message-date']
      .forEach(id => { form.querySelector('#' + id).value = ''; });
    await loadCommunication(view);
    shell.status(L(shell, 'messages.added', reply.body.text));
  });
  return form;
}

function issueTable(view) {
  const { shell } = view;
  const { el } = shell;
  if (!view.issues.length) return none(shell, 'pos-advocacy', 'advocacy.none');
  return table(shell, 'pos-advocacy', L(shell, 'advocacy.caption'),
    [L(shell, 'advocacy.issue'), L(shell, 'decisionLevel'), L(shell, 'advocacy.decisionMakers'), L(shell, 'advocacy.channels'),
      L(shell, 'advocacy.coalitions'), L(shell, 'status'), L(shell, 'followUp'), L(shell, 'action')],
    view.issues.map(i => ({ id: 'pos-issue-' + i.id, cells: [i.title, L(shell, 'decisionLevels.' + i.decisionLevel), i.decisionMakers || '—',
      i.channels || '—', i.coalitions || '—', L(shell, 'advocacy.statuses.' + i.status), i.followUp || '—',
      el('button', { type: 'button', class: 'secondary', id: 'pos-issue-change-' + i.id, text: L(shell, 'advocacy.change'),
        'aria-label': L(shell, 'advocacy.changeOf', i.title), onclick: () => statusForm(view, i) })] })));
}

function issueForm(view) {
  const { shell, r } = view;
  const { el } = shell;
  const alert = errorBox(shell, 'pos-advocacy-error');
  const fields = { title: 'pos-advocacy-title', decisionLevel: 'pos-advocacy-level', decisionMakers: 'pos-advocacy-makers',
    channels: 'pos-advocacy-channels', coalitions: 'pos-advocacy-coalitions' };
  const form = el('form', { novalidate: 'novalidate', id: 'pos-advocacy-form' },
    ...field(shell, 'pos-advocacy-title', L(shell, 'advocacy.issue'), textInput(shell, 'pos-advocacy-title'), L(shell, 'advocacy.startsOpen')),
    ...field(shell, 'pos-advocacy-level', L(shell, 'decisionLevel'),
      select(shell, 'pos-advocacy-level', DECISION_LEVELS.map(d => ({ value: d, text: L(shell, 'decisionLevels.' + d) })))),
    ...field(shell, 'pos-advocacy-makers', L(shell, 'optional', L(shell, 'advocacy.decisionMakers')), textArea(shell, 'pos-advocacy-makers')),
    ...field(shell, 'pos-advocacy-channels', L(shell, 'optional', L(shell, 'advocacy.channels')), textArea(shell, 'pos-advocacy-channels'),
      L(shell, 'advocacy.channelsHint')),
    ...field(shell, 'pos-advocacy-coalitions', L(shell, 'optional', L(shell, 'advocacy.coalitions')), textArea(shell, 'pos-advocacy-coalitions')),
    el('button', { type: 'submit', text: L(shell, 'advocacy.button') }), alert);
  onSubmit(form, async () => {
    const value = id => form.querySelector('#' + id).value.trim();
    const reply = await shell.api('POST', base(r) + '/advocacy', { title: value('pos-advocacy-title'), decisionLevel: value('pos-advocacy-level'),
      decisionMakers: value('pos-advocacy-makers') || null, channels: value('pos-advocacy-channels') || null,
      coalitions: value('pos-advocacy-coalitions') || null, status: 'OPEN' });
    if (reply.status !== 201) { showProblem(shell, form, alert, reply, fields); return; }
    clearProblem(form, alert);
    form.reset();
    await loadCommunication(view);
    shell.status(L(shell, 'advocacy.added', reply.body.title));
  });
  return form;
}

/**
 * Changes an issue's status and follow-up: a small form below the agenda, sent with If-Match of the
 * version shown. When someone else changed the issue meanwhile, the agenda is read again, the form
 * shows the issue as it is now with what the person chose kept, and the alert says so.
 */
function statusForm(view, issue, keep = null) {
  const { shell, r, holders } = view;
  const { el } = shell;
  const alert = errorBox(shell, 'pos-issue-error');
  const status = select(shell, 'pos-issue-status', ISSUE_STATUSES.map(s => ({ value: s, text: L(shell, 'advocacy.statuses.' + s) })));
  status.value = keep ? keep.status : issue.status;
  const followUp = textArea(shell, 'pos-issue-followup');
  followUp.value = keep ? keep.followUp : issue.followUp || '';
  const cancel = el('button', { type: 'button', class: 'secondary', text: L(shell, 'cancel') });
  const form = el('form', { novalidate: 'novalidate', id: 'pos-issue-form' },
    ...field(shell, 'pos-issue-status', L(shell, 'status'), status),
    ...field(shell, 'pos-issue-followup', L(shell, 'optional', L(shell, 'followUp')), followUp, L(shell, 'advocacy.followUpHint')),
    el('div', {}, el('button', { type: 'submit', text: L(shell, 'advocacy.save') }), ' ', cancel), alert);
  const back = () => { const button = holders.advocacy.querySelector('#pos-issue-change-' + issue.id); if (button) button.focus(); };
  cancel.addEventListener('click', () => { holders.issue.replaceChildren(); back(); });
  onSubmit(form, async () => {
    const chosen = { status: status.value, followUp: followUp.value };
    const reply = await shell.api('PUT', base(r) + '/advocacy/' + issue.id, { title: issue.title, decisionLevel: issue.decisionLevel,
      decisionMakers: issue.decisionMakers, channels: issue.channels, coalitions: issue.coalitions, status: chosen.status,
      followUp: chosen.followUp.trim() || null }, ifMatch(issue.version));
    if (reply.status === 412) {
      await loadCommunication(view);
      const now = view.issues.find(i => i.id === issue.id);
      if (!now) { holders.issue.replaceChildren(); shell.status(L(shell, 'advocacy.gone', issue.title)); return; }
      statusForm(view, now, chosen);
      holders.issue.querySelector('#pos-issue-error').textContent = L(shell, 'advocacy.conflict', L(shell, 'advocacy.statuses.' + now.status));
      return;
    }
    if (reply.status !== 200) { showProblem(shell, form, alert, reply, { status: 'pos-issue-status', followUp: 'pos-issue-followup' }); return; }
    holders.issue.replaceChildren();
    await loadCommunication(view);
    shell.status(L(shell, 'advocacy.changed', reply.body.title, L(shell, 'advocacy.statuses.' + reply.body.status)));
    back();
  });
  holders.issue.replaceChildren(el('h3', { text: L(shell, 'advocacy.changeHeading', issue.title) }), form);
  status.focus();
}

// ---------------------------------------------------------------------------------------------
// Net Promoter Score: the surveys, the trend per segment, and forms for a survey and its answers.

async function nps(shell, out, r) {
  const { el } = shell;
  const [first, municipalities] = await Promise.all([shell.api('GET', base(r) + '/nps'), municipalitiesOf(shell, r)]);
  if (first.status !== 200) { out.replaceChildren(unavailable(shell, first)); return; }
  const view = { shell, r, municipalities, overview: first.body,
    municipalityName: id => id ? ((municipalities.find(m => m.id === id) || {}).name || id) : L(shell, 'wholeRegion'),
    chartSegment: select(shell, 'pos-nps-segment', []),
    holders: { surveys: el('div'), trends: el('div'), chart: el('div') } };
  const h = view.holders;
  view.chartSegment.addEventListener('change', () => drawNpsChart(view));
  out.replaceChildren(
    el('p', { class: 'hint', text: L(shell, 'nps.intro') }),
    el('h2', { text: L(shell, 'nps.surveys') }), h.surveys,
    el('h2', { text: L(shell, 'nps.trend') }), h.trends,
    el('p', {}, el('label', { for: 'pos-nps-segment', text: L(shell, 'nps.chartFor') + ' ' }), view.chartSegment), h.chart,
    el('h2', { text: L(shell, 'nps.answers') }), answersForm(view),
    el('h2', { text: L(shell, 'nps.newSurvey') }), surveyForm(view));
  drawNps(view);
}

async function loadNps(view) {
  const reply = await view.shell.api('GET', base(view.r) + '/nps');
  if (reply.status !== 200) { view.holders.surveys.replaceChildren(unavailable(view.shell, reply)); return; }
  view.overview = reply.body;
  drawNps(view);
}

function drawNps(view) {
  const { shell, holders: h } = view;
  const { surveys, trends, minN } = view.overview;
  h.surveys.replaceChildren(surveyTable(view, surveys, minN));
  h.trends.replaceChildren(trendTable(view, trends));
  // The chart sums a segment's answers over the whole region: the trend rows without a municipality.
  const segments = SEGMENTS.filter(s => trends.some(t => t.segment === s && !t.municipalityId));
  refill(shell, view.chartSegment, segments.map(s => ({ value: s, text: L(shell, 'segments.' + s) })));
  view.chartSegment.disabled = !segments.length;
  refill(shell, view.surveySelect, surveys.map(s => ({ value: s.id, text: surveyName(view, s) })), view.chosenSurvey);
  view.chosenSurvey = null;
  drawNpsChart(view);
}

function drawNpsChart(view) {
  const { shell } = view;
  const segment = view.chartSegment.value;
  view.holders.chart.replaceChildren(segment ? shell.el('p', {}, shell.el('img', { id: 'pos-nps-chart', class: 'heatmap',
    src: chartSrc(shell, view.r, 'nps', { segment }), alt: L(shell, 'nps.chartAlt', L(shell, 'segments.' + segment)) }))
    : none(shell, 'pos-nps-chart', 'nps.noAnswers'));
}

const surveyName = (view, s) => s.question + ' — ' + L(view.shell, 'segments.' + s.segment) + ', ' + view.municipalityName(s.municipalityId) + ', ' + s.period;

/** A survey's or a period's NPS as figures: n, the score, its margin; a warning when there are too few answers to go by. */
function npsCells(shell, n, minN) {
  const note = n.n === 0 ? L(shell, 'nps.noAnswers') : n.lowN ? L(shell, 'nps.lowN', minN) : '';
  return [String(n.n), number(shell, n.score, 1), n.marginOfError == null ? '—' : '± ' + number(shell, n.marginOfError, 1),
    note ? shell.el('strong', { text: note }) : ''];
}

function surveyTable(view, surveys, minN) {
  const { shell } = view;
  if (!surveys.length) return none(shell, 'pos-surveys');
  return table(shell, 'pos-surveys', L(shell, 'nps.surveysCaption'),
    [L(shell, 'nps.question'), L(shell, 'nps.segment'), L(shell, 'municipality'), L(shell, 'period'), L(shell, 'nps.n'), L(shell, 'nps.score'),
      L(shell, 'nps.margin'), L(shell, 'nps.note')],
    surveys.map(s => ({ id: 'pos-survey-' + s.id, cells: [s.question, L(shell, 'segments.' + s.segment), view.municipalityName(s.municipalityId),
      s.period, ...npsCells(shell, s.nps, minN)] })));
}

/** Per segment and municipality (and the whole region), a row per period. */
function trendTable(view, trends) {
  const { shell } = view;
  if (!trends.length) return none(shell, 'pos-trends');
  const rows = trends.flatMap(t => Object.entries(t.byPeriod).map(([period, n]) => [L(shell, 'segments.' + t.segment),
    view.municipalityName(t.municipalityId), period, ...npsCells(shell, n, view.overview.minN)]));
  return table(shell, 'pos-trends', L(shell, 'nps.trendCaption'),
    [L(shell, 'nps.segment'), L(shell, 'municipality'), L(shell, 'period'), L(shell, 'nps.n'), L(shell, 'nps.score'), L(shell, 'nps.margin'),
      L(shell, 'nps.note')], rows);
}

function surveyForm(view) {
  const { shell, r } = view;
  const { el } = shell;
  const alert = errorBox(shell, 'pos-survey-error');
  const period = textInput(shell, 'pos-survey-period', 7);
  period.value = String(new Date().getFullYear());
  const fields = { question: 'pos-survey-question', segment: 'pos-survey-segment', municipalityId: 'pos-survey-municipality', period: 'pos-survey-period' };
  const form = el('form', { novalidate: 'novalidate', id: 'pos-survey-form' },
    ...field(shell, 'pos-survey-question', L(shell, 'nps.question'), textArea(shell, 'pos-survey-question', 500), L(shell, 'nps.questionHint')),
    ...field(shell, 'pos-survey-segment', L(shell, 'nps.segment'),
      select(shell, 'pos-survey-segment', SEGMENTS.map(s => ({ value: s, text: L(shell, 'segments.' + s) })))),
    ...field(shell, 'pos-survey-municipality', L(shell, 'municipality'),
      select(shell, 'pos-survey-municipality', view.municipalities.map(m => ({ value: m.id, text: m.name })), L(shell, 'wholeRegion'))),
    ...field(shell, 'pos-survey-period', L(shell, 'period'), period, L(shell, 'nps.periodHint')),
    el('button', { type: 'submit', text: L(shell, 'nps.createButton') }), alert);
  onSubmit(form, async () => {
    const value = id => form.querySelector('#' + id).value.trim();
    const reply = await shell.api('POST', base(r) + '/nps/surveys', { question: value('pos-survey-question'), segment: value('pos-survey-segment'),
      municipalityId: value('pos-survey-municipality') || null, period: value('pos-survey-period') });
    if (reply.status !== 201) { showProblem(shell, form, alert, reply, fields); return; }
    clearProblem(form, alert);
    form.querySelector('#pos-survey-question').value = '';
    view.chosenSurvey = reply.body.id; // ready for its answers
    await loadNps(view);
    shell.status(L(shell, 'nps.created', surveyName(view, reply.body)));
  });
  return form;
}

// The three ways answers come: one at a time, a list typed in, or a distribution a survey published.
const ANSWER_KINDS = ['one', 'list', 'distribution'];

function answersForm(view) {
  const { shell, r } = view;
  const { el } = shell;
  view.surveySelect = select(shell, 'pos-answers-survey', []);
  const alert = errorBox(shell, 'pos-answers-error');
  const groups = {
    one: el('div', { id: 'pos-answers-one' }, ...field(shell, 'pos-answers-score', L(shell, 'nps.score1'),
      select(shell, 'pos-answers-score', SCORES.map(s => ({ value: s, text: String(s) }))))),
    list: el('div', { id: 'pos-answers-list' }, ...field(shell, 'pos-answers-scores', L(shell, 'nps.scores'), textInput(shell, 'pos-answers-scores', 100000),
      L(shell, 'nps.scoresHint'))),
    distribution: el('fieldset', { id: 'pos-answers-distribution' }, el('legend', { text: L(shell, 'nps.distribution') }),
      ...SCORES.map(s => el('div', {}, el('label', { for: 'pos-answers-d' + s, text: L(shell, 'nps.answersGiving', s) }), ' ',
        el('input', { id: 'pos-answers-d' + s, type: 'number', min: '0', step: '1' }))))
  };
  const kinds = el('fieldset', { id: 'pos-answers-kind' }, el('legend', { text: L(shell, 'nps.kind') }), ...ANSWER_KINDS.map(k => el('div', {},
    el('input', { type: 'radio', name: 'pos-answers-kind', id: 'pos-answers-kind-' + k, value: k }), ' ',
    el('label', { for: 'pos-answers-kind-' + k, text: L(shell, 'nps.kinds.' + k) }))));
  const show = kind => ANSWER_KINDS.forEach(k => { groups[k].hidden = k !== kind; });
  kinds.addEventListener('change', event => show(event.target.value));
  kinds.querySelector('#pos-answers-kind-list').checked = true;
  show('list');
  const form = el('form', { novalidate: 'novalidate', id: 'pos-answers-form' },
    ...field(shell, 'pos-answers-survey', L(shell, 'nps.survey'), view.surveySelect), kinds, groups.one, groups.list, groups.distribution,
    el('button', { type: 'submit', text: L(shell, 'nps.countButton') }), alert);
  onSubmit(form, () => sendAnswers(view, form, alert, form.querySelector('input[name=pos-answers-kind]:checked').value));
  return form;
}

/** The answers as the API takes them, or {error} said in the reader's words before anything is sent. */
function readAnswers(shell, form, kind) {
  if (kind === 'one') return { body: { score: Number(form.querySelector('#pos-answers-score').value) }, control: 'pos-answers-score' };
  if (kind === 'list') {
    const tokens = form.querySelector('#pos-answers-scores').value.split(/[\s,;]+/).filter(Boolean);
    if (!tokens.length) return { error: L(shell, 'nps.noneGiven'), control: 'pos-answers-scores' };
    const bad = tokens.findIndex(t => !/^-?\d+$/.test(t));
    if (bad >= 0) return { error: L(shell, 'nps.notANumber', bad + 1, tokens[bad]), control: 'pos-answers-scores' };
    return { body: { scores: tokens.map(Number) }, control: 'pos-answers-scores' };
  }
  const distribution = {};
  for (const s of SCORES) {
    const text = form.querySelector('#pos-answers-d' + s).value.trim();
    if (!text) continue;
    if (!/^\d+$/.test(text)) return { error: L(shell, 'nps.badCount', s), control: 'pos-answers-d' + s };
    distribution[String(s)] = Number(text);
  }
  if (!Object.keys(distribution).length) return { error: L(shell, 'nps.noneGiven'), control: 'pos-answers-d0' };
  return { body: { distribution }, control: null };
}

/** One field error of the answers in the reader's words: which answer (and what it was) is not 0 to 10. */
function answerError(shell, e, body) {
  const listed = /^scores\[(\d+)\]$/.exec(e.field);
  if (listed) return L(shell, 'nps.outOfRange', Number(listed[1]) + 1, body.scores[Number(listed[1])]);
  if (e.field === 'score') return L(shell, 'nps.scoreOutOfRange');
  if (e.field.startsWith('distribution.')) return L(shell, 'nps.badCount', e.field.slice('distribution.'.length));
  return e.field + ': ' + e.message;
}

async function sendAnswers(view, form, alert, kind) {
  const { shell, r } = view;
  const { el } = shell;
  clearProblem(form, alert);
  const survey = view.surveySelect.value;
  if (!survey) { alert.textContent = L(shell, 'nps.noSurvey'); return; }
  const read = readAnswers(shell, form, kind);
  const mark = id => { if (id) form.querySelector('#' + id).setAttribute('aria-invalid', 'true'); };
  if (read.error) { alert.replaceChildren(el('p', { text: read.error })); mark(read.control); return; }
  const before = view.overview.surveys.find(s => String(s.id) === survey);
  const reply = await shell.api('POST', base(r) + '/nps/surveys/' + survey + '/answers', read.body);
  if (reply.status !== 200) {
    const errors = (reply.body && reply.body.errors) || [];
    if (reply.status !== 400 || !errors.length) { alert.textContent = shell.problemText(reply); return; }
    // The API counts all of them or none: say so, and which answers were refused.
    mark(kind === 'distribution' ? null : read.control);
    alert.replaceChildren(el('p', { text: L(shell, 'nps.nothingCounted') }), el('ul', {}, ...errors.map(e => el('li', { text: answerError(shell, e, read.body) }))));
    return;
  }
  if (kind === 'list') form.querySelector('#pos-answers-scores').value = '';
  if (kind === 'distribution') SCORES.forEach(s => { form.querySelector('#pos-answers-d' + s).value = ''; });
  view.chosenSurvey = reply.body.id;
  await loadNps(view);
  shell.status(L(shell, 'nps.counted', reply.body.nps.n - (before ? before.nps.n : 0), reply.body.question, reply.body.nps.n));
}
