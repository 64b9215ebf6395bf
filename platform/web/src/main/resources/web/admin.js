// The administrators' pages of the shell: which methods each municipality uses, API tokens and
// the audit log. They get what they need from app.js as one object (ui), so that this module
// stays free of the shell's state.

/** Regions, their municipalities, and a switch per installed method. */
export async function tenantsView(ui) {
  const { api, t, el, show, status, problemText } = ui;
  const regions = await api('GET', '/regions');
  const select = el('select', { id: 'tenant-region' });
  for (const r of regions.status === 200 ? regions.body : []) select.append(el('option', { value: r.id, text: r.name }));
  const saved = localStorage.getItem('samverka.admin.region');
  if (saved && [...select.options].some(o => o.value === saved)) select.value = saved;
  const out = el('div');
  const modules = (await api('GET', '/modules?lang=' + ui.lang())).body || [];
  async function render() {
    localStorage.setItem('samverka.admin.region', select.value);
    const members = await api('GET', '/regions/' + select.value + '/municipalities');
    if (members.status !== 200) {
      out.replaceChildren(el('p', { class: 'error', role: 'alert', text: problemText(members) }));
      return;
    }
    const table = el('table', {}, el('caption', { text: t('tenants.title') }),
      el('thead', {}, el('tr', {}, el('th', { scope: 'col', text: t('tenants.municipality') }),
        el('th', { scope: 'col', text: t('tenants.code') }), ...modules.map(m => el('th', { scope: 'col', text: m.displayName })))));
    const body = el('tbody');
    for (const m of members.body) {
      const used = await api('GET', '/municipalities/' + m.id + '/modules');
      const on = new Set(used.status === 200 ? used.body.map(u => u.moduleId) : []);
      const cells = modules.map(module => {
        const box = el('input', { type: 'checkbox', 'aria-label': t('tenants.switch', module.displayName, m.name) });
        box.checked = on.has(module.id);
        box.addEventListener('change', async () => {
          const reply = await api(box.checked ? 'PUT' : 'DELETE', '/municipalities/' + m.id + '/modules/' + module.id);
          if (reply.status >= 200 && reply.status < 300) {
            status(t(box.checked ? 'tenants.switchedOn' : 'tenants.switchedOff', module.displayName, m.name));
          } else {
            box.checked = !box.checked;
            status(problemText(reply));
          }
        });
        return el('td', {}, box);
      });
      body.append(el('tr', {}, el('th', { scope: 'row', text: m.name }), el('td', { text: m.code }), ...cells));
    }
    table.append(body);
    out.replaceChildren(table);
  }
  select.addEventListener('change', render);
  show(t('tenants.title'), el('p', { text: t('tenants.intro') }),
    el('p', {}, el('label', { for: 'tenant-region', text: t('tenants.region') + ' ' }), select), out);
  await render();
}

/** API tokens within the admin's scope: list, create (the secret shown once), revoke. */
export async function tokensView(ui) {
  const { api, t, el, show, status, problemText, date } = ui;
  const list = await api('GET', '/tokens');
  const table = el('table', {}, el('caption', { text: t('tokens.title') }),
    el('thead', {}, el('tr', {}, ...['tokens.name', 'tokens.role', 'tokens.scope', 'tokens.created', 'tokens.state']
      .map(k => el('th', { scope: 'col', text: t(k) })), el('td'))));
  const body = el('tbody');
  for (const token of list.status === 200 ? list.body : []) {
    const revoke = el('button', { type: 'button', class: 'secondary', text: t('tokens.revoke'),
      'aria-label': t('tokens.revoke') + ': ' + token.name });
    revoke.disabled = token.revoked;
    revoke.addEventListener('click', async () => {
      const reply = await api('DELETE', '/tokens/' + token.id);
      await tokensView(ui);
      status(reply.status === 204 ? t('tokens.revokedNow', token.name) : problemText(reply));
    });
    body.append(el('tr', {}, el('th', { scope: 'row', text: token.name }), el('td', { text: token.role }),
      el('td', { text: token.scope }), el('td', { text: date(token.createdAt) }),
      el('td', { text: token.revoked ? t('tokens.revoked') : t('tokens.valid') }), el('td', {}, revoke)));
  }
  table.append(body);
  const secret = el('p', { role: 'status', class: 'secret' });
  const error = el('p', { class: 'error', role: 'alert' });
  const role = el('select', { id: 'k-role', name: 'role' });
  for (const r of ['viewer', 'editor', 'region-admin', 'platform-admin']) role.append(el('option', { value: r, text: r }));
  const form = el('form', { novalidate: 'novalidate' },
    el('label', { for: 'k-name', text: t('tokens.name') }), el('input', { id: 'k-name', name: 'name', type: 'text', autocomplete: 'off' }),
    el('label', { for: 'k-role', text: t('tokens.role') }), role,
    el('label', { for: 'k-scope', text: t('tokens.scope') }),
    el('input', { id: 'k-scope', name: 'scope', type: 'text', autocomplete: 'off', 'aria-describedby': 'k-scope-hint' }),
    el('p', { id: 'k-scope-hint', class: 'hint', text: t('people.scopeHint') }),
    el('label', { for: 'k-expires', text: t('tokens.expires') }), el('input', { id: 'k-expires', name: 'expires', type: 'date' }),
    el('button', { type: 'submit', text: t('tokens.create') }), error);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const expires = form.expires.value ? new Date(form.expires.value + 'T23:59:59Z').toISOString() : null;
    const reply = await api('POST', '/tokens', { name: form.name.value, role: form.role.value, scope: form.scope.value, expiresAt: expires });
    if (reply.status === 201) {
      await tokensView(ui);
      document.querySelector('main p.secret').textContent = t('tokens.secret', reply.body.secret);
    } else {
      error.textContent = problemText(reply);
    }
  });
  show(t('tokens.title'), table, secret, el('h2', { text: t('tokens.create') }), form);
}

