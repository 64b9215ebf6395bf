// The co-creation guide in the Samverka web app: the municipality's guide (Bodø's five steps with
// Samverka's suggested guidance and checklists), its projects with their journey through the steps
// and the chain from insight to decision with its gaps, and the register of barriers and enablers.
// Every rule (gating, gaps) is the API's: these pages show what it answers, in the reader's language.

let labels = {};

function L(shell, key, ...args) {
  const pick = set => key.split('.').reduce((o, k) => (o || {})[k], set);
  const text = pick(labels[shell.lang()] || labels.en) ?? pick(labels.en) ?? key;
  return String(text).replace(/\{(\d+)\}/g, (_, i) => String(args[Number(i)] ?? ''));
}

/** A text in the reader's language; a municipality's own checklist item may be in only the language it was written in. */
function local(shell, texts) {
  if (!texts) return '';
  return texts[shell.lang()] || texts.en || Object.values(texts)[0] || '';
}

const STEPS = ['FRAME', 'INSIGHT', 'WORKSHOP', 'ANALYSIS', 'PROTOTYPE'];
const ifMatch = version => ({ 'If-Match': '"' + version + '"' });
const municipalityUrl = m => '/municipalities/' + m + '/cocreation';
const projectUrl = (m, id) => municipalityUrl(m) + '/projects/' + id;

export async function register(shell) {
  labels = await fetch('/app/plugins/cocreation/labels.json').then(r => r.json());
  shell.addPage('guide', () => L(shell, 'pages.guide'), main => withMunicipality(shell, main, (out, m) => guide(shell, out, m)));
  shell.addPage('projects', () => L(shell, 'pages.projects'), main => withMunicipality(shell, main, (out, m) => projects(shell, out, m)));
  shell.addPage('barriers', () => L(shell, 'pages.barriers'), main => withMunicipality(shell, main, (out, m) => barriers(shell, out, m)));
}

// ---------------------------------------------------------------------------------------------
// The municipality a page is about: the person's own, or one of their region's (as in the
// workshop pages); the choice is remembered in this browser for all three pages.

async function withMunicipality(shell, main, show) {
  await shell.picker(main, { id: 'cc-municipality', label: L(shell, 'municipality'), choices: await shell.municipalities(),
    storageKey: 'samverka.cocreation.municipality', show, none: L(shell, 'noMunicipality') });
}

/** Says why there is nothing to show: the municipality does not use the guide (404), or what the API said. */
function unavailable(shell, out, reply) {
  out.replaceChildren(shell.el('p', { class: 'error', role: 'alert', text: reply.status === 404 ? L(shell, 'notUsed') : shell.problemText(reply) }));
}

// ---------------------------------------------------------------------------------------------
// The guide.

async function guide(shell, out, m) {
  const { el } = shell;
  const [shipped, own] = await Promise.all([shell.api('GET', '/cocreation/guide'), shell.api('GET', municipalityUrl(m) + '/guide')]);
  if (own.status !== 200) { unavailable(shell, out, own); return; }
  // The words "Samverka's suggestion" come with the shipped guide, in every language it has.
  const suggestion = shipped.status === 200 ? local(shell, shipped.body.suggestion) : '';
  const steps = [...own.body.steps].sort((a, b) => STEPS.indexOf(a.step) - STEPS.indexOf(b.step));
  out.replaceChildren(el('p', { id: 'cc-gating', text: L(shell, 'gating.' + own.body.gating) }),
    el('p', { class: 'hint', text: L(shell, 'sources', suggestion) }), ...steps.map((s, i) => guideStep(shell, s, i, suggestion)));
}

