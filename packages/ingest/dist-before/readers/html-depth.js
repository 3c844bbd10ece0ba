// How deeply an HTML page nests its elements, measured with one linear scan before any DOM is built: the DOM
// and Readability walk the tree recursively, so a "nesting bomb" (thousands of unclosed <div>s) would take
// minutes or overflow the stack. Real news pages nest a few dozen levels; browsers flatten beyond 512.
/** Pages nesting deeper than this are refused. */
export const MAX_HTML_DEPTH = 256;
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);
/**
 * The deepest element nesting of an HTML text (comments, scripts and styles skipped; unclosed tags count).
 * @example htmlDepth('<div><p>a</p><br></div>') // 2
 */
export function htmlDepth(html) {
  const tags = /<!--[\s\S]*?-->|<(script|style)\b[\s\S]*?<\/\1\s*>|<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>/g;
  let depth = 0;
  let max = 0;
  for (let m = tags.exec(html); m; m = tags.exec(html)) {
    const name = m[3]?.toLowerCase();
    if (!name || VOID.has(name) || m[4] === '/') continue;
    if (m[2] === '/') depth = Math.max(0, depth - 1);
    else max = Math.max(max, ++depth);
  }
  return max;
}
//# sourceMappingURL=html-depth.js.map
