// The Samverka shell: signs a person in, shows the methods switched on for them, loads the pages
// that plugins bring, and switches language. Plain modern JavaScript, no build step: the browser
// runs these files as they are (docs/architecture.md, "The web app").

import { auditView, tenantsView, tokensView } from '/app/admin.js';
import { apiView } from '/app/api.js';

const LANGUAGES = ['en', 'sv', 'nb'];
const LOCALES = { en: 'en-GB', sv: 'sv-SE', nb: 'nb-NO' };
const state = { lang: 'en', labels: {}, session: null, modules: [], pages: new Map(), drawing: 0 };

function chooseLanguage() {
  const saved = localStorage.getItem('samverka.lang');
  if (LANGUAGES.includes(saved)) return saved;
  for (const tag of navigator.languages || [navigator.language || 'en']) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'no' || base === 'nn') return 'nb';
    if (LANGUAGES.includes(base)) return base;
  }
  return 'en';
}

/** A label in the current language, with {0}, {1}… filled in. */
export function t(key, ...args) {
  const text = state.labels[key] ?? key;
  return text.replace(/\{(\d+)\}/g, (_, i) => String(args[Number(i)] ?? ''));
}

/**
 * Calls the API; changes carry the session's CSRF token. A body is sent as JSON, or as it is when
 * the headers give another Content-Type. Resolves to {status, body, etag}.
 */
export async function api(method, path, body, headers = {}) {
  const init = { method, headers: { Accept: 'application/json', ...headers }, credentials: 'same-origin' };
  if (body !== undefined && headers['Content-Type'] && !headers['Content-Type'].startsWith('application/json')) {
    init.body = body; // a file as it is, such as CSV
  } else if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  if (method !== 'GET' && state.session) init.headers['X-CSRF-Token'] = state.session.csrfToken;
  let response;
  try {
    response = await fetch('/api/v1' + path, init);
  } catch (e) {
    return { status: 0, body: { detail: t('error.network') } };
  }
  const text = await response.text();
  let parsed = null;
  try { parsed = text ? JSON.parse(text) : null; } catch (e) { parsed = { detail: text }; }
  return { status: response.status, body: parsed, etag: response.headers.get('ETag') };
}

function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (name === 'text') node.textContent = value;
    else if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value);
  }
  for (const child of children) node.append(child);
  return node;
}

function status(message) {
  document.getElementById('status').textContent = message || '';
}

/** Shows a view in main and moves focus to its heading, so screen readers announce it. */
function show(title, ...content) {
  const main = document.getElementById('main');
  const heading = el('h1', { text: title, tabindex: '-1' });
  main.replaceChildren(heading, ...content);
  document.title = title + ' – Samverka';
  heading.focus();
}

function problemText(reply) {
  const body = reply.body || {};
  const fields = (body.errors || []).map(e => e.field + ': ' + e.message).join('; ');
  return [body.detail, fields].filter(Boolean).join(' ');
}

/** The problem's offending fields (or lines of a file) as a list for a form's error area; empty when it names none. */
function problemList(reply) {
  const list = el('ul', { class: 'error' });
  for (const e of (reply.body && reply.body.errors) || []) list.append(el('li', { text: e.field + ': ' + e.message }));
  return list;
}

/** A language tag as the reader calls it ("svenska", "Swedish"); the tag itself where the browser cannot say. */
function languageName(tag) {
  try {
    return new Intl.DisplayNames([state.lang], { type: 'language' }).of(tag) || tag;
  } catch (e) {
    return tag;
  }
}

function field(id, label, type, autocomplete) {
  return [el('label', { for: id, text: label }),
    el('input', { id, name: id, type, autocomplete, required: 'required' })];
}