function guideStep(shell, s, index, suggestion) {
  const { el } = shell;
  const items = el('ul', { id: 'cc-guide-' + s.step + '-checklist' }, ...s.checklist.map(item => el('li', {},
    local(shell, item.text), item.mandatory ? el('strong', { text: ' (' + L(shell, 'mandatory') + ')' }) : '',
    item.suggestion && suggestion ? el('span', { class: 'hint', text: ' — ' + suggestion }) : '')));
  const section = el('section', { id: 'cc-guide-' + s.step },
    el('h2', { text: L(shell, 'numbered', index + 1, local(shell, s.name)) }),
    el('p', {}, el('strong', { text: L(shell, 'purpose') + ': ' }), local(shell, s.purpose)),
    el('h3', { text: L(shell, 'guidance') }), el('p', { text: local(shell, s.guidance) }),
    suggestion ? el('p', { class: 'hint', text: '(' + suggestion + ')' }) : '',
    el('h3', { text: L(shell, 'checklist') }), s.checklist.length ? items : el('p', { text: L(shell, 'nothingYet') }));
  // The workshop methods are there only when the workshop plugin is.
  if ((s.methods || []).length) {
    section.append(el('h3', { text: L(shell, 'methods') }), el('ul', {}, ...s.methods.map(x => el('li', {
      text: local(shell, x.name) + ' (' + L(shell, 'minutesRange', x.minMinutes, x.maxMinutes) + ')' }))));
  }
  return section;
}

// ---------------------------------------------------------------------------------------------
// Projects: the list, and a form to start one.

async function projects(shell, out, m) {
  const { el } = shell;
  const base = municipalityUrl(m) + '/projects';
  const reply = await shell.api('GET', base);
  if (reply.status !== 200) { unavailable(shell, out, reply); return; }
  const items = el('ul', { id: 'cc-projects' }, ...reply.body.items.map(p => el('li', {},
    el('button', { type: 'button', class: 'secondary', text: L(shell, 'open') + ': ' + p.title, onclick: () => journey(shell, out, m, p.id) }),
    ' ', el('span', { class: 'hint', text: L(shell, 'steps.' + p.step) }))));
  const error = el('p', { class: 'error', role: 'alert' });
  const form = el('form', { novalidate: 'novalidate', id: 'cc-form' },
    el('label', { for: 'cc-title', text: L(shell, 'title') }), el('input', { id: 'cc-title', type: 'text', maxlength: '200' }),
    el('label', { for: 'cc-problem', text: L(shell, 'problem') }),
    el('textarea', { id: 'cc-problem', rows: '3', maxlength: '2000', 'aria-describedby': 'cc-problem-hint' }),
    el('p', { id: 'cc-problem-hint', class: 'hint', text: L(shell, 'problemHint') }),
    el('button', { type: 'submit', text: L(shell, 'create') }), error);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const created = await shell.api('POST', base, { title: form.querySelector('#cc-title').value,
      problem: form.querySelector('#cc-problem').value || null });
    if (created.status === 201) journey(shell, out, m, created.body.id, { status: L(shell, 'created') });
    else error.textContent = shell.problemText(created);
  });
  const more = reply.body.total > reply.body.items.length
    ? el('p', { class: 'hint', text: L(shell, 'firstOf', reply.body.items.length, reply.body.total) }) : '';
  out.replaceChildren(reply.body.items.length ? items : el('p', { text: L(shell, 'noProjects') }), more,
    el('h2', { text: L(shell, 'newProject') }), form);
}

// ---------------------------------------------------------------------------------------------
// A project's journey: its steps, checklists, moving on (or back), its path and its report.

/** The steps' names in the municipality's guide, in the reader's language (the labels' own names if the guide cannot be read). */
function stepNames(shell, guideReply) {
  const names = {};
  for (const s of STEPS) names[s] = L(shell, 'steps.' + s);
  if (guideReply.status === 200) for (const s of guideReply.body.steps) names[s.step] = local(shell, s.name) || names[s.step];
  return names;
}

/** A checklist item's text in the reader's language, by its id. */
function itemText(shell, project, id) {
  const item = project.checklist.find(c => c.id === id);
  return item ? local(shell, item.text) : id;
}

/**
 * Shows a project. {@code after}: a status to say once shown, an element id to focus instead of the
 * heading, and the move the person was asking for ({to, reason}) to keep in the form.
 */
