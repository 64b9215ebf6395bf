// Lifecycle mapping in the Samverka web app: a municipality's assessment, its capacity items
// (create, edit with conflicts shown, delete, CSV import and export) and actions; the region's
// heatmap, catalogue, personas, and target and progress (with the population figures, imported
// as a file or one year by hand).
// Everything comes from the plugin's REST API; labels are in labels.json, one block per language.

let labels = {};
const PHASES = [];

function L(shell, key, ...args) {
  const set = labels[shell.lang()] || labels.en;
  const text = key.split('.').reduce((o, k) => (o || {})[k], set) ?? key.split('.').reduce((o, k) => (o || {})[k], labels.en) ?? key;
  return String(text).replace(/\{(\d+)\}/g, (_, i) => String(args[Number(i)] ?? ''));
}

function name(shell, localized) {
  return (localized && (localized[shell.lang()] || localized.en)) || '';
}

export async function register(shell) {
  labels = await fetch('/app/plugins/lifecycle/labels.json').then(r => r.json());
  const phases = await shell.api('GET', '/lifecycle/phases');
  PHASES.splice(0, PHASES.length, ...(phases.status === 200 ? phases.body : []));
  shell.addPage('assessment', () => L(shell, 'assessment'), main => municipalityPage(shell, main, 'lc-municipality', showAssessment));
  shell.addPage('items', () => L(shell, 'items'), main => municipalityPage(shell, main, 'lc-items-municipality', showItems));
  shell.addPage('actions', () => L(shell, 'actions'), main => municipalityPage(shell, main, 'lc-actions-municipality', showActions));
  shell.addPage('catalogue', () => L(shell, 'catalogue'), main => regionPage(shell, main, 'lc-catalogue-region', showCatalogue));
  shell.addPage('personas', () => L(shell, 'personas'), main => regionPage(shell, main, 'lc-personas-region', showPersonas));
  if (!shell.session().person.scope.startsWith('municipality:')) {
    shell.addPage('matrix', () => L(shell, 'matrix'), main => matrixPage(shell, main));
    shell.addPage('progress', () => L(shell, 'progress'), main => regionPage(shell, main, 'lc-progress-region', showProgress));
  }
}

/** The municipalities the person may pick from, as {id, name}: the shell knows them. */
const municipalities = shell => shell.municipalities();

/** The regions the person can see (the API lists only those; a municipality's person sees its region). */
async function regions(shell) {
  const reply = await shell.api('GET', '/regions');
  const listed = (reply.status === 200 ? reply.body : []).map(r => ({ id: r.id, name: r.name }));
  const scope = shell.session().person.scope;
  if (!listed.length && scope.startsWith('municipality:')) {
    const own = await shell.api('GET', '/municipalities/' + scope.split(':')[1]);
    if (own.status === 200) {
      const region = await shell.api('GET', '/regions/' + own.body.regionId);
      listed.push({ id: own.body.regionId, name: region.status === 200 ? region.body.name : own.body.regionId });
    }
  }
  return listed;
}

/** A page about one region at a time. */
async function regionPage(shell, main, pickerId, show) {
  await shell.picker(main, { id: pickerId, label: L(shell, 'region'), choices: await regions(shell),
    storageKey: 'samverka.lifecycle.region', show: (out, id) => show(shell, out, id) });
}

function fail(shell, out, reply) {
  out.replaceChildren(shell.el('p', { class: 'error', role: 'alert',
    text: reply.status === 404 ? L(shell, 'notUsed') : shell.problemText(reply) }));
}

async function showActions(shell, out, municipality) {
  const { el } = shell;
  const base = '/municipalities/' + municipality + '/lifecycle/actions';
  const reply = await shell.api('GET', base);
  if (reply.status !== 200) return fail(shell, out, reply);
  const reload = () => showActions(shell, out, municipality);
  const actions = Array.isArray(reply.body) ? reply.body : reply.body.items;
  const table = el('table', {}, el('caption', { text: L(shell, 'actions') + ': ' + municipality }),
    el('thead', {}, el('tr', {}, ...['title', 'phase', 'responsibleShort', 'due', 'status'].map(k => el('th', { scope: 'col', text: L(shell, k) })))));
  const body = el('tbody');
  for (const a of actions) {
    const phase = PHASES.find(p => p.id === a.phase);
    const status = el('select', { 'aria-label': L(shell, 'status') + ': ' + a.title });
    for (const v of ['OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED']) status.append(el('option', { value: v, text: L(shell, 'actionStatuses.' + v) }));
    status.value = a.status;
    status.addEventListener('change', async () => {
      const saved = await shell.api('PUT', base + '/' + a.id, { phase: a.phase, itemIds: a.itemIds, title: a.title, responsible: a.responsible, dueDate: a.dueDate, status: status.value }, { 'If-Match': '"' + a.version + '"' });
      shell.status(saved.status === 200 ? L(shell, 'saved') : saved.status === 412 ? L(shell, 'conflict', L(shell, 'actionStatuses.' + status.value))
        : shell.problemText(saved));
      await reload();
    });
    body.append(el('tr', {}, el('th', { scope: 'row', text: a.title }), el('td', { text: phase ? name(shell, phase.name) : a.phase }),
      el('td', { text: a.responsible || '' }),
      el('td', { text: (a.dueDate ? shell.date(a.dueDate) : '') + (a.overdue ? ' (' + L(shell, 'overdue') + ')' : '') }),
      el('td', {}, status)));
  }
  table.append(body);
  const error = el('p', { class: 'error', role: 'alert' });
  const phase = el('select', { id: 'lca-phase' });
  for (const p of PHASES) phase.append(el('option', { value: p.id, text: name(shell, p.name) }));
  const form = el('form', { novalidate: 'novalidate', id: 'lca-form' },
    el('label', { for: 'lca-title', text: L(shell, 'title') }), el('input', { id: 'lca-title', type: 'text', maxlength: '200' }),
    el('label', { for: 'lca-phase', text: L(shell, 'phase') }), phase,
    el('label', { for: 'lca-responsible', text: L(shell, 'responsibleShort') }), el('input', { id: 'lca-responsible', type: 'text', maxlength: '200' }),
    el('label', { for: 'lca-due', text: L(shell, 'due') }), el('input', { id: 'lca-due', type: 'date' }),
    el('button', { type: 'submit', text: L(shell, 'addAction') }), error);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const created = await shell.api('POST', base, { title: form.querySelector('#lca-title').value, phase: phase.value, itemIds: [],
      responsible: form.querySelector('#lca-responsible').value || null, dueDate: form.querySelector('#lca-due').value || null });
    if (created.status === 201) {
      shell.status(L(shell, 'saved'));
      await reload();
    } else error.textContent = shell.problemText(created);
  });
  out.replaceChildren(actions.length ? table : el('p', { text: L(shell, 'noActions') }), el('h2', { text: L(shell, 'addAction') }), form);
}

