// The innovation portfolio in the Samverka web app: a municipality's three-year innovation
// programme with its time ledger (the municipality puts in at least as much time as the programme
// lead) and the balance of its portfolio; the selection board where candidate ideas are assessed and
// decided; the projects of the portfolio with their partners, goals and benefits; and, for the
// region, every programme side by side with the projects per Agenda 2030 goal.
//
// Every figure (ratio, balance, warnings, totals) is the API's: these pages show it in the reader's
// language. Forms stay in place and only the figures are redrawn after a change, so a person keeps
// their place (and the focus) in the form they were using; what happened is said in the status line.

let labels = {};
let goalsReply = null;

function L(shell, key, ...args) {
  const pick = set => key.split('.').reduce((o, k) => (o || {})[k], set);
  const text = pick(labels[shell.lang()] || labels.en) ?? pick(labels.en) ?? key;
  return String(text).replace(/\{(\d+)\}/g, (_, i) => String(args[Number(i)] ?? ''));
}

/** A text the API gives in several languages, in the reader's. */
function local(shell, texts) {
  if (!texts) return '';
  return texts[shell.lang()] || texts.en || Object.values(texts)[0] || '';
}

const STATUSES = ['IDEA', 'IN_PORTFOLIO', 'RUNNING', 'COMPLETED', 'STOPPED'];
const STATUS_DATES = { IDEA: 'idea', IN_PORTFOLIO: 'inPortfolio', RUNNING: 'running', COMPLETED: 'completed', STOPPED: 'stopped' };
const SIZES = ['SMALL', 'MEDIUM', 'LARGE'];
const SECTORS = ['PUBLIC', 'BUSINESS', 'ACADEMIA', 'CIVIL_SOCIETY'];
const BENEFITS = ['SERVICES', 'COST', 'BUSINESS', 'GOALS'];
const ATTAINMENTS = ['ACHIEVED', 'PARTLY', 'NOT'];
const DECISIONS = ['GO', 'NOT_NOW', 'NO'];
const ASSESSED = ['services', 'cost', 'business', 'goals'];
const MUNICIPALITY_KEY = 'samverka.portfolio.municipality';
const programmeKey = m => 'samverka.portfolio.programme.' + m;

const base = m => '/municipalities/' + m + '/portfolio/programmes';
const ifMatch = version => ({ 'If-Match': '"' + version + '"' });

export async function register(shell) {
  labels = await fetch('/app/plugins/portfolio/labels.json').then(r => r.json());
  shell.addPage('programme', () => L(shell, 'pages.programme'), main => withMunicipality(shell, main, (out, m) => programmePage(shell, out, m)));
  shell.addPage('selection', () => L(shell, 'pages.selection'),
    main => withMunicipality(shell, main, (out, m) => withProgramme(shell, out, m, view => selection(view))));
  shell.addPage('projects', () => L(shell, 'pages.projects'),
    main => withMunicipality(shell, main, (out, m) => withProgramme(shell, out, m, view => projectsPage(view))));
  shell.addPage('overview', () => L(shell, 'pages.overview'), main => overview(shell, main));
}

// ---------------------------------------------------------------------------------------------
// Shared: goals, numbers, dates, tables, form controls and what the API refused.

/** The 17 goals and their sources, read once. */
async function goals(shell) {
  if (!goalsReply || goalsReply.status !== 200) goalsReply = await shell.api('GET', '/portfolio/goals');
  return goalsReply.status === 200 ? goalsReply.body : { goals: [], sources: {} };
}

function goalName(shell, list, n) {
  const goal = list.goals.find(g => g.number === Number(n));
  return goal ? n + '. ' + local(shell, goal.name) : String(n);
}

/** Where the goals' names come from, once per page in small text. */
const sources = (shell, list) => shell.el('p', { class: 'hint', id: 'pf-goal-sources', text: L(shell, 'goalSources', local(shell, list.sources)) });

function number(shell, value, digits = 2) {
  return value == null ? '—' : new Intl.NumberFormat(shell.locale(), { maximumFractionDigits: digits }).format(value);
}

/** A day (yyyy-mm-dd) as the reader writes it, read as that day here. */
function day(shell, iso) {
  return iso ? new Intl.DateTimeFormat(shell.locale(), { dateStyle: 'medium' }).format(new Date(iso + 'T00:00')) : '—';
}

function today() {
  const d = new Date();
  return [d.getFullYear(), String(d.getMonth() + 1).padStart(2, '0'), String(d.getDate()).padStart(2, '0')].join('-');
}

/** A table with caption and headings: the shell's. */
const table = (shell, ...args) => shell.table(...args);

const none = (shell, id, key = 'nothingYet') => shell.el('p', { id, text: L(shell, key) });

/** A control with its visible label above it, and a hint read with it. */
function field(shell, id, label, control, hint) {
  const { el } = shell;
  if (hint) control.setAttribute('aria-describedby', id + '-hint');
  return [el('label', { for: id, text: label }), control, ...(hint ? [el('p', { id: id + '-hint', class: 'hint', text: hint })] : [])];
}

const textInput = (shell, id, max = 200) => shell.el('input', { id, type: 'text', maxlength: String(max), autocomplete: 'off' });
const textArea = (shell, id, max = 2000) => shell.el('textarea', { id, rows: '3', maxlength: String(max) });
const numberInput = (shell, id, min, max, step = '1') => shell.el('input', { id, type: 'number', min: String(min), max: String(max), step });

function select(shell, id, options, empty) {
  const { el } = shell;
  return el('select', { id }, ...(empty ? [el('option', { value: '', text: empty })] : []),
    ...options.map(o => el('option', { value: String(o.value), text: o.text })));
}

