// Escapes text for XML attributes and element content.

/** @example escapeXml('a < "b"') // 'a &lt; &quot;b&quot;' */
export function escapeXml(value: string): string {
  return value.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c,
  );
}