/** The region's catalogue: what the region expects in each phase; its editors add and remove entries. */
async function showCatalogue(shell, out, region) {
  const { el } = shell;
  const base = '/regions/' + region + '/lifecycle/catalogue';
  const reply = await shell.api('GET', base + '?lang=' + shell.lang());
  if (reply.status !== 200) return fail(shell, out, reply);
  const entries = Array.isArray(reply.body) ? reply.body : reply.body.items;
  const mayWrite = !shell.session().person.scope.startsWith('municipality:') && shell.session().person.role !== 'viewer';
  const reload = () => showCatalogue(shell, out, region);
  const table = el('table', {}, el('caption', { text: L(shell, 'catalogue') }),
    el('thead', {}, el('tr', {}, ...['phase', 'title', 'description', 'suggestedBy'].map(k => el('th', { scope: 'col', text: L(shell, k) })),
      ...(mayWrite ? [el('td')] : []))));
  const body = el('tbody');
  for (const e of entries) {
    const phase = PHASES.find(p => p.id === e.phase);
    const cells = [el('td', { text: phase ? name(shell, phase.name) : e.phase }), el('th', { scope: 'row', text: e.title }),
      el('td', { text: (e.description || '') + (e.regionLevel ? ' (' + L(shell, 'regionLevel') + ')' : '') }),
      el('td', { text: [e.example, e.note].filter(Boolean).join(' ') })];
    if (mayWrite) {
      cells.push(el('td', {}, el('button', { type: 'button', class: 'secondary', text: L(shell, 'delete'),
        'aria-label': L(shell, 'delete') + ': ' + e.title, onclick: async () => {
          const gone = await shell.api('DELETE', base + '/' + e.id, undefined, { 'If-Match': '"' + e.version + '"' });
          shell.status(gone.status === 204 ? L(shell, 'deleted') : shell.problemText(gone));
          await reload();
        } })));
    }
    body.append(el('tr', {}, ...cells));
  }
  table.append(body);
  const parts = [entries.length ? table : el('p', { text: L(shell, 'noEntries') })];
  if (mayWrite) {
    const error = el('p', { class: 'error', role: 'alert' });
    const phase = el('select', { id: 'lcc-phase' });
    for (const p of PHASES) phase.append(el('option', { value: p.id, text: name(shell, p.name) }));
    const form = el('form', { novalidate: 'novalidate', id: 'lcc-form' },
      el('label', { for: 'lcc-phase', text: L(shell, 'phase') }), phase,
      el('label', { for: 'lcc-title', text: L(shell, 'title') }), el('input', { id: 'lcc-title', type: 'text', maxlength: '200' }),
      el('label', { for: 'lcc-description', text: L(shell, 'description') }), el('input', { id: 'lcc-description', type: 'text', maxlength: '2000' }),
      el('button', { type: 'submit', text: L(shell, 'addEntry') }), error);
    form.addEventListener('submit', async event => {
      event.preventDefault();
      const created = await shell.api('POST', base, { phase: phase.value, title: form.querySelector('#lcc-title').value,
        description: form.querySelector('#lcc-description').value || null, regionLevel: false });
      if (created.status === 201) {
        shell.status(L(shell, 'saved'));
        await reload();
      } else error.textContent = shell.problemText(created);
    });
    parts.push(el('h2', { text: L(shell, 'addEntry') }), form);
  }
  out.replaceChildren(...parts);
}

/**
 * Personas in the language asked for when translated, otherwise in their own, marked with its
 * lang; the region's editors add, change, translate and remove them.
 */
async function showPersonas(shell, out, region, editing) {
  const { el } = shell;
  const base = '/regions/' + region + '/lifecycle/personas';
  const reply = await shell.api('GET', base);
  if (reply.status !== 200) return fail(shell, out, reply);
  const mayWrite = !shell.session().person.scope.startsWith('municipality:') && shell.session().person.role !== 'viewer';
  const editor = el('section', { 'aria-labelledby': 'lcp-persona-heading' });
  // Drawn again after every change; editing names a persona to open in the form, with a conflict to show.
  const reload = again => showPersonas(shell, out, region, again);
  const personas = Array.isArray(reply.body) ? reply.body : reply.body.items;
  const sections = personas.map(p => {
    const own = p.language === shell.lang();
    const text = own ? p : (p.translations && p.translations[shell.lang()]) || null;
    const shown = text || p;
    const lang = text ? shell.lang() : p.language;
    const section = el('section', { lang, 'aria-labelledby': 'persona-' + p.id },
      el('h2', { id: 'persona-' + p.id, text: shown.name }), el('p', { class: 'hint', text: shown.subtitle || '' }),
      el('p', { text: shown.description || '' }), el('h3', { text: L(shell, 'drivers'), lang: shell.lang() }));
    const drivers = el('ul');
    for (const d of shown.drivers || []) drivers.append(el('li', { text: d }));
    section.append(drivers);
    if (!text) section.append(el('p', { class: 'hint', lang: shell.lang(), text: L(shell, 'originalLanguage', p.language) }));
    if (mayWrite) {
      section.append(el('p', { lang: shell.lang() },
        el('button', { type: 'button', class: 'secondary', text: L(shell, 'edit'), 'aria-label': L(shell, 'edit') + ': ' + shown.name,
          onclick: () => personaEditor(shell, editor, base, p, reload) }), ' ',
        el('button', { type: 'button', class: 'secondary', text: L(shell, 'delete'), 'aria-label': L(shell, 'delete') + ': ' + shown.name,
          onclick: async () => {
            const gone = await shell.api('DELETE', base + '/' + p.id, undefined, { 'If-Match': '"' + p.version + '"' });
            shell.status(gone.status === 204 ? L(shell, 'deleted') : gone.status === 412 ? L(shell, 'personaChanged') : shell.problemText(gone));
            await reload();
          } })));
    }
    return section;
  });
  const parts = sections.length ? sections : [el('p', { text: L(shell, 'noPersonas') })];
  if (mayWrite) {
    parts.push(editor);
    personaEditor(shell, editor, base, editing ? editing.persona : null, reload, editing && editing.conflict);
  }
  out.replaceChildren(...parts);
}

