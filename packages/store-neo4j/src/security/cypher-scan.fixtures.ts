// A static scan for Cypher built from values: every template literal and string concatenation that builds
// Cypher is parsed with the TypeScript compiler, and each interpolated part must be provably constant or a
// validated vocabulary item. Values must travel as `$params`; anything else is reported with file and line.
import { readFileSync } from 'node:fs';
import ts from 'typescript';

export interface Finding {
  file: string;
  line: number;
  expression: string;
  cypher: string;
}

/** Functions that check their argument against a closed vocabulary at run time and return it (statement.ts). */
const VALIDATORS = new Set(['entityLabel', 'validPredicate', 'predicateAlternation']);
/**
 * Builders in @shabaka/schema (vocabulary.ts) that wrap their arguments in constant vocabulary text: safe when
 * every argument is, like a fragment builder of this package.
 */
const SCHEMA_BUILDERS = new Set(['modalityRankExpression']);
/** String methods that keep an identifier-safe string identifier-safe. */
const SAFE_METHODS = new Set(['toLowerCase', 'toUpperCase', 'trim']);
const NUMBER_FORMATS = new Set(['toFixed', 'toLocaleString', 'toString', 'toPrecision']);
/** Cypher clause words (upper case, as every builder writes them); a template holding one builds Cypher. */
const CYPHER_WORDS = /\b(MATCH|MERGE|UNWIND|RETURN|CREATE|CALL|WITH|WHERE|SET|DELETE|DETACH|FOREACH|LOAD|OPTIONAL)\b/;
/** Identifier-safe tokens: a value of a union of such literals cannot leave a label or type position. */
const SAFE_TOKEN = /^[A-Za-z_][A-Za-z0-9_]*$/;

function isPlus(node: ts.Node | undefined): node is ts.BinaryExpression {
  return !!node && ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken;
}

function plusLeaves(node: ts.Expression): ts.Expression[] {
  const inner = ts.isParenthesizedExpression(node) ? node.expression : node;
  return isPlus(inner) ? [...plusLeaves(inner.left), ...plusLeaves(inner.right)] : [node];
}

/**
 * Scans `files` (absolute paths) and returns every interpolation into Cypher that is not provably safe.
 * `cypherDirs`: path fragments of folders whose every template is Cypher (fragment builders have no keyword).
 * @example scanCypher(['/repo/packages/store-neo4j/src/cypher/upsert.ts'], ['/src/cypher/'])
 */
