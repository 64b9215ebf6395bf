// The workshop toolkit in the Samverka web app: the method library, a municipality's workshops,
// and an agenda to plan: blocks moved up, down or to another day with buttons (keyboard and
// mouse alike), the schedule and its warnings computed by the API after every change.

let labels = {};

function L(shell, key, ...args) {
  const pick = set => key.split('.').reduce((o, k) => (o || {})[k], set);
  const text = pick(labels[shell.lang()] || labels.en) ?? pick(labels.en) ?? key;
  return String(text).replace(/\{(\d+)\}/g, (_, i) => String(args[Number(i)] ?? ''));
}

const name = (shell, localized) => (localized && (localized[shell.lang()] || localized.en)) || '';
const hhmm = time => (time || '').slice(0, 5);

export async function register(shell) {
  labels = await fetch('/app/plugins/workshop/labels.json').then(r => r.json());
  shell.addPage('library', () => L(shell, 'library'), main => libraryPage(shell, main));
  shell.addPage('workshops', () => L(shell, 'workshops'), main => workshopsPage(shell, main));
  // Finding and erasing a person's data are changes (editors); a viewer could do nothing there.
  if (shell.session().person.role !== 'viewer') {
    shell.addPage('participant-data', () => L(shell, 'data.title'), main => participantDataPage(shell, main));
  }
}

/** The region whose library the person plans with: their region, or their municipality's; none for the platform's admins. */
async function regionOf(shell, municipality) {
  const scope = shell.session().person.scope;
  if (scope.startsWith('region:')) return scope.split(':')[1];
  const id = municipality || (scope.startsWith('municipality:') ? scope.split(':')[1] : null);
  if (!id) return null;
  const reply = await shell.api('GET', '/municipalities/' + id);
  return reply.status === 200 ? reply.body.regionId : null;
}

/** The methods or templates of the region's library (the reference ones and the region's own), else the reference ones alone. */
async function libraryOf(shell, region, what) {
  const reply = region ? await shell.api('GET', '/regions/' + region + '/workshop/' + what) : { status: 0 };
  return reply.status === 200 ? reply.body : ((await shell.api('GET', '/workshop/' + what)).body || []);
}

async function libraryPage(shell, main) {
  const out = shell.el('div');
  main.append(out);
  await showLibrary(shell, out, await regionOf(shell));
}

/**
 * The region's library: the reference methods and the region's own. The region's editors also
 * add, change and remove its own methods here, and download or import the whole library as one
 * file. Drawn again after every change; editing names a method to open in the form.
 */
async function showLibrary(shell, out, region, editing) {
  const { el } = shell;
  const person = shell.session().person;
  const mayWrite = Boolean(region) && person.scope === 'region:' + region && person.role !== 'viewer';
  const reload = again => showLibrary(shell, out, region, again);
  const editor = el('section', { 'aria-labelledby': 'wsm-heading' });
  const base = '/regions/' + region + '/workshop/methods';
  const shown = [];
  for (const m of await libraryOf(shell, region, 'methods')) {
    const steps = el('ol');
    for (const s of (m.steps[shell.lang()] || m.steps.en || [])) steps.append(el('li', { text: s }));
    const facts = el('p', { class: 'hint', text: L(shell, 'stages.' + m.stage) + ' · ' + m.minMinutes + '–' + m.maxMinutes + ' '
      + L(shell, 'minutes').toLowerCase() + ' · ' + m.minPeople + '–' + m.maxPeople + ' ' + L(shell, 'people').toLowerCase() });
    const details = el('details', {}, el('summary', { text: name(shell, m.name) }), facts,
      el('p', { text: name(shell, m.purpose) }), el('h3', { text: L(shell, 'materials') }), el('p', { text: name(shell, m.materials) || '—' }),
      el('h3', { text: L(shell, 'steps') }), steps);
    if (m.formatToBeConfirmed) details.insertBefore(el('p', { class: 'hint', text: L(shell, 'toBeConfirmed') }), facts);
    if (m.origin !== 'reference') details.insertBefore(el('p', { class: 'hint', text: L(shell, 'ownMethod', m.origin) }), facts);
    if (mayWrite && m.origin === region) {
      details.append(el('p', {},
        el('button', { type: 'button', class: 'secondary', text: L(shell, 'own.edit'), 'aria-label': L(shell, 'own.edit') + ': ' + name(shell, m.name),
          onclick: () => methodEditor(shell, editor, base, m, reload) }), ' ',
        el('button', { type: 'button', class: 'secondary', text: L(shell, 'own.delete'), 'aria-label': L(shell, 'own.delete') + ': ' + name(shell, m.name),
          onclick: async () => {
            const gone = await shell.api('DELETE', base + '/' + m.id, undefined, { 'If-Match': '"' + m.version + '"' });
            shell.status(gone.status === 204 ? L(shell, 'own.deleted') : gone.status === 412 ? L(shell, 'own.changedMeanwhile') : shell.problemText(gone));
            await reload();
          } })));
    }
    shown.push(details);
  }
  out.replaceChildren(...shown, await templatesSection(shell, region, mayWrite, reload),
    ...(mayWrite ? [ownLibrary(shell, region, reload), editor] : []));
  if (mayWrite) methodEditor(shell, editor, base, editing ? editing.method : null, reload, editing && editing.conflict);
}

/**
 * The templates of the region's library, reference and the region's own, each with its days.
 * The region's editors remove their own here; they add one by saving a planned workshop's agenda
 * as a template (on the agenda).
 */
