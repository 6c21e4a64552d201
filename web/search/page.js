// The search on the A–Z page (`/<l>/onderwerpen`, decision 29). The page generator writes the
// form and the results' place hidden, with their texts as data; this module loads the
// language's index, shows the form, and lists the answers that match as the reader types or
// arrives with `?q=` (the app's search field). Without it the page is the A–Z list.
import { createSearch } from './rank.js';

const script = document.querySelector('script[data-index]');
const form = document.querySelector('form[data-search]');
const results = document.querySelector('[data-search-results]');
const input = form.querySelector('input[name="q"]');

/** Replaces the results' place with a heading and `content`. */
function fill(content) {
  const heading = document.createElement('h2');
  heading.id = 'search-results-heading';
  heading.tabIndex = -1;
  heading.textContent = results.dataset.heading;
  results.replaceChildren(heading, content);
  results.hidden = false;
  return heading;
}

function paragraph(text) {
  const p = document.createElement('p');
  p.textContent = text;
  return p;
}

/** The answers as links, each with its topic, like the list below. */
function list(answers) {
  const ol = document.createElement('ol');
  ol.className = 'links';
  for (const answer of answers) {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = answer.href;
    a.dataset.outcome = answer.id;
    a.textContent = answer.label;
    const topic = document.createElement('span');
    topic.className = 'hint';
    topic.textContent = ` — ${answer.topic}`;
    li.append(a, topic);
    ol.append(li);
  }
  return ol;
}

/** Shows what matches the field; keeps the words in the address (reload, Back, share). */
function show(search, focus) {
  const query = input.value.trim();
  const url = new URL(location.href);
  if (query === '') {
    url.searchParams.delete('q');
    results.hidden = true;
    results.replaceChildren();
  } else {
    url.searchParams.set('q', query);
    const found = search(query);
    const heading = fill(found.length > 0 ? list(found) : paragraph(results.dataset.none));
    if (focus) heading.focus();
  }
  history.replaceState(history.state, '', url);
}

async function start() {
  input.value = new URLSearchParams(location.search).get('q') || '';
  let search;
  try {
    const response = await fetch(script.dataset.index);
    if (!response.ok) throw new Error(`${response.status}`);
    search = createSearch(await response.json());
  } catch {
    // The list below still holds every answer.
    fill(paragraph(results.dataset.failed));
    return;
  }
  form.hidden = false;
  let timer;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => show(search, false), 150);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    show(search, true);
  });
  if (input.value !== '') show(search, false);
}

start();