async function journey(shell, out, m, id, after = {}) {
  const { el } = shell;
  const base = projectUrl(m, id);
  const [p, moves, guideReply] = await Promise.all([shell.api('GET', base), shell.api('GET', base + '/moves'),
    shell.api('GET', municipalityUrl(m) + '/guide')]);
  if (p.status !== 200) { shell.status(shell.problemText(p)); return; }
  const project = p.body;
  const names = stepNames(shell, guideReply);
  const heading = el('h2', { text: project.title, tabindex: '-1' });
  out.replaceChildren(
    el('p', { class: 'no-print' }, el('button', { type: 'button', class: 'secondary', text: L(shell, 'back'), onclick: () => projects(shell, out, m) })),
    heading, project.problem ? el('p', {}, el('strong', { text: L(shell, 'problem') + ': ' }), project.problem) : '',
    el('p', { class: 'no-print' }, el('button', { type: 'button', class: 'secondary', id: 'cc-chain', text: L(shell, 'chain'),
      onclick: () => chain(shell, out, m, project.id) })),
    el('h3', { text: L(shell, 'stepsHeading') }), stepList(shell, project, names),
    ...checklists(shell, m, project, names),
    el('h3', { text: L(shell, 'move') }), moveForm(shell, out, m, project, names, after.keep || {}),
    el('h3', { id: 'cc-path-heading', text: L(shell, 'path') }), pathTable(shell, project, names, moves.status === 200 ? moves.body : []),
    el('h3', { text: L(shell, 'report') }),
    el('p', {}, el('a', { href: '/api/v1' + base + '/report?format=html&lang=' + shell.lang(), text: L(shell, 'reportHtml') }),
      ' · ', el('a', { href: '/api/v1' + base + '/report?lang=' + shell.lang(), text: L(shell, 'reportMarkdown') })));
  const focus = after.focus && document.getElementById(after.focus);
  (focus || heading).focus();
  if (after.status) shell.status(after.status);
}

/** The five steps in order, the current one marked for the eye and for screen readers. */
function stepList(shell, project, names) {
  const { el } = shell;
  return el('ol', { id: 'cc-steps' }, ...STEPS.map(s => s === project.step
    ? el('li', { 'aria-current': 'step' }, el('strong', { text: names[s] }), ' (' + L(shell, 'currentStep') + ')')
    : el('li', { text: names[s] })));
}

function doneText(shell, check) {
  return check.done ? L(shell, 'doneBy', check.doneBy || '—', shell.date(check.doneAt)) : '';
}

function openText(shell, project) {
  return project.openMandatory.length
    ? L(shell, 'openMandatory', project.openMandatory.map(id => itemText(shell, project, id)).join('; '))
    : L(shell, 'noneOpen');
}

/**
 * Each step's checklist as native checkboxes; ticking one saves it at once. The page is not redrawn
 * (the person keeps their place and what they typed in the move form): only who ticked it and what
 * is still open change.
 */
function checklists(shell, m, project, names) {
  const { el } = shell;
  const open = el('p', { id: 'cc-open', text: openText(shell, project) });
  const sets = STEPS.map((s, i) => {
    const items = project.checklist.filter(c => c.step === s);
    return el('fieldset', { id: 'cc-checklist-' + s }, el('legend', { text: L(shell, 'checklistOf', L(shell, 'numbered', i + 1, names[s])) }),
      ...(items.length ? items.map(c => checkbox(shell, m, project, c, open)) : [el('p', { text: L(shell, 'nothingYet') })]));
  });
  return [el('h3', { text: L(shell, 'checklist') }), open, ...sets];
}

function checkbox(shell, m, project, c, open) {
  const { el } = shell;
  const id = 'cc-check-' + c.id;
  const box = el('input', { id, type: 'checkbox' });
  box.checked = c.done;
  const done = el('span', { id: id + '-done', class: 'hint', text: doneText(shell, c) });
  box.addEventListener('change', async () => {
    const reply = await shell.api('PUT', projectUrl(m, project.id) + '/checklist/' + encodeURIComponent(c.id), { done: box.checked });
    if (reply.status !== 200) {
      box.checked = !box.checked;
      shell.status(shell.problemText(reply));
      return;
    }
    done.textContent = doneText(shell, reply.body.checklist.find(x => x.id === c.id) || c);
    open.textContent = openText(shell, reply.body);
    shell.status(L(shell, box.checked ? 'ticked' : 'unticked', local(shell, c.text)));
  });
  return el('div', {}, box, ' ', el('label', { for: id, text: local(shell, c.text) }),
    c.mandatory ? el('span', { text: ' (' + L(shell, 'mandatory') + ')' }) : '', ' ', done);
}

