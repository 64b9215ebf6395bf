// The workshop toolkit in the Samverka web app: the method library, a municipality's workshops,
// and an agenda to plan: blocks moved up, down or to another day with buttons (keyboard and
// mouse alike), the schedule and its warnings computed by the API after every change.

let labels = {};
let library = [];

function L(shell, key, ...args) {
  const pick = set => key.split('.').reduce((o, k) => (o || {})[k], set);
  const text = pick(labels[shell.lang()] || labels.en) ?? pick(labels.en) ?? key;
  return String(text).replace(/\{(\d+)\}/g, (_, i) => String(args[Number(i)] ?? ''));
}

const name = (shell, localized) => (localized && (localized[shell.lang()] || localized.en)) || '';
const hhmm = time => (time || '').slice(0, 5);

export async function register(shell) {
  labels = await fetch('/app/plugins/workshop/labels.json').then(r => r.json());
  const reply = await shell.api('GET', '/workshop/methods');
  library = reply.status === 200 ? reply.body : [];
  shell.addPage('library', () => L(shell, 'library'), main => libraryPage(shell, main));
  shell.addPage('workshops', () => L(shell, 'workshops'), main => workshopsPage(shell, main));
}

function libraryPage(shell, main) {
  const { el } = shell;
  for (const m of library) {
    const steps = el('ol');
    for (const s of (m.steps[shell.lang()] || m.steps.en || [])) steps.append(el('li', { text: s }));
    const facts = el('p', { class: 'hint', text: L(shell, 'stages.' + m.stage) + ' · ' + m.minMinutes + '–' + m.maxMinutes + ' '
      + L(shell, 'minutes').toLowerCase() + ' · ' + m.minPeople + '–' + m.maxPeople + ' ' + L(shell, 'people').toLowerCase() });
    const details = el('details', {}, el('summary', { text: name(shell, m.name) }), facts,
      el('p', { text: name(shell, m.purpose) }), el('h3', { text: L(shell, 'materials') }), el('p', { text: name(shell, m.materials) }),
      el('h3', { text: L(shell, 'steps') }), steps);
    if (m.formatToBeConfirmed) details.insertBefore(el('p', { class: 'hint', text: L(shell, 'toBeConfirmed') }), facts);
    main.append(details);
  }
}

async function municipalities(shell) {
  const scope = shell.session().person.scope;
  if (scope.startsWith('municipality:')) return [scope.split(':')[1]];
  const regions = scope.startsWith('region:') ? [scope.split(':')[1]] : ((await shell.api('GET', '/regions')).body || []).map(r => r.id);
  const ids = [];
  for (const r of regions) {
    const reply = await shell.api('GET', '/regions/' + r + '/municipalities');
    if (reply.status === 200) ids.push(...reply.body.map(m => m.id));
  }
  return ids;
}

async function workshopsPage(shell, main) {
  const { el } = shell;
  const ids = await municipalities(shell);
  const select = el('select', { id: 'ws-municipality' });
  for (const id of ids) select.append(el('option', { value: id, text: id }));
  const saved = localStorage.getItem('samverka.workshop.municipality');
  if (saved && ids.includes(saved)) select.value = saved;
  const out = el('div');
  select.addEventListener('change', () => {
    localStorage.setItem('samverka.workshop.municipality', select.value);
    list(shell, out, select.value);
  });
  main.append(el('p', {}, el('label', { for: 'ws-municipality', text: L(shell, 'municipality') + ' ' }), select), out);
  await list(shell, out, select.value);
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
  const templates = (await shell.api('GET', '/workshop/templates')).body || [];
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
  return { title: w.title, goal: w.goal, focusPhase: w.focusPhase, location: w.location, timeZone: w.timeZone,
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
    el('p', {}, el('a', { href: '/api/v1' + base + '/' + w.id + '/agenda.ics?per=day&lang=' + shell.lang(), text: L(shell, 'calendarDays') })));
  out.replaceChildren(...parts);
  heading.focus();
}