/**
 * Writes a persona: a new one (persona null) or a change to one, in its own language and, when
 * the reader reads another, in the reader's language as its translation. Translations into other
 * languages are sent back as they were (the API replaces them with what is sent). A stale version
 * brings the other version into the form and names what this person tried, as for items.
 */
function personaEditor(shell, editor, base, persona, reload, conflict) {
  const { el } = shell;
  const reader = shell.lang();
  const own = persona ? persona.language : reader;
  const translated = persona && own !== reader ? ((persona.translations || {})[reader] || {}) : null;
  const error = el('div', { class: 'error', role: 'alert', tabindex: '-1', text: conflict || '' });
  // The texts carry their language, so that a screen reader pronounces them as written.
  const field = (id, label, value, lang, long, max) => {
    const input = long ? el('textarea', { id, rows: long, text: value || '' })
      : el('input', { id, type: 'text', maxlength: String(max), value: value || '' });
    if (lang) input.setAttribute('lang', lang);
    return [el('label', { for: id, text: label }), input];
  };
  const language = el('input', { id: 'lcpe-language', type: 'text', maxlength: '11', value: own, 'aria-describedby': 'lcpe-language-hint' });
  // A persona's own language stays what it was written in; another language is a translation.
  if (persona) language.setAttribute('readonly', 'readonly');
  const form = el('form', { novalidate: 'novalidate', id: 'lcp-persona-form' },
    el('label', { for: 'lcpe-language', text: L(shell, 'personaLanguage') }), language,
    el('p', { id: 'lcpe-language-hint', class: 'hint', text: L(shell, 'languageHint') }),
    ...field('lcpe-name', L(shell, 'personaName'), persona && persona.name, persona && own, 0, 200),
    ...field('lcpe-subtitle', L(shell, 'personaSubtitle'), persona && persona.subtitle, persona && own, 0, 300),
    ...field('lcpe-description', L(shell, 'description'), persona && persona.description, persona && own, 4),
    ...field('lcpe-drivers', L(shell, 'driversOnePerLine'), persona && (persona.drivers || []).join('\n'), persona && own, 6));
  if (translated) {
    form.append(el('fieldset', { class: 'fields' }, el('legend', { text: L(shell, 'translationInto', shell.languageName(reader)) }),
      ...field('lcpt-name', L(shell, 'personaName'), translated.name, reader, 0, 200),
      ...field('lcpt-subtitle', L(shell, 'personaSubtitle'), translated.subtitle, reader, 0, 300),
      ...field('lcpt-description', L(shell, 'description'), translated.description, reader, 4),
      ...field('lcpt-drivers', L(shell, 'driversOnePerLine'), (translated.drivers || []).join('\n'), reader, 6)));
  }
  form.append(el('button', { type: 'submit', text: persona ? L(shell, 'save') : L(shell, 'addPersona') }), error);
  if (persona) form.append(el('button', { type: 'button', class: 'secondary', text: L(shell, 'cancel'),
    onclick: () => personaEditor(shell, editor, base, null, reload) }));
  const value = id => form.querySelector('#' + id).value.trim();
  const lines = id => value(id).split('\n').map(l => l.trim()).filter(Boolean);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const translations = { ...((persona && persona.translations) || {}) };
    if (translated) {
      if (['lcpt-name', 'lcpt-subtitle', 'lcpt-description', 'lcpt-drivers'].some(id => value(id))) {
        translations[reader] = { name: value('lcpt-name'), subtitle: value('lcpt-subtitle') || null,
          description: value('lcpt-description') || null, drivers: lines('lcpt-drivers') };
      } else delete translations[reader];
    }
    const input = { language: value('lcpe-language'), name: value('lcpe-name'), subtitle: value('lcpe-subtitle') || null,
      description: value('lcpe-description') || null, drivers: lines('lcpe-drivers'), translations,
      origin: persona ? persona.origin : null };
    const saved = persona
      ? await shell.api('PUT', base + '/' + persona.id, input, { 'If-Match': '"' + persona.version + '"' })
      : await shell.api('POST', base, input);
    if (saved.status === 200 || saved.status === 201) {
      shell.status(L(shell, 'saved'));
      await reload();
    } else if (saved.status === 412) {
      const theirs = await shell.api('GET', base + '/' + persona.id);
      if (theirs.status !== 200) {
        await reload();
        shell.status(L(shell, 'personaGone'));
        return;
      }
      await reload({ persona: theirs.body, conflict: L(shell, 'personaConflict', changedFields(form, persona, translated)) });
    } else {
      error.replaceChildren(el('span', { text: (saved.body && saved.body.detail) || shell.problemText(saved) }), shell.problemList(saved));
      error.focus();
    }
  });
  const heading = el('h2', { id: 'lcp-persona-heading', tabindex: '-1',
    text: persona ? L(shell, 'editPersona', persona.name) : L(shell, 'addPersona') });
  editor.replaceChildren(heading, form);
  if (conflict) error.focus();
  else if (persona) heading.focus();
}