/** Moving to another step: with If-Match of the version shown, so a move is judged against the step the person saw. */
function moveForm(shell, out, m, project, names, keep) {
  const { el } = shell;
  const here = STEPS.indexOf(project.step);
  const to = el('select', { id: 'cc-move-to' }, ...STEPS.filter(s => s !== project.step)
    .map(s => el('option', { value: s, text: L(shell, 'numbered', STEPS.indexOf(s) + 1, names[s]) })));
  to.value = keep.to && keep.to !== project.step ? keep.to : STEPS[here + 1] || STEPS[here - 1];
  const reason = el('textarea', { id: 'cc-move-reason', rows: '3', maxlength: '2000', 'aria-describedby': 'cc-move-hint' });
  reason.value = keep.reason || '';
  const error = el('div', { id: 'cc-move-error', class: 'error', role: 'alert' });
  const form = el('form', { novalidate: 'novalidate', id: 'cc-move-form' },
    el('label', { for: 'cc-move-to', text: L(shell, 'moveTo') }), to,
    el('label', { for: 'cc-move-reason', text: L(shell, 'reason') }), reason,
    el('p', { id: 'cc-move-hint', class: 'hint', text: L(shell, 'reasonHint') }),
    el('button', { type: 'submit', id: 'cc-move', text: L(shell, 'moveButton') }), error);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const asked = { to: to.value, reason: reason.value.trim() || null };
    const reply = await shell.api('POST', projectUrl(m, project.id) + '/moves', asked, ifMatch(project.version));
    if (reply.status === 201) {
      journey(shell, out, m, project.id, { status: movedText(shell, project, names, reply.body) });
    } else if (reply.status === 412) {
      journey(shell, out, m, project.id, { status: L(shell, 'conflict'), keep: { to: to.value, reason: reason.value }, focus: 'cc-move-to' });
    } else if (reply.status === 409) {
      blocked(shell, error, project, reply, reason.value.trim());
      reason.focus(); // what unblocks it without ticking: a written reason
    } else {
      error.textContent = shell.problemText(reply);
    }
  });
  return form;
}

/** The 409 of a required gating, in the reader's words: which mandatory items are open, and whether the reason given was too short. */
function blocked(shell, error, project, reply, reason) {
  const { el } = shell;
  const open = ((reply.body || {}).errors || []).filter(e => (e.field || '').startsWith('checklist.'))
    .map(e => itemText(shell, project, e.field.slice('checklist.'.length)));
  if (!open.length) { error.textContent = shell.problemText(reply); return; }
  error.replaceChildren(el('p', { text: L(shell, 'blocked') }), el('ul', {}, ...open.map(t => el('li', { text: t }))),
    reason ? el('p', { text: L(shell, 'reasonTooShort') }) : '');
}

function movedText(shell, project, names, move) {
  if (!move.openItems.length) return L(shell, 'moved', names[move.to]);
  return L(shell, 'movedOpen', names[move.to], move.openItems.map(id => itemText(shell, project, id)).join('; '));
}

/** The real path: every move with what was open then, and the written reason when it overrode a required gating. */
function pathTable(shell, project, names, moves) {
  const { el } = shell;
  if (!moves.length) return el('p', { id: 'cc-path', text: L(shell, 'noMoves') });
  const rows = moves.map(x => el('tr', {},
    el('th', { scope: 'row', text: shell.date(x.movedAt, true) }),
    el('td', { text: names[x.from] + ' → ' + names[x.to] + (x.direction === 'BACK' ? ' (' + L(shell, 'backwards') + ')' : '') }),
    el('td', { text: x.openItems.length ? x.openItems.map(id => itemText(shell, project, id)).join('; ') : '—' }),
    el('td', {}, x.override ? el('strong', { text: L(shell, 'override') + ': ' }) : '', x.reason || (x.override ? '' : '—')),
    el('td', { text: x.movedBy || '—' })));
  return el('table', { id: 'cc-path', 'aria-labelledby': 'cc-path-heading' },
    el('thead', {}, el('tr', {}, ...['date', 'fromTo', 'openItems', 'reasonColumn', 'movedBy'].map(k => el('th', { scope: 'col', text: L(shell, k) })))),
    el('tbody', {}, ...rows));
}

// ---------------------------------------------------------------------------------------------
// The chain from insight to decision: one list per kind, what each entry builds on, the gaps.

