// The Samverka shell: signs a person in, shows the methods switched on for them, loads the pages
// that plugins bring, and switches language. Plain modern JavaScript, no build step: the browser
// runs these files as they are (docs/architecture.md, "The web app").

const LANGUAGES = ['en', 'sv', 'nb'];
const state = { lang: 'en', labels: {}, session: null, modules: [], pages: new Map() };

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

/** Calls the API; changes carry the session's CSRF token. Resolves to {status, body, etag}. */
export async function api(method, path, body, headers = {}) {
  const init = { method, headers: { Accept: 'application/json', ...headers }, credentials: 'same-origin' };
  if (body !== undefined) {
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
  const all = installed.status === 200 ? installed.body : [];
  if (scope === 'platform') return all.filter(m => m.state === 'ACTIVE');
  const [kind, id] = scope.split(':');
  const used = await api('GET', (kind === 'region' ? '/regions/' : '/municipalities/') + id + '/modules');
  const ids = new Set(used.status === 200 ? used.body.map(u => u.moduleId) : []);
  return all.filter(m => m.state === 'ACTIVE' && ids.has(m.id));
}

/** What a plugin's main.js receives: the API client, labels, the person, and where to add its pages. */
function shellFor(moduleId) {
  return {
    api, lang: () => state.lang, session: () => state.session, el, show, status,
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
  links.push(el('a', { href: '#/account', text: t('account.link') }));
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

function route() {
  if (!state.session) return;
  const key = location.hash.replace(/^#\/?/, '');
  if (key === 'account') accountView();
  else if (state.pages.has(key)) {
    const page = state.pages.get(key);
    show(page.label());
    page.render(document.getElementById('main'));
  } else homeView();
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
