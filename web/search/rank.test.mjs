// The search's ranking in Node, on a small index shaped like the page generator's: words in
// the forms people type find the answer, ignored words find nothing, the heading counts most.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createSearch, normalise, stem } from './rank.js';

const index = {
  ignore: ['як', 'чи', 'я', 'на', 'можу', 'the', 'my'],
  answers: [
    {
      id: 'travel/driving',
      label: 'Водіння з українськими правами',
      topic: 'Поїздки',
      href: '/uk/travel/driving',
      words: 'права, посвідчення водія, авто, страховка авто',
    },
    {
      id: 'health/cover',
      label: 'Ваше лікування оплачує RMO',
      topic: "Здоров'я",
      href: '/uk/health/cover',
      words: 'медична страховка, лікування, рахунок від лікаря',
    },
    {
      id: 'health/find-gp',
      label: 'Зареєструйтеся в сімейного лікаря',
      topic: "Здоров'я",
      href: '/uk/health/find-gp',
      words: 'сімейний лікар, huisarts, терапевт',
    },
    {
      id: 'safety/at-home',
      label: 'Насильство вдома',
      topic: 'Безпека',
      href: '/uk/safety/at-home',
      words: "б'є, кривдник, Veilig Thuis",
    },
    {
      id: 'money/apply-leefgeld',
      label: 'Leefgeld: гроші на життя',
      topic: 'Гроші',
      href: '/uk/money/apply-leefgeld',
      words: 'leefgeld, гроші на життя',
    },
  ],
};

const ids = (found) => found.map((answer) => answer.id);

test('one spelling: case, ё and apostrophes', () => {
  assert.equal(normalise('ЖИЛЬЁ'), 'жилье');
  assert.equal(normalise('Б’Є'), normalise("б'є"));
  assert.equal(normalise('бʼє'), 'бє');
});

test('a light stem makes the forms of a Cyrillic word one', () => {
  assert.equal(stem('страховку'), stem('страховка'));
  assert.equal(stem('лікаря'), 'лікар');
  assert.equal(stem('авто'), 'авто', 'four letters or fewer stay whole');
  assert.equal(stem('licences'), 'licence');
});

test('a question in everyday words finds its answer first', () => {
  const search = createSearch(index);
  assert.equal(ids(search('чи можу я їздити на своїх українських правах'))[0], 'travel/driving');
  assert.equal(ids(search('як отримати медичну страховку'))[0], 'health/cover');
  assert.equal(ids(search('сімейного лікаря'))[0], 'health/find-gp');
  assert.equal(ids(search('він бʼє мене'))[0], 'safety/at-home');
  assert.equal(ids(search('LEEFGELD'))[0], 'money/apply-leefgeld');
});

test('ignored words alone find nothing, and the limit holds', () => {
  const search = createSearch(index);
  assert.deepEqual(search('як чи я на'), []);
  assert.equal(search('лікар страховка права гроші', 2).length, 2);
});

test('every result is an answer of the index, with its link', () => {
  const search = createSearch(index);
  for (const answer of search('лікар')) {
    assert.ok(index.answers.some((a) => a.id === answer.id && a.href === answer.href));
  }
});