/** A field of an entry; {@code max}: the API's longest text for it. */
const field = (name, type, required = false, choices = [], max = 2000) => ({ name, type, required, choices, max });

/**
 * The kinds of entry as the API has them: their address, fields, the kind they build on, and the
 * fields that say what they are. An insight's link names the actor it came from: no gap when missing.
 */
const KINDS = {
  ACTOR: { path: 'actors', linksTo: null, shows: ['name', 'organisation'], fields: [field('name', 'text', true, [], 200), field('organisation', 'text', false, [], 200),
    field('sector', 'choice', false, ['PUBLIC', 'BUSINESS', 'ACADEMIA', 'CIVIL_SOCIETY', 'RESIDENT']),
    field('role', 'choice', true, ['OWNER', 'PARTNER', 'SUPPLIER', 'PARTICIPANT', 'CLOSEST_TO_NEED'])] },
  INSIGHT: { path: 'insights', linksTo: 'ACTOR', cameFrom: true, shows: ['text'], fields: [field('text', 'long', true),
    field('source', 'choice', true, ['INTERVIEW', 'OBSERVATION', 'WORKSHOP']), field('date', 'date')] },
  NEED: { path: 'needs', linksTo: 'INSIGHT', shows: ['who', 'what', 'because'], fields: [field('who', 'text', true, [], 500),
    field('what', 'long', true, [], 1000), field('because', 'long', true, [], 1000)] },
  IDEA: { path: 'ideas', linksTo: 'NEED', shows: ['text'], fields: [field('text', 'long', true)] },
  TESTABLE_IDEA: { path: 'testable-ideas', linksTo: 'IDEA', shows: ['hypothesis'], fields: [field('hypothesis', 'long', true),
    field('howToTest', 'long', true), field('successMeasure', 'long', true, [], 1000)] },
  TEST: { path: 'tests', linksTo: 'TESTABLE_IDEA', shows: ['result'], fields: [field('result', 'long', true),
    field('outcome', 'choice', true, ['SUPPORTED', 'NOT_SUPPORTED', 'INCONCLUSIVE']), field('date', 'date')] },
  DECISION: { path: 'decisions', linksTo: 'TEST', shows: ['text'], fields: [field('text', 'long', true), field('date', 'date')] }
};

/** What an entry is, in a line: an actor's name, a need as "who needs what, because", or its text. */
function summary(shell, e) {
  if (e.kind === 'NEED') return L(shell, 'needText', e.who, e.what, e.because);
  if (e.kind === 'ACTOR') return e.name + (e.organisation ? ' (' + e.organisation + ')' : '');
  return e[KINDS[e.kind].shows[0]];
}

/** The rest of an entry's fields, such as an insight's source and date. */
function facts(shell, e) {
  return KINDS[e.kind].fields.filter(f => !KINDS[e.kind].shows.includes(f.name) && e[f.name])
    .map(f => L(shell, 'fields.' + f.name) + ': ' + (f.type === 'choice' ? L(shell, 'choices.' + f.name + '.' + e[f.name])
      : f.type === 'date' ? shell.date(e[f.name]) : e[f.name])).join(' · ');
}

/** The chain of a project; {@code state.kind} is the kind the add form offers (the last one added). */
async function chain(shell, out, m, id, state = {}) {
  const { el } = shell;
  const base = projectUrl(m, id);
  const kinds = Object.keys(KINDS);
  const [p, ...lists] = await Promise.all([shell.api('GET', base), ...kinds.map(k => shell.api('GET', base + '/' + KINDS[k].path))]);
  const failed = [p, ...lists].find(r => r.status !== 200);
  if (failed) { shell.status(shell.problemText(failed)); return; }
  const ctx = { shell, out, m, project: p.body, byKind: {}, byId: new Map() };
  kinds.forEach((k, i) => { ctx.byKind[k] = lists[i].body; lists[i].body.forEach(e => ctx.byId.set(e.id, e)); });
  const holder = el('div', { id: 'cc-entry-holder' });
  ctx.holder = holder;
  holder.append(...entryForm(ctx, state.kind || 'INSIGHT', null));
  const heading = el('h2', { text: L(shell, 'chainOf', ctx.project.title), tabindex: '-1' });
  const back = el('button', { type: 'button', class: 'secondary', text: L(shell, 'backToProject'), onclick: () => journey(shell, out, m, id) });
  out.replaceChildren(el('p', { class: 'no-print' }, back), heading, el('p', { class: 'hint', text: L(shell, 'chainIntro') }),
    el('h3', { text: L(shell, 'gaps') }), gapList(ctx), ...kinds.flatMap(k => entryList(ctx, k)), holder);
  heading.focus();
  if (state.status) shell.status(state.status);
}

