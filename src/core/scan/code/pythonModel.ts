import { existsSync } from 'node:fs';
import path from 'node:path';
import { Language, Parser, type Node } from 'web-tree-sitter';
import { GUARDS } from '../catalogue/sinks';
import { classNamesIn, isTextExpr, joinAsTemplate, makeExpr, type CodeModel, type Expr, type Scope } from './codeModel';
import { appliedWrapperCall, deferredCall } from './deferredCalls';

let parserPromise: Promise<Parser> | undefined;

/** A statement that ends the script there: `st.stop()`, `sys.exit(…)`, `exit()`, `quit()`, `os._exit(…)`. */
function endsTheScript(statement: Node): boolean {
  const call = statement.type === 'expression_statement' ? statement.namedChildren[0] : null;
  return call?.type === 'call' && /^(st\.stop|streamlit\.stop|sys\.exit|exit|quit|os\._exit)$/.test(call.childForFieldName('function')?.text ?? '');
}

/** `message["role"] == "user"`, `msg.get("role") == 'assistant'`, `m.role == "user"`: the name tested and the role. */
const ROLE_TEST = /^\s*(\w+)(?:\[\s*["']role["']\s*\]|\.get\(\s*["']role["']\s*\)|\.role)\s*==\s*["'](\w+)["']\s*$/;
/** Python's comprehensions: a body evaluated for each element of what the `for` clauses iterate. */
const COMPREHENSIONS = new Set(['list_comprehension', 'set_comprehension', 'dictionary_comprehension', 'generator_expression']);

/** tree-sitter's WASM build needs no native module; the grammar ships as a .wasm in an npm package. */
export function loadPythonParser(): Promise<Parser> {
  parserPromise ??= (async () => {
    await Parser.init({ locateFile: () => wasmPath('tree-sitter.wasm', 'web-tree-sitter/tree-sitter.wasm') });
    const parser = new Parser();
    parser.setLanguage(await Language.load(wasmPath('tree-sitter-python.wasm', 'tree-sitter-python/tree-sitter-python.wasm')));
    return parser;
  })();
  return parserPromise;
}

/** Next to the bundle in dist/, or in node_modules when running from source. */
function wasmPath(bundled: string, packagePath: string): string {
  const beside = path.join(__dirname, bundled);
  return existsSync(beside) ? beside : require.resolve(packagePath);
}

/** A parameter's or field's annotation that leaves no room for text: `int`, `float`, `bool`, `Literal[…]`, optional or not. */
/** A format specification that prints a number (`.2f`, `,`, `d`, `.1%`, `08.3e`). */
const NUMBER_FORMAT = /^[^s{}]*[bdeEfFgGnoxX%,_]$/;
const SCALAR_ANNOTATION = /^(?:Optional\[\s*)?(?:int|float|bool|(?:typing\.)?Literal\[[^\]]*\])(?:\s*\])?(?:\s*\|\s*None)?$/;

const FUNCTION_TYPES = new Set(['function_definition', 'lambda']);
const STRING_TYPES = new Set(['string', 'concatenated_string']);

/**
 * The names a condition rejects when they start with '-' (`name.startswith("-")`, either side of `and`/`or`): a
 * command-line value that can no longer be an option.
 */
function namesRejectedAsOptions(condition: Node): Node[] {
  while (condition.type === 'parenthesized_expression' && condition.namedChildren[0]) condition = condition.namedChildren[0];
  if (condition.type === 'boolean_operator') {
    return [condition.childForFieldName('left'), condition.childForFieldName('right')].flatMap((side) => (side ? namesRejectedAsOptions(side) : []));
  }
  if (condition.type !== 'call') return [];
  const fn = condition.childForFieldName('function');
  const args = condition.childForFieldName('arguments')?.namedChildren ?? [];
  const name = fn?.type === 'attribute' && fn.childForFieldName('attribute')?.text === 'startswith' ? fn.childForFieldName('object') : null;
  if (!name || (name.type !== 'identifier' && name.type !== 'attribute') || args.length !== 1 || !/^(['"])-\1$/.test(args[0]?.text ?? '')) return [];
  return [name];
}

/** The names a failed guard check rejects (`not is_path_allowed(p)`, either side of `or`), each with the sink kind it guards. */
function namesGuarded(condition: Node): [Node, 'path' | 'number'][] {
  while (condition.type === 'parenthesized_expression' && condition.namedChildren[0]) condition = condition.namedChildren[0];
  if (condition.type === 'boolean_operator' && condition.childForFieldName('operator')?.type === 'or') {
    return [condition.childForFieldName('left'), condition.childForFieldName('right')].flatMap((side) => (side ? namesGuarded(side) : []));
  }
  if (condition.type !== 'not_operator') return [];
  let check = condition.childForFieldName('argument');
  while (check && (check.type === 'parenthesized_expression' || check.type === 'await')) check = check.namedChildren[0];
  if (check?.type !== 'call') return [];
  const callee = check.childForFieldName('function');
  const guard = GUARDS.find((row) => row.callee.test(callee?.text ?? ''));
  const name = guard?.checksReceiver ? callee?.childForFieldName('object') : check.childForFieldName('arguments')?.namedChildren[0];
  return guard && name && (name.type === 'identifier' || name.type === 'attribute') ? [[name, guard.kind]] : [];
}

/**
 * The names a condition finds missing from a collection (`name not in ALLOWED`, `not (name in ALLOWED)`, and each side of
 * `and`), with the collection. Two spellings checked together are both taken as checked (as in JavaScript).
 */
function namesCheckedAgainst(condition: Node): [Node, Node][] {
  while (condition.type === 'parenthesized_expression' && condition.namedChildren[0]) condition = condition.namedChildren[0];
  if (condition.type === 'boolean_operator' && condition.childForFieldName('operator')?.type === 'and') {
    return [condition.childForFieldName('left'), condition.childForFieldName('right')].flatMap((side) => (side ? namesCheckedAgainst(side) : []));
  }
  const membership = (comparison: Node | null, negated: boolean): [Node, Node][] => {
    while (comparison?.type === 'parenthesized_expression') comparison = comparison.namedChildren[0];
    if (comparison?.type !== 'comparison_operator' || comparison.namedChildren.length !== 2) return [];
    const operator = comparison.children.find((child) => child && !child.isNamed)?.type;
    if (operator !== (negated ? 'in' : 'not in')) return [];
    const [name, collection] = comparison.namedChildren as Node[];
    return name.type === 'identifier' || name.type === 'attribute' ? [[name, collection]] : [];
  };
  return condition.type === 'not_operator' ? membership(condition.childForFieldName('argument'), true) : membership(condition, false);
}

/** Builds the code model from a Python syntax tree. */
export function pythonModel(root: Node): CodeModel {
  const memo = new Map<number, Expr>();
  const model: CodeModel = { language: 'python', scopes: [], imports: [], importBindings: [], classBases: {}, literalRanges: [] };
  let currentClass: string | undefined;
  const newScope = (node: Node, params: string[]): Scope => {
    const scope: Scope = { start: node.startIndex, end: node.endIndex, params, assignments: [], calls: [], strings: [], propertyWrites: [], returns: [] };
    model.scopes.push(scope);
    return scope;
  };

  const base = (node: Node, kind: Expr['kind']): Expr => makeExpr(kind, node.startIndex, node.endIndex, node.text);
  const absorb = (into: Expr, child: Expr) => void into.children.push(child);
  const pathOf = (node: Node): string => {
    if (node.type === 'identifier') return node.text;
    if (node.type === 'attribute') return `${pathOf(node.childForFieldName('object')!)}.${node.childForFieldName('attribute')!.text}`;
    if (node.type === 'call') return `${pathOf(node.childForFieldName('function')!)}()`;
    if (node.type === 'subscript') {
      const key = node.childForFieldName('subscript');
      const literal = key && key.type === 'string' ? stringValue(key) : undefined;
      return `${pathOf(node.childForFieldName('value')!)}${literal !== undefined ? `.${literal}` : '[]'}`;
    }
    if (node.type === 'await' || node.type === 'parenthesized_expression') return pathOf(node.namedChildren[0]!);
    return node.text.replace(/\s+/g, '');
  };

  const toExpr = (node: Node): Expr => {
    const cached = memo.get(node.id);
    if (cached) return cached;
    const expr = convert(node);
    memo.set(node.id, expr);
    return expr;
  };

  const convert = (node: Node): Expr => {
    switch (node.type) {
      case 'parenthesized_expression':
      case 'await':
        return node.namedChildren[0] ? toExpr(node.namedChildren[0]) : base(node, 'other');
      case 'string':
      case 'concatenated_string':
        return stringExpr(node);
      case 'binary_operator': {
        const operator = node.childForFieldName('operator')?.text;
        const left = toExpr(node.childForFieldName('left')!);
        const right = toExpr(node.childForFieldName('right')!);
        const expr = base(node, 'other');
        absorb(expr, left);
        absorb(expr, right);
        if ((operator === '+' && (isTextExpr(left) || isTextExpr(right))) || (operator === '%' && isTextExpr(left))) joinAsTemplate(expr, [left, right]);
        return expr;
      }
      case 'call': {
        const fn = node.childForFieldName('function')!;
        // f"""…""".strip(), textwrap.dedent("""…"""): reshaping whitespace leaves the text (and its template) what it is.
        // `"".join(part for part in parts)`: a generator written as the only argument is the argument list itself.
        const argumentList = node.childForFieldName('arguments');
        const generatorArgument = argumentList?.type === 'generator_expression' ? argumentList : null;
        const args = generatorArgument ? [generatorArgument] : (argumentList?.namedChildren ?? []).filter((a): a is Node => !!a && a.type !== 'comment');
        const receiver = fn.type === 'attribute' ? fn.childForFieldName('object') : null;
        if (receiver && STRING_TYPES.has(receiver.type) && args.length === 0 && /^(strip|lstrip|rstrip)$/.test(fn.childForFieldName('attribute')?.text ?? '')) return toExpr(receiver);
        if (args.length === 1 && STRING_TYPES.has(args[0].type) && /^(textwrap\.)?dedent$|^(inspect\.)?cleandoc$/.test(fn.text)) return toExpr(args[0]);
        const expr = base(node, 'call');
        expr.callee = pathOf(fn);
        absorb(expr, toExpr(fn));
        expr.args = [];
        expr.keywordArgs = {};
        for (const argument of generatorArgument ? [generatorArgument] : argumentList?.namedChildren ?? []) {
          if (!argument) continue;
          if (argument.type === 'keyword_argument') {
            const value = toExpr(argument.childForFieldName('value')!);
            absorb(expr, value);
            expr.keywordArgs[argument.childForFieldName('name')!.text] = value;
          } else if (argument.type !== 'comment') {
            const value = toExpr(argument.type === 'list_splat' || argument.type === 'dictionary_splat' ? argument.namedChildren[0]! : argument);
            if (argument.type === 'list_splat') value.spread = true;
            if (argument.type === 'dictionary_splat') value.keywordSplat = true;
            absorb(expr, value);
            expr.args.push(value);
          }
        }
        // "…{}…".format(x): a template whose parts are the arguments (also a parenthesised one, `("…{}…" "…").format(x)`)
        const formatReceiver = fn.type === 'attribute' && fn.childForFieldName('attribute')?.text === 'format' ? unparenthesised(fn.childForFieldName('object')!) : undefined;
        if (formatReceiver && STRING_TYPES.has(formatReceiver.type)) {
          const template = toExpr(formatReceiver);
          const formatted = base(node, 'template');
          formatted.literal = template.literal;
          formatted.parts = [...expr.args, ...Object.values(expr.keywordArgs)];
          absorb(formatted, expr);
          return formatted;
        }
        // "\n".join(["Update the graph as instructed.", json.dumps(graph)]): the pieces joined are one text, with the
        // separator between them.
        const pieces = expr.args.length === 1 && expr.args[0].kind === 'array' ? expr.args[0].elements ?? [] : [];
        if (fn.type === 'attribute' && fn.childForFieldName('attribute')?.text === 'join' && STRING_TYPES.has(fn.childForFieldName('object')!.type) && pieces.some((piece) => piece.kind === 'string')) {
          const separator = toExpr(fn.childForFieldName('object')!);
          const joined = base(node, 'other');
          joinAsTemplate(joined, pieces.flatMap((piece, i) => (i ? [separator, piece] : [piece])));
          absorb(joined, expr);
          return joined;
        }
        return expr;
      }
      case 'identifier':
        return base(node, 'name');
      case 'attribute':
      case 'subscript': {
        const expr = makeExpr('member', node.startIndex, node.endIndex, pathOf(node));
        for (const child of node.namedChildren) if (child) absorb(expr, toExpr(child));
        // The member path drops the key (`page[]`); a slice that ends somewhere is a length cut worth keeping.
        const key = node.type === 'subscript' ? node.childForFieldName('subscript') : null;
        if (key?.type === 'slice' && /:\s*[^\s:\]]/.test(key.text)) expr.lengthCut = true;
        if (key?.type === 'string') expr.literalKey = true;
        return expr;
      }
      case 'dictionary': {
        const expr = base(node, 'object');
        expr.properties = {};
        for (const pair of node.namedChildren) {
          if (!pair) continue;
          if (pair.type === 'pair') {
            const key = pair.childForFieldName('key')!;
            const value = toExpr(pair.childForFieldName('value')!);
            absorb(expr, value);
            const name = key.type === 'string' ? stringValue(key) : undefined;
            if (name !== undefined) expr.properties[name] = value;
          } else absorb(expr, toExpr(pair));
        }
        return expr;
      }
      case 'list':
      case 'tuple':
      case 'expression_list': { // (`return answer, docs`: a tuple without its parentheses)
        const expr = base(node, 'array');
        expr.elements = node.namedChildren.filter((c): c is Node => !!c).map((child) => {
          const value = toExpr(child);
          absorb(expr, value);
          return value;
        });
        return expr;
      }
      case 'conditional_expression': {
        // `f"{path}.bak" if backup else None`: the test picks a branch; what it tests is not the value.
        const [whenTrue, , whenFalse] = node.namedChildren;
        const expr = base(node, 'other');
        expr.choice = true;
        for (const branch of [whenTrue, whenFalse]) if (branch && !FUNCTION_TYPES.has(branch.type)) absorb(expr, toExpr(branch));
        return expr;
      }
      default: {
        const expr = base(node, 'other');
        for (const child of node.namedChildren) if (child && !FUNCTION_TYPES.has(child.type)) absorb(expr, toExpr(child));
        // A comprehension's elements are what its body makes of each item, the loop's variables read through their
        // writes: `["" for _ in quiz]` holds nothing of what is iterated, `html.escape(v) for k, v in items` holds
        // the items escaped (its `if` clauses pick items, they add no text).
        const body = COMPREHENSIONS.has(node.type) ? node.childForFieldName('body') : null;
        const element = body && expr.children.find((child) => child.start === body.startIndex && child.end === body.endIndex);
        if (element) expr.body = element;
        return expr;
      }
    }
  };

  const stringExpr = (node: Node): Expr => {
    const parts: Expr[] = [];
    let literal = '';
    const pieces = node.type === 'concatenated_string' ? node.namedChildren.filter((c): c is Node => !!c) : [node];
    for (const piece of pieces) {
      for (const child of piece.namedChildren) {
        if (!child) continue;
        if (child.type === 'string_content' || child.type === 'escape_sequence') literal += child.type === 'escape_sequence' ? unescape(child.text) : child.text;
        else if (child.type === 'interpolation') {
          const inner = child.childForFieldName('expression') ?? child.namedChildren[0];
          // `{score:.2f}`, `{count:,}`, `{share:.1%}`: written as a number, whatever the value held.
          const spec = child.namedChildren.find((c) => c?.type === 'format_specifier')?.text.replace(/^:/, '');
          if (inner && !(spec && NUMBER_FORMAT.test(spec))) parts.push(toExpr(inner));
          literal += '{}';
        }
      }
    }
    const expr = base(node, parts.length ? 'template' : 'string');
    expr.literal = literal;
    if (parts.length) {
      expr.parts = parts;
      parts.forEach((part) => absorb(expr, part));
    }
    return expr;
  };

  // A field a class body declares (or a property's return): one annotation that is not a number or boolean makes it text.
  const declareField = (name: string, annotation: string): void => {
    const kinds = (model.fieldKinds ??= {});
    kinds[name] = SCALAR_ANNOTATION.test(annotation) && kinds[name] !== 'text' ? 'scalar' : 'text';
  };

  const visit = (node: Node, scope: Scope): void => {
    if (node.type === 'function_definition' || node.type === 'lambda') {
      const paramNodes = (node.childForFieldName('parameters')?.namedChildren ?? []).filter((p): p is Node => !!p);
      // (`**kwargs: Any` is a typed parameter whose first child is the splat: the name is the splat's own.)
      const splatOf = (p: Node): Node | undefined => (/splat/.test(p.type) ? p : /^typed/.test(p.type) && /splat/.test(p.namedChildren[0]?.type ?? '') ? p.namedChildren[0]! : undefined);
      const params = paramNodes.map((p) => {
        const splat = splatOf(p);
        if (splat) return splat.namedChildren.find((c) => c?.type === 'identifier')?.text ?? '';
        return p.type === 'identifier' ? p.text : (p.childForFieldName('name') ?? p.namedChildren[0])?.text ?? '';
      });
      const inner = newScope(node, params);
      inner.name = node.type === 'function_definition' ? node.childForFieldName('name')?.text : undefined;
      inner.className = currentClass;
      const positional = paramNodes.flatMap((p, i) => (splatOf(p) ? [] : [params[i]]));
      inner.positional = currentClass && /^(self|cls)$/.test(positional[0] ?? '') ? positional.slice(1) : positional;
      paramNodes.forEach((p, i) => {
        // (`runtime: ToolRuntime[Any]`: a generic's class.)
        const annotated = /^typed/.test(p.type) ? /^([\w.]+)(?:\[[^\n]*\])?$/.exec(p.childForFieldName('type')?.text ?? '')?.[1] : undefined;
        if (annotated && params[i]) (inner.paramClasses ??= {})[params[i]] = annotated.split('.').pop()!;
        // `port: int`: a tool framework (FastMCP, LangChain's @tool, function_tool) validates it before the call.
        if (/^typed/.test(p.type) && params[i] && SCALAR_ANNOTATION.test(p.childForFieldName('type')?.text ?? '')) (inner.scalarParams ??= []).push(params[i]);
        const fallback = /default_parameter$/.test(p.type) ? p.childForFieldName('value') : undefined;
        if (fallback?.type === 'identifier' && params[i]) (inner.paramDefaults ??= {})[params[i]] = fallback.text;
      });
      if (node.parent?.type === 'decorated_definition') {
        inner.decorators = node.parent.namedChildren
          .filter((c): c is Node => c?.type === 'decorator')
          .map((d) => d.text.replace(/^@\s*/, '').replace(/\(.*$/s, ''));
        const listen = node.parent.namedChildren.map((c) => (c?.type === 'decorator' ? /^@\s*listen\s*\(([\s\S]*)\)\s*$/.exec(c.text)?.[1] : undefined)).find(Boolean);
        if (listen) inner.listensTo = [...listen.matchAll(/["']?([A-Za-z_]\w*)["']?/g)].map((m) => m[1]).filter((name) => name !== 'or_' && name !== 'and_');
        // `@property def test_score(self) -> int:` reads like a field: a number, no text.
        const returned = node.childForFieldName('return_type')?.text;
        if (currentClass && inner.name && returned && inner.decorators.includes('property')) declareField(inner.name, returned);
      }
      if (node.type === 'lambda') {
        const body = node.childForFieldName('body');
        if (body) inner.returns!.push(toExpr(body));
      }
      const outerClass = currentClass;
      currentClass = undefined;
      for (const child of node.namedChildren) if (child) visit(child, inner);
      currentClass = outerClass;
      return;
    }
    if (node.type === 'class_definition') {
      const outerClass = currentClass;
      currentClass = node.childForFieldName('name')?.text ?? '';
      const superclasses = node.childForFieldName('superclasses')?.namedChildren ?? [];
      model.classBases[currentClass] = superclasses.filter((c): c is Node => !!c && c.type !== 'keyword_argument').map((c) => pathOf(c).split('.').pop() ?? '');
      if (node.parent?.type === 'decorated_definition') {
        const decorators = node.parent.namedChildren.filter((c): c is Node => c?.type === 'decorator').map((d) => d.text.replace(/^@\s*/, ''));
        if (decorators.length) (model.classDecorators ??= {})[currentClass] = decorators;
      }
      for (const statement of node.childForFieldName('body')?.namedChildren ?? []) {
        const assignment = statement?.type === 'expression_statement' ? statement.namedChildren[0] : undefined;
        const target = assignment?.type === 'assignment' ? assignment.childForFieldName('left') : undefined;
        if (!assignment || target?.type !== 'identifier') continue;
        const annotation = assignment.childForFieldName('type')?.text ?? '';
        const classes = classNamesIn(annotation, assignment.childForFieldName('right')?.text ?? '');
        if (classes.length) (model.attributeTypes ??= {})[`${currentClass}\0${target.text}`] = classes;
        if (annotation) declareField(target.text, annotation);
      }
      for (const child of node.namedChildren) if (child) visit(child, scope);
      currentClass = outerClass;
      return;
    }
    if (node.type === 'if_statement' && !node.childForFieldName('alternative')) {
      // `if name not in ALLOWED: raise …`: from the end of the statement on, the name is one of the list's values.
      const body = node.childForFieldName('consequence');
      const last = body?.namedChildren[body.namedChildren.length - 1];
      const condition = node.childForFieldName('condition');
      if (condition && last && /^(raise|return|continue|break)_statement$/.test(last.type)) {
        for (const [name, list] of namesCheckedAgainst(condition)) {
          scope.assignments.push({ target: pathOf(name), value: toExpr(list), start: node.endIndex, end: node.endIndex, checkedFrom: node.startIndex });
        }
        // `if target.startswith("-"): raise …`: from there on the name holds what that test let through.
        // …and `if not is_path_allowed(target): raise …`: from there on the name is a path inside the allowed folders.
        const cleared = [...namesRejectedAsOptions(condition).map((name): [Node, 'option'] => [name, 'option']), ...namesGuarded(condition)];
        for (const [name, clears] of cleared) {
          scope.assignments.push({ target: pathOf(name), value: toExpr(name), start: node.endIndex, end: node.endIndex, checkedFrom: node.startIndex, clears });
        }
      }
    }
    if (node.type === 'for_statement' || node.type === 'while_statement') (scope.loops ??= []).push([node.startIndex, node.endIndex]);
    if (node.type === 'if_statement') {
      // `if message["role"] == "user":` … `else:`: which entries of a chat history each branch sees.
      const tested = ROLE_TEST.exec(node.childForFieldName('condition')?.text ?? '');
      const body = node.childForFieldName('consequence');
      const otherwise = node.childForFieldName('alternative');
      if (tested && body) {
        (scope.roleBranches ??= []).push({ name: tested[1], role: tested[2], start: body.startIndex, end: body.endIndex });
        if (otherwise) scope.roleBranches.push({ name: tested[1], role: tested[2], start: otherwise.startIndex, end: otherwise.endIndex, not: true });
      }
    }
    if (node.type === 'global_statement') for (const name of node.namedChildren) if (name?.type === 'identifier') (scope.globals ??= []).push(name.text);
    if (node.type === 'for_statement' || node.type === 'for_in_clause') {
      // for doc in docs: / [d for d in docs]: each element carries the collection's data
      const left = node.childForFieldName('left');
      const right = node.childForFieldName('right');
      if (left && right) {
        const targets = unpackedTargets(left);
        // A comprehension's variable lives in the comprehension alone (Python 3): a later `[s.step for s in steps]`
        // is no write the enclosing loop's next turn reads.
        const comprehension = node.type === 'for_in_clause' ? node.parent : null;
        for (const target of targets) {
          scope.assignments.push(
            comprehension
              ? { target: pathOf(target), value: toExpr(right), start: comprehension.startIndex, end: right.endIndex, liveUntil: comprehension.endIndex, comprehension: true }
              : { target: pathOf(target), value: toExpr(right), start: node.startIndex, end: right.endIndex, loop: [node.startIndex, node.endIndex] },
          );
        }
      }
    }
    if (node.type === 'as_pattern') {
      // with open(f) as fh:
      const value = node.namedChildren[0];
      const alias = node.childForFieldName('alias') ?? node.namedChildren[1];
      const name = alias?.namedChildren[0] ?? alias;
      if (value && name) scope.assignments.push({ target: pathOf(name), value: toExpr(value), start: node.startIndex, end: node.endIndex });
    }
    if (node.type === 'return_statement') {
      const returned = node.namedChildren[0];
      if (returned) scope.returns!.push(toExpr(returned));
    }
    // A generator gives its callers what it yields (`yield chunk.choices[0].delta.content`, `yield from stream`).
    if (node.type === 'yield') {
      const yielded = node.namedChildren[0];
      if (yielded) scope.returns!.push(toExpr(yielded));
    }
    if (node.type === 'import_statement' || node.type === 'import_from_statement') {
      const moduleName = node.childForFieldName('module_name');
      if (moduleName) model.imports.push(moduleName.text);
      else for (const child of node.namedChildren) if (child?.type === 'dotted_name') model.imports.push(child.text);
      for (const child of node.namedChildren) {
        if (!child || child === moduleName) continue;
        // `from researchllm import *`: every public name of that module (the analysis asks the module for a name it
        // neither defines nor imports by name).
        if (child.type === 'wildcard_import' && moduleName) {
          model.importBindings.push({ local: '*', module: moduleName.text, imported: '*' });
          continue;
        }
        const aliased = child.type === 'aliased_import';
        const name = aliased ? child.childForFieldName('name')?.text : child.type === 'dotted_name' ? child.text : undefined;
        if (!name) continue;
        const local = aliased ? child.childForFieldName('alias')!.text : name;
        if (moduleName) model.importBindings.push({ local, module: moduleName.text, imported: name });
        else {
          model.importBindings.push({ local, module: name, imported: '*' });
          if (aliased) model.imports.push(name);
        }
      }
    }
    if (node.type === 'call') {
      const expr = toExpr(node);
      const call = expr.kind === 'call' ? expr : expr.innerCalls[expr.innerCalls.length - 1] ?? expr;
      scope.calls.push(call);
      // `Thread(target=run, args=(code,))`, `func_set_timeout(20)(run)(code)`: also the call of `run` it makes.
      const made = deferredCall(call) ?? appliedWrapperCall(call);
      if (made) scope.calls.push(made);
    }
    if (node.type === 'string') {
      model.literalRanges.push([node.startIndex, node.endIndex]);
      if (node.parent?.type !== 'concatenated_string') scope.strings.push(toExpr(node));
    }
    if (node.type === 'concatenated_string') scope.strings.push(toExpr(node));
    if (node.type === 'assignment' || node.type === 'augmented_assignment') {
      const left = node.childForFieldName('left');
      const right = node.childForFieldName('right');
      // `self.chunks: list[RackChunk] = []` in a method declares the field as a class body would (a store's list of
      // chunks is no number, whatever another class's `chunks: int` says).
      const annotation = node.type === 'assignment' ? node.childForFieldName('type')?.text : undefined;
      if (annotation && scope.className && left?.type === 'attribute' && /^self\.\w+$/.test(left.text)) declareField(left.text.slice(5), annotation);
      if (left && right) {
        const value = toExpr(right);
        const targets = unpackedTargets(left);
        // `income, news = await asyncio.gather(get_income(t), get_news(t))`, `a, b = f(), g()`: each name its own element.
        const elements = targets.length > 1 && targets.length === left.namedChildren.length ? parallelElements(right) : undefined;
        targets.forEach((target, i) => {
          const name = pathOf(target);
          const held = elements?.length === targets.length ? toExpr(elements[i]) : value;
          const element = targets.length > 1 && held === value ? i : undefined;
          scope.assignments.push({ target: name, value: held, start: node.startIndex, end: node.endIndex, element });
          scope.propertyWrites.push({ key: name.slice(name.lastIndexOf('.') + 1), target: name, value: held, start: node.startIndex, end: node.endIndex });
        });
      }
    }
    if (node.type === 'keyword_argument') {
      const key = node.childForFieldName('name')!.text;
      scope.propertyWrites.push({ key, target: key, value: toExpr(node.childForFieldName('value')!), start: node.startIndex, end: node.endIndex });
    }
    if (node.type === 'pair') {
      const keyNode = node.childForFieldName('key');
      const key = keyNode?.type === 'string' ? stringValue(keyNode) : undefined;
      if (key !== undefined) scope.propertyWrites.push({ key, target: key, value: toExpr(node.childForFieldName('value')!), start: node.startIndex, end: node.endIndex });
    }
    visitChildren(node, scope);
  };
  const visitChildren = (node: Node, scope: Scope): void => {
    for (const child of node.namedChildren) {
      if (!child) continue;
      visit(child, scope);
      // `st.stop()`, `sys.exit()`: the statements after it in its block never run (a legacy page kept below it).
      if ((node.type === 'module' || node.type === 'block') && endsTheScript(child)) break;
    }
  };

  visitChildren(root, newScope(root, []));
  return model;
}

/** `("…" "…")`: the expression inside the parentheses. */
function unparenthesised(node: Node): Node {
  return node.type === 'parenthesized_expression' && node.namedChildCount === 1 ? unparenthesised(node.namedChildren[0]!) : node;
}

function stringValue(node: Node): string {
  return node.namedChildren.filter((c) => c?.type === 'string_content').map((c) => c!.text).join('');
}

function unescape(sequence: string): string {
  const simple: Record<string, string> = { '\\n': '\n', '\\t': '\t', '\\"': '"', "\\'": "'", '\\\\': '\\' };
  return simple[sequence] ?? sequence;
}

/** The elements of `a(), b()`, `[a(), b()]` or `await asyncio.gather(a(), b())`; undefined for any other value (or a starred one). */
function parallelElements(right: Node): Node[] | undefined {
  let value: Node | null = right;
  while (value && (value.type === 'await' || value.type === 'parenthesized_expression')) value = value.namedChildren[0];
  if (value?.type === 'call' && /^(asyncio\.)?gather$/.test(value.childForFieldName('function')?.text ?? '')) value = value.childForFieldName('arguments');
  if (!value || !['expression_list', 'tuple', 'list', 'argument_list'].includes(value.type)) return undefined;
  // (`gather(…, return_exceptions=True)`: an option, no element.)
  const elements = value.namedChildren.filter((c): c is Node => !!c && c.type !== 'comment' && c.type !== 'keyword_argument');
  return elements.some((element) => /^(list_splat|dictionary_splat|parenthesized_list_splat)$/.test(element.type)) ? undefined : elements;
}

/**
 * The names a tuple target binds, nested ones included (`for name, (prompt, msg) in specs.items()`): each holds the
 * value's data (its elements are not told apart).
 */
function unpackedTargets(left: Node): Node[] {
  if (left.type !== 'pattern_list' && left.type !== 'tuple_pattern' && left.type !== 'list_pattern') return [left];
  return left.namedChildren.filter((c): c is Node => !!c).flatMap(unpackedTargets);
}