async function templatesSection(shell, region, mayWrite, reload) {
  const { el } = shell;
  const base = '/regions/' + region + '/workshop/templates';
  const rows = (await libraryOf(shell, region, 'templates')).map(t => {
    const days = t.days.map((d, i) => L(shell, 'templates.day', i + 1, hhmm(d.start), hhmm(d.end), d.blocks.length)).join('; ');
    const actions = [];
    if (mayWrite && t.origin === region) {
      actions.push(el('button', { type: 'button', class: 'secondary', text: L(shell, 'own.delete'),
        'aria-label': L(shell, 'own.delete') + ': ' + name(shell, t.name), onclick: async () => {
          const gone = await shell.api('DELETE', base + '/' + t.id, undefined, { 'If-Match': '"' + t.version + '"' });
          await reload();
          shell.status(gone.status === 204 ? L(shell, 'own.deleted') : gone.status === 412 ? L(shell, 'templates.changedMeanwhile')
            : shell.problemText(gone));
        } }));
    }
    const cells = [name(shell, t.name), t.origin === 'reference' ? L(shell, 'templates.reference') : L(shell, 'templates.own', t.origin), days];
    return { id: 'wst-' + t.id, cells: mayWrite ? [...cells, el('span', {}, ...actions)] : cells };
  });
  const columns = [L(shell, 'templates.name'), L(shell, 'templates.origin'), L(shell, 'templates.days')];
  return el('section', { 'aria-labelledby': 'wst-heading' }, el('h2', { id: 'wst-heading', text: L(shell, 'templates.title') }),
    el('p', { class: 'hint', text: L(shell, mayWrite ? 'templates.hintEditor' : 'templates.hint') }),
    shell.table('wst-templates', L(shell, 'templates.title'), mayWrite ? [...columns, L(shell, 'templates.actions')] : columns, rows));
}

/** The region's own library as one file: downloaded (the session's cookie goes with the link), or imported. */
function ownLibrary(shell, region, reload) {
  const { el } = shell;
  const path = '/regions/' + region + '/workshop/library';
  const result = el('div');
  const form = el('form', { novalidate: 'novalidate', id: 'wsl-import-form' },
    el('label', { for: 'wsl-file', text: L(shell, 'own.importFile') }), el('input', { id: 'wsl-file', type: 'file', accept: '.json,application/json' }),
    el('button', { type: 'submit', text: L(shell, 'own.import') }), result);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const file = form.querySelector('#wsl-file').files[0];
    if (!file) {
      result.replaceChildren(el('p', { class: 'error', role: 'alert', text: L(shell, 'own.chooseFile') }));
      return;
    }
    let library;
    try {
      library = JSON.parse(await file.text());
    } catch (e) {
      result.replaceChildren(el('p', { class: 'error', role: 'alert', text: L(shell, 'own.notJson') }));
      return;
    }
    const reply = await shell.api('POST', path, library);
    if (reply.status === 200) {
      const r = reply.body;
      await reload();
      shell.status(L(shell, 'own.imported', r.methodsCreated.length, r.templatesCreated.length, r.methodsReplaced.length,
        r.templatesReplaced.length));
    } else {
      const errors = shell.problemList(reply);
      result.replaceChildren(el('p', { class: 'error', role: 'alert', text: L(shell, 'own.importFailed') + ' ' + ((reply.body && reply.body.detail) || '') }), errors);
    }
  });
  return el('section', { 'aria-labelledby': 'wsl-heading' }, el('h2', { id: 'wsl-heading', text: L(shell, 'own.title') }),
    el('p', { class: 'hint', text: L(shell, 'own.hint') }),
    el('p', {}, el('a', { class: 'button', id: 'wsl-download', href: '/api/v1' + path, download: 'workshop-library-' + region + '.json',
      text: L(shell, 'own.download') })), form);
}

const LIBRARY_LANGUAGES = ['en', 'sv', 'nb'];

/**
 * A method of the region's own, new (method null) or changed: its texts in English, Swedish and
 * Bokmål (any other language it has is sent back as it was). A stale version brings the other
 * version into the form and names what this person tried.
 */
