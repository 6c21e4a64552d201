// Search over a language's answers (decision 29): MiniSearch (npm `minisearch`, pinned in
// package.json) indexes each answer's heading, the words people use for it and its topic,
// as the page generator wrote them into `/search/<l>-<hash>.json`. Pure: no DOM, so Node tests
// it (rank.test.mjs) and the page module (page.js) only shows what it returns.
import MiniSearch from 'minisearch';

const APOSTROPHES = /['ʼ’`]/gu;
// Letters that end Ukrainian and Russian words in their many forms.
const CYRILLIC_ENDING = /[аяуюіиеєоьйїыэ]$/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;
// A word: letters, digits and the apostrophe inside Ukrainian words (б'є, сім'я).
const NOT_IN_A_WORD = /[^\p{L}\p{N}'ʼ’`]+/u;

/** The one spelling of a word: composed, lowercase, no apostrophes, ё as е. */
export function normalise(word) {
  return word.normalize('NFC').toLowerCase().replace(APOSTROPHES, '').replace(/ё/gu, 'е');
}

/**
 * A light stem, the same for the index and the query: up to two final vowels (and й, ь) off
 * a Cyrillic word of more than four letters (страховку, страховка → страховк), a final s off a
 * Latin one (licences → licence). What is left over, MiniSearch's prefix and fuzzy matching
 * take up.
 */
export function stem(word) {
  let out = word;
  if (CYRILLIC.test(out)) {
    for (let i = 0; i < 2 && out.length > 4 && CYRILLIC_ENDING.test(out); i += 1) out = out.slice(0, -1);
  } else if (out.length > 4 && out.endsWith('s')) {
    out = out.slice(0, -1);
  }
  return out;
}

/**
 * A search over `index` (`{ ignore: [word], answers: [{ id, label, topic, href, words }] }`):
 * returns `(query, limit) => answers`, the best first.
 */
export function createSearch(index) {
  const ignore = new Set(index.ignore.map(normalise));
  const processTerm = (term) => {
    const word = normalise(term);
    return word === '' || ignore.has(word) ? null : stem(word);
  };
  const answers = index.answers.map((answer, n) => ({ ...answer, n }));
  const engine = new MiniSearch({
    idField: 'n',
    fields: ['label', 'words', 'topic'],
    tokenize: (text) => text.split(NOT_IN_A_WORD),
    processTerm,
    searchOptions: {
      boost: { label: 2, words: 2, topic: 0.5 },
      prefix: (term) => term.length >= 4,
      fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
      combineWith: 'OR',
    },
  });
  engine.addAll(answers);
  return (query, limit = 8) =>
    engine
      .search(query)
      .slice(0, limit)
      .map((result) => answers[result.id]);
}