function gapList(ctx) {
  const { shell } = ctx;
  const { el } = shell;
  const gaps = ctx.project.gaps;
  if (!gaps.length) return el('p', { id: 'cc-gaps', text: L(shell, 'noGaps') });
  return el('ul', { id: 'cc-gaps' }, ...gaps.map(g => {
    const entry = g.entryId != null ? ctx.byId.get(g.entryId) : null;
    return el('li', { text: L(shell, 'gapCodes.' + g.code, entry ? summary(shell, entry) : '') });
  }));
}

function entryList(ctx, kind) {
  const { shell } = ctx;
  const { el } = shell;
  const entries = ctx.byKind[kind];
  const items = entries.map(e => {
    const links = e.links.map(l => ctx.byId.get(l)).filter(Boolean).map(l => summary(shell, l));
    const words = KINDS[kind].cameFrom ? { on: 'cameFrom', none: null } : { on: 'buildsOn', none: 'buildsOnNothing' };
    const linked = links.length ? L(shell, words.on, links.join('; ')) : KINDS[kind].linksTo && words.none && L(shell, words.none);
    const about = [facts(shell, e), linked].filter(Boolean).join(' · ');
    const edit = el('button', { type: 'button', class: 'secondary', id: 'cc-edit-' + e.id, text: L(shell, 'edit'),
      'aria-label': L(shell, 'editEntry', summary(shell, e)), onclick: () => showForm(ctx, kind, e) });
    return el('li', { id: 'cc-entry-' + e.id }, el('span', { text: summary(shell, e) }),
      about ? el('span', { class: 'hint', text: ' — ' + about }) : '', ' ', edit);
  });
  return [el('h3', { text: L(shell, 'kindsPlural.' + kind) }),
    entries.length ? el('ul', { id: 'cc-list-' + KINDS[kind].path }, ...items) : el('p', { text: L(shell, 'nothingYet') })];
}

/** Puts the add form (entry null) or the form changing an entry in place of the one shown, and moves the focus to it. */
function showForm(ctx, kind, entry) {
  ctx.holder.replaceChildren(...entryForm(ctx, kind, entry));
  ctx.holder.querySelector('h3').focus();
}

/** The form adding an entry of a kind, or changing one: its fields, and checkboxes for the entries of the kind it builds on. */
function entryForm(ctx, kind, entry) {
  const { shell } = ctx;
  const { el } = shell;
  const heading = el('h3', { tabindex: '-1', text: entry ? L(shell, 'editEntry', summary(shell, entry)) : L(shell, 'addEntry') });
  const select = el('select', { id: 'cc-entry-kind' }, ...Object.keys(KINDS).map(k => el('option', { value: k, text: L(shell, 'kinds.' + k) })));
  select.value = kind;
  if (entry) select.disabled = true; // an entry keeps its kind
  const error = el('p', { class: 'error', role: 'alert', id: 'cc-entry-error' });
  const buttons = el('p', {}, el('button', { type: 'submit', id: 'cc-entry-save', text: L(shell, entry ? 'save' : 'add') }));
  if (entry) buttons.append(' ', el('button', { type: 'button', class: 'secondary', text: L(shell, 'cancel'), onclick: () => showForm(ctx, kind, null) }));
  // The fields are the form's own children, so that its grid lays them out; another kind swaps them in place (the focus stays on the select).
  let fields = entryFields(ctx, kind, entry);
  select.addEventListener('change', () => {
    fields.forEach(node => node.remove());
    fields = entryFields(ctx, select.value, null);
    buttons.before(...fields);
  });
  const form = el('form', { novalidate: 'novalidate', id: 'cc-entry-form' },
    el('label', { for: 'cc-entry-kind', text: L(shell, 'kind') }), select, ...fields, buttons, error);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    await saveEntry(ctx, select.value, entry, form, error);
  });
  return [heading, form];
}