function methodEditor(shell, editor, base, method, reload, conflict) {
  const { el } = shell;
  const m = method || { id: '', stage: 'DISCOVER', minMinutes: '', maxMinutes: '', minPeople: '', maxPeople: '', name: {}, purpose: {},
    materials: null, steps: {} };
  const error = el('div', { class: 'error', role: 'alert', tabindex: '-1', text: conflict || '' });
  const number = (id, label, value) => [el('label', { for: id, text: label }),
    el('input', { id, type: 'number', min: '0', step: '1', inputmode: 'numeric', value: value ?? '' })];
  const stage = el('select', { id: 'wsm-stage' });
  for (const s of ['DISCOVER', 'DEFINE', 'DEVELOP', 'DELIVER', 'ANY']) stage.append(el('option', { value: s, text: L(shell, 'stages.' + s) }));
  stage.value = m.stage;
  const id = el('input', { id: 'wsm-id', type: 'text', maxlength: '64', value: m.id, 'aria-describedby': 'wsm-id-hint' });
  if (method) id.setAttribute('readonly', 'readonly');
  const form = el('form', { novalidate: 'novalidate', id: 'wsm-form' },
    el('label', { for: 'wsm-id', text: L(shell, 'own.id') }), id, el('p', { id: 'wsm-id-hint', class: 'hint', text: L(shell, 'own.idHint') }),
    el('label', { for: 'wsm-stage', text: L(shell, 'stage') }), stage,
    ...number('wsm-min-minutes', L(shell, 'own.minMinutes'), m.minMinutes), ...number('wsm-max-minutes', L(shell, 'own.maxMinutes'), m.maxMinutes),
    ...number('wsm-min-people', L(shell, 'own.minPeople'), m.minPeople), ...number('wsm-max-people', L(shell, 'own.maxPeople'), m.maxPeople));
  for (const lang of LIBRARY_LANGUAGES) {
    const field = (key, label, value, rows) => [el('label', { for: 'wsm-' + lang + '-' + key, text: label }),
      rows ? el('textarea', { id: 'wsm-' + lang + '-' + key, rows, text: value || '' })
        : el('input', { id: 'wsm-' + lang + '-' + key, type: 'text', maxlength: '200', value: value || '' })];
    form.append(el('fieldset', { class: 'fields', lang }, el('legend', { text: L(shell, 'own.inLanguage', shell.languageName(lang)), lang: shell.lang() }),
      ...field('name', L(shell, 'own.name'), m.name[lang]), ...field('purpose', L(shell, 'purpose'), m.purpose[lang], 3),
      ...field('materials', L(shell, 'own.materials'), (m.materials || {})[lang], 2),
      ...field('steps', L(shell, 'own.stepsOnePerLine'), ((m.steps || {})[lang] || []).join('\n'), 5)));
  }
  form.append(el('button', { type: 'submit', text: method ? L(shell, 'own.save') : L(shell, 'own.add') }), error);
  if (method) form.append(el('button', { type: 'button', class: 'secondary', text: L(shell, 'own.cancel'),
    onclick: () => methodEditor(shell, editor, base, null, reload) }));
  const value = key => form.querySelector('#' + key).value.trim();
  const whole = key => value(key) === '' ? null : (isNaN(Number(value(key))) ? value(key) : Number(value(key)));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const texts = (key, into) => {
      const all = { ...(into || {}) };
      for (const lang of LIBRARY_LANGUAGES) {
        if (value('wsm-' + lang + '-' + key)) all[lang] = value('wsm-' + lang + '-' + key);
        else delete all[lang];
      }
      return all;
    };
    const steps = { ...(m.steps || {}) };
    for (const lang of LIBRARY_LANGUAGES) {
      const lines = value('wsm-' + lang + '-steps').split('\n').map(l => l.trim()).filter(Boolean);
      if (lines.length) steps[lang] = lines;
      else delete steps[lang];
    }
    const materials = texts('materials', m.materials);
    const input = { id: value('wsm-id'), stage: stage.value, minMinutes: whole('wsm-min-minutes'), maxMinutes: whole('wsm-max-minutes'),
      minPeople: whole('wsm-min-people'), maxPeople: whole('wsm-max-people'), name: texts('name', m.name), purpose: texts('purpose', m.purpose),
      materials: Object.keys(materials).length ? materials : null, steps };
    const saved = method
      ? await shell.api('PUT', base + '/' + method.id, input, { 'If-Match': '"' + method.version + '"' })
      : await shell.api('POST', base, input);
    if (saved.status === 200 || saved.status === 201) {
      shell.status(L(shell, 'saved'));
      await reload();
    } else if (saved.status === 412) {
      const theirs = await shell.api('GET', base + '/' + method.id);
      if (theirs.status !== 200) {
        await reload();
        shell.status(L(shell, 'own.gone'));
        return;
      }
      await reload({ method: theirs.body, conflict: L(shell, 'own.conflict', input.name[shell.lang()] || input.name.en || input.id) });
    } else {
      error.replaceChildren(el('span', { text: (saved.body && saved.body.detail) || shell.problemText(saved) }), shell.problemList(saved));
      error.focus();
    }
  });
  const heading = el('h2', { id: 'wsm-heading', tabindex: '-1',
    text: method ? L(shell, 'own.editMethod', name(shell, method.name)) : L(shell, 'own.addMethod') });
  editor.replaceChildren(heading, form);
  if (conflict) error.focus();
  else if (method) heading.focus();
}


/** A page about one municipality at a time: the shell's picker, then what show puts below it. */
async function municipalityPage(shell, main, pickerId, show) {
  await shell.picker(main, { id: pickerId, label: L(shell, 'municipality'), choices: await shell.municipalities(),
    storageKey: 'samverka.workshop.municipality', show: (out, id) => show(shell, out, id) });
}

const workshopsPage = (shell, main) => municipalityPage(shell, main, 'ws-municipality', list);

/**
 * Participants' personal data in a municipality's workshops: how long names are kept, and one
 * person's data found (shown, and downloadable as the API gives it) or erased after a second,
 * explicit confirmation. The name goes in the request body, never in the address.
 */
async function participantDataPage(shell, main) {
  await municipalityPage(shell, main, 'wsd-municipality', showParticipantData);
}

async function showParticipantData(shell, out, municipality) {
  const { el } = shell;
  const base = '/municipalities/' + municipality + '/workshop';
  const settings = await shell.api('GET', base + '/settings');
  if (settings.status !== 200) {
    out.replaceChildren(el('p', { class: 'error', role: 'alert', text: settings.status === 404 ? L(shell, 'notUsed') : shell.problemText(settings) }));
    return;
  }
  out.replaceChildren(retentionForm(shell, out, municipality, base, settings.body), personForm(shell, base));
}

function retentionForm(shell, out, municipality, base, settings, conflict) {
  const { el } = shell;
  const error = el('div', { class: 'error', role: 'alert', tabindex: '-1', text: conflict || '' });
  const days = el('input', { id: 'wsd-days', type: 'number', min: '0', max: '3650', step: '1', inputmode: 'numeric',
    value: settings.retentionDays ?? '', 'aria-describedby': 'wsd-days-hint' });
  const form = el('form', { novalidate: 'novalidate', id: 'wsd-retention-form' },
    el('label', { for: 'wsd-days', text: L(shell, 'data.retentionDays') }), days,
    el('p', { id: 'wsd-days-hint', class: 'hint', text: L(shell, 'data.retentionHint') }),
    el('button', { type: 'submit', text: L(shell, 'data.saveRetention') }), error);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    // A browser gives '' for what a number field cannot read; sent, that would mean "keep names until erased".
    if (days.validity.badInput) {
      error.replaceChildren(el('span', { text: L(shell, 'data.notANumber', L(shell, 'data.retentionDays')) }));
      error.focus();
      return;
    }
    const typed = days.value.trim();
    const saved = await shell.api('PUT', base + '/settings', { retentionDays: typed === '' ? null : Number(typed) },
      { 'If-Match': '"' + settings.version + '"' });
    if (saved.status === 200) {
      shell.status(L(shell, 'saved'));
      const fresh = retentionForm(shell, out, municipality, base, saved.body);
      section.replaceWith(fresh);
      fresh.querySelector('h2').focus();
    } else if (saved.status === 412) {
      const theirs = await shell.api('GET', base + '/settings');
      const fresh = retentionForm(shell, out, municipality, base, theirs.body,
        L(shell, 'data.retentionConflict', typed === '' ? L(shell, 'data.keepUntilErased') : typed));
      section.replaceWith(fresh);
      fresh.querySelector('.error').focus();
    } else {
      error.replaceChildren(el('span', { text: (saved.body && saved.body.detail) || shell.problemText(saved) }), shell.problemList(saved));
      error.focus();
    }
  });
  const section = el('section', { 'aria-labelledby': 'wsd-retention-heading' },
    el('h2', { id: 'wsd-retention-heading', tabindex: '-1', text: L(shell, 'data.retentionTitle') }),
    el('p', { text: settings.retentionDays == null ? L(shell, 'data.keptUntilErased') : L(shell, 'data.keptFor', settings.retentionDays) }), form);
  return section;
}

