/** Pages nesting deeper than this are refused. */
export declare const MAX_HTML_DEPTH = 256;
/**
 * The deepest element nesting of an HTML text (comments, scripts and styles skipped; unclosed tags count).
 * @example htmlDepth('<div><p>a</p><br></div>') // 2
 */
export declare function htmlDepth(html: string): number;
//# sourceMappingURL=html-depth.d.ts.map