/** What this person changed in the form, as "label: value" for each field that differs from the version they started from. */
function changedFields(form, persona, translated) {
  const was = {
    'lcpe-name': persona.name, 'lcpe-subtitle': persona.subtitle, 'lcpe-description': persona.description,
    'lcpe-drivers': (persona.drivers || []).join('\n'), 'lcpt-name': translated && translated.name,
    'lcpt-subtitle': translated && translated.subtitle, 'lcpt-description': translated && translated.description,
    'lcpt-drivers': translated && (translated.drivers || []).join('\n')
  };
  return Object.entries(was).filter(([id]) => form.querySelector('#' + id))
    .filter(([id, before]) => form.querySelector('#' + id).value.trim() !== (before || '').trim())
    .map(([id]) => form.querySelector('label[for=' + id + ']').textContent + ': “' + form.querySelector('#' + id).value.trim().replace(/\n/g, '; ') + '”')
    .join(', ') || '–';
}

const SVG = 'http://www.w3.org/2000/svg';

function svg(tag, attributes, text) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attributes)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * The target, how far the region has come, and the same as a chart (SVG) and as a table; the
 * region's editors also set the target and import the statistics office's yearly figures here.
 */
async function showProgress(shell, out, region, conflict) {
  const { el } = shell;
  const target = await shell.api('GET', '/regions/' + region + '/lifecycle/target');
  const mayWrite = !shell.session().person.scope.startsWith('municipality:') && shell.session().person.role !== 'viewer';
  // Drawn again after every change; a conflict on the target is shown in its form, with the other version.
  const reload = again => showProgress(shell, out, region, again);
  const forms = mayWrite ? [targetForm(shell, region, target.status === 200 ? target : null, reload, conflict),
    populationImportForm(shell, region, reload), await populationYearForm(shell, region, reload)] : [];
  if (target.status === 404) {
    out.replaceChildren(el('p', { text: L(shell, 'noTarget') }), ...forms);
    if (conflict) out.querySelector('#lct-form .error').focus();
    return;
  }
  const progress = await shell.api('GET', '/regions/' + region + '/lifecycle/progress');
  if (target.status !== 200 || progress.status !== 200) return fail(shell, out, progress.status !== 200 ? progress : target);
  const g = target.body;
  const p = progress.body;
  const n = v => v == null ? '–' : new Intl.NumberFormat(shell.locale()).format(v);
  const facts = [
    [L(shell, 'target', n(g.low), n(g.high), L(shell, 'measure.' + g.measure), g.baseYear, g.targetYear)],
    [L(shell, 'counted', n(p.counted), n(p.percentOfLow), p.lastYear ?? '–')],
    [L(shell, 'pace', n(p.pacePerYear), n(p.paceNeededLow), n(p.paceNeededHigh), n(p.yearsLeft))]];
  if (p.notReported && p.notReported.length) facts.push([L(shell, 'notReported', p.notReported.join(', '))]);
  const width = 600;
  const scale = v => Math.max(0, Math.min(width - 20, (v / Math.max(g.high, p.counted || 0, 1)) * (width - 20)));
  const chart = svg('svg', { viewBox: '0 0 ' + width + ' 110', width: '100%', role: 'img', 'aria-labelledby': 'lc-chart-title lc-chart-desc' });
  chart.append(svg('title', { id: 'lc-chart-title' }, L(shell, 'chartTitle')),
    svg('desc', { id: 'lc-chart-desc' }, facts.map(f => f[0]).join('. ')),
    svg('rect', { x: 10, y: 20, width: width - 20, height: 30, fill: '#e7ebef', stroke: '#4a5360' }),
    svg('rect', { x: 10, y: 20, width: scale(p.counted || 0), height: 30, fill: '#0b5cad' }),
    svg('line', { x1: 10 + scale(g.low), x2: 10 + scale(g.low), y1: 12, y2: 58, stroke: '#1b1f24', 'stroke-width': 2 }),
    svg('line', { x1: 10 + scale(g.high), x2: 10 + scale(g.high), y1: 12, y2: 58, stroke: '#1b1f24', 'stroke-width': 2, 'stroke-dasharray': '4 3' }),
    svg('text', { x: 10, y: 80, 'font-size': 13, fill: '#1b1f24' }, L(shell, 'chartCounted') + ': ' + n(p.counted)),
    svg('text', { x: 10, y: 100, 'font-size': 13, fill: '#1b1f24' }, L(shell, 'chartLow') + ': ' + n(g.low) + ' | ' + L(shell, 'chartHigh') + ': ' + n(g.high)));
  const table = el('table', {}, el('caption', { text: L(shell, 'perMunicipality') }),
    el('thead', {}, el('tr', {}, el('th', { scope: 'col', text: L(shell, 'municipality') }), el('th', { scope: 'col', text: L(shell, 'chartCounted') }),
      el('th', { scope: 'col', text: L(shell, 'missingYears') }))));
  const body = el('tbody');
  for (const m of p.municipalities || []) {
    body.append(el('tr', {}, el('th', { scope: 'row', text: m.name || m.municipalityId }), el('td', { text: n(m.counted) }),
      el('td', { text: (m.missingYears || []).join(', ') })));
  }
  table.append(body);
  out.replaceChildren(...facts.map(f => el('p', { text: f[0] })), chart, table, ...forms);
  if (conflict) out.querySelector('#lct-form .error').focus();
}

/**
 * A browser gives '' for what a number field cannot read, which would be sent as "no figure":
 * names those fields in the form's error area instead. True when there were any.
 */
function refusedUnreadable(shell, form, error) {
  const unreadable = [...form.querySelectorAll('input[type=number]')].filter(i => i.validity.badInput);
  if (!unreadable.length) return false;
  error.replaceChildren(shell.el('span', { text: L(shell, 'notANumber',
    unreadable.map(i => form.querySelector('label[for=' + i.id + ']').textContent).join(', ')) }));
  error.focus();
  return true;
}

/**
 * Sets the region's target: created without If-Match when there is none, changed with the
 * version shown otherwise. When someone else changed or created it meanwhile, their target is
 * put in the form and what this person tried is named, as for items.
 */