function personForm(shell, base) {
  const { el } = shell;
  const result = el('div', { id: 'wsd-result' });
  const name = el('input', { id: 'wsd-name', type: 'text', maxlength: '200', autocomplete: 'off' });
  const form = el('form', { novalidate: 'novalidate', id: 'wsd-person-form' },
    el('label', { for: 'wsd-name', text: L(shell, 'data.personName') }), name,
    el('button', { type: 'submit', text: L(shell, 'data.find') }));
  const find = async who => {
    const found = await shell.api('POST', base + '/people/search', { name: who });
    if (found.status !== 200) {
      result.replaceChildren(el('p', { class: 'error', role: 'alert', text: shell.problemText(found) }));
      return;
    }
    showFound(shell, base, result, found.body, () => find(who));
  };
  form.addEventListener('submit', event => {
    event.preventDefault();
    find(name.value);
  });
  return el('section', { 'aria-labelledby': 'wsd-person-heading' },
    el('h2', { id: 'wsd-person-heading', text: L(shell, 'data.personTitle') }),
    el('p', { class: 'hint', text: L(shell, 'data.personHint') }), form, result);
}

/** The address of the person's data offered for download: one at a time, let go when another search replaces it. */
let downloadUrl = null;

function forgetDownload() {
  if (downloadUrl) URL.revokeObjectURL(downloadUrl);
  downloadUrl = null;
}

/** What the workshops hold about one person, a download of it, and the erasure behind a confirmation. */
function showFound(shell, base, result, found, again) {
  const { el } = shell;
  forgetDownload();
  if (!found.workshops.length) {
    shell.status(L(shell, 'data.none', found.name));
    result.replaceChildren(el('p', { text: L(shell, 'data.none', found.name) }));
    return;
  }
  shell.status(L(shell, 'data.foundCaption', found.name, found.workshops.length));
  const yesNo = v => v == null ? '–' : L(shell, v ? 'data.yes' : 'data.no');
  const table = shell.table('wsd-found', L(shell, 'data.foundCaption', found.name, found.workshops.length),
    [L(shell, 'title'), L(shell, 'data.days'), L(shell, 'data.roles'), L(shell, 'data.organisation'), L(shell, 'data.sector'), L(shell, 'consent')],
    found.workshops.map(w => [w.title, shell.date(w.firstDay) + (w.lastDay !== w.firstDay ? ' – ' + shell.date(w.lastDay) : ''),
      w.roles.map(r => L(shell, 'data.role.' + r)).join(', '), w.organisation || '–', w.sector ? L(shell, 'data.sectors.' + w.sector) : '–', yesNo(w.consent)]));
  downloadUrl = URL.createObjectURL(new Blob([JSON.stringify(found, null, 2)], { type: 'application/json' }));
  const download = el('a', { class: 'button', download: 'workshop-data.json', href: downloadUrl, text: L(shell, 'data.download') });
  const confirmArea = el('div');
  const erase = el('button', { type: 'button', class: 'secondary', id: 'wsd-erase', text: L(shell, 'data.erase', found.name),
    onclick: () => {
      const yes = el('button', { type: 'button', id: 'wsd-erase-confirm', text: L(shell, 'data.eraseConfirm', found.name, found.workshops.length),
        onclick: async () => {
          const erased = await shell.api('POST', base + '/people/erase', { name: found.name });
          if (erased.status === 200) {
            await again();
            shell.status(L(shell, 'data.erased', erased.body.participantsRemoved, erased.body.rolesCleared, erased.body.workshopsChanged));
            document.getElementById('wsd-name').focus();
          } else confirmArea.replaceChildren(el('p', { class: 'error', role: 'alert', text: shell.problemText(erased) }));
        } });
      const no = el('button', { type: 'button', class: 'secondary', text: L(shell, 'data.cancel'), onclick: () => confirmArea.replaceChildren() });
      confirmArea.replaceChildren(el('p', { class: 'error', text: L(shell, 'data.eraseWarning') }), el('p', {}, yes, ' ', no));
      yes.focus();
    } });
  result.replaceChildren(table, el('p', {}, download), el('p', {}, erase), confirmArea);
}

async function list(shell, out, municipality) {
  const { el } = shell;
  const base = '/municipalities/' + municipality + '/workshop/workshops';
  const reply = await shell.api('GET', base);
  if (reply.status !== 200) {
    out.replaceChildren(el('p', { class: 'error', role: 'alert', text: reply.status === 404 ? L(shell, 'notUsed') : shell.problemText(reply) }));
    return;
  }
  const items = el('ul');
  for (const w of reply.body.items) {
    items.append(el('li', {}, el('button', { type: 'button', class: 'secondary', text: L(shell, 'open') + ': ' + w.title,
      onclick: () => agenda(shell, out, base, w) })));
  }
  const templates = await libraryOf(shell, await regionOf(shell, municipality), 'templates');
  const template = el('select', { id: 'ws-template' });
  for (const t of templates) template.append(el('option', { value: t.id, text: name(shell, t.name) }));
  const error = el('p', { class: 'error', role: 'alert' });
  const form = el('form', { novalidate: 'novalidate', id: 'ws-form' },
    el('label', { for: 'ws-title', text: L(shell, 'title') }), el('input', { id: 'ws-title', type: 'text', maxlength: '200' }),
    el('label', { for: 'ws-template', text: L(shell, 'template') }), template,
    el('label', { for: 'ws-start', text: L(shell, 'startDate') }), el('input', { id: 'ws-start', type: 'date' }),
    el('button', { type: 'submit', text: L(shell, 'create') }), error);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const created = await shell.api('POST', base, { title: form.querySelector('#ws-title').value, template: template.value,
      startDate: form.querySelector('#ws-start').value || null });
    if (created.status === 201) agenda(shell, out, base, created.body);
    else error.textContent = shell.problemText(created);
  });
  out.replaceChildren(reply.body.items.length ? items : el('p', { text: L(shell, 'noWorkshops') }),
    el('h2', { text: L(shell, 'create') }), form);
}