const choices = (shell, values, prefix) => values.map(v => ({ value: v, text: L(shell, prefix + '.' + v) }));

function onSubmit(form, handler) {
  form.addEventListener('submit', async event => {
    event.preventDefault();
    await handler();
  });
}

const errorBox = (shell, id) => shell.el('div', { id, class: 'error', role: 'alert' });

/**
 * What the API refused, in the form's alert: each field error under the form's label for the
 * field, the field marked invalid. {@code fields} maps the API's field names to control ids.
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

/** One problem found before sending, said in the reader's words at the control's label. */
function showOwnProblem(shell, form, alert, controlId, message) {
  const { el } = shell;
  clearProblem(form, alert);
  const control = form.querySelector('#' + controlId);
  control.setAttribute('aria-invalid', 'true');
  alert.replaceChildren(el('p', { text: L(shell, 'notSaved') }),
    el('ul', {}, el('li', { text: form.querySelector('label[for="' + controlId + '"]').textContent + ': ' + message })));
  control.focus();
}

function clearProblem(form, alert) {
  form.querySelectorAll('[aria-invalid]').forEach(control => control.removeAttribute('aria-invalid'));
  alert.replaceChildren();
}

/** Says why there is nothing to show: the municipality does not use the portfolio (404), or what the API said. */
function unavailable(shell, reply) {
  return shell.el('p', { class: 'error', role: 'alert', text: reply.status === 404 ? L(shell, 'notUsed') : shell.problemText(reply) });
}

// ---------------------------------------------------------------------------------------------
// The municipality and the programme a page is about; both choices are remembered in this browser.

async function withMunicipality(shell, main, show) {
  await shell.picker(main, { id: 'pf-municipality', label: L(shell, 'municipality'), choices: await shell.municipalities(),
    storageKey: MUNICIPALITY_KEY, show, none: L(shell, 'noMunicipality') });
}

/** The municipality's programmes, the one chosen remembered; {@code show} gets {shell, m, programme, holder, goals}. */
async function withProgramme(shell, out, m, show) {
  const { el } = shell;
  const [reply, goalList] = await Promise.all([shell.api('GET', base(m)), goals(shell)]);
  if (reply.status !== 200) { out.replaceChildren(unavailable(shell, reply)); return; }
  if (!reply.body.length) { out.replaceChildren(none(shell, 'pf-no-programme', 'noProgrammeYet')); return; }
  const chooser = programmeSelect(shell, m, reply.body);
  const holder = el('div');
  const draw = () => show({ shell, m, programme: reply.body.find(p => String(p.id) === chooser.value), holder, goals: goalList });
  chooser.addEventListener('change', () => {
    localStorage.setItem(programmeKey(m), chooser.value);
    draw();
  });
  out.replaceChildren(el('p', {}, el('label', { for: 'pf-programme', text: L(shell, 'programme') + ' ' }), chooser), holder);
  await draw();
}

function programmeSelect(shell, m, programmes) {
  const chooser = select(shell, 'pf-programme', programmes.map(p => ({ value: p.id, text: p.name })));
  const saved = localStorage.getItem(programmeKey(m));
  if (saved && programmes.some(p => String(p.id) === saved)) chooser.value = saved;
  return chooser;
}

// ---------------------------------------------------------------------------------------------
// Programme: the facts, the balance, the time ledger; and a form for a new programme.

async function programmePage(shell, out, m, after = {}) {
  const { el } = shell;
  const [reply, goalList] = await Promise.all([shell.api('GET', base(m)), goals(shell)]);
  if (reply.status !== 200) { out.replaceChildren(unavailable(shell, reply)); return; }
  const holder = el('div', { id: 'pf-programme-view' });
  const parts = [];
  if (reply.body.length) {
    const chooser = programmeSelect(shell, m, reply.body);
    const draw = () => programmeView({ shell, m, programme: reply.body.find(p => String(p.id) === chooser.value), holder, goals: goalList });
    chooser.addEventListener('change', () => {
      localStorage.setItem(programmeKey(m), chooser.value);
      draw();
    });
    parts.push(el('p', {}, el('label', { for: 'pf-programme', text: L(shell, 'programme') + ' ' }), chooser), holder);
    out.replaceChildren(...parts, el('h2', { text: L(shell, 'newProgramme') }), programmeForm(shell, out, m));
    await draw();
  } else {
    out.replaceChildren(none(shell, 'pf-no-programme', 'noProgramme'), el('h2', { text: L(shell, 'newProgramme') }), programmeForm(shell, out, m));
  }
  if (after.focus) { const heading = out.querySelector('#pf-programme-heading'); if (heading) heading.focus(); }
  if (after.status) shell.status(after.status);
}