async function signInView() {
  const error = el('p', { class: 'error', role: 'alert' });
  const params = new URLSearchParams(location.search);
  if (params.get('signin') === 'failed') {
    error.textContent = t('signIn.ssoFailed');
  }
  const offer = await api('GET', '/sessions/oidc');
  const sso = offer.status === 200 && offer.body.enabled
    ? [el('p', {}, el('a', { id: 'sso', class: 'button', href: offer.body.start, text: t('signIn.sso', offer.body.displayName) })),
      el('p', { text: t('signIn.or') })]
    : [];
  const form = el('form', { novalidate: 'novalidate' },
    ...field('username', t('signIn.username'), 'text', 'username'),
    ...field('password', t('signIn.password'), 'password', 'current-password'),
    el('button', { type: 'submit', text: t('signIn.submit') }), error);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const reply = await api('POST', '/sessions', { username: form.username.value, password: form.password.value });
    if (reply.status === 201) {
      state.session = reply.body;
      await signedIn();
    } else {
      error.textContent = t('signIn.failed', problemText(reply));
      form.password.value = '';
      form.password.focus();
    }
  });
  show(t('signIn.title'), ...sso, form);
}

async function setupView() {
  const code = new URLSearchParams(location.hash.slice(1)).get('code') || '';
  const open = await api('GET', '/setup');
  if (!open.body || !open.body.open) {
    show(t('setup.title'), el('p', { text: t('setup.closed') }));
    return;
  }
  const error = el('p', { class: 'error', role: 'alert' });
  const form = el('form', { novalidate: 'novalidate' },
    el('p', { text: t('setup.intro') }),
    ...field('password', t('setup.password'), 'password', 'new-password'),
    ...field('repeat', t('setup.repeat'), 'password', 'new-password'),
    el('p', { class: 'hint', text: t('account.rules') }),
    el('button', { type: 'submit', text: t('setup.submit') }), error);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    if (form.password.value !== form.repeat.value) {
      error.textContent = t('setup.mismatch');
      return;
    }
    const reply = await api('POST', '/setup', { code, password: form.password.value });
    if (reply.status === 201) {
      state.session = reply.body;
      history.replaceState(null, '', '/');
      await signedIn();
    } else {
      error.textContent = problemText(reply) || t('setup.closed');
    }
  });
  show(t('setup.title'), form);
}

function scopeText(scope) {
  if (scope === 'platform') return t('scope.platform');
  const [kind, id] = scope.split(':');
  return t('scope.' + kind, id);
}

async function loadModules() {
  const scope = state.session.person.scope;
  const installed = await api('GET', '/modules?lang=' + state.lang);
  const all = installed.status === 200 ? installed.body.filter(m => m.state === 'ACTIVE') : [];
  if (scope === 'platform') return all;
  const [kind, id] = scope.split(':');
  const tenants = [(kind === 'region' ? '/regions/' : '/municipalities/') + id];
  if (kind === 'region') {
    const members = await api('GET', '/regions/' + id + '/municipalities');
    if (members.status === 200) tenants.push(...members.body.map(m => '/municipalities/' + m.id));
  }
  const ids = new Set();
  for (const reply of await Promise.all(tenants.map(t => api('GET', t + '/modules')))) {
    if (reply.status === 200) reply.body.forEach(u => ids.add(u.moduleId));
  }
  return all.filter(m => ids.has(m.id));
}

/**
 * The municipalities the signed-in person works with, as {id, name}: their own, their region's,
 * or (for the platform's admins) every region's. Each plugin page picks one of them.
 */
async function municipalitiesOfPerson() {
  const scope = state.session.person.scope;
  if (scope.startsWith('municipality:')) {
    const id = scope.split(':')[1];
    const own = await api('GET', '/municipalities/' + id);
    return [{ id, name: own.status === 200 ? own.body.name : id }];
  }
  const regions = scope.startsWith('region:') ? [scope.split(':')[1]] : ((await api('GET', '/regions')).body || []).map(r => r.id);
  const all = [];
  for (const region of regions) {
    const reply = await api('GET', '/regions/' + region + '/municipalities');
    if (reply.status === 200) all.push(...reply.body.map(m => ({ id: m.id, name: m.name })));
  }
  return all;
}

/**
 * A table with a caption and column headings, as plugin pages build them. In each row the cell at
 * {@code headAt} heads the row: a name rather than a figure, so that a screen reader says what each
 * figure is about. A row is an array of cells (text or nodes), or {id, cells}.
 */
function table(id, caption, columns, rows, headAt = 0) {
  const row = r => {
    const cells = Array.isArray(r) ? r : r.cells;
    return el('tr', r.id ? { id: r.id } : {}, ...cells.map((c, i) => el(i === headAt ? 'th' : 'td', i === headAt ? { scope: 'row' } : {},
      c instanceof Node ? c : String(c ?? ''))));
  };
  return el('table', { id }, el('caption', { text: caption }),
    el('thead', {}, el('tr', {}, ...columns.map(c => el('th', { scope: 'col', text: c })))), el('tbody', {}, ...rows.map(row)));
}