/** The workshop as PUT takes it, with its days' blocks as arrays to rearrange. */
function input(w) {
  return { title: w.title, goal: w.goal, focusPhase: w.focusPhase, focusItemId: w.focusItemId, location: w.location, timeZone: w.timeZone,
    facilitator: w.facilitator, decider: w.decider, participants: w.participants,
    days: w.days.map(d => ({ date: d.date, start: hhmm(d.start), end: hhmm(d.end),
      blocks: d.blocks.map(b => ({ methodId: b.methodId, minutes: b.minutes, note: b.note })) })) };
}

function agenda(shell, out, base, w) {
  const { el } = shell;
  async function change(rearrange, focusId) {
    const body = input(w);
    rearrange(body.days);
    const saved = await shell.api('PUT', base + '/' + w.id, body, { 'If-Match': '"' + w.version + '"' });
    if (saved.status === 200) {
      shell.status(L(shell, 'saved'));
      agenda(shell, out, base, saved.body);
    } else if (saved.status === 412) {
      shell.status(L(shell, 'conflict'));
      agenda(shell, out, base, (await shell.api('GET', base + '/' + w.id)).body);
    } else {
      shell.status(shell.problemText(saved));
      return;
    }
    const again = focusId && document.getElementById(focusId);
    if (again) again.focus();
  }
  const heading = el('h2', { text: w.title, tabindex: '-1' });
  const parts = [el('p', {}, el('button', { type: 'button', class: 'secondary', text: L(shell, 'back'), onclick: () => list(shell, out, base.split('/')[2]) })), heading];
  w.days.forEach((day, d) => {
    const table = el('table', {}, el('caption', { text: L(shell, 'day', day.day, shell.date(day.date), hhmm(day.start), hhmm(day.end))
      + ' (' + L(shell, 'ends', hhmm(day.endsAt)) + ')' }),
      el('thead', {}, el('tr', {}, el('th', { scope: 'col', text: L(shell, 'time') }), el('th', { scope: 'col', text: L(shell, 'method') }),
        el('th', { scope: 'col', text: L(shell, 'minutes') }), el('td'))));
    const body = el('tbody');
    day.blocks.forEach((b, i) => {
      const label = name(shell, b.name) + ' ' + hhmm(b.start);
      const button = (key, id, disabled, rearrange) => {
        const node = el('button', { type: 'button', class: 'secondary', id, text: L(shell, key), 'aria-label': L(shell, key) + ': ' + label,
          onclick: () => change(rearrange, id) });
        node.disabled = disabled;
        return node;
      };
      const id = 'ws-d' + d + 'b' + i;
      body.append(el('tr', {}, el('td', { text: hhmm(b.start) + '–' + hhmm(b.end) }), el('th', { scope: 'row', text: name(shell, b.name) }),
        el('td', { text: String(b.minutes) }), el('td', {},
          button('moveUp', id + '-up', i === 0, days => days[d].blocks.splice(i - 1, 0, days[d].blocks.splice(i, 1)[0])), ' ',
          button('moveDown', id + '-down', i === day.blocks.length - 1, days => days[d].blocks.splice(i + 1, 0, days[d].blocks.splice(i, 1)[0])), ' ',
          button('toPreviousDay', id + '-prev', d === 0, days => days[d - 1].blocks.push(days[d].blocks.splice(i, 1)[0])), ' ',
          button('toNextDay', id + '-next', d === w.days.length - 1, days => days[d + 1].blocks.unshift(days[d].blocks.splice(i, 1)[0])))));
    });
    table.append(body);
    parts.push(table);
  });
  const warnings = el('ul', { id: 'ws-warnings' });
  for (const x of w.warnings) warnings.append(el('li', { text: L(shell, 'day', x.day, '', '', '').split(',')[0] + ': '
    + L(shell, 'codes.' + x.code) + ' — ' + x.detail }));
  parts.push(el('h2', { text: L(shell, 'warnings') }), w.warnings.length ? warnings : el('p', { id: 'ws-warnings', text: L(shell, 'noWarnings') }),
    el('p', {}, el('a', { href: '/api/v1' + base + '/' + w.id + '/agenda.ics?lang=' + shell.lang(), text: L(shell, 'calendar') })),
    el('p', {}, el('a', { href: '/api/v1' + base + '/' + w.id + '/agenda.ics?per=day&lang=' + shell.lang(), text: L(shell, 'calendarDays') })),
    el('p', {}, el('a', { href: '/api/v1' + base + '/' + w.id + '/report?format=html&lang=' + shell.lang(), text: L(shell, 'reportHtml') }),
      ' · ', el('a', { href: '/api/v1' + base + '/' + w.id + '/report?lang=' + shell.lang(), text: L(shell, 'reportMarkdown') })));
  const views = el('p', { class: 'no-print' },
    el('button', { type: 'button', class: 'secondary', id: 'ws-print', text: L(shell, 'print'), onclick: () => printable(shell, out, base, w) }), ' ',
    el('button', { type: 'button', class: 'secondary', id: 'ws-run', text: L(shell, 'run'), onclick: () => running(shell, out, base, w) }), ' ',
    el('button', { type: 'button', class: 'secondary', id: 'ws-outputs', text: L(shell, 'outputs'), onclick: () => outputs(shell, out, base, w) }), ' ',
    el('button', { type: 'button', class: 'secondary', id: 'ws-tests', text: L(shell, 'tests'), onclick: () => prototypes(shell, out, base, w) }));
  parts.splice(2, 0, views);
  const person = shell.session().person;
  if (person.scope.startsWith('region:') && person.role !== 'viewer') {
    parts.push(templateFromAgenda(shell, person.scope.split(':')[1], w));
  }
  out.replaceChildren(...parts);
  heading.focus();
}

