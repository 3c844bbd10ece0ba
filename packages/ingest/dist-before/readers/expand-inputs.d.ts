export type Source =
  | {
      kind: 'file';
      path: string;
    }
  | {
      kind: 'url';
      url: string;
    }
  | {
      kind: 'stdin';
    }
  | {
      kind: 'missing';
      input: string;
      reason: string;
    };
export interface ExpandOptions {
  /** Patterns matched inside folders (default every file). */
  glob?: readonly string[];
  /** Patterns left out (dot folders and node_modules are always left out). */
  ignore?: readonly string[];
  cwd?: string;
}
/**
 * Expands inputs in order; folders recurse, sorted so runs are reproducible.
 * @example for await (const s of expandInputs(['examples/', '-'])) console.log(s.kind)
 */
export declare function expandInputs(inputs: readonly string[], options?: ExpandOptions): AsyncIterable<Source>;
//# sourceMappingURL=expand-inputs.d.ts.map