function programmeForm(shell, out, m) {
  const { el } = shell;
  const alert = errorBox(shell, 'pf-programme-error');
  const starts = el('input', { id: 'pf-programme-starts', type: 'date' });
  starts.value = today();
  const length = numberInput(shell, 'pf-programme-length', 1, 120);
  length.value = '36';
  const phase = numberInput(shell, 'pf-programme-phase', 1, 120);
  phase.value = '6';
  const fields = { name: 'pf-programme-name', owner: 'pf-programme-owner', startsOn: 'pf-programme-starts', lengthMonths: 'pf-programme-length',
    portfolioMonths: 'pf-programme-phase' };
  const form = el('form', { novalidate: 'novalidate', id: 'pf-programme-form' },
    ...field(shell, 'pf-programme-name', L(shell, 'name'), textInput(shell, 'pf-programme-name')),
    ...field(shell, 'pf-programme-owner', L(shell, 'optional', L(shell, 'owner')), textInput(shell, 'pf-programme-owner'), L(shell, 'ownerHint')),
    ...field(shell, 'pf-programme-starts', L(shell, 'startsOn'), starts),
    ...field(shell, 'pf-programme-length', L(shell, 'lengthMonths'), length, L(shell, 'lengthHint')),
    ...field(shell, 'pf-programme-phase', L(shell, 'portfolioMonths'), phase, L(shell, 'phaseHint')),
    el('button', { type: 'submit', text: L(shell, 'createProgramme') }), alert);
  onSubmit(form, async () => {
    const value = id => form.querySelector('#' + id).value.trim();
    const whole = id => (value(id) === '' ? null : Number(value(id)));
    const reply = await shell.api('POST', base(m), { name: value('pf-programme-name'), owner: value('pf-programme-owner') || null,
      startsOn: value('pf-programme-starts') || null, lengthMonths: whole('pf-programme-length'), portfolioMonths: whole('pf-programme-phase') });
    if (reply.status !== 201) { showProblem(shell, form, alert, reply, fields); return; }
    localStorage.setItem(programmeKey(m), String(reply.body.id));
    await programmePage(shell, out, m, { focus: true, status: L(shell, 'programmeCreated', reply.body.name) });
  });
  return form;
}

async function programmeView(view) {
  const { shell, programme: p, holder } = view;
  const { el } = shell;
  view.holders = { balance: el('div', { id: 'pf-balance' }), ledger: el('div', { id: 'pf-ledger-holder' }) };
  const facts = el('dl', { id: 'pf-facts' },
    ...fact(shell, L(shell, 'owner'), p.owner || '—'),
    ...fact(shell, L(shell, 'startsOn'), day(shell, p.startsOn)),
    ...fact(shell, L(shell, 'portfolioEndsOn'), L(shell, 'phaseEnds', day(shell, p.portfolioEndsOn), p.portfolioMonths)),
    ...fact(shell, L(shell, 'endsOn'), L(shell, 'programmeEnds', day(shell, p.endsOn), p.lengthMonths)));
  holder.replaceChildren(el('h2', { id: 'pf-programme-heading', tabindex: '-1', text: p.name }), facts,
    el('h3', { text: L(shell, 'balance.heading') }), view.holders.balance,
    el('h3', { text: L(shell, 'ledger.heading') }), el('p', { class: 'hint', text: L(shell, 'ledger.requirement') }), view.holders.ledger,
    el('h4', { text: L(shell, 'ledger.set') }), ledgerForm(view));
  await Promise.all([loadBalance(view), loadLedger(view)]);
}

const fact = (shell, term, value) => [shell.el('dt', { text: term }), shell.el('dd', { text: value })];

async function loadBalance(view) {
  const { shell, m, programme: p, holders } = view;
  const reply = await shell.api('GET', base(m) + '/' + p.id + '/balance');
  if (reply.status !== 200) { holders.balance.replaceChildren(unavailable(shell, reply)); return; }
  holders.balance.replaceChildren(...balanceParts(shell, reply.body, view.goals));
}

/** The warnings in the reader's words, then a table per way of counting. */
function balanceParts(shell, b, goalList) {
  const { el } = shell;
  const count = (id, caption, keys, prefix, map) => table(shell, id, caption, [L(shell, prefix + 'Column'), L(shell, 'count')],
    keys.map(k => ({ id: id + '-' + k, cells: [L(shell, prefix + '.' + k), String(map[k] ?? 0)] })));
  const byGoal = Object.entries(b.byGoal || {});
  return [
    warningList(shell, b),
    el('p', { id: 'pf-balance-projects', text: L(shell, 'balance.projects', b.projects) }),
    count('pf-balance-status', L(shell, 'balance.byStatus'), STATUSES, 'statuses', b.byStatus),
    count('pf-balance-size', L(shell, 'balance.bySize'), SIZES, 'sizes', b.bySize),
    byGoal.length ? table(shell, 'pf-balance-goal', L(shell, 'balance.byGoal'), [L(shell, 'goal'), L(shell, 'count')],
      byGoal.map(([g, n]) => ({ id: 'pf-balance-goal-' + g, cells: [goalName(shell, goalList, g), String(n)] })))
      : none(shell, 'pf-balance-goal', 'balance.noGoals'),
    count('pf-balance-sector', L(shell, 'balance.bySector'), SECTORS, 'sectors', b.bySector),
    count('pf-balance-benefit', L(shell, 'balance.byBenefit'), BENEFITS, 'benefits', b.byBenefit),
    sources(shell, goalList)];
}

/** The balance's warnings, each in the reader's language; a sector without partners is named from the counts. */
function warningList(shell, b) {
  const { el } = shell;
  if (!b.warnings.length) return el('p', { id: 'pf-warnings', text: L(shell, 'balance.noWarnings') });
  const missing = SECTORS.filter(s => (b.bySector || {})[s] === 0);
  const texts = [];
  let sectorsSaid = false;
  for (const w of b.warnings) {
    if (w.code === 'SECTOR_WITHOUT_PARTNER') {
      if (sectorsSaid) continue; // one line naming every sector without a partner
      sectorsSaid = true;
      const named = missing.length ? missing : SECTORS.filter(s => w.detail && w.detail.includes(s));
      texts.push(L(shell, 'warnings.SECTOR_WITHOUT_PARTNER', named.map(s => L(shell, 'sectors.' + s)).join(', ')));
    } else {
      texts.push(L(shell, 'warnings.' + w.code) === 'warnings.' + w.code ? w.detail : L(shell, 'warnings.' + w.code));
    }
  }
  return el('div', { id: 'pf-warnings' }, el('p', {}, el('strong', { text: L(shell, 'balance.warningsHeading') })),
    el('ul', {}, ...texts.map(t => el('li', { text: t }))));
}

