import { readFileSync } from 'node:fs';
import { extract as after } from './dist/index.js';
import { extract as before } from './dist-before/index.js';
const sample = readFileSync('../../examples/asharq-page.txt', 'utf8');
const docs = [];
for (const n of [1, 3, 8, 32])
  docs.push({ id: 'long' + n, title: 't', text: Array.from({ length: n }, () => sample).join('\n\n'), lang: 'ar' });
for (const f of ['01', '03'])
  for (const line of readFileSync(`../../../shared/data/news-ar/saudinewsnet-news-${f}.jsonl`, 'utf8')
    .split('\n')
    .slice(0, 250)) {
    if (!line) continue;
    const j = JSON.parse(line);
    docs.push({ id: 'n' + docs.length, title: j.title ?? 't', text: j.text, lang: 'ar' });
  }
docs.push({ id: 'en', title: 't', text: readFileSync('../../examples/english-sample.txt', 'utf8'), lang: 'en' });
let diff = 0,
  tb = 0,
  ta = 0;
for (const d of docs) {
  let t = performance.now();
  const b = JSON.stringify(before(d, { lang: d.lang }));
  const db = performance.now() - t;
  tb += db;
  t = performance.now();
  const a = JSON.stringify(after(d, { lang: d.lang }));
  const da = performance.now() - t;
  ta += da;
  if (d.id.startsWith('long'))
    console.log(d.id, d.text.length, 'chars: before', Math.round(db), 'ms, after', Math.round(da), 'ms');
  if (a !== b) {
    diff++;
    console.log('DIFF', d.id, d.text.length);
  }
}
console.log(`${docs.length} docs, ${diff} differ; before ${Math.round(tb)} ms, after ${Math.round(ta)} ms`);
