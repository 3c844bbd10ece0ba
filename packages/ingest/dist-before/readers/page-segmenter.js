// Splits a scraped multi-article page into articles and teasers using structure only: repeated
// lines, marker lines, caption/byline shapes and paragraph runs — never one site's strings.
// A paragraph ends a sentence, possibly inside closing quotes or brackets.
const PARAGRAPH_END = /[.!?؟…。](?:[»"'”’)\]]*)$/u;
// A photo credit or byline ends with a short parenthesised name: "(رويترز)", "(أنقرة)", "(AFP)".
const CREDIT_END = /\([^()]{1,40}\)$/u;
// Scraped widget tokens such as "play-circle" glued to the end of a line.
const WIDGET_TOKEN = /\s+[a-z]+(?:-[a-z]+)+$/;
const BYLINE_MAX = 60;
const MARKER_MAX = 3;
const TEASER_MAX_CHARS = 600;
/**
 * Removes scraped widget tokens; keeps everything else byte for byte.
 * @example cleanLine('Caption (SANA) play-circle') // 'Caption (SANA)'
 */
export function cleanLine(line) {
  return line.trim().replace(WIDGET_TOKEN, '').trim();
}
function classify(text) {
  if (text === '') return 'blank';
  if (PARAGRAPH_END.test(text)) return 'paragraph';
  if ([...text].length <= MARKER_MAX) return 'marker';
  if (CREDIT_END.test(text)) return [...text].length <= BYLINE_MAX ? 'byline' : 'caption';
  return 'heading';
}
/**
 * Classifies every line of a page.
 * @example classifyLines('Title\n\nBody.')[2].kind // 'paragraph'
 */
export function classifyLines(page) {
  const texts = page.replace(/\r\n?/g, '\n').split('\n').map(cleanLine);
  const counts = new Map();
  for (const t of texts) if (t) counts.set(t, (counts.get(t) ?? 0) + 1);
  return texts.map((text, i) => ({ number: i + 1, text, kind: classify(text), count: counts.get(text) ?? 0 }));
}
/** A single caption or crosshead between two paragraphs stays in the body; anything more is a break. */
function isInBodyGap(gap) {
  const only = gap[0];
  return (
    gap.length === 1 && only !== undefined && only.count === 1 && (only.kind === 'heading' || only.kind === 'caption')
  );
}
/** Walking back from a body: the nearest heading that is not one of a pair of identical captions. */
function findTitle(gap) {
  for (let i = gap.length - 1; i >= 0; i--) {
    const line = gap[i];
    if (line.kind !== 'heading') continue;
    const twin = gap[i - 1]?.text === line.text || gap[i + 1]?.text === line.text;
    if (!twin) return line.text;
  }
  return '';
}
/**
 * Segments a scraped page. A body is a run of paragraphs that may hold single in-body captions
 * or crossheads; its title is the nearest heading before it. A one-paragraph body that is short
 * or followed by a byline is a teaser.
 * @example segmentPage('Title\n\nFirst.\n\nSecond.')[0] // { kind: 'article', title: 'Title', … }
 */
export function segmentPage(page) {
  const lines = classifyLines(page).filter((l) => l.kind !== 'blank');
  const segments = [];
  let gap = [];
  let body = [];
  let title = '';
  const flush = (after) => {
    if (body.length === 0) return;
    const paragraphs = body.filter((l) => l.kind === 'paragraph');
    const kept = body.filter((l) => l.kind !== 'caption');
    const text = kept.map((l) => l.text).join('\n\n');
    const teaser = paragraphs.length === 1 && (after?.kind === 'byline' || [...text].length <= TEASER_MAX_CHARS);
    segments.push({
      kind: teaser ? 'teaser' : 'article',
      title,
      text,
      firstBodyLine: body[0].number,
      lastBodyLine: body[body.length - 1].number,
    });
    body = [];
  };
  for (const line of lines) {
    if (line.kind !== 'paragraph') {
      gap.push(line);
      continue;
    }
    if (body.length > 0 && (gap.length === 0 || isInBodyGap(gap))) body.push(...gap);
    else {
      flush(gap[0]);
      title = findTitle(gap);
    }
    gap = [];
    body.push(line);
  }
  flush(gap[0]);
  return segments;
}
/**
 * True when a page looks scraped (marker lines, repeated lines, captions or several bodies), so
 * readers segment it rather than keep it as one document.
 * @example looksLikeScrapedPage('Just one paragraph.') // false
 */
export function looksLikeScrapedPage(page) {
  const lines = classifyLines(page).filter((l) => l.kind !== 'blank');
  const repeated = lines.some((l) => l.count > 1 && l.kind !== 'paragraph');
  const markers = lines.some((l) => l.kind === 'marker' || l.kind === 'byline' || l.kind === 'caption');
  return repeated || (markers && segmentPage(page).length > 1);
}
//# sourceMappingURL=page-segmenter.js.map