/**
 * A page about one tenant at a time: a labelled picker of {@code choices} ({id, name}) that
 * remembers the choice under {@code storageKey}, and below it what {@code show(out, id)} draws
 * for the one chosen (or the text {@code none} when there is nothing to choose). Each choice is
 * drawn into a fresh container, marked aria-busy while it loads, so that a slow answer for an
 * earlier choice never overwrites a later one. Resolves once the first choice is drawn.
 */
async function picker(main, { id, label, choices, storageKey, show, none }) {
  if (!choices.length) {
    main.append(el('p', { text: none || t('picker.none') }));
    return;
  }
  const select = el('select', { id }, ...choices.map(c => el('option', { value: c.id, text: c.name })));
  const saved = localStorage.getItem(storageKey);
  if (saved && choices.some(c => c.id === saved)) select.value = saved;
  let out = el('div');
  const draw = async () => {
    const fresh = el('div', { 'aria-busy': 'true' });
    out.replaceWith(fresh);
    out = fresh;
    try {
      await show(fresh, select.value);
    } finally {
      fresh.removeAttribute('aria-busy');
    }
  };
  select.addEventListener('change', () => {
    localStorage.setItem(storageKey, select.value);
    draw();
  });
  main.append(el('p', {}, el('label', { for: id, text: label + ' ' }), select), out);
  await draw();
}

/** What a plugin's main.js receives: the API client, labels, the person, and where to add its pages. */
function shellFor(moduleId) {
  return {
    api, lang: () => state.lang, session: () => state.session, el, show, status, problemText, problemList, languageName,
    municipalities: municipalitiesOfPerson, picker,
    locale: () => LOCALES[state.lang], date, table,
    addPage(id, label, render) { state.pages.set(moduleId + '/' + id, { moduleId, label, render }); }
  };
}

async function loadPlugins() {
  state.pages.clear();
  const list = await fetch('/app/plugins.json').then(r => r.json()).catch(() => []);
  for (const plugin of list) {
    if (!state.modules.some(m => m.id === plugin.module)) continue;
    try {
      const module = await import(plugin.main);
      await module.register(shellFor(plugin.module));
    } catch (e) {
      console.warn('The pages of module ' + plugin.module + ' could not be loaded', e);
    }
  }
}

function navigation() {
  const nav = document.getElementById('nav');
  const links = [el('a', { href: '#/', text: t('home.title') })];
  for (const [key, page] of state.pages) links.push(el('a', { href: '#/' + key, text: page.label() }));
  if (isAdmin()) {
    links.push(el('a', { href: '#/tenants', text: t('tenants.title') }), el('a', { href: '#/people', text: t('people.title') }),
      el('a', { href: '#/tokens', text: t('tokens.title') }), el('a', { href: '#/audit', text: t('audit.title') }));
  }
  links.push(el('a', { href: '#/api', text: t('api.title') }), el('a', { href: '#/account', text: t('account.link') }));
  nav.replaceChildren(...links);
  nav.hidden = false;
  const who = document.getElementById('who');
  who.textContent = t('app.signedInAs', state.session.person.displayName);
  who.hidden = false;
  document.getElementById('sign-out').hidden = false;
}

function homeView() {
  const person = state.session.person;
  const list = el('ul', { class: 'modules' });
  for (const m of state.modules) {
    list.append(el('li', {}, el('strong', { text: m.displayName }), el('br'), el('span', { text: m.displayDescription || '' })));
  }
  show(t('home.title'), el('p', { text: t('home.scope', scopeText(person.scope)) }),
    state.modules.length ? el('p', { text: t('home.installed') }) : el('p', { text: t('home.none') }),
    state.modules.length ? list : '');
}

