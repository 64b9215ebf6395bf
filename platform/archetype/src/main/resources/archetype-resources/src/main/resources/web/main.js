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

/** The shell's picker of the person's municipalities; below it, the chosen one's entries and a form. */
async function render(shell, main) {
  await shell.picker(main, { id: MODULE + '-municipality', label: label(shell, 'municipality'),
    choices: await shell.municipalities(), storageKey: 'samverka.' + MODULE + '.municipality',
    show: (out, municipality) => entries(shell, out, municipality) });
}

async function entries(shell, out, municipality) {
  const { el } = shell;
  const path = '/municipalities/' + municipality + '/' + MODULE;
  const list = el('ul', { class: 'modules' });
  const error = el('p', { class: 'error', role: 'alert' });
  async function load() {
    const reply = await shell.api('GET', path);
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
    const reply = await shell.api('POST', path, { title: title.value, rating: Number(rating.value) });
    if (reply.status === 201) {
      form.reset();
      error.textContent = '';
      shell.status(label(shell, 'added'));
      await load();
    } else {
      error.textContent = shell.problemText(reply);
    }
  });
  out.append(list, form);
  await load();
}
