// Fetches a URL through the injected fetch and decodes it with the same checks as files.
import { decodeBytes } from './decode-bytes.js';
/**
 * GET a URL; non-2xx, network errors, oversize and undecodable bodies become an issue.
 * @example await fetchText('http://127.0.0.1:8080/a.html', fetch, 20e6)
 */
export async function fetchText(url, fetchFn, maxBytes, input = url) {
  if (!fetchFn) {
    return {
      ok: false,
      issue: { input, item: url, code: 'FETCH_FAILED', reason: 'no fetch available (pass options.fetch)' },
    };
  }
  try {
    const res = await fetchFn(url, { headers: { accept: 'text/html,application/xhtml+xml,application/xml,*/*' } });
    if (!res.ok) return { ok: false, issue: { input, item: url, code: 'FETCH_FAILED', reason: `HTTP ${res.status}` } };
    const decoded = decodeBytes(new Uint8Array(await res.arrayBuffer()), maxBytes);
    if (!decoded.ok) return { ok: false, issue: { input, item: url, code: decoded.code, reason: decoded.reason } };
    return { ok: true, text: decoded.text, contentType: res.headers.get('content-type') ?? '', url: res.url || url };
  } catch (cause) {
    return { ok: false, issue: { input, item: url, code: 'FETCH_FAILED', reason: cause.message } };
  }
}
//# sourceMappingURL=fetch-text.js.map
