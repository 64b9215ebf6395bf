// The notes plugin's page in the Samverka web app: the example of how a plugin brings its own
// pages (docs/plugin-guide.md, "Pages in the web app"). The shell calls register() when the
// module is switched on for the person; the page talks to the plugin's REST API only.

let labels = {};

function label(shell, key) {
  return (labels[shell.lang()] || labels.en)[key];
}

export async function register(shell) {
  labels = await fetch('/app/plugins/notes/labels.json').then(r => r.json());
  shell.addPage('list', () => label(shell, 'title'), main => render(shell, main));
}

async function render(shell, main) {
  const { el } = shell;
  const scope = shell.session().person.scope;
  const municipality = scope.startsWith('municipality:') ? scope.split(':')[1] : 'kiruna';
  const list = el('ul', { class: 'modules' });
  const error = el('p', { class: 'error', role: 'alert' });
  async function load() {
    const reply = await shell.api('GET', '/municipalities/' + municipality + '/notes');
    const items = reply.status === 200 ? reply.body.items : [];
    list.replaceChildren(...(items.length ? items.map(n => el('li', { text: n.text })) : [el('li', { text: label(shell, 'empty') })]));
  }
  const form = el('form', { novalidate: 'novalidate' },
    el('label', { for: 'note-text', text: label(shell, 'text') }),
    el('input', { id: 'note-text', name: 'text', type: 'text', required: 'required', maxlength: '2000' }),
    el('button', { type: 'submit', text: label(shell, 'add') }), error);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const reply = await shell.api('POST', '/municipalities/' + municipality + '/notes', { text: form.text.value });
    if (reply.status === 201) {
      form.text.value = '';
      error.textContent = '';
      shell.status(label(shell, 'added'));
      await load();
    } else {
      error.textContent = (reply.body && reply.body.detail) || String(reply.status);
    }
  });
  main.append(el('p', { text: label(shell, 'choose') + ': ' + municipality }), list, form);
  await load();
}