async function loadLedger(view) {
  const { shell, m, programme: p, holders } = view;
  const reply = await shell.api('GET', base(m) + '/' + p.id + '/ledger');
  if (reply.status !== 200) { holders.ledger.replaceChildren(unavailable(shell, reply)); return; }
  drawLedger(view, reply.body);
}

function drawLedger(view, ledger) {
  const { shell, holders } = view;
  const { el } = shell;
  const s = ledger.summary;
  const hours = h => L(shell, 'hours', number(shell, h, 1));
  const months = ledger.months.length
    ? table(shell, 'pf-ledger', L(shell, 'ledger.caption'), [L(shell, 'ledger.month'), L(shell, 'ledger.municipalityHours'), L(shell, 'ledger.leadHours')],
      [...ledger.months.map(x => ({ id: 'pf-ledger-' + x.month, cells: [x.month, hours(x.municipalityHours), hours(x.leadHours)] })),
        { id: 'pf-ledger-total', cells: [L(shell, 'ledger.total'), hours(s.municipalityHours), hours(s.leadHours)] }])
    : none(shell, 'pf-ledger', 'ledger.none');
  const ratio = el('p', { id: 'pf-ratio', text: s.ratio == null ? L(shell, 'ledger.noRatio')
    : L(shell, 'ledger.ratio', number(shell, s.ratio, 2), hours(s.municipalityHours), hours(s.leadHours)) });
  const warning = s.belowRequirement
    ? el('p', { id: 'pf-ledger-warning', class: 'error' }, el('strong', { text: L(shell, 'ledger.belowHeading') + ' ' }), L(shell, 'ledger.below'))
    : '';
  holders.ledger.replaceChildren(months, ratio, warning);
}

function ledgerForm(view) {
  const { shell, m, programme: p } = view;
  const { el } = shell;
  const alert = errorBox(shell, 'pf-ledger-error');
  const month = textInput(shell, 'pf-ledger-month', 7);
  month.value = today().slice(0, 7);
  const fields = { month: 'pf-ledger-month', municipalityHours: 'pf-ledger-municipality', leadHours: 'pf-ledger-lead' };
  const form = el('form', { novalidate: 'novalidate', id: 'pf-ledger-form' },
    ...field(shell, 'pf-ledger-month', L(shell, 'ledger.month'), month, L(shell, 'ledger.monthHint')),
    ...field(shell, 'pf-ledger-municipality', L(shell, 'ledger.municipalityHours'), numberInput(shell, 'pf-ledger-municipality', 0, 10000, '0.5')),
    ...field(shell, 'pf-ledger-lead', L(shell, 'ledger.leadHours'), numberInput(shell, 'pf-ledger-lead', 0, 10000, '0.5')),
    el('p', { class: 'hint', id: 'pf-ledger-form-hint', text: L(shell, 'ledger.replaces') }),
    el('button', { type: 'submit', text: L(shell, 'ledger.save') }), alert);
  onSubmit(form, async () => {
    const which = month.value.trim();
    if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(which)) { showOwnProblem(shell, form, alert, 'pf-ledger-month', L(shell, 'ledger.badMonth')); return; }
    const hoursOf = id => { const text = form.querySelector('#' + id).value.trim(); return text === '' ? null : Number(text); };
    const reply = await shell.api('PUT', base(m) + '/' + p.id + '/ledger/' + which,
      { municipalityHours: hoursOf('pf-ledger-municipality'), leadHours: hoursOf('pf-ledger-lead') });
    if (reply.status !== 200) { showProblem(shell, form, alert, reply, fields); return; }
    clearProblem(form, alert);
    drawLedger(view, reply.body);
    form.querySelector('#pf-ledger-municipality').value = '';
    form.querySelector('#pf-ledger-lead').value = '';
    shell.status(L(shell, reply.body.summary.belowRequirement ? 'ledger.savedBelow' : 'ledger.saved', which));
  });
  return form;
}

// ---------------------------------------------------------------------------------------------
// The selection board: candidates best first, a form to add one, and a decision per undecided one.

async function selection(view) {
  const { shell, holder } = view;
  const { el } = shell;
  view.holders = { board: el('div'), decide: el('div', { id: 'pf-decide-holder' }) };
  holder.replaceChildren(el('h2', { id: 'pf-board-heading', tabindex: '-1', text: L(shell, 'board.heading', view.programme.name) }),
    el('p', { class: 'hint', text: L(shell, 'board.intro') }), view.holders.board, view.holders.decide,
    el('h2', { text: L(shell, 'board.add') }), candidateForm(view));
  await loadBoard(view);
}

async function loadBoard(view) {
  const { shell, m, programme: p, holders } = view;
  const reply = await shell.api('GET', base(m) + '/' + p.id + '/candidates');
  if (reply.status !== 200) { holders.board.replaceChildren(unavailable(shell, reply)); return; }
  view.candidates = reply.body;
  holders.board.replaceChildren(candidateTable(view));
}

function decisionText(shell, d) {
  if (!d) return L(shell, 'board.undecided');
  return L(shell, 'board.decided', L(shell, 'decisions.' + d.decision), d.decidedBy, day(shell, d.decidedOn), d.reason);
}