function entryFields(ctx, kind, entry) {
  const { shell } = ctx;
  const { el } = shell;
  const controls = KINDS[kind].fields.flatMap(f => {
    const id = 'cc-field-' + f.name;
    const label = L(shell, 'fields.' + f.name) + (f.required ? '' : ' (' + L(shell, 'optional') + ')');
    let control;
    if (f.type === 'choice') {
      control = el('select', { id }, ...(f.required ? [] : [el('option', { value: '', text: '—' })]),
        ...f.choices.map(c => el('option', { value: c, text: L(shell, 'choices.' + f.name + '.' + c) })));
    } else if (f.type === 'long') {
      control = el('textarea', { id, rows: '3', maxlength: String(f.max) });
    } else {
      control = f.type === 'date' ? el('input', { id, type: 'date' }) : el('input', { id, type: 'text', maxlength: String(f.max) });
    }
    if (entry && entry[f.name] != null) control.value = entry[f.name];
    return [el('label', { for: id, text: label }), control];
  });
  return [...controls, ...linkChoices(ctx, kind, entry)];
}

/** Checkboxes for what the entry builds on: the entries of the one kind it may link to. */
function linkChoices(ctx, kind, entry) {
  const { shell } = ctx;
  const { el } = shell;
  const target = KINDS[kind].linksTo;
  if (!target) return [];
  const targets = ctx.byKind[target];
  const boxes = targets.map(t => {
    const box = el('input', { type: 'checkbox', id: 'cc-link-' + t.id, name: 'cc-link', value: String(t.id) });
    box.checked = !!entry && entry.links.includes(t.id);
    return el('div', {}, box, ' ', el('label', { for: 'cc-link-' + t.id, text: summary(shell, t) }));
  });
  const legend = L(shell, KINDS[kind].cameFrom ? 'cameFromLegend' : 'buildsOnLegend', L(shell, 'kindsPlural.' + target));
  return [el('fieldset', { id: 'cc-entry-links' }, el('legend', { text: legend }),
    ...(boxes.length ? boxes : [el('p', { class: 'hint', text: L(shell, 'noTargets') })]))];
}

async function saveEntry(ctx, kind, entry, form, error) {
  const { shell } = ctx;
  const body = {};
  for (const f of KINDS[kind].fields) body[f.name] = form.querySelector('#cc-field-' + f.name).value.trim() || null;
  body.links = [...form.querySelectorAll('input[name=cc-link]:checked')].map(box => Number(box.value));
  const url = projectUrl(ctx.m, ctx.project.id) + '/' + KINDS[kind].path;
  const reply = entry ? await shell.api('PUT', url + '/' + entry.id, body, ifMatch(entry.version)) : await shell.api('POST', url, body);
  if (reply.status === 200 || reply.status === 201) {
    await chain(shell, ctx.out, ctx.m, ctx.project.id, { kind, status: L(shell, 'saved') });
  } else if (reply.status === 412) {
    await chain(shell, ctx.out, ctx.m, ctx.project.id, { kind, status: L(shell, 'entryConflict') });
  } else {
    error.textContent = shell.problemText(reply);
  }
}

// ---------------------------------------------------------------------------------------------
// The register of barriers and enablers.

const BARRIER = { kinds: ['BARRIER', 'ENABLER'], levels: ['SYSTEM', 'USER'],
  categories: ['TIME', 'MANDATE', 'COMPETENCE', 'CULTURE', 'RESOURCES', 'RULES', 'TRUST', 'REACH', 'COORDINATION', 'TECHNOLOGY', 'OTHER'] };

