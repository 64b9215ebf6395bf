// The module's page in the Samverka web app. The shell calls register() when the module is
// switched on for the signed-in person; the page talks to the module's REST API only.

const MODULE = '${moduleId}';
let labels = {};

function label(shell, key) {
  return (labels[shell.lang()] || labels.en)[key];
}

export async function register(shell) {
  labels = await fetch('/app/plugins/' + MODULE + '/labels.json').then(r => r.json());
  shell.addPage('entries', () => label(shell, 'title'), main => render(shell, main));
}

async function render(shell, main) {
  const { el } = shell;
  const municipalities = await shell.municipalities();
  const picker = el('select', { id: MODULE + '-municipality' },
    ...municipalities.map(m => el('option', { value: m.id, text: m.name })));
  const list = el('ul', { class: 'modules' });
  const error = el('p', { class: 'error', role: 'alert' });
  async function load() {
    const reply = await shell.api('GET', '/municipalities/' + picker.value + '/' + MODULE);
    const items = reply.status === 200 ? reply.body.items : [];
    list.replaceChildren(...(items.length ? items.map(e => el('li', { text: e.title + ' (' + e.rating + ')' }))
      : [el('li', { text: label(shell, 'empty') })]));
  }
  const title = el('input', { id: MODULE + '-title', type: 'text', required: 'required', maxlength: '200' });
  const rating = el('input', { id: MODULE + '-rating', type: 'number', min: '1', max: '5', required: 'required' });
  const form = el('form', { novalidate: 'novalidate' },
    el('label', { for: title.id, text: label(shell, 'entryTitle') }), title,
    el('label', { for: rating.id, text: label(shell, 'rating') }), rating,
    el('button', { type: 'submit', text: label(shell, 'add') }), error);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const body = { title: title.value, rating: Number(rating.value) };
    const reply = await shell.api('POST', '/municipalities/' + picker.value + '/' + MODULE, body);
    if (reply.status === 201) {
      form.reset();
      error.textContent = '';
      shell.status(label(shell, 'added'));
      await load();
    } else {
      error.textContent = shell.problemText(reply);
    }
  });
  picker.addEventListener('change', load);
  main.append(el('label', { for: picker.id, text: label(shell, 'municipality') }), picker, list, form);
  if (municipalities.length) await load();
}