function candidateTable(view) {
  const { shell } = view;
  const { el } = shell;
  if (!view.candidates.length) return none(shell, 'pf-candidates');
  const score = v => (v == null ? '—' : String(v));
  return table(shell, 'pf-candidates', L(shell, 'board.caption'),
    [L(shell, 'title'), L(shell, 'proposedBy'), ...ASSESSED.map(a => L(shell, 'benefits.' + a.toUpperCase())), L(shell, 'feasibility'),
      L(shell, 'total'), L(shell, 'decision'), L(shell, 'action')],
    view.candidates.map(c => ({ id: 'pf-candidate-' + c.id, cells: [
      c.title,
      [c.proposedBy, c.sector ? L(shell, 'sectors.' + c.sector) : ''].filter(Boolean).join(', ') || '—',
      ...ASSESSED.map(a => score(c.assessment[a])), score(c.assessment.feasibility), score(c.assessment.total),
      decisionText(shell, c.decision),
      c.decision ? '' : el('button', { type: 'button', class: 'secondary', id: 'pf-decide-' + c.id, text: L(shell, 'board.decide'),
        'aria-label': L(shell, 'board.decideOn', c.title), onclick: () => decideForm(view, c) })] })));
}

const scoreOptions = (shell, from, to, key) => Array.from({ length: to - from + 1 }, (_, i) => from + i)
  .map(n => ({ value: n, text: L(shell, key + '.' + n) }));

function candidateForm(view) {
  const { shell, m, programme: p } = view;
  const { el } = shell;
  const alert = errorBox(shell, 'pf-candidate-error');
  const fields = { title: 'pf-candidate-title', description: 'pf-candidate-description', proposedBy: 'pf-candidate-by', sector: 'pf-candidate-sector',
    'assessment.feasibility': 'pf-candidate-feasibility' };
  ASSESSED.forEach(a => { fields['assessment.' + a] = 'pf-candidate-' + a; });
  const form = el('form', { novalidate: 'novalidate', id: 'pf-candidate-form' },
    ...field(shell, 'pf-candidate-title', L(shell, 'title'), textInput(shell, 'pf-candidate-title')),
    ...field(shell, 'pf-candidate-description', L(shell, 'optional', L(shell, 'description')), textArea(shell, 'pf-candidate-description')),
    ...field(shell, 'pf-candidate-by', L(shell, 'optional', L(shell, 'proposedBy')), textInput(shell, 'pf-candidate-by')),
    ...field(shell, 'pf-candidate-sector', L(shell, 'optional', L(shell, 'sector')),
      select(shell, 'pf-candidate-sector', choices(shell, SECTORS, 'sectors'), L(shell, 'noSector'))),
    el('fieldset', { id: 'pf-candidate-assessment' }, el('legend', { text: L(shell, 'board.assessment') }),
      el('p', { class: 'hint', text: L(shell, 'board.assessmentHint') }),
      ...ASSESSED.flatMap(a => [el('div', {}, ...field(shell, 'pf-candidate-' + a, L(shell, 'benefitsLong.' + a.toUpperCase()),
        select(shell, 'pf-candidate-' + a, scoreOptions(shell, 0, 3, 'scores'), L(shell, 'notAssessed'))))]),
      el('div', {}, ...field(shell, 'pf-candidate-feasibility', L(shell, 'feasibility'),
        select(shell, 'pf-candidate-feasibility', scoreOptions(shell, 1, 5, 'feasibilities'), L(shell, 'notAssessed'))))),
    el('button', { type: 'submit', text: L(shell, 'board.addButton') }), alert);
  onSubmit(form, async () => {
    const value = id => form.querySelector('#' + id).value.trim();
    const scoreOf = id => (value(id) === '' ? null : Number(value(id)));
    const assessment = { feasibility: scoreOf('pf-candidate-feasibility') };
    ASSESSED.forEach(a => { assessment[a] = scoreOf('pf-candidate-' + a); });
    const reply = await shell.api('POST', base(m) + '/' + p.id + '/candidates', { title: value('pf-candidate-title'),
      description: value('pf-candidate-description') || null, proposedBy: value('pf-candidate-by') || null,
      sector: value('pf-candidate-sector') || null, assessment });
    if (reply.status !== 201) { showProblem(shell, form, alert, reply, fields); return; }
    clearProblem(form, alert);
    form.reset();
    await loadBoard(view);
    shell.status(L(shell, 'board.added', reply.body.title, reply.body.assessment.total));
  });
  return form;
}

/**
 * The decision on a candidate, below the board, sent with If-Match of the version shown. When
 * someone else changed the candidate meanwhile, the board is read again and the form shows the
 * candidate as it is now, with what the person chose kept, and says so.
 */
