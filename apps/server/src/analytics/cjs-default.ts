// Interop for CommonJS packages whose typings say `export default` but whose runtime sets `module.exports`.

/**
 * Under NodeNext, TypeScript types the default import of such a package as `{ default: T }`, while Node
 * hands over `module.exports` itself; this returns the function whichever way the module was loaded.
 * @example const louvain = cjsDefault(louvainModule)
 */
export function cjsDefault<T>(mod: { default: T }): T {
  return (mod as { default?: T }).default ?? (mod as unknown as T);
}