function accountView() {
  const error = el('p', { class: 'error', role: 'alert' });
  const form = el('form', { novalidate: 'novalidate' },
    ...field('current', t('account.current'), 'password', 'current-password'),
    ...field('new', t('account.new'), 'password', 'new-password'),
    el('p', { class: 'hint', text: t('account.rules') }),
    el('button', { type: 'submit', text: t('account.submit') }), error);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const reply = await api('PUT', '/account/password', { currentPassword: form.current.value, newPassword: form.new.value });
    form.current.value = '';
    form.new.value = '';
    if (reply.status === 204) {
      error.textContent = '';
      status(t('account.changed'));
    } else {
      error.textContent = problemText(reply);
    }
  });
  const person = state.session.person;
  show(t('account.title'), el('p', { text: person.displayName + ' (' + person.username + '), ' + person.role + ', '
    + scopeText(person.scope) }), form);
}

/** A date (and time) in the current language's way of writing it. */
function date(iso, withTime) {
  if (!iso) return '';
  const options = withTime ? { dateStyle: 'medium', timeStyle: 'short' } : { dateStyle: 'medium' };
  return new Intl.DateTimeFormat(LOCALES[state.lang], options).format(new Date(iso));
}

/** What the administrators' pages (admin.js) get from the shell. */
function adminUi() {
  return { api, t, el, show, status, problemText, date, lang: () => state.lang };
}

function isAdmin() {
  return ['platform-admin', 'region-admin'].includes(state.session.person.role);
}

async function peopleView() {
  const list = await api('GET', '/people');
  const table = el('table', {}, el('caption', { text: t('people.title') }),
    el('thead', {}, el('tr', {}, ...['people.username', 'people.name', 'people.role', 'people.scope', 'people.state']
      .map(k => el('th', { scope: 'col', text: t(k) })), el('td'))));
  const body = el('tbody');
  for (const p of list.status === 200 ? list.body : []) {
    const toggle = el('button', { type: 'button', class: 'secondary', text: p.disabled ? t('people.enable') : t('people.disable'),
      'aria-label': (p.disabled ? t('people.enable') : t('people.disable')) + ': ' + p.username });
    toggle.addEventListener('click', async () => {
      const reply = await api('PUT', '/people/' + p.id, { displayName: p.displayName, email: p.email, language: p.language,
        role: p.role, scope: p.scope, disabled: !p.disabled }, { 'If-Match': '"' + p.version + '"' });
      status(reply.status === 200 ? t('people.changed') : problemText(reply));
      await peopleView();
    });
    const rescope = el('button', { type: 'button', class: 'secondary', text: t('people.rescope'),
      'aria-label': t('people.rescope') + ': ' + p.username, onclick: () => rescopeForm(p, editor) });
    body.append(el('tr', {}, el('th', { scope: 'row', text: p.username }), el('td', { text: p.displayName }),
      el('td', { text: p.role }), el('td', { text: p.scope }),
      el('td', { text: p.disabled ? t('people.disabled') : t('people.active') }), el('td', {}, toggle, ' ', rescope)));
  }
  table.append(body);
  const editor = el('div');
  const error = el('p', { class: 'error', role: 'alert' });
  const role = el('select', { id: 'p-role', name: 'role' });
  for (const r of ['viewer', 'editor', 'region-admin', 'platform-admin']) role.append(el('option', { value: r, text: r }));
  const form = el('form', { novalidate: 'novalidate' },
    ...field('p-username', t('people.username'), 'text', 'off'),
    ...field('p-name', t('people.name'), 'text', 'off'),
    el('label', { for: 'p-role', text: t('people.role') }), role,
    el('label', { for: 'p-scope', text: t('people.scope') }),
    el('input', { id: 'p-scope', name: 'scope', type: 'text', 'aria-describedby': 'p-scope-hint', autocomplete: 'off' }),
    el('p', { id: 'p-scope-hint', class: 'hint', text: t('people.scopeHint') }),
    el('label', { for: 'p-password', text: t('people.password') }),
    el('input', { id: 'p-password', name: 'password', type: 'password', autocomplete: 'new-password' }),
    el('button', { type: 'submit', text: t('people.create') }), error);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const reply = await api('POST', '/people', { username: form['p-username'].value, displayName: form['p-name'].value,
      role: form.role.value, scope: form.scope.value, password: form.password.value || null });
    if (reply.status === 201) {
      status(t('people.created', reply.body.username));
      await peopleView();
    } else {
      error.textContent = problemText(reply);
    }
  });
  show(t('people.title'), table, editor, el('h2', { text: t('people.create') }), form);
}