function decideForm(view, c, keep = null) {
  const { shell, m, programme: p, holders } = view;
  const { el } = shell;
  const alert = errorBox(shell, 'pf-decide-error');
  const decision = select(shell, 'pf-decision', choices(shell, DECISIONS, 'decisions'));
  const by = textInput(shell, 'pf-decided-by');
  by.value = shell.session().person.displayName || '';
  const on = el('input', { id: 'pf-decided-on', type: 'date' });
  on.value = today();
  const reason = textArea(shell, 'pf-decision-reason');
  const size = select(shell, 'pf-size', choices(shell, SIZES, 'sizes'));
  const goalBoxes = view.goals.goals.map(g => el('div', {}, el('input', { type: 'checkbox', id: 'pf-goal-' + g.number, name: 'pf-goal', value: String(g.number) }),
    ' ', el('label', { for: 'pf-goal-' + g.number, text: goalName(shell, view.goals, g.number) })));
  const go = el('fieldset', { id: 'pf-go' }, el('legend', { text: L(shell, 'board.goFields') }),
    ...field(shell, 'pf-size', L(shell, 'size'), size),
    el('fieldset', { id: 'pf-goals' }, el('legend', { text: L(shell, 'goals') }), ...goalBoxes), sources(shell, view.goals));
  if (keep) {
    decision.value = keep.decision; by.value = keep.decidedBy; on.value = keep.decidedOn; reason.value = keep.reason; size.value = keep.size;
    goalBoxes.forEach(box => { const input = box.querySelector('input'); input.checked = keep.goals.includes(Number(input.value)); });
  }
  const showGo = () => { go.hidden = decision.value !== 'GO'; };
  decision.addEventListener('change', showGo);
  showGo();
  const cancel = el('button', { type: 'button', class: 'secondary', text: L(shell, 'cancel') });
  const fields = { decision: 'pf-decision', decidedBy: 'pf-decided-by', decidedOn: 'pf-decided-on', reason: 'pf-decision-reason', size: 'pf-size' };
  const form = el('form', { novalidate: 'novalidate', id: 'pf-decide-form' },
    ...field(shell, 'pf-decision', L(shell, 'decision'), decision),
    ...field(shell, 'pf-decided-by', L(shell, 'decidedBy'), by),
    ...field(shell, 'pf-decided-on', L(shell, 'decidedOn'), on),
    ...field(shell, 'pf-decision-reason', L(shell, 'reason'), reason, L(shell, 'board.reasonHint')),
    go, el('div', {}, el('button', { type: 'submit', id: 'pf-decide-save', text: L(shell, 'board.decideButton') }), ' ', cancel), alert);
  const back = () => { const button = holders.board.querySelector('#pf-decide-' + c.id); (button || document.getElementById('pf-board-heading')).focus(); };
  cancel.addEventListener('click', () => { holders.decide.replaceChildren(); back(); });
  onSubmit(form, async () => {
    const chosen = { decision: decision.value, decidedBy: by.value.trim(), decidedOn: on.value, reason: reason.value.trim(), size: size.value,
      goals: [...form.querySelectorAll('input[name=pf-goal]:checked')].map(box => Number(box.value)) };
    const body = { decision: chosen.decision, decidedBy: chosen.decidedBy, decidedOn: chosen.decidedOn || null, reason: chosen.reason,
      size: chosen.decision === 'GO' ? chosen.size : null, goals: chosen.decision === 'GO' ? chosen.goals : [] };
    const reply = await shell.api('POST', base(m) + '/' + p.id + '/candidates/' + c.id + '/decision', body, ifMatch(c.version));
    if (reply.status === 412) {
      await loadBoard(view);
      const now = view.candidates.find(x => x.id === c.id);
      if (!now || now.decision) {
        holders.decide.replaceChildren();
        shell.status(L(shell, 'board.decidedMeanwhile', c.title));
        document.getElementById('pf-board-heading').focus();
        return;
      }
      decideForm(view, now, chosen);
      holders.decide.querySelector('#pf-decide-error').textContent = L(shell, 'board.conflict');
      return;
    }
    if (reply.status !== 200) {
      showProblem(shell, form, alert, reply, Object.fromEntries([...Object.entries(fields),
        ...chosen.goals.map((g, i) => ['goals[' + i + ']', 'pf-goal-' + g])]));
      return;
    }
    holders.decide.replaceChildren();
    await loadBoard(view);
    document.getElementById('pf-board-heading').focus();
    shell.status(L(shell, reply.body.projectId != null && reply.body.decision.decision === 'GO' ? 'board.wentGo' : 'board.decidedStatus',
      reply.body.title, L(shell, 'decisions.' + reply.body.decision.decision)));
  });
  holders.decide.replaceChildren(el('h3', { text: L(shell, 'board.decideOn', c.title) }), form);
  decision.focus();
}

// ---------------------------------------------------------------------------------------------
// Projects: the table, and a change of one project's status, partners and benefits.

async function projectsPage(view) {
  const { shell, holder } = view;
  const { el } = shell;
  view.holders = { table: el('div'), edit: el('div', { id: 'pf-edit-holder' }) };
  holder.replaceChildren(el('h2', { id: 'pf-projects-heading', tabindex: '-1', text: L(shell, 'projects.heading', view.programme.name) }),
    view.holders.table, sources(shell, view.goals), view.holders.edit);
  await loadProjects(view);
}

async function loadProjects(view) {
  const { shell, m, programme: p, holders } = view;
  const reply = await shell.api('GET', base(m) + '/' + p.id + '/projects');
  if (reply.status !== 200) { holders.table.replaceChildren(unavailable(shell, reply)); return; }
  view.projects = reply.body;
  holders.table.replaceChildren(projectTable(view));
}

function benefitText(shell, b) {
  const parts = [L(shell, 'benefits.' + b.kind) + ': ' + b.measure];
  if (b.baseline) parts.push(L(shell, 'projects.baselineIs', b.baseline));
  if (b.result) parts.push(L(shell, 'projects.resultIs', b.result));
  parts.push(b.attainment ? L(shell, 'attainments.' + b.attainment) : L(shell, 'attainments.OPEN'));
  return parts.join(' — ');
}