function targetForm(shell, region, current, reload, conflict) {
  const { el } = shell;
  const path = '/regions/' + region + '/lifecycle/target';
  const g = current ? current.body : { low: '', high: '', baseYear: '', targetYear: '', measure: 'NET_CHANGE', source: '' };
  const error = el('div', { class: 'error', role: 'alert', tabindex: '-1', text: conflict || '' });
  const measure = el('select', { id: 'lct-measure' });
  for (const m of ['NET_CHANGE', 'NET_MIGRATION']) measure.append(el('option', { value: m, text: L(shell, 'measure.' + m) }));
  measure.value = g.measure;
  const number = (id, value) => el('input', { id, type: 'number', inputmode: 'numeric', step: '1', value: value ?? '' });
  const form = el('form', { novalidate: 'novalidate', id: 'lct-form' },
    el('label', { for: 'lct-low', text: L(shell, 'targetLow') }), number('lct-low', g.low),
    el('label', { for: 'lct-high', text: L(shell, 'targetHigh') }), number('lct-high', g.high),
    el('label', { for: 'lct-measure', text: L(shell, 'targetMeasure') }), measure,
    el('label', { for: 'lct-base', text: L(shell, 'baseYear') }), number('lct-base', g.baseYear),
    el('label', { for: 'lct-year', text: L(shell, 'targetYear') }), number('lct-year', g.targetYear),
    el('label', { for: 'lct-source', text: L(shell, 'targetSource') }), el('input', { id: 'lct-source', type: 'text', maxlength: '200', value: g.source || '' }),
    el('button', { type: 'submit', text: L(shell, 'saveTarget') }), error);
  const section = el('section', { 'aria-labelledby': 'lct-heading' }, el('h2', { id: 'lct-heading', text: L(shell, 'setTarget') }), form);
  const value = id => form.querySelector('#' + id).value.trim();
  const whole = id => (value(id) === '' || isNaN(Number(value(id)))) ? value(id) || null : Number(value(id));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    if (refusedUnreadable(shell, form, error)) return;
    const input = { low: whole('lct-low'), high: whole('lct-high'), baseYear: whole('lct-base'), targetYear: whole('lct-year'),
      measure: measure.value, source: value('lct-source') || null };
    const saved = await shell.api('PUT', path, input, current ? { 'If-Match': current.etag } : {});
    if (saved.status === 200) {
      shell.status(L(shell, 'saved'));
      await reload();
    } else if (saved.status === 412 || saved.status === 428) {
      const tried = L(shell, 'target', input.low, input.high, L(shell, 'measure.' + input.measure), input.baseYear, input.targetYear);
      await reload(L(shell, 'targetConflict', tried));
    } else {
      error.replaceChildren(el('span', { text: (saved.body && saved.body.detail) || shell.problemText(saved) }), shell.problemList(saved));
      error.focus();
    }
  });
  return section;
}

/**
 * Imports a file as the statistics office exports it (SCB's "Befolkningsförändringar"): the
 * server finds its separator, encoding and layout, checks every line and writes nothing when
 * one is wrong; what it answers is shown as it is.
 */
function populationImportForm(shell, region, reload) {
  const { el } = shell;
  const result = el('div', { class: 'lcp-result' });
  const form = el('form', { novalidate: 'novalidate', id: 'lcp-form' },
    el('label', { for: 'lcp-file', text: L(shell, 'populationFile') }),
    el('input', { id: 'lcp-file', name: 'file', type: 'file', accept: '.csv,.txt,text/csv,text/plain' }),
    el('label', { for: 'lcp-source', text: L(shell, 'targetSource') }), el('input', { id: 'lcp-source', type: 'text', maxlength: '200' }),
    el('p', {}, el('input', { id: 'lcp-skip', type: 'checkbox' }), el('label', { for: 'lcp-skip', text: ' ' + L(shell, 'skipUnknown') })),
    el('button', { type: 'submit', text: L(shell, 'importPopulation') }), result);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const file = form.file.files[0];
    if (!file) {
      result.replaceChildren(el('p', { class: 'error', role: 'alert', text: L(shell, 'chooseFile') }));
      return;
    }
    result.textContent = L(shell, 'importing');
    const query = new URLSearchParams({ skipUnknown: String(form.querySelector('#lcp-skip').checked) });
    if (form.querySelector('#lcp-source').value.trim()) query.set('source', form.querySelector('#lcp-source').value.trim());
    const reply = await shell.api('POST', '/regions/' + region + '/lifecycle/population/import?' + query, await file.arrayBuffer(),
      { 'Content-Type': 'text/csv' });
    if (reply.status === 200) {
      const r = reply.body;
      const summary = L(shell, 'imported', r.created, r.updated, r.unchanged);
      const notes = [[r.ignoredVariables, 'ignoredVariables'], [r.unknownPlaces, 'unknownPlaces']]
        .filter(([list]) => list && list.length).map(([list, key]) => el('p', { text: L(shell, key, list.join(', ')) }));
      await reload();
      shell.status(summary);
      // The page was drawn again: the answer goes into the new form's place for results (the status line announces it).
      const fresh = document.querySelector('#lcp-form .lcp-result');
      if (fresh) fresh.replaceChildren(el('p', { text: summary }), ...notes);
    } else {
      result.replaceChildren(el('p', { class: 'error', role: 'alert', text: L(shell, 'importFailed') + ' ' + ((reply.body && reply.body.detail) || '') }),
        shell.problemList(reply));
    }
  });
  return el('section', { 'aria-labelledby': 'lcp-heading' }, el('h2', { id: 'lcp-heading', text: L(shell, 'importPopulation') }), form);
}

/** The figures of one municipality's year, in the order the statistics give them. */
const YEAR_FIGURES = ['population', 'born', 'died', 'inFromCounty', 'inFromCountry', 'inFromAbroad', 'outToCounty', 'outToCountry',
  'outToAbroad', 'adjustment'];
/** The municipality and year open in the year form, opened again when the page is drawn again (after a save, say). */
let openYear = null;

/**
 * One municipality's year by hand: opened to be corrected (with the version read, so a change
 * someone else made meanwhile is shown, not overwritten) or, when the year has no figures yet,
 * added. The file import is the usual way; this is for a correction or a late year.
 */