/** The audit trail within the admin's scope, with filters and pages of 50. */
export async function auditView(ui, query = { offset: 0 }) {
  const { api, t, el, show, date } = ui;
  const params = new URLSearchParams({ offset: String(query.offset || 0), limit: '50' });
  if (query.tenant) params.set('tenant', query.tenant);
  if (query.outcome) params.set('outcome', query.outcome);
  if (query.from) params.set('from', new Date(query.from + 'T00:00:00Z').toISOString());
  if (query.to) params.set('to', new Date(query.to + 'T23:59:59Z').toISOString());
  const reply = await api('GET', '/audit?' + params);
  const outcome = el('select', { id: 'a-outcome', name: 'outcome' }, el('option', { value: '', text: t('audit.any') }));
  for (const o of ['COMMITTED', 'DENIED', 'SIGNED_IN', 'SIGN_IN_FAILED', 'SIGN_IN_PAUSED', 'SIGNED_OUT']) {
    outcome.append(el('option', { value: o, text: o }));
  }
  outcome.value = query.outcome || '';
  const form = el('form', { novalidate: 'novalidate' },
    el('label', { for: 'a-tenant', text: t('audit.tenant') }), el('input', { id: 'a-tenant', name: 'tenant', type: 'text', value: query.tenant || '' }),
    el('label', { for: 'a-outcome', text: t('audit.outcome') }), outcome,
    el('label', { for: 'a-from', text: t('audit.from') }), el('input', { id: 'a-from', name: 'from', type: 'date', value: query.from || '' }),
    el('label', { for: 'a-to', text: t('audit.to') }), el('input', { id: 'a-to', name: 'to', type: 'date', value: query.to || '' }),
    el('button', { type: 'submit', text: t('audit.filter') }));
  form.addEventListener('submit', event => {
    event.preventDefault();
    auditView(ui, { offset: 0, tenant: form.tenant.value.trim(), outcome: form.outcome.value, from: form.from.value, to: form.to.value });
  });
  if (reply.status !== 200) {
    show(t('audit.title'), form, el('p', { class: 'error', role: 'alert', text: ui.problemText(reply) }));
    return;
  }
  const page = reply.body;
  const table = el('table', {}, el('caption', { text: t('audit.entries', page.total) }),
    el('thead', {}, el('tr', {}, ...['audit.when', 'audit.who', 'audit.what', 'audit.tenant', 'audit.outcome']
      .map(k => el('th', { scope: 'col', text: t(k).split(' (')[0] })))));
  const body = el('tbody');
  for (const e of page.items) {
    body.append(el('tr', {}, el('td', { text: date(e.at, true) }), el('td', { text: e.tokenName + ' (' + e.role + ')' }),
      el('td', { text: e.method + ' ' + e.path }), el('td', { text: e.tenant || '' }), el('td', { text: e.outcome })));
  }
  table.append(body);
  const nav = el('p');
  if (page.offset > 0) {
    nav.append(el('button', { type: 'button', class: 'secondary', text: t('audit.previous'),
      onclick: () => auditView(ui, { ...query, offset: Math.max(0, page.offset - page.limit) }) }), ' ');
  }
  if (page.offset + page.items.length < page.total) {
    nav.append(el('button', { type: 'button', class: 'secondary', text: t('audit.next'),
      onclick: () => auditView(ui, { ...query, offset: page.offset + page.limit }) }));
  }
  show(t('audit.title'), form, table, nav);
}