function projectTable(view) {
  const { shell } = view;
  const { el } = shell;
  if (!view.projects.length) return none(shell, 'pf-projects', 'projects.none');
  const list = items => (items.length ? el('ul', {}, ...items.map(t => el('li', { text: t }))) : '—');
  return table(shell, 'pf-projects', L(shell, 'projects.caption'),
    [L(shell, 'title'), L(shell, 'size'), L(shell, 'status'), L(shell, 'goals'), L(shell, 'partners'), L(shell, 'procurement'),
      L(shell, 'benefitsColumn'), L(shell, 'action')],
    view.projects.map(x => {
      const since = x.dates && x.dates[STATUS_DATES[x.status]];
      return { id: 'pf-project-' + x.id, cells: [x.title, L(shell, 'sizes.' + x.size),
        L(shell, 'statuses.' + x.status) + (since ? ' (' + L(shell, 'since', day(shell, since)) + ')' : ''),
        list(x.goals.map(g => goalName(shell, view.goals, g))),
        list(x.partners.map(pt => pt.name + ' (' + L(shell, 'sectors.' + pt.sector) + ')')),
        L(shell, x.innovativeProcurement ? 'yes' : 'no'),
        list(x.benefits.map(b => benefitText(shell, b))),
        el('button', { type: 'button', class: 'secondary', id: 'pf-edit-' + x.id, text: L(shell, 'projects.edit'),
          'aria-label': L(shell, 'projects.editOf', x.title), onclick: () => projectForm(view, x) })] };
    }));
}

/**
 * Changes a project: its status (the day it reached a new status is today unless already set),
 * innovative procurement, its partners (remove one, add one) and its benefits' results and
 * attainment, or a new benefit. Sent whole with If-Match of the version shown.
 */
function projectForm(view, x, note = null) {
  const { shell, m, programme: p, holders } = view;
  const { el } = shell;
  const alert = errorBox(shell, 'pf-project-error');
  let partners = x.partners.map(pt => ({ ...pt }));
  const status = select(shell, 'pf-project-status', choices(shell, STATUSES, 'statuses'));
  status.value = x.status;
  const procurement = el('input', { type: 'checkbox', id: 'pf-project-procurement' });
  procurement.checked = x.innovativeProcurement;
  const partnerList = el('ul', { id: 'pf-partner-list' });
  const drawPartners = () => {
    partnerList.replaceChildren(...(partners.length ? partners.map((pt, i) => el('li', {}, pt.name + ' (' + L(shell, 'sectors.' + pt.sector) + ') ',
      el('button', { type: 'button', class: 'secondary', text: L(shell, 'projects.remove'), 'aria-label': L(shell, 'projects.removePartner', pt.name),
        onclick: () => { partners.splice(i, 1); drawPartners(); form.querySelector('#pf-partner-name').focus(); } })))
      : [el('li', { text: L(shell, 'projects.noPartners') })]));
  };
  const benefitSets = x.benefits.map((b, i) => {
    const result = textInput(shell, 'pf-benefit-' + i + '-result');
    result.value = b.result || '';
    const attainment = select(shell, 'pf-benefit-' + i + '-attainment', choices(shell, ATTAINMENTS, 'attainments'), L(shell, 'attainments.OPEN'));
    attainment.value = b.attainment || '';
    return el('fieldset', { id: 'pf-benefit-' + i }, el('legend', { text: L(shell, 'benefits.' + b.kind) + ': ' + b.measure }),
      b.baseline ? el('p', { class: 'hint', text: L(shell, 'projects.baselineIs', b.baseline) }) : '',
      ...field(shell, 'pf-benefit-' + i + '-result', L(shell, 'optional', L(shell, 'result')), result),
      ...field(shell, 'pf-benefit-' + i + '-attainment', L(shell, 'attainment'), attainment));
  });
  const fields = { status: 'pf-project-status' };
  x.benefits.forEach((b, i) => { fields['benefits[' + i + '].result'] = 'pf-benefit-' + i + '-result'; });
  fields['benefits[' + x.benefits.length + '].measure'] = 'pf-benefit-measure';
  fields['benefits[' + x.benefits.length + '].baseline'] = 'pf-benefit-baseline';
  fields['partners[' + x.partners.length + '].name'] = 'pf-partner-name';
  const cancel = el('button', { type: 'button', class: 'secondary', text: L(shell, 'cancel') });
  const form = el('form', { novalidate: 'novalidate', id: 'pf-project-form' },
    ...field(shell, 'pf-project-status', L(shell, 'status'), status),
    el('div', {}, procurement, ' ', el('label', { for: 'pf-project-procurement', text: L(shell, 'projects.procurement') })),
    el('fieldset', { id: 'pf-partners' }, el('legend', { text: L(shell, 'partners') }), partnerList,
      ...field(shell, 'pf-partner-name', L(shell, 'projects.newPartner'), textInput(shell, 'pf-partner-name')),
      ...field(shell, 'pf-partner-sector', L(shell, 'projects.newPartnerSector'), select(shell, 'pf-partner-sector', choices(shell, SECTORS, 'sectors')))),
    ...benefitSets,
    el('fieldset', { id: 'pf-benefit-new' }, el('legend', { text: L(shell, 'projects.newBenefit') }),
      ...field(shell, 'pf-benefit-kind', L(shell, 'projects.benefitKind'), select(shell, 'pf-benefit-kind', choices(shell, BENEFITS, 'benefitsLong'))),
      ...field(shell, 'pf-benefit-measure', L(shell, 'optional', L(shell, 'projects.measure')), textInput(shell, 'pf-benefit-measure', 500),
        L(shell, 'projects.measureHint')),
      ...field(shell, 'pf-benefit-baseline', L(shell, 'optional', L(shell, 'projects.baseline')), textInput(shell, 'pf-benefit-baseline'))),
    el('div', {}, el('button', { type: 'submit', id: 'pf-project-save', text: L(shell, 'save') }), ' ', cancel), alert);
  drawPartners();
  const back = () => { const button = holders.table.querySelector('#pf-edit-' + x.id); (button || document.getElementById('pf-projects-heading')).focus(); };
  cancel.addEventListener('click', () => { holders.edit.replaceChildren(); back(); });
  onSubmit(form, async () => {
    const value = id => form.querySelector('#' + id).value.trim();
    const newPartner = value('pf-partner-name');
    const all = newPartner ? [...partners, { name: newPartner, sector: value('pf-partner-sector') }] : partners;
    const benefits = x.benefits.map((b, i) => ({ ...b, result: value('pf-benefit-' + i + '-result') || null,
      attainment: value('pf-benefit-' + i + '-attainment') || null }));
    if (value('pf-benefit-measure')) {
      benefits.push({ kind: value('pf-benefit-kind'), measure: value('pf-benefit-measure'), baseline: value('pf-benefit-baseline') || null,
        result: null, attainment: null });
    }
    const dates = { ...(x.dates || {}) };
    const key = STATUS_DATES[status.value];
    if (status.value !== x.status && !dates[key]) dates[key] = today();
    const reply = await shell.api('PUT', base(m) + '/' + p.id + '/projects/' + x.id, { title: x.title, description: x.description, size: x.size,
      status: status.value, dates, partners: all, residentsInvolved: x.residentsInvolved, innovativeProcurement: procurement.checked,
      goals: x.goals, benefits }, ifMatch(x.version));
    if (reply.status === 412) {
      await loadProjects(view);
      const now = view.projects.find(y => y.id === x.id);
      if (!now) { holders.edit.replaceChildren(); shell.status(L(shell, 'projects.gone', x.title)); return; }
      projectForm(view, now, L(shell, 'projects.conflict'));
      return;
    }
    if (reply.status !== 200) { showProblem(shell, form, alert, reply, fields); return; }
    holders.edit.replaceChildren();
    await loadProjects(view);
    back();
    shell.status(L(shell, 'projects.saved', reply.body.title, L(shell, 'statuses.' + reply.body.status)));
  });
  holders.edit.replaceChildren(el('h3', { text: L(shell, 'projects.editOf', x.title) }), form);
  if (note) alert.textContent = note;
  status.focus();
}