/**
 * Saves a planned agenda as a template of the region's own (its days' times and blocks, no
 * dates), named in English, Swedish and Bokmål: the way a region's editors make a template, by
 * planning a workshop once.
 */
function templateFromAgenda(shell, region, w) {
  const { el } = shell;
  const result = el('div', { class: 'error', role: 'alert', tabindex: '-1' });
  const names = LIBRARY_LANGUAGES.flatMap(lang => [el('label', { for: 'wsa-name-' + lang, text: L(shell, 'own.name') + ' (' + shell.languageName(lang) + ')' }),
    el('input', { id: 'wsa-name-' + lang, type: 'text', maxlength: '200', lang })]);
  const form = el('form', { novalidate: 'novalidate', id: 'wsa-form' },
    el('label', { for: 'wsa-id', text: L(shell, 'own.id') }),
    el('input', { id: 'wsa-id', type: 'text', maxlength: '60', 'aria-describedby': 'wsa-id-hint' }),
    el('p', { class: 'hint', id: 'wsa-id-hint', text: L(shell, 'templates.idHint') }), ...names,
    el('button', { type: 'submit', text: L(shell, 'templates.save') }), result);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const name = {};
    for (const lang of LIBRARY_LANGUAGES) name[lang] = form.querySelector('#wsa-name-' + lang).value.trim();
    const template = { id: form.querySelector('#wsa-id').value.trim(), name, days: w.days.map(d => ({ start: hhmm(d.start), end: hhmm(d.end),
      blocks: d.blocks.map(b => (b.methodId ? { methodId: b.methodId, minutes: b.minutes } : { minutes: b.minutes })) })) };
    const saved = await shell.api('POST', '/regions/' + region + '/workshop/templates', template);
    if (saved.status === 201) {
      result.replaceChildren();
      form.reset();
      shell.status(L(shell, 'templates.saved', name[shell.lang()] || name.en));
    } else {
      result.replaceChildren(el('span', { text: (saved.body && saved.body.detail) || shell.problemText(saved) }), shell.problemList(saved));
      result.focus();
    }
  });
  return el('section', { 'aria-labelledby': 'wsa-heading', class: 'no-print' },
    el('h2', { id: 'wsa-heading', text: L(shell, 'templates.fromAgenda') }), el('p', { class: 'hint', text: L(shell, 'templates.fromAgendaHint') }), form);
}

/** A sub-view of a workshop: a way back to its agenda, and a heading that takes the focus. */
function view(shell, out, base, w, title, ...content) {
  const { el } = shell;
  const heading = el('h2', { text: title, tabindex: '-1' });
  out.replaceChildren(el('p', { class: 'no-print' }, el('button', { type: 'button', class: 'secondary', text: L(shell, 'backToAgenda'),
    onclick: () => agenda(shell, out, base, w) })), heading, ...content);
  heading.focus();
}

/** The agenda to print: one sheet per day, with the times, the methods and their materials. */
function printable(shell, out, base, w) {
  const { el } = shell;
  const days = w.days.map(day => {
    const rows = day.blocks.map(b => el('tr', {}, el('td', { text: hhmm(b.start) + '–' + hhmm(b.end) }),
      el('th', { scope: 'row', text: name(shell, b.name) + (b.note ? ' — ' + b.note : '') }), el('td', { text: String(b.minutes) })));
    return el('section', { class: 'print-page ws-print-day' },
      el('h3', { text: L(shell, 'day', day.day, shell.date(day.date), hhmm(day.start), hhmm(day.end)) }),
      el('p', { text: [w.location, w.facilitator && L(shell, 'facilitator') + ': ' + w.facilitator].filter(Boolean).join(' · ') }),
      el('table', {}, el('thead', {}, el('tr', {}, el('th', { scope: 'col', text: L(shell, 'time') }),
        el('th', { scope: 'col', text: L(shell, 'method') }), el('th', { scope: 'col', text: L(shell, 'minutes') }))), el('tbody', {}, ...rows)));
  });
  const materials = el('ul', {}, ...w.materials.map(m => el('li', { text: name(shell, m) })));
  view(shell, out, base, w, w.title, el('p', { class: 'no-print' }, el('button', { type: 'button', id: 'ws-print-now',
    text: L(shell, 'printNow'), onclick: () => window.print() })), ...days,
    el('section', { class: 'print-page' }, el('h3', { text: L(shell, 'materials') }), materials));
}

/** Minutes after midnight of a time "09:15:00". */
const minutesOf = time => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** The time now in the workshop's time zone, as minutes after midnight, and today's date there. */
function nowIn(timeZone) {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit',
    hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' }).formatToParts(new Date()).map(p => [p.type, p.value]));
  return { date: parts.year + '-' + parts.month + '-' + parts.day,
    minutes: Number(parts.hour) * 60 + Number(parts.minute) + Number(parts.second) / 60 };
}

/**
 * The running workshop: the facilitator moves from block to block with one button; the page shows
 * the block, the time left in it, and how far ahead or behind the plan the day is. Progress is kept
 * in this browser only (it is the facilitator's own screen), per workshop and day.
 */