async function populationYearForm(shell, region, reload) {
  const { el } = shell;
  const listed = await shell.api('GET', '/regions/' + region + '/municipalities');
  const municipalities = listed.status === 200 ? listed.body : [];
  const which = el('select', { id: 'lcy-municipality' }, ...municipalities.map(m => el('option', { value: m.id, text: m.name })));
  const year = el('input', { id: 'lcy-year', type: 'number', inputmode: 'numeric', step: '1', value: String(new Date().getFullYear() - 1) });
  const opener = el('form', { novalidate: 'novalidate', id: 'lcy-open' },
    el('label', { for: 'lcy-municipality', text: L(shell, 'municipality') }), which,
    el('label', { for: 'lcy-year', text: L(shell, 'year') }), year,
    el('button', { type: 'submit', class: 'secondary', text: L(shell, 'openYear') }));
  const editor = el('div', { id: 'lcy-editor' });
  const section = el('section', { 'aria-labelledby': 'lcy-heading' }, el('h2', { id: 'lcy-heading', text: L(shell, 'yearFigures') }),
    el('p', { class: 'hint', text: L(shell, 'yearFiguresHint') }), opener, editor);

  async function open(municipalityId, y, conflict, focus = true) {
    const path = '/regions/' + region + '/lifecycle/population/' + municipalityId + '/' + y;
    const current = await shell.api('GET', path);
    if (current.status !== 200 && current.status !== 404) {
      editor.replaceChildren(el('p', { class: 'error', role: 'alert', text: shell.problemText(current) }));
      return;
    }
    openYear = { region, municipalityId, year: y };
    const f = current.status === 200 ? current.body : {};
    const place = (municipalities.find(m => m.id === municipalityId) || { name: municipalityId }).name;
    const n = v => new Intl.NumberFormat(shell.locale()).format(v);
    const error = el('div', { class: 'error', role: 'alert', tabindex: '-1', text: conflict || '' });
    const field = key => el('input', { id: 'lcy-' + key, type: 'number', inputmode: 'numeric', step: '1', value: f[key] ?? '' });
    const form = el('form', { novalidate: 'novalidate', id: 'lcy-form' },
      el('h3', { id: 'lcy-form-heading', tabindex: '-1', text: L(shell, 'yearOf', place, y) }),
      el('p', { text: current.status === 200 ? L(shell, 'derived', n(f.netMigration), n(f.netChange)) : L(shell, 'newYear', place, y) }),
      el('fieldset', { class: 'fields' }, el('legend', { text: L(shell, 'yearFigures') }),
        ...YEAR_FIGURES.flatMap(key => [el('label', { for: 'lcy-' + key, text: L(shell, 'figures.' + key) }), field(key)])),
      el('p', { class: 'hint', text: L(shell, 'countyHint') }),
      el('label', { for: 'lcy-source', text: L(shell, 'targetSource') }),
      el('input', { id: 'lcy-source', type: 'text', maxlength: '200', value: f.source || '' }),
      el('button', { type: 'submit', text: L(shell, 'saveYear') }), error);
    form.addEventListener('submit', async event => {
      event.preventDefault();
      if (refusedUnreadable(shell, form, error)) return;
      shell.status(''); // an earlier "saved" must not stand beside this attempt's outcome
      const input = { source: form.querySelector('#lcy-source').value.trim() || null };
      for (const key of YEAR_FIGURES) {
        const v = form.querySelector('#lcy-' + key).value.trim();
        input[key] = v === '' ? null : Number(v);
      }
      const saved = await shell.api('PUT', path, input, current.status === 200 ? { 'If-Match': current.etag } : {});
      if (saved.status === 200) {
        await reload();
        shell.status(L(shell, 'saved'));
        // The page was drawn again with this year open: the person goes on where they were.
        const heading = document.getElementById('lcy-form-heading');
        if (heading) heading.focus();
      } else if (saved.status === 412 || saved.status === 428) {
        // Someone else wrote this year meanwhile: their figures come into the form, and what was tried is named.
        const tried = YEAR_FIGURES.filter(key => input[key] !== (f[key] ?? null))
          .map(key => L(shell, 'figures.' + key) + ': ' + (input[key] ?? '–')).join('; ');
        await open(municipalityId, y, L(shell, 'yearConflict', tried || '–'));
      } else {
        error.replaceChildren(el('span', { text: (saved.body && saved.body.detail) || shell.problemText(saved) }), shell.problemList(saved));
        error.focus();
      }
    });
    editor.replaceChildren(form);
    if (focus) (conflict ? error : form.querySelector('#lcy-form-heading')).focus();
  }

  opener.addEventListener('submit', event => {
    event.preventDefault();
    const y = Number(year.value);
    if (year.validity.badInput || !Number.isInteger(y) || y < 1900 || y > 2200) {
      editor.replaceChildren(el('p', { class: 'error', role: 'alert', text: L(shell, 'notAYear') }));
      return;
    }
    open(which.value, y);
  });
  if (openYear && openYear.region === region && municipalities.some(m => m.id === openYear.municipalityId)) {
    which.value = openYear.municipalityId;
    year.value = String(openYear.year);
    await open(openYear.municipalityId, openYear.year, undefined, false);
  }
  return section;
}

/** A page about one municipality at a time: the shell's picker, then what {@code show} puts below it. */
async function municipalityPage(shell, main, pickerId, show) {
  await shell.picker(main, { id: pickerId, label: L(shell, 'municipality'), choices: await municipalities(shell),
    storageKey: 'samverka.lifecycle.municipality', show: (out, id) => show(shell, out, id) });
}

