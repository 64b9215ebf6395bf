// The REST API's reference in the shell: GET /api/v1/openapi.json, which lists the platform's
// endpoints and those of the plugins running now, grouped by the bundle that serves them.

const METHODS = ['get', 'post', 'put', 'delete', 'patch'];

/** Every operation of the document as {tag, method, path, operation}. */
function operations(document) {
  const found = [];
  for (const [path, item] of Object.entries(document.paths || {})) {
    for (const method of METHODS) {
      if (item[method]) found.push({ tag: (item[method].tags || ['—'])[0], method: method.toUpperCase(), path, operation: item[method] });
    }
  }
  return found;
}

/** The name of a schema a body or answer refers to, or its type. */
function schemaName(content) {
  const media = content && Object.values(content)[0];
  const schema = media && media.schema;
  if (!schema) return '';
  const ref = schema.$ref || (schema.items && schema.items.$ref);
  const name = ref ? ref.split('/').pop() : schema.type || '';
  return schema.type === 'array' ? name + '[]' : name;
}

export async function apiView(ui, chosen = '') {
  const { api, t, el, show } = ui;
  const reply = await api('GET', '/openapi.json');
  if (reply.status !== 200) {
    show(t('api.title'), el('p', { class: 'error', role: 'alert', text: ui.problemText(reply) }));
    return;
  }
  const all = operations(reply.body);
  const tags = [...new Set(all.map(o => o.tag))].sort();
  const filter = el('select', { id: 'api-tag' }, el('option', { value: '', text: t('api.all') }),
    ...tags.map(tag => el('option', { value: tag, text: tag })));
  filter.value = tags.includes(chosen) ? chosen : '';
  filter.addEventListener('change', () => apiView(ui, filter.value));
  const sections = [];
  for (const tag of tags.filter(tag => !filter.value || tag === filter.value)) {
    const rows = all.filter(o => o.tag === tag).sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method));
    const table = el('table', {}, el('caption', { text: t('api.endpoints', tag, rows.length) }),
      el('thead', {}, el('tr', {}, ...['api.endpoint', 'api.parameters', 'api.body', 'api.answers']
        .map(k => el('th', { scope: 'col', text: t(k) })))));
    const body = el('tbody');
    for (const o of rows) {
      const parameters = (o.operation.parameters || []).filter(p => p.in !== 'path')
        .map(p => p.name + ' (' + p.in + (p.required ? ', ' + t('api.required') : '') + ')').join(', ');
      const answers = Object.entries(o.operation.responses || {})
        .map(([code, r]) => (code === 'default' ? t('api.default') : code) + (schemaName(r.content) ? ' ' + schemaName(r.content) : ''))
        .join(', ');
      body.append(el('tr', {}, el('th', { scope: 'row' }, el('code', { text: o.method + ' ' + o.path })),
        el('td', { text: parameters || '—' }), el('td', { text: schemaName(o.operation.requestBody && o.operation.requestBody.content) || '—' }),
        el('td', { text: answers || '—' })));
    }
    table.append(body);
    sections.push(el('h2', { text: tag }), table);
  }
  show(t('api.title'),
    el('p', { text: t('api.intro', reply.body.info.version, all.length) }),
    el('p', {}, el('a', { href: '/api/v1/openapi.json', download: 'samverka-openapi.json', text: t('api.download') })),
    el('p', {}, el('label', { for: 'api-tag', text: t('api.bundle') + ' ' }), filter),
    ...sections);
}