function running(shell, out, base, w) {
  const { el } = shell;
  const today = nowIn(w.timeZone).date;
  const dayIndex = Math.max(0, w.days.findIndex(d => d.date === today));
  const day = w.days[dayIndex];
  const key = 'samverka.workshop.run.' + w.id + '.' + day.date;
  const load = () => JSON.parse(localStorage.getItem(key) || 'null');
  const current = el('p', { id: 'ws-run-block', class: 'big' });
  const left = el('p', { id: 'ws-run-left' });
  const offset = el('p', { id: 'ws-run-offset', role: 'status', 'aria-live': 'polite' });
  const next = el('button', { type: 'button', id: 'ws-run-next' });
  const reset = el('button', { type: 'button', class: 'secondary', id: 'ws-run-reset', text: L(shell, 'runReset') });
  let lastOffset = null;
  function render() {
    const run = load();
    const now = nowIn(w.timeZone).minutes;
    if (!run) {
      current.textContent = L(shell, 'runNotStarted', hhmm(day.start));
      left.textContent = '';
      offset.textContent = '';
      next.textContent = L(shell, 'runStart');
      return;
    }
    const block = day.blocks[run.block];
    if (!block) {
      current.textContent = L(shell, 'runDone');
      left.textContent = '';
      next.textContent = L(shell, 'runStart');
      return;
    }
    const elapsed = now - run.startedAt;
    const behind = Math.round(run.startedAt - minutesOf(block.start) + Math.max(0, elapsed - block.minutes));
    current.textContent = name(shell, block.name) + ' (' + hhmm(block.start) + '–' + hhmm(block.end) + ')';
    left.textContent = L(shell, 'runLeft', Math.max(0, Math.ceil(block.minutes - elapsed)));
    const text = behind > 0 ? L(shell, 'runBehind', behind) : behind < 0 ? L(shell, 'runAhead', -behind) : L(shell, 'runOnTime');
    if (text !== lastOffset) {
      offset.textContent = text;
      offset.className = behind > 0 ? 'error' : 'hint';
      lastOffset = text;
    }
    next.textContent = run.block + 1 < day.blocks.length ? L(shell, 'runNext', name(shell, day.blocks[run.block + 1].name)) : L(shell, 'runFinish');
  }
  next.addEventListener('click', () => {
    const run = load();
    const now = nowIn(w.timeZone).minutes;
    localStorage.setItem(key, JSON.stringify(run ? { block: run.block + 1, startedAt: now } : { block: 0, startedAt: now }));
    render();
  });
  reset.addEventListener('click', () => { localStorage.removeItem(key); render(); });
  const timer = setInterval(() => { if (!document.body.contains(current)) clearInterval(timer); else render(); }, 1000);
  render();
  view(shell, out, base, w, L(shell, 'runTitle', w.title, dayIndex + 1), current, left, offset, el('p', {}, next, ' ', reset));
}

/** What came out: ideas ranked by the votes (a dot per click, the decider's supervote), insights, decisions and notes. */
async function outputs(shell, out, base, w) {
  const { el } = shell;
  const url = base + '/' + w.id + '/outputs';
  const reply = await shell.api('GET', url);
  if (reply.status !== 200) { shell.status(shell.problemText(reply)); return; }
  const all = reply.body;
  const ideas = el('ol', { id: 'ws-ideas' });
  for (const idea of all.rankedIdeas) {
    const dot = el('button', { type: 'button', class: 'secondary', text: L(shell, 'addDot'), 'aria-label': L(shell, 'addDot') + ': ' + idea.text,
      onclick: async () => {
        const voted = await shell.api('POST', url + '/' + idea.id + '/votes', { dots: 1 });
        if (voted.status === 200) outputs(shell, out, base, w); else shell.status(shell.problemText(voted));
      } });
    const superVote = el('button', { type: 'button', class: 'secondary', text: L(shell, idea.supervote ? 'unsupervote' : 'supervote'),
      'aria-label': L(shell, idea.supervote ? 'unsupervote' : 'supervote') + ': ' + idea.text,
      onclick: async () => {
        const saved = await shell.api('PUT', url + '/' + idea.id, { kind: 'IDEA', text: idea.text, phase: idea.phase, supervote: !idea.supervote },
          { 'If-Match': '"' + idea.version + '"' });
        if (saved.status === 200) outputs(shell, out, base, w); else shell.status(shell.problemText(saved));
      } });
    ideas.append(el('li', {}, el('span', { text: idea.text + ' — ' + L(shell, 'dots', idea.dots) + (idea.supervote ? ' · ' + L(shell, 'supervoted') : '') }),
      ' ', dot, ' ', superVote));
  }
  const section = (kind, heading) => {
    const items = (all.items || []).filter(o => o.kind === kind);
    const list = el('ul', {}, ...items.map(o => {
      const li = el('li', { text: o.text + (o.phase ? ' (' + L(shell, 'phases.' + o.phase) + ')' : '') });
      if (kind === 'DECISION' && !o.actionPath) {
        li.append(' ', el('button', { type: 'button', class: 'secondary', text: L(shell, 'toAction'), 'aria-label': L(shell, 'toAction') + ': ' + o.text,
          onclick: async () => {
            const made = await shell.api('POST', url + '/' + o.id + '/action', { phase: o.phase || w.focusPhase || 'WELCOME' });
            if (made.status === 201) outputs(shell, out, base, w); else shell.status(shell.problemText(made));
          } }));
      } else if (o.actionPath) {
        li.append(' — ' + L(shell, 'becameAction'));
      }
      return li;
    }));
    return [el('h3', { text: heading }), items.length ? list : el('p', { text: L(shell, 'nothingYet') })];
  };
  const kind = el('select', { id: 'ws-output-kind' }, ...['IDEA', 'INSIGHT', 'DECISION', 'NOTE'].map(k => el('option', { value: k, text: L(shell, 'kinds.' + k) })));
  const phase = el('select', { id: 'ws-output-phase' }, el('option', { value: '', text: '—' }),
    ...['INVENTORY', 'ATTRACT', 'RECRUIT', 'INTRODUCE', 'WELCOME', 'ROOT'].map(p => el('option', { value: p, text: L(shell, 'phases.' + p) })));
  const text = el('textarea', { id: 'ws-output-text', rows: '3', maxlength: '2000' });
  const error = el('p', { class: 'error', role: 'alert' });
  const form = el('form', { novalidate: 'novalidate', id: 'ws-output-form' },
    el('label', { for: 'ws-output-kind', text: L(shell, 'kind') }), kind, el('label', { for: 'ws-output-text', text: L(shell, 'text') }), text,
    el('label', { for: 'ws-output-phase', text: L(shell, 'phase') }), phase, el('button', { type: 'submit', text: L(shell, 'add') }), error);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const added = await shell.api('POST', url, { kind: kind.value, text: text.value, phase: phase.value || null });
    if (added.status === 201) { await outputs(shell, out, base, w); shell.status(L(shell, 'saved')); } else error.textContent = shell.problemText(added);
  });
  view(shell, out, base, w, L(shell, 'outputsOf', w.title), el('h3', { text: L(shell, 'rankedIdeas') }),
    all.rankedIdeas.length ? ideas : el('p', { text: L(shell, 'nothingYet') }), ...section('INSIGHT', L(shell, 'kinds.INSIGHT')),
    ...section('DECISION', L(shell, 'kinds.DECISION')), ...section('NOTE', L(shell, 'kinds.NOTE')), el('h3', { text: L(shell, 'add') }), form);
}