async function showAssessment(shell, out, municipality) {
  const { el } = shell;
  const reply = await shell.api('GET', '/municipalities/' + municipality + '/lifecycle/assessment');
  if (reply.status !== 200) {
    out.replaceChildren(el('p', { class: 'error', role: 'alert', text: reply.status === 404 ? L(shell, 'notUsed') : shell.problemText(reply) }));
    return;
  }
  const a = reply.body;
  const summary = [el('p', { text: a.overallReadiness == null ? L(shell, 'overallNone') : L(shell, 'overall', a.overallReadiness) })];
  if (a.weakestPhase) summary.push(el('p', { text: L(shell, 'weakest', name(shell, a.weakestPhase.name), a.weakestPhase.score) }));
  summary.push(el('p', { text: L(shell, 'below', a.threshold, a.phasesBelowThreshold) }));
  const table = el('table', {}, el('caption', { text: L(shell, 'assessment') + ': ' + municipality }),
    el('thead', {}, el('tr', {}, ...['phase', 'state', 'itemsCount', 'whiteSpot', 'openActions', 'overdueActions']
      .map(k => el('th', { scope: 'col', text: L(shell, k) })))));
  const body = el('tbody');
  for (const p of a.phases) {
    const state = p.state === 'SCORED' ? String(p.score) : p.state === 'NOT_MAPPED' ? L(shell, 'notMapped') : L(shell, 'noCatalogue');
    body.append(el('tr', {}, el('th', { scope: 'row', text: name(shell, p.name) }), el('td', { text: state }),
      el('td', { text: String(p.items) }), el('td', { text: p.whiteSpot ? L(shell, 'yes') : L(shell, 'no') }),
      el('td', { text: String(p.openActions) }), el('td', { text: String(p.overdueActions) })));
  }
  table.append(body);
  const spots = el('ul');
  for (const w of a.whiteSpots) spots.append(el('li', { text: name(shell, w.explanation) }));
  const behind = a.phases.filter(p => (p.expectations || []).length || (p.extraItems || []).length).map(p => {
    const list = el('ul');
    for (const e of p.expectations || []) {
      list.append(el('li', { text: L(shell, 'expected', e.title, e.status ? L(shell, 'statuses.' + e.status) : L(shell, 'missingEntry')) }));
    }
    for (const x of p.extraItems || []) list.append(el('li', { text: L(shell, 'extra', x.title, L(shell, 'statuses.' + x.status)) }));
    return el('details', {}, el('summary', { text: name(shell, p.name) }), list);
  });
  out.replaceChildren(...summary, table, el('h2', { text: L(shell, 'whiteSpots') }),
    a.whiteSpots.length ? spots : el('p', { text: L(shell, 'noWhiteSpots') }),
    ...(behind.length ? [el('h2', { text: L(shell, 'behind') }), ...behind] : []));
}

/** A form for an item; {@code prefix} keeps its field ids apart from another form's on the page. */
function itemForm(shell, prefix, item, onSave, onCancel) {
  const { el } = shell;
  const form = el('form', { novalidate: 'novalidate', class: 'item-form', id: prefix + '-form' });
  const field = (id, key, node) => [el('label', { for: id, text: L(shell, key) }), node];
  const select = (id, values, current, labelOf) => {
    const s = el('select', { id, name: id });
    for (const v of values) s.append(el('option', { value: v, text: labelOf(v) }));
    if (current) s.value = current;
    return s;
  };
  const text = (id, value, max) => el('input', { id, name: id, type: 'text', maxlength: String(max), value: value || '' });
  form.append(
    ...field(prefix + '-title', 'title', text(prefix + '-title', item.title, 200)),
    ...field(prefix + '-phase', 'phase', select(prefix + '-phase', PHASES.map(p => p.id), item.phase, v => name(shell, PHASES.find(p => p.id === v).name))),
    ...field(prefix + '-kind', 'kind', select(prefix + '-kind', ['RESOURCE', 'ROLE', 'EFFORT'], item.kind, v => L(shell, 'kinds.' + v))),
    ...field(prefix + '-status', 'status', select(prefix + '-status', ['IN_PLACE', 'PARTIAL', 'PLANNED', 'MISSING'], item.status, v => L(shell, 'statuses.' + v))),
    ...field(prefix + '-responsible', 'responsible', text(prefix + '-responsible', item.responsibleOrganisation, 200)),
    ...field(prefix + '-description', 'description', text(prefix + '-description', item.description, 2000)),
    el('p', { class: 'error', role: 'alert' }),
    el('button', { type: 'submit', text: item.id ? L(shell, 'save') : L(shell, 'add') }));
  if (onCancel) form.append(el('button', { type: 'button', class: 'secondary', text: L(shell, 'cancel'), onclick: onCancel }));
  form.addEventListener('submit', event => {
    event.preventDefault();
    onSave({
      title: form[prefix + '-title'].value, phase: form[prefix + '-phase'].value, kind: form[prefix + '-kind'].value, status: form[prefix + '-status'].value,
      responsibleOrganisation: form[prefix + '-responsible'].value || null, description: form[prefix + '-description'].value || null,
      contact: item.contact || null, notes: item.notes || null, catalogueEntryId: item.catalogueEntryId || null
    }, form.querySelector('.error'));
  });
  return form;
}

async function showItems(shell, out, municipality) {
  const { el } = shell;
  const base = '/municipalities/' + municipality + '/lifecycle/items';
  const reply = await shell.api('GET', base + '?limit=500');
  if (reply.status !== 200) {
    out.replaceChildren(el('p', { class: 'error', role: 'alert', text: reply.status === 404 ? L(shell, 'notUsed') : shell.problemText(reply) }));
    return;
  }
  const reload = () => showItems(shell, out, municipality);
  const table = el('table', {}, el('caption', { text: L(shell, 'items') + ': ' + municipality }),
    el('thead', {}, el('tr', {}, ...['title', 'phase', 'kind', 'status'].map(k => el('th', { scope: 'col', text: L(shell, k) })),
      el('td'))));
  const body = el('tbody');
  const editor = el('div');
  for (const item of reply.body.items) {
    const phase = PHASES.find(p => p.id === item.phase);
    body.append(el('tr', {}, el('th', { scope: 'row', text: item.title }), el('td', { text: phase ? name(shell, phase.name) : item.phase }),
      el('td', { text: L(shell, 'kinds.' + item.kind) }), el('td', { text: L(shell, 'statuses.' + item.status) }),
      el('td', {},
        el('button', { type: 'button', class: 'secondary', text: L(shell, 'edit'), 'aria-label': L(shell, 'edit') + ': ' + item.title,
          onclick: () => edit(shell, editor, base, item, reload) }),
        ' ',
        el('button', { type: 'button', class: 'secondary', text: L(shell, 'delete'), 'aria-label': L(shell, 'delete') + ': ' + item.title,
          onclick: async () => {
            const gone = await shell.api('DELETE', base + '/' + item.id, undefined, { 'If-Match': '"' + item.version + '"' });
            shell.status(gone.status === 204 ? L(shell, 'deleted') : shell.problemText(gone));
            await reload();
          } }))));
  }
  table.append(body);
  const create = itemForm(shell, 'lc-new', { phase: 'INVENTORY', kind: 'RESOURCE', status: 'IN_PLACE' }, async (input, error) => {
    const created = await shell.api('POST', base, input);
    if (created.status === 201) {
      shell.status(L(shell, 'saved'));
      await reload();
    } else error.textContent = shell.problemText(created);
  });
  out.replaceChildren(reply.body.items.length ? table : el('p', { text: L(shell, 'noItems') }), editor,
    el('h2', { text: L(shell, 'add') }), create, importForm(shell, base, reload),
    el('p', {}, el('a', { href: '/api/v1' + base + '/export?lang=' + shell.lang(), text: L(shell, 'export') })));
}