/** Gives a person another role or scope (never more than the admin's own: the API says no otherwise). */
function rescopeForm(person, editor) {
  const error = el('p', { class: 'error', role: 'alert' });
  const role = el('select', { id: 'r-role' });
  for (const r of ['viewer', 'editor', 'region-admin', 'platform-admin']) role.append(el('option', { value: r, text: r }));
  role.value = person.role;
  const scope = el('input', { id: 'r-scope', type: 'text', value: person.scope, autocomplete: 'off' });
  const heading = el('h2', { text: t('people.rescopeOf', person.username), tabindex: '-1' });
  const form = el('form', { novalidate: 'novalidate', id: 'r-form' },
    el('label', { for: 'r-role', text: t('people.role') }), role, el('label', { for: 'r-scope', text: t('people.scope') }), scope,
    el('button', { type: 'submit', text: t('people.save') }), error);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const reply = await api('PUT', '/people/' + person.id, { displayName: person.displayName, email: person.email,
      language: person.language, role: role.value, scope: scope.value, disabled: person.disabled }, { 'If-Match': '"' + person.version + '"' });
    if (reply.status === 200) {
      await peopleView();
      status(t('people.changed'));
    } else {
      error.textContent = reply.status === 412 ? t('error.conflict') : problemText(reply);
    }
  });
  editor.replaceChildren(heading, form);
  heading.focus();
}

function route() {
  if (!state.session) return;
  const key = location.hash.replace(/^#\/?/, '');
  let drawn;
  if (key === 'account') drawn = accountView();
  else if (key === 'api') drawn = apiView(adminUi());
  else if (key === 'people' && isAdmin()) drawn = peopleView();
  else if (key === 'tenants' && isAdmin()) drawn = tenantsView(adminUi());
  else if (key === 'tokens' && isAdmin()) drawn = tokensView(adminUi());
  else if (key === 'audit' && isAdmin()) drawn = auditView(adminUi());
  else if (state.pages.has(key)) {
    const page = state.pages.get(key);
    show(page.label());
    drawn = page.render(document.getElementById('main'));
  } else drawn = homeView();
  busyUntil(drawn);
}

/**
 * Marks main aria-busy until the page has drawn what it first loads (a page's render returns a
 * promise for that), so assistive technology reads the page once it is whole, not piece by
 * piece. Only the newest page clears the mark: a slower page left behind must not.
 */
async function busyUntil(drawn) {
  const main = document.getElementById('main');
  const mine = ++state.drawing;
  main.setAttribute('aria-busy', 'true');
  try {
    await drawn;
  } finally {
    if (state.drawing === mine) main.removeAttribute('aria-busy');
  }
}

async function signedIn() {
  state.modules = await loadModules();
  await loadPlugins();
  navigation();
  route();
}

async function setLanguage(lang) {
  state.lang = lang;
  localStorage.setItem('samverka.lang', lang);
  document.documentElement.lang = lang;
  document.getElementById('language').value = lang;
  state.labels = await fetch('/app/labels/' + lang + '.json').then(r => r.json()).catch(() => ({}));
  document.getElementById('skip-link').textContent = t('app.skip');
  document.getElementById('language-label').textContent = t('app.language');
  document.getElementById('sign-out').textContent = t('app.signOut');
  document.getElementById('nav').setAttribute('aria-label', t('app.modules'));
}

async function start() {
  await setLanguage(chooseLanguage());
  document.getElementById('language').addEventListener('change', async event => {
    await setLanguage(event.target.value);
    if (state.session) await signedIn(); else if (location.pathname === '/setup') await setupView(); else await signInView();
  });
  document.getElementById('sign-out').addEventListener('click', async () => {
    await api('DELETE', '/sessions/current');
    state.session = null;
    document.getElementById('nav').hidden = true;
    document.getElementById('who').hidden = true;
    document.getElementById('sign-out').hidden = true;
    await signInView();
  });
  window.addEventListener('hashchange', route);
  if (location.pathname === '/setup') {
    await setupView();
    return;
  }
  const current = await api('GET', '/sessions/current');
  if (current.status === 200) {
    state.session = current.body;
    if (location.search) history.replaceState(null, '', '/' + location.hash);
    await signedIn();
  } else {
    await signInView();
  }
}

start();