async function barriers(shell, out, m) {
  const { el } = shell;
  const [first, projectsReply] = await Promise.all([shell.api('GET', municipalityUrl(m) + '/barriers'),
    shell.api('GET', municipalityUrl(m) + '/projects?limit=200')]);
  if (first.status !== 200) { unavailable(shell, out, first); return; }
  const titles = new Map((projectsReply.status === 200 ? projectsReply.body.items : []).map(p => [p.id, p.title]));
  const filter = el('select', { id: 'cc-barrier-filter' }, el('option', { value: '', text: L(shell, 'showAll') }),
    ...BARRIER.kinds.map(k => el('option', { value: k, text: L(shell, 'showOnly.' + k) })));
  const table = el('div', { id: 'cc-barriers-holder' });
  // Only the table is redrawn when the filter changes, so the focus stays on the filter.
  const refresh = async () => {
    const reply = await shell.api('GET', municipalityUrl(m) + '/barriers' + (filter.value ? '?kind=' + filter.value : ''));
    if (reply.status === 200) table.replaceChildren(barrierTable(shell, reply.body, titles)); else shell.status(shell.problemText(reply));
  };
  filter.addEventListener('change', refresh);
  table.append(barrierTable(shell, first.body, titles));
  out.replaceChildren(el('p', {}, el('label', { for: 'cc-barrier-filter', text: L(shell, 'show') + ' ' }), filter), table,
    el('h2', { text: L(shell, 'addBarrier') }), barrierForm(shell, m, titles, refresh));
}

function barrierTable(shell, list, titles) {
  const { el } = shell;
  if (!list.length) return el('p', { id: 'cc-barriers', text: L(shell, 'noBarriers') });
  const rows = list.map(b => el('tr', {}, el('td', { text: L(shell, 'barrierKinds.' + b.kind) }), el('td', { text: L(shell, 'levels.' + b.level) }),
    el('td', { text: L(shell, 'categories.' + b.category) }), el('th', { scope: 'row', text: b.text }),
    el('td', { text: b.projectIds.map(id => titles.get(id) || '#' + id).join('; ') || '—' })));
  return el('table', { id: 'cc-barriers' }, el('caption', { text: L(shell, 'pages.barriers') }),
    el('thead', {}, el('tr', {}, ...['barrierKind', 'level', 'category', 'text', 'projectsColumn'].map(k => el('th', { scope: 'col', text: L(shell, k) })))),
    el('tbody', {}, ...rows));
}

function barrierForm(shell, m, titles, refresh) {
  const { el } = shell;
  const select = (id, values, prefix) => el('select', { id }, ...values.map(v => el('option', { value: v, text: L(shell, prefix + '.' + v) })));
  const kind = select('cc-barrier-kind', BARRIER.kinds, 'barrierKinds');
  const level = select('cc-barrier-level', BARRIER.levels, 'levels');
  const category = select('cc-barrier-category', BARRIER.categories, 'categories');
  const text = el('textarea', { id: 'cc-barrier-text', rows: '3', maxlength: '2000' });
  const boxes = [...titles].map(([id, title]) => el('div', {}, el('input', { type: 'checkbox', id: 'cc-barrier-project-' + id, name: 'cc-barrier-project',
    value: String(id) }), ' ', el('label', { for: 'cc-barrier-project-' + id, text: title })));
  const error = el('p', { class: 'error', role: 'alert' });
  const form = el('form', { novalidate: 'novalidate', id: 'cc-barrier-form' },
    el('label', { for: 'cc-barrier-kind', text: L(shell, 'barrierKind') }), kind, el('label', { for: 'cc-barrier-level', text: L(shell, 'level') }), level,
    el('label', { for: 'cc-barrier-category', text: L(shell, 'category') }), category, el('label', { for: 'cc-barrier-text', text: L(shell, 'text') }), text,
    el('fieldset', {}, el('legend', { text: L(shell, 'seenIn') }), ...(boxes.length ? boxes : [el('p', { class: 'hint', text: L(shell, 'noProjects') })])),
    el('button', { type: 'submit', text: L(shell, 'add') }), error);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const projectIds = [...form.querySelectorAll('input[name=cc-barrier-project]:checked')].map(box => Number(box.value));
    const added = await shell.api('POST', municipalityUrl(m) + '/barriers', { kind: kind.value, level: level.value, category: category.value,
      text: text.value, projectIds });
    if (added.status !== 201) { error.textContent = shell.problemText(added); return; }
    error.textContent = '';
    text.value = '';
    form.querySelectorAll('input[name=cc-barrier-project]').forEach(box => { box.checked = false; });
    await refresh();
    shell.status(L(shell, 'barrierAdded', L(shell, 'barrierKinds.' + added.body.kind)));
  });
  return form;
}