// ---------------------------------------------------------------------------------------------
// The region's overview: every programme side by side, and the projects per goal as a chart and a table.

async function regionsOf(shell) {
  const [kind, id] = shell.session().person.scope.split(':');
  if (kind === 'region') {
    const region = await shell.api('GET', '/regions/' + id);
    return [{ id, name: region.status === 200 ? region.body.name : id }];
  }
  if (kind === 'platform') {
    const all = await shell.api('GET', '/regions');
    return all.status === 200 ? all.body.map(r => ({ id: r.id, name: r.name })) : [];
  }
  return [];
}

let chartDrawn = 0;

async function overview(shell, main) {
  const { el } = shell;
  const regions = await regionsOf(shell);
  if (!regions.length) { main.append(el('p', { id: 'pf-overview', text: L(shell, 'overview.regionOnly') })); return; }
  const out = el('div');
  const chooser = select(shell, 'pf-region', regions.map(r => ({ value: r.id, text: r.name })));
  chooser.addEventListener('change', () => drawOverview(shell, out, chooser.value));
  main.append(regions.length === 1 ? el('p', { text: L(shell, 'overview.regionIs', regions[0].name) })
    : el('p', {}, el('label', { for: 'pf-region', text: L(shell, 'overview.region') + ' ' }), chooser), out);
  await drawOverview(shell, out, chooser.value);
}

async function drawOverview(shell, out, r) {
  const { el } = shell;
  const [reply, goalList] = await Promise.all([shell.api('GET', '/regions/' + r + '/portfolio/overview'), goals(shell)]);
  if (reply.status === 403) { out.replaceChildren(el('p', { id: 'pf-overview', text: L(shell, 'overview.regionOnly') })); return; }
  if (reply.status !== 200) { out.replaceChildren(unavailable(shell, reply)); return; }
  const o = reply.body;
  const programmes = o.programmes.length
    ? table(shell, 'pf-overview', L(shell, 'overview.caption'),
      [L(shell, 'municipality'), L(shell, 'programme'), L(shell, 'startsOn'), ...STATUSES.map(s => L(shell, 'statuses.' + s)), L(shell, 'overview.ratio'),
        L(shell, 'overview.warnings')],
      o.programmes.map(x => ({ id: 'pf-overview-' + x.programmeId, cells: [x.municipalityName, x.programme, day(shell, x.startsOn),
        ...STATUSES.map(s => String((x.byStatus || {})[s] ?? 0)),
        x.ledger.ratio == null ? '—' : number(shell, x.ledger.ratio) + (x.ledger.belowRequirement ? ' (' + L(shell, 'overview.belowRequirement') + ')' : ''),
        x.warnings.length ? el('ul', {}, ...[...new Set(x.warnings)].map(w => el('li', { text: L(shell, 'overviewWarnings.' + w) }))) : '—'] })), 1)
    : none(shell, 'pf-overview', 'overview.none');
  const byGoal = Object.entries(o.projectsByGoal || {});
  const src = '/api/v1/regions/' + r + '/portfolio/overview.svg?' + new URLSearchParams({ lang: shell.lang(), drawn: String(++chartDrawn) });
  out.replaceChildren(
    el('h2', { text: L(shell, 'overview.programmes') }), programmes,
    el('h2', { text: L(shell, 'overview.goals') }),
    el('p', {}, el('img', { id: 'pf-goals-chart', class: 'heatmap', src, alt: L(shell, 'overview.chartAlt') })),
    byGoal.length ? table(shell, 'pf-goals', L(shell, 'overview.goalsCaption'), [L(shell, 'goal'), L(shell, 'overview.projects')],
      byGoal.map(([g, n]) => ({ id: 'pf-goals-' + g, cells: [goalName(shell, goalList, g), String(n)] })))
      : none(shell, 'pf-goals', 'overview.noGoals'),
    sources(shell, goalList));
}