export function scanCypher(files: readonly string[], cypherDirs: readonly string[] = []): Finding[] {
  const program = ts.createProgram({
    rootNames: [...files],
    options: {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      types: [],
    },
  });
  const checker = program.getTypeChecker();
  const sources = files.map((f) => program.getSourceFile(f)).filter((s): s is ts.SourceFile => !!s);
  const findings: Finding[] = [];
  const visiting = new Set<ts.Node>();

  /** Every call of a named function declared in the scanned files. */
  const callsOf = new Map<ts.Symbol, ts.CallExpression[]>();
  for (const sf of sources) {
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node)) {
        const symbol = checker.getSymbolAtLocation(node.expression);
        const target = symbol && symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
        if (target) callsOf.set(target, [...(callsOf.get(target) ?? []), node]);
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }

  const declarationOf = (expr: ts.Expression): ts.Declaration | undefined => {
    let symbol = checker.getSymbolAtLocation(expr);
    if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
    return symbol?.valueDeclaration ?? symbol?.declarations?.[0];
  };

  const safeType = (expr: ts.Expression): boolean => {
    const type = checker.getTypeAtLocation(expr);
    // An array of safe tokens (e.g. `readonly Predicate[]`) is judged by its element type.
    const element = checker.isArrayLikeType(type) ? checker.getIndexTypeOfType(type, ts.IndexKind.Number) : undefined;
    const judged = element ?? type;
    const parts = judged.isUnion() ? judged.types : [judged];
    return parts.every(
      (t) =>
        !!(t.flags & (ts.TypeFlags.NumberLike | ts.TypeFlags.BooleanLike | ts.TypeFlags.BigIntLike)) ||
        (t.isStringLiteral() && SAFE_TOKEN.test(t.value)),
    );
  };

  /** A parameter is safe when every caller passes a safe argument, or it is a callback over constant items. */
  const safeParameter = (param: ts.ParameterDeclaration): boolean => {
    const fn = param.parent;
    const index = fn.parameters.indexOf(param);
    if ((ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) && ts.isCallExpression(fn.parent)) {
      const call = fn.parent;
      if (
        ts.isPropertyAccessExpression(call.expression) &&
        ['map', 'forEach', 'flatMap'].includes(call.expression.name.text)
      )
        return index === 0 && safe(call.expression.expression);
      return false;
    }
    if (!ts.isFunctionDeclaration(fn) || !fn.name) return false;
    const symbol = checker.getSymbolAtLocation(fn.name);
    const calls = symbol ? (callsOf.get(symbol) ?? []) : [];
    if (calls.length === 0) return false;
    return calls.every((c) => {
      const arg = c.arguments[index];
      return arg ? safe(arg) : !!param.initializer && safe(param.initializer);
    });
  };

  /** Whether an expression can only produce constant or validated vocabulary text. */
  const safe = (expr: ts.Expression): boolean => {
    if (visiting.has(expr)) return false; // a cycle proves nothing
    visiting.add(expr);
    try {
      return safeUncached(expr);
    } finally {
      visiting.delete(expr);
    }
  };

  const safeUncached = (expr: ts.Expression): boolean => {
    if (ts.isParenthesizedExpression(expr) || ts.isAsExpression(expr) || ts.isSatisfiesExpression(expr)) {
      // `x as const` keeps x; a cast to another type proves nothing, so the inner value must be safe itself.
      return safe(expr.expression);
    }
    if (ts.isStringLiteral(expr) || ts.isNoSubstitutionTemplateLiteral(expr) || ts.isNumericLiteral(expr)) return true;
    if (expr.kind === ts.SyntaxKind.NullKeyword || expr.kind === ts.SyntaxKind.TrueKeyword) return true;
    if (expr.kind === ts.SyntaxKind.FalseKeyword) return true;
    if (ts.isTemplateExpression(expr)) return expr.templateSpans.every((s) => safe(s.expression));
    if (ts.isBinaryExpression(expr)) {
      if (expr.operatorToken.kind === ts.SyntaxKind.PlusToken) return safe(expr.left) && safe(expr.right);
      if (expr.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken) return safe(expr.left) && safe(expr.right);
      return safeType(expr);
    }
    if (ts.isConditionalExpression(expr)) return safe(expr.whenTrue) && safe(expr.whenFalse);
    if (ts.isArrayLiteralExpression(expr)) return expr.elements.every((e) => ts.isExpression(e) && safe(e));
    if (ts.isObjectLiteralExpression(expr)) {
      return expr.properties.every((p) => ts.isPropertyAssignment(p) && safe(p.initializer));
    }
    if (safeType(expr)) return true;
    if (ts.isCallExpression(expr)) {
      const callee = expr.expression;
      if (ts.isIdentifier(callee) && VALIDATORS.has(callee.text)) return true;
      if (ts.isIdentifier(callee) && SCHEMA_BUILDERS.has(callee.text)) return expr.arguments.every((a) => safe(a));
      if (ts.isPropertyAccessExpression(callee)) {
        const method = callee.name.text;
        if (SAFE_METHODS.has(method)) return safe(callee.expression);
        // Formatting a number gives digits, signs and separators only.
        if (NUMBER_FORMATS.has(method)) return safeType(callee.expression);
        if (method === 'join') return safe(callee.expression) && expr.arguments.every((a) => safe(a));
        if (method === 'map') {
          const [fn] = expr.arguments;
          const body = fn && (ts.isArrowFunction(fn) ? fn.body : undefined);
          return !!body && ts.isExpression(body) && safe(callee.expression) && safe(body);
        }
      }
      // A fragment builder of ours: safe when all its arguments are (its body is scanned on its own).
      const decl = declarationOf(callee);
      if (decl && ts.isFunctionDeclaration(decl) && sources.includes(decl.getSourceFile())) {
        return expr.arguments.every((a) => safe(a));
      }
      return false;
    }
    if (ts.isIdentifier(expr) || ts.isPropertyAccessExpression(expr) || ts.isElementAccessExpression(expr)) {
      const decl = declarationOf(ts.isElementAccessExpression(expr) ? expr.argumentExpression : expr);
      const target =
        ts.isElementAccessExpression(expr) && ts.isStringLiteral(expr.argumentExpression) ? declarationOf(expr) : decl;
      if (!target) return false;
      if (ts.isVariableDeclaration(target)) {
        const constant = !!(ts.getCombinedNodeFlags(target) & ts.NodeFlags.Const);
        return constant && !!target.initializer && safe(target.initializer);
      }
      if (ts.isPropertyAssignment(target)) return safe(target.initializer);
      if (ts.isParameter(target)) return safeParameter(target);
      if (ts.isBindingElement(target)) {
        // Destructured from a parameter: safe when the whole parameter is.
        let node: ts.Node = target;
        while (node && !ts.isParameter(node)) node = node.parent;
        return !!node && safeParameter(node as ts.ParameterDeclaration);
      }
      return false;
    }
    return false;
  };

  const literalText = (expr: ts.TemplateExpression | ts.BinaryExpression): string =>
    expr.getText().replace(/\s+/g, ' ').slice(0, 120);

  const notCypher = (node: ts.Node): boolean => {
    // Error messages and hints are prose for people, and `params` values travel as parameters: neither is Cypher.
    for (let p: ts.Node | undefined = node.parent; p; p = p.parent) {
      if (ts.isPropertyAssignment(p) && p.name.getText() === 'params') return true;
      if (ts.isNewExpression(p) && /Error$/.test(p.expression.getText())) return true;
      if (ts.isPropertyAssignment(p) && ['hint', 'message', 'reason'].includes(p.name.getText())) return true;
      if (ts.isCallExpression(p) && ['reject', 'write', 'log'].includes(p.expression.getText().split('.').pop() ?? ''))
        return true;
      if (ts.isFunctionLike(p)) return false;
    }
    return false;
  };

  for (const sf of sources) {
    const inCypherDir = cypherDirs.some((d) => sf.fileName.includes(d));
    const check = (node: ts.TemplateExpression | ts.BinaryExpression, parts: ts.Expression[], text: string) => {
      if (notCypher(node) || !(inCypherDir || CYPHER_WORDS.test(text))) return;
      for (const part of parts) {
        if (safe(part)) continue;
        const { line } = sf.getLineAndCharacterOfPosition(part.getStart());
        findings.push({ file: sf.fileName, line: line + 1, expression: part.getText(), cypher: literalText(node) });
      }
    };
    const visit = (node: ts.Node): void => {
      if (ts.isTemplateExpression(node)) {
        const text = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' ');
        check(
          node,
          node.templateSpans.map((s) => s.expression),
          text,
        );
      } else if (isPlus(node) && !isPlus(node.parent)) {
        // The whole `a + b + c` chain at once: its string parts decide whether it is Cypher.
        const leaves = plusLeaves(node);
        const strings = leaves.filter((e) => ts.isStringLiteralLike(e)) as ts.StringLiteralLike[];
        const others = leaves.filter((e) => !ts.isStringLiteralLike(e) && !ts.isTemplateExpression(e));
        if (strings.length > 0) check(node, others, strings.map((s) => s.text).join(' '));
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return findings;
}

/**
 * Reads a file (for reporting a finding's line).
 * @example sourceLine('/repo/x.ts', 3)
 */
export function sourceLine(file: string, line: number): string {
  return (readFileSync(file, 'utf8').split('\n')[line - 1] ?? '').trim();
}