/** The prototypes of a workshop; one opens as its test-day grid. */
async function prototypes(shell, out, base, w) {
  const { el } = shell;
  const url = base + '/' + w.id + '/prototypes';
  const reply = await shell.api('GET', url);
  if (reply.status !== 200) { shell.status(shell.problemText(reply)); return; }
  const list = el('ul', {}, ...reply.body.map(p => el('li', {}, el('button', { type: 'button', class: 'secondary',
    text: L(shell, 'open') + ': ' + p.what, onclick: () => grid(shell, out, base, w, url + '/' + p.id) }))));
  view(shell, out, base, w, L(shell, 'testsOf', w.title), reply.body.length ? list : el('p', { text: L(shell, 'noPrototypes') }));
}

const MARKS = { steps: ['POSITIVE', 'NEUTRAL', 'NEGATIVE'], questions: ['YES', 'MAYBE', 'NO'] };

/** The test-day grid: one column per tester, one row per storyboard step and sprint question; the patterns; a form for the next test. */
async function grid(shell, out, base, w, url) {
  const { el } = shell;
  const [p, sessions, g] = await Promise.all(['', '/sessions', '/grid'].map(path => shell.api('GET', url + path)));
  if (p.status !== 200) { shell.status(shell.problemText(p)); return; }
  const testers = sessions.body.map(s => s.testerCode);
  const table = (kind, lines, pick) => el('table', { class: 'ws-grid', id: 'ws-grid-' + kind },
    el('caption', { text: L(shell, kind === 'steps' ? 'gridSteps' : 'gridQuestions') }),
    el('thead', {}, el('tr', {}, el('th', { scope: 'col', text: L(shell, kind === 'steps' ? 'step' : 'question') }),
      ...testers.map(t => el('th', { scope: 'col', text: t })), ...MARKS[kind].map(m => el('th', { scope: 'col', text: L(shell, 'marks.' + m) })))),
    el('tbody', {}, ...lines.map((line, i) => el('tr', {}, el('th', { scope: 'row', text: (i + 1) + '. ' + line.text }),
      ...sessions.body.map(s => { const m = pick(s)[i]; return el('td', { class: m ? 'mark-' + m.toLowerCase() : '', text: m ? L(shell, 'marks.' + m) : '—' }); }),
      ...MARKS[kind].map(m => el('td', { text: String(line.counts[m] || 0) }))))));
  const patterns = el('ul', { id: 'ws-patterns' }, ...g.body.findings.map(f => el('li', {
    text: L(shell, f.kind === 'STEP' ? 'findingStep' : 'findingQuestion', f.count, f.of, L(shell, 'marks.' + f.mark), f.position, f.text) })));
  const code = el('input', { id: 'ws-tester', type: 'text', maxlength: '20', value: 'T' + (testers.length + 1) });
  const consent = el('input', { id: 'ws-consent', type: 'checkbox' });
  const choice = (kind, i, text) => {
    const id = 'ws-' + kind + '-' + i;
    return [el('label', { for: id, text: (i + 1) + '. ' + text }), el('select', { id }, ...MARKS[kind].map(m => el('option', { value: m, text: L(shell, 'marks.' + m) })))];
  };
  const error = el('p', { class: 'error', role: 'alert' });
  const form = el('form', { novalidate: 'novalidate', id: 'ws-session-form' },
    el('label', { for: 'ws-tester', text: L(shell, 'testerCode') }), code,
    el('p', {}, consent, ' ', el('label', { for: 'ws-consent', text: L(shell, 'consent') })),
    ...p.body.questions.flatMap((q, i) => choice('questions', i, q)), ...p.body.steps.flatMap((s, i) => choice('steps', i, s)),
    el('button', { type: 'submit', text: L(shell, 'addSession') }), error);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const answers = p.body.questions.map((_, i) => form.querySelector('#ws-questions-' + i).value);
    const reactions = p.body.steps.map((_, i) => form.querySelector('#ws-steps-' + i).value);
    const added = await shell.api('POST', url + '/sessions', { testerCode: code.value, consent: consent.checked, answers, reactions });
    if (added.status === 201) { await grid(shell, out, base, w, url); shell.status(L(shell, 'saved')); } else error.textContent = shell.problemText(added);
  });
  const verdict = p.body.summary ? L(shell, 'summaries.' + p.body.summary) : L(shell, 'summaries.NONE');
  view(shell, out, base, w, p.body.what, el('p', { text: L(shell, 'hypothesis') + ': ' + p.body.hypothesis }),
    el('p', { id: 'ws-summary', text: L(shell, 'verdict') + ': ' + verdict + ' · ' + L(shell, 'suggested') + ': '
      + L(shell, 'summaries.' + (g.body.suggestedSummary || 'NONE')) + ' · ' + L(shell, 'testedWith', g.body.sessions) }),
    table('steps', g.body.steps, s => s.reactions), table('questions', g.body.questions, s => s.answers),
    el('h3', { text: L(shell, 'patterns') }), g.body.findings.length ? patterns : el('p', { text: L(shell, 'nothingYet') }),
    el('h3', { text: L(shell, 'addSession') }), form);
}