/** Edits an item; when someone else changed it meanwhile, shows their version and what this person tried. */
function edit(shell, editor, base, item, reload) {
  const { el } = shell;
  const heading = el('h2', { text: L(shell, 'editing', item.title), tabindex: '-1' });
  const form = itemForm(shell, 'lc-edit', item, async (input, error) => {
    const saved = await shell.api('PUT', base + '/' + item.id, input, { 'If-Match': '"' + item.version + '"' });
    if (saved.status === 200) {
      shell.status(L(shell, 'saved'));
      editor.replaceChildren();
      await reload();
    } else if (saved.status === 412) {
      const theirs = await shell.api('GET', base + '/' + item.id);
      if (theirs.status !== 200) {
        error.textContent = L(shell, 'gone');
        return;
      }
      const tried = input.title + ', ' + L(shell, 'statuses.' + input.status);
      edit(shell, editor, base, theirs.body, reload);
      editor.querySelector('.error').textContent = L(shell, 'conflict', tried);
    } else error.textContent = shell.problemText(saved);
  }, () => editor.replaceChildren());
  editor.replaceChildren(heading, form);
  heading.focus();
}

function importForm(shell, base, reload) {
  const { el } = shell;
  const result = el('div', { role: 'status' });
  const form = el('form', { novalidate: 'novalidate' },
    el('label', { for: 'lc-file', text: L(shell, 'file') }), el('input', { id: 'lc-file', name: 'file', type: 'file', accept: '.csv,text/csv' }),
    el('label', { for: 'lc-encoding', text: L(shell, 'encoding') }),
    (() => { const s = el('select', { id: 'lc-encoding', name: 'encoding' }); s.append(el('option', { value: 'UTF-8', text: 'UTF-8' }),
      el('option', { value: 'windows-1252', text: 'Windows-1252 (Excel)' })); return s; })(),
    el('button', { type: 'submit', text: L(shell, 'import') }), result);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const file = form.file.files[0];
    if (!file) return;
    result.textContent = L(shell, 'importing');
    const reply = await shell.api('POST', base + '/import', await file.arrayBuffer(),
      { 'Content-Type': 'text/csv; charset=' + form.encoding.value });
    if (reply.status === 200 || reply.status === 201) {
      result.replaceChildren(el('p', { text: L(shell, 'imported', reply.body.created, reply.body.updated, reply.body.unchanged) }));
      await reload();
      shell.status(L(shell, 'imported', reply.body.created, reply.body.updated, reply.body.unchanged));
    } else {
      result.replaceChildren(el('p', { class: 'error', role: 'alert', text: L(shell, 'importFailed') + ' ' + ((reply.body && reply.body.detail) || '') }),
        shell.problemList(reply));
    }
  });
  return el('section', { 'aria-labelledby': 'lc-import-heading' }, el('h2', { id: 'lc-import-heading', text: L(shell, 'import') }), form);
}

async function matrixPage(shell, main) {
  const { el } = shell;
  let asOf = '';
  await shell.picker(main, { id: 'lc-region', label: L(shell, 'region'), choices: await regions(shell),
    storageKey: 'samverka.lifecycle.region', show: async (out, region) => {
      // The date stays as chosen when another region is picked.
      const date = el('input', { id: 'lc-asof', type: 'date', value: asOf });
      const matrix = el('div');
      date.addEventListener('change', () => { asOf = date.value; showMatrix(shell, matrix, region, asOf); });
      out.append(el('p', {}, el('label', { for: 'lc-asof', text: L(shell, 'asOf') + ' ' }), date), matrix);
      await showMatrix(shell, matrix, region, asOf);
    } });
}

async function showMatrix(shell, out, region, asOf) {
  const { el } = shell;
  const query = '?lang=' + shell.lang() + (asOf ? '&asOf=' + asOf : '');
  const reply = await shell.api('GET', '/regions/' + region + '/lifecycle/matrix' + query);
  if (reply.status !== 200) {
    out.replaceChildren(el('p', { class: 'error', role: 'alert', text: shell.problemText(reply) }));
    return;
  }
  const m = reply.body;
  const image = el('img', { src: '/api/v1/regions/' + region + '/lifecycle/matrix.svg' + query, alt: L(shell, 'heatmapAlt'), class: 'heatmap' });
  const table = el('table', {}, el('caption', { text: L(shell, 'table') }),
    el('thead', {}, el('tr', {}, el('th', { scope: 'col', text: L(shell, 'municipality') }),
      ...PHASES.map(p => el('th', { scope: 'col', text: name(shell, p.name) })))));
  const body = el('tbody');
  for (const row of m.rows) {
    body.append(el('tr', {}, el('th', { scope: 'row', text: row.municipalityName }),
      ...row.cells.map(c => el('td', { text: c.state === 'SCORED' ? String(c.score) : L(shell, 'notMapped') }))));
  }
  table.append(body);
  out.replaceChildren(image, table);
}
