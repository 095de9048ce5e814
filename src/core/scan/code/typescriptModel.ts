import ts from 'typescript';
import { GUARDS } from '../catalogue/sinks';
import { SAME_ORIGIN_REQUEST, classNamesIn, isTextExpr, joinAsTemplate, makeExpr, type CodeModel, type Expr, type Scope } from './codeModel';

/** Array methods whose callback's first parameter is each element of the array they are called on. */
const ELEMENT_METHODS = new Set(['map', 'flatMap', 'forEach', 'filter', 'find', 'findLast', 'some', 'every']);

const SCRIPT_KIND: Record<string, ts.ScriptKind> = {
  '.ts': ts.ScriptKind.TS, '.mts': ts.ScriptKind.TS, '.cts': ts.ScriptKind.TS, '.tsx': ts.ScriptKind.TSX,
  '.js': ts.ScriptKind.JS, '.mjs': ts.ScriptKind.JS, '.cjs': ts.ScriptKind.JS, '.jsx': ts.ScriptKind.JSX,
};

export function parseTypeScript(file: string, text: string, previous?: ts.SourceFile): ts.SourceFile {
  if (previous && previous.fileName === file) return reparse(previous, text);
  const extension = /\.[^.]+$/.exec(file)?.[0] ?? '.ts';
  return ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, SCRIPT_KIND[extension] ?? ts.ScriptKind.TS);
}

/** Incremental re-parse after an edit: only the changed span (common prefix and suffix kept) is parsed again. */
function reparse(previous: ts.SourceFile, text: string): ts.SourceFile {
  const old = previous.text;
  if (old === text) return previous;
  let prefix = 0;
  const shortest = Math.min(old.length, text.length);
  while (prefix < shortest && old.charCodeAt(prefix) === text.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < shortest - prefix && old.charCodeAt(old.length - 1 - suffix) === text.charCodeAt(text.length - 1 - suffix)) suffix++;
  const change = { span: { start: prefix, length: old.length - prefix - suffix }, newLength: text.length - prefix - suffix };
  return ts.updateSourceFile(previous, text, change);
}

/**
 * What one top-level statement added to the model. After an edit, TypeScript's incremental parse hands back the very
 * node objects of the statements the edit did not touch (moved by the edit's length), so the editor's next model
 * takes their part from here, shifted, instead of converting them again: an edit costs the statement it is in.
 */
interface StatementPart {
  /** `node.pos` when it was converted: the node's `pos` now, minus this, is how far the edit moved it. */
  pos: number;
  scopes: Scope[];
  /** What it added to the top-level scope and the model's lists. */
  top: Pick<Scope, 'assignments' | 'calls' | 'strings' | 'propertyWrites'> & { returns: Expr[]; loops: [number, number][] };
  imports: string[];
  importBindings: CodeModel['importBindings'];
  classBases: [string, string[]][];
  attributeTypes: [string, string[]][];
  fieldKinds: [string, 'scalar' | 'text'][];
  literalRanges: [number, number][];
  /** Every expression made for it, to move each once. */
  exprs: Expr[];
  /** Each scope's callback link as converted (the analysis may add one; a reused scope starts again from this). */
  callbackOf: (string | undefined)[];
}

const statementParts = new WeakMap<ts.Node, StatementPart>();

/**
 * Builds the code model from TypeScript's syntax tree (TS, TSX, JS, JSX). `reuse`: the tree came from an incremental
 * re-parse, so untouched top-level statements keep the model parts made for them last time.
 */
export function typescriptModel(sourceFile: ts.SourceFile, language: 'typescript' | 'javascript', reuse = false): CodeModel {
  const text = sourceFile.text;
  const memo = new Map<ts.Node, Expr>();
  const model: CodeModel = { language, scopes: [], imports: [], importBindings: [], classBases: {}, literalRanges: [] };
  /** Expressions, class bases and attribute classes made since the current top-level statement began (its StatementPart). */
  let made: Expr[] = [];
  let madeClasses: [string, string[]][] = [];
  let madeAttributes: [string, string[]][] = [];
  const setClassBases = (name: string, bases: string[]) => {
    model.classBases[name] = bases;
    if (reuse) madeClasses.push([name, bases]);
  };
  const setAttributeClasses = (key: string, classes: string[]) => {
    if (!classes.length) return;
    (model.attributeTypes ??= {})[key] = classes;
    if (reuse) madeAttributes.push([key, classes]);
  };
  // A field a type, interface or class declares (`numberOfGuests: number`), or a zod schema's property
  // (`numberOfGuests: z.number()`): one declaration that is not a number, boolean, date or fixed literal makes it text.
  let madeFieldKinds: [string, 'scalar' | 'text'][] = [];
  const declareField = (name: string, scalar: boolean) => {
    const kind = scalar ? 'scalar' : 'text';
    setFieldKind(model, name, kind);
    if (reuse) madeFieldKinds.push([name, kind]);
  };
  const declareMembers = (members: readonly ts.TypeElement[] | readonly ts.ClassElement[]) => {
    for (const member of members) {
      if ((ts.isPropertySignature(member) || ts.isPropertyDeclaration(member)) && member.type && ts.isIdentifier(member.name)) declareField(member.name.text, SCALAR_TYPE.test(nodeText(member.type).replace(/\s+/g, ' ')));
    }
  };
  const newScope = (node: ts.Node, params: string[]): Scope => {
    const scope: Scope = { start: node.getStart(sourceFile), end: node.end, params, assignments: [], calls: [], strings: [], propertyWrites: [], returns: [] };
    model.scopes.push(scope);
    return scope;
  };
  // No parent pointers (they cost a pass): names, classes and callback sites are handed down as the walk meets them.
  const functionNames = new Map<ts.Node, string>();
  const exportedFunctions = new Set<ts.Node>();
  const callbackSites = new Map<ts.Node, string>();
  /** A callback's parameters a zod schema beside it makes numbers, booleans or one of fixed values (validated before the call). */
  const callbackScalarKeys = new Map<ts.Node, Set<string>>();
  /** `docs.map((doc) => …)`: the callback, and the collection whose elements its first parameter takes. */
  const elementCallbacks = new Map<ts.Node, ts.Expression>();
  const objectMethods = new Set<ts.Node>();
  let currentClass: string | undefined;
  let blockEnd: number | undefined;
  let blockScopedList = false;

  const nodeText = (node: ts.Node) => text.slice(node.getStart(sourceFile), node.end);
  const path = (node: ts.Node): string => {
    if (ts.isIdentifier(node) || ts.isPrivateIdentifier(node)) return node.text;
    if (node.kind === ts.SyntaxKind.ThisKeyword) return 'this';
    if (ts.isPropertyAccessExpression(node)) return `${path(node.expression)}.${node.name.text}`;
    if (ts.isElementAccessExpression(node)) {
      const key = node.argumentExpression;
      return ts.isStringLiteralLike(key) ? `${path(node.expression)}.${key.text}` : `${path(node.expression)}[]`;
    }
    if (ts.isCallExpression(node)) return `${path(node.expression)}()`;
    if (ts.isParenthesizedExpression(node) || ts.isAwaitExpression(node) || ts.isNonNullExpression(node) || ts.isAsExpression(node)) {
      return path(node.expression);
    }
    return nodeText(node).replace(/\s+/g, '');
  };

  const toExpr = (node: ts.Node): Expr => {
    const cached = memo.get(node);
    if (cached) return cached;
    const expr = convert(node);
    memo.set(node, expr);
    return expr;
  };

  const base = (node: ts.Node, kind: Expr['kind']): Expr => {
    const start = node.getStart(sourceFile);
    return track(makeExpr(kind, start, node.end, text.slice(start, node.end)));
  };
  const track = (expr: Expr): Expr => {
    if (reuse) made.push(expr);
    return expr;
  };
  const absorb = (into: Expr, child: Expr) => void into.children.push(child);

  const convert = (node: ts.Node): Expr => {
    // A function passed as a value is a leaf here: its body is its own scope, visited on its own.
    if (isFunctionLike(node)) return base(node, 'other');
    if (ts.isParenthesizedExpression(node) || ts.isAwaitExpression(node) || ts.isNonNullExpression(node) ||
        ts.isAsExpression(node) || ts.isTypeAssertionExpression(node) || ts.isSatisfiesExpression(node)) {
      return toExpr(node.expression);
    }
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      const expr = base(node, 'string');
      expr.literal = node.text;
      return expr;
    }
    // codeBlock`…`, dedent`…`: a tag that only trims or re-indents text leaves the template what it is.
    if (ts.isTaggedTemplateExpression(node) && TEXT_TAG.test(nodeText(node.tag))) return toExpr(node.template);
    if (ts.isTemplateExpression(node)) {
      const expr = base(node, 'template');
      expr.parts = [];
      let literal = node.head.text;
      for (const span of node.templateSpans) {
        const part = toExpr(span.expression);
        expr.parts.push(part);
        absorb(expr, part);
        literal += `{}${span.literal.text}`;
      }
      expr.literal = literal;
      return expr;
    }
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
      const left = toExpr(node.left);
      const right = toExpr(node.right);
      const expr = base(node, 'other');
      absorb(expr, left);
      absorb(expr, right);
      if (isTextExpr(left) || isTextExpr(right)) joinAsTemplate(expr, [left, right]);
      return expr;
    }
    if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
      const expr = base(node, 'call');
      expr.callee = (ts.isNewExpression(node) ? 'new ' : '') + path(node.expression);
      const callee = toExpr(node.expression);
      absorb(expr, callee);
      expr.args = (node.arguments ?? []).map((argument) => {
        const arg = toExpr(argument);
        absorb(expr, arg);
        return arg;
      });
      // `fetch(url, { method, body })`: the options object. `openai.chat.completions.create({ model, messages }, { signal })`:
      // the SDKs' request options follow the request, whose own keys stay readable.
      const last = expr.args[expr.args.length - 1];
      if (last?.kind === 'object') expr.keywordArgs = expr.args.length >= 2 && expr.args[0].kind === 'object' ? { ...last.properties, ...expr.args[0].properties } : last.properties;
      return expr;
    }
    if (ts.isIdentifier(node)) return track(makeExpr('name', node.getStart(sourceFile), node.end, node.text));
    if (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) {
      const expr = track(makeExpr('member', node.getStart(sourceFile), node.end, path(node)));
      absorb(expr, toExpr(node.expression));
      if (ts.isElementAccessExpression(node)) absorb(expr, toExpr(node.argumentExpression));
      return expr;
    }
    if (ts.isObjectLiteralExpression(node)) {
      const expr = base(node, 'object');
      expr.properties = {};
      for (const property of node.properties) {
        if (ts.isPropertyAssignment(property)) {
          const value = toExpr(property.initializer);
          absorb(expr, value);
          const key = propertyKey(property.name);
          if (key !== undefined) expr.properties[key] = value;
        } else if (ts.isShorthandPropertyAssignment(property)) {
          const value = toExpr(property.name);
          absorb(expr, value);
          expr.properties[property.name.text] = value;
        } else if (ts.isSpreadAssignment(property)) {
          absorb(expr, toExpr(property.expression));
        } else {
          absorbChildren(expr, property);
        }
      }
      return expr;
    }
    if (isComponentElement(node) || (ts.isJsxElement(node) && isComponentElement(node.openingElement))) {
      // `<Answer answer={text} />` renders Answer({ answer: text }): a call with its props as the one argument; the
      // expressions between its tags are its `children`.
      const element = ts.isJsxElement(node) ? node.openingElement : node;
      const expr = base(node, 'call');
      expr.callee = nodeText(element.tagName);
      const props = base(element.attributes, 'object');
      props.properties = {};
      const children = ts.isJsxElement(node) ? node.children.flatMap((child) => (ts.isJsxExpression(child) && child.expression ? [toExpr(child.expression)] : [])) : [];
      if (children.length) {
        props.properties.children = children[0];
        children.forEach((child) => absorb(props, child));
      }
      for (const attribute of element.attributes.properties) {
        if (ts.isJsxAttribute(attribute)) {
          const initializer = attribute.initializer;
          const value = initializer && (ts.isJsxExpression(initializer) ? initializer.expression : initializer);
          if (!value) continue;
          const valueExpr = toExpr(value);
          absorb(props, valueExpr);
          props.properties[nodeText(attribute.name)] = valueExpr;
        } else if (attribute.expression) absorb(props, toExpr(attribute.expression));
      }
      absorb(expr, props);
      expr.args = [props];
      expr.keywordArgs = props.properties;
      return expr;
    }
    // `backup ? `${file}.bak` : null`: the test picks a branch; what it tests is not the value.
    if (ts.isConditionalExpression(node)) {
      const expr = base(node, 'other');
      expr.choice = true;
      absorb(expr, toExpr(node.whenTrue));
      absorb(expr, toExpr(node.whenFalse));
      return expr;
    }
    if (ts.isArrayLiteralExpression(node)) {
      const expr = base(node, 'array');
      expr.elements = node.elements.map((element) => {
        const value = toExpr(ts.isSpreadElement(element) ? element.expression : element);
        absorb(expr, value);
        return value;
      });
      return expr;
    }
    const expr = base(node, 'other');
    absorbChildren(expr, node);
    return expr;
  };

  const absorbChildren = (expr: Expr, node: ts.Node) => {
    ts.forEachChild(node, (child) => {
      if (isFunctionLike(child) || (child.kind >= ts.SyntaxKind.FirstTypeNode && child.kind <= ts.SyntaxKind.LastTypeNode)) return; // own scope; types carry no data
      absorb(expr, toExpr(child));
    });
  };

  const K = ts.SyntaxKind;
  // One switch on the node kind: this runs for every node of the file, so no chains of ts.isX calls.
  const visit = (node: ts.Node, scope: Scope): void => {
    const kind = node.kind;
    if (kind >= K.FirstTypeNode && kind <= K.LastTypeNode) return; // types carry no data
    // …but they say which fields hold numbers (`type TripDetails = { numberOfGuests: number; … }`).
    if (ts.isInterfaceDeclaration(node)) return declareMembers(node.members);
    if (ts.isTypeAliasDeclaration(node)) return ts.isTypeLiteralNode(node.type) ? declareMembers(node.type.members) : undefined;
    if (ts.isClassDeclaration(node) || ts.isClassExpression(node)) declareMembers(node.members);
    if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name)) {
      const schema = ZOD_FIELD.exec(nodeText(node.initializer))?.[1];
      if (schema) declareField(node.name.text, schema !== 'string');
    }
    if (FUNCTION_KINDS.has(kind)) {
      const declaration = node as ts.SignatureDeclaration;
      const inner = newScope(node, declaration.parameters.flatMap((p) => bindingNames(p.name)));
      inner.positional = declaration.parameters.map((p) => (ts.isIdentifier(p.name) ? p.name.text : ''));
      declaration.parameters.forEach((parameter, index) => {
        if (!ts.isObjectBindingPattern(parameter.name)) return;
        for (const element of parameter.name.elements) {
          if (!ts.isIdentifier(element.name)) continue;
          const key = element.propertyName ? propertyKey(element.propertyName) : element.name.text;
          if (key !== undefined) (inner.destructured ??= {})[element.name.text] = [index, key];
        }
      });
      // `chunks.map(async (chunk) => …)`: each element carries the collection's data, as in `for (const chunk of chunks)`.
      const collection = elementCallbacks.get(node);
      const element = declaration.parameters[0];
      if (collection && element) {
        const value = toExpr(collection);
        for (const target of bindingNames(element.name)) inner.assignments.push({ target, value, start: node.getStart(sourceFile), end: node.getStart(sourceFile) });
      }
      if (kind === K.Constructor && currentClass !== undefined) {
        // constructor(private readonly client: OpenAI): a parameter property is an attribute of that type.
        for (const parameter of declaration.parameters) {
          if (parameter.modifiers?.length && parameter.type && ts.isIdentifier(parameter.name)) setAttributeClasses(`${currentClass}\0${parameter.name.text}`, classNamesIn(nodeText(parameter.type)));
        }
      }
      const ownName = declaration.name && (ts.isIdentifier(declaration.name) || ts.isStringLiteral(declaration.name) || ts.isPrivateIdentifier(declaration.name)) ? declaration.name.text : undefined;
      // `export default async function (req) {…}`: anonymous, found by the name `default`.
      // A constructor is found as its class's `constructor` (what it puts in the object's fields, for `new X(…)`).
      inner.name = ownName ?? functionNames.get(node) ?? (kind === K.Constructor && currentClass !== undefined ? 'constructor' : undefined) ?? (kind === K.FunctionDeclaration && (node as ts.FunctionDeclaration).modifiers?.some((m) => m.kind === K.DefaultKeyword) ? 'default' : undefined);
      if (kind === K.MethodDeclaration || kind === K.Constructor || kind === K.GetAccessor || kind === K.SetAccessor || functionNames.has(node)) inner.className = currentClass;
      inner.callbackOf = callbackSites.get(node);
      const scalarKeys = callbackScalarKeys.get(node);
      if (scalarKeys && inner.destructured) {
        const scalar = Object.entries(inner.destructured).filter(([, [, key]]) => scalarKeys.has(key)).map(([local]) => local);
        if (scalar.length) inner.scalarParams = scalar;
      }
      if (objectMethods.has(node) || (kind === K.MethodDeclaration && currentClass === undefined)) inner.objectMethod = true;
      const body = (node as ts.ArrowFunction).body;
      if (kind === K.ArrowFunction && body && !ts.isBlock(body)) inner.returns!.push(toExpr(body));
      if (exportedFunctions.has(node) || (kind === K.FunctionDeclaration && (node as ts.FunctionDeclaration).modifiers?.some((modifier) => modifier.kind === K.ExportKeyword))) inner.exported = true;
      if (body && ts.isBlock(body) && hasDirective(body.statements, 'use server')) inner.serverAction = true;
      const outerClass = currentClass;
      currentClass = undefined;
      ts.forEachChild(node, (child) => visit(child, inner));
      currentClass = outerClass;
      return;
    }
    switch (kind) {
      case K.Block:
      case K.CaseBlock: {
        const outerBlockEnd = blockEnd;
        blockEnd = node.end;
        ts.forEachChild(node, (child) => visit(child, scope));
        blockEnd = outerBlockEnd;
        return;
      }
      case K.VariableDeclarationList: {
        const outerList = blockScopedList;
        blockScopedList = (node.flags & ts.NodeFlags.BlockScoped) !== 0;
        ts.forEachChild(node, (child) => visit(child, scope));
        blockScopedList = outerList;
        return;
      }
      case K.IfStatement: {
        // `if (!allowed.includes(name)) throw …`: from the end of the statement on, the name is one of the list's values.
        const statement = node as ts.IfStatement;
        if (!statement.elseStatement && leavesBlock(statement.thenStatement)) {
          for (const [name, list] of namesCheckedAgainst(statement.expression)) {
            scope.assignments.push({ target: path(name), value: toExpr(list), start: statement.end, end: statement.end, checkedFrom: statement.getStart(sourceFile) });
          }
          // `if (branch.startsWith('-')) throw …`: from there on the name holds what that test let through, never an option.
          // …and `if (!isPathAllowed(target)) throw …`: from there on the name is a path inside the allowed folders.
          const cleared = [...namesRejectedAsOptions(statement.expression).map((name): [ts.Expression, 'option'] => [name, 'option']), ...namesGuarded(statement.expression, nodeText)];
          for (const [name, clears] of cleared) {
            scope.assignments.push({ target: path(name), value: toExpr(name), start: statement.end, end: statement.end, checkedFrom: statement.getStart(sourceFile), clears });
          }
        }
        break;
      }
      case K.ForStatement:
      case K.WhileStatement:
      case K.DoStatement:
        (scope.loops ??= []).push([node.getStart(sourceFile), node.end]);
        break;
      case K.ClassDeclaration:
      case K.ClassExpression: {
        const outerClass = currentClass;
        const declaration = node as ts.ClassLikeDeclaration;
        currentClass = declaration.name?.text ?? '';
        setClassBases(currentClass, (declaration.heritageClauses ?? []).flatMap((clause) => clause.types.map((type) => path(type.expression).split('.').pop() ?? '')));
        ts.forEachChild(node, (child) => visit(child, scope));
        currentClass = outerClass;
        return;
      }
      case K.PropertyDeclaration: {
        const property = node as ts.PropertyDeclaration;
        if (property.initializer && isFunctionLike(property.initializer)) functionNames.set(property.initializer, propertyKey(property.name) ?? '');
        const key = propertyKey(property.name);
        // `private readonly repl: PythonREPL` / `repl = new PythonREPL()`: what `this.repl.run()` runs.
        if (key !== undefined && currentClass !== undefined) {
          setAttributeClasses(`${currentClass}\0${key}`, classNamesIn(property.type ? nodeText(property.type) : '', property.initializer && !isFunctionLike(property.initializer) ? nodeText(property.initializer) : ''));
        }
        break;
      }
      case K.ForOfStatement:
      case K.ForInStatement: {
        // for (const doc of docs): each element carries the collection's data
        const loop = node as ts.ForOfStatement;
        (scope.loops ??= []).push([node.getStart(sourceFile), node.end]);
        const targets = ts.isVariableDeclarationList(loop.initializer) ? loop.initializer.declarations.flatMap((d) => bindingNames(d.name)) : [path(loop.initializer)];
        const value = toExpr(loop.expression);
        for (const target of targets) scope.assignments.push({ target, value, start: node.getStart(sourceFile), end: loop.expression.end });
        break;
      }
      case K.ReturnStatement: {
        const returned = (node as ts.ReturnStatement).expression;
        if (returned) scope.returns!.push(toExpr(returned));
        break;
      }
      // A generator gives its callers what it yields (`yield chunk.choices[0]?.delta?.content`, `yield* stream`).
      case K.YieldExpression: {
        const yielded = (node as ts.YieldExpression).expression;
        if (yielded) scope.returns!.push(toExpr(yielded));
        break;
      }
      case K.ImportDeclaration: {
        const declaration = node as ts.ImportDeclaration;
        const specifier = declaration.moduleSpecifier;
        if (!ts.isStringLiteral(specifier)) break;
        model.imports.push(specifier.text);
        const clause = declaration.importClause;
        if (clause?.name) model.importBindings.push({ local: clause.name.text, module: specifier.text, imported: 'default' });
        const named = clause?.namedBindings;
        if (named && ts.isNamespaceImport(named)) model.importBindings.push({ local: named.name.text, module: specifier.text, imported: '*' });
        if (named && ts.isNamedImports(named)) {
          for (const element of named.elements) model.importBindings.push({ local: element.name.text, module: specifier.text, imported: (element.propertyName ?? element.name).text });
        }
        break;
      }
      // A barrel: `export { getFigmaDataTool } from './get-figma-data-tool.js'`, `export * from './tools'`. What it
      // passes on is bound as if imported (by its exported name; `*` for everything), so an importer of the barrel
      // reaches the module that defines it.
      case K.ExportDeclaration: {
        const declaration = node as ts.ExportDeclaration;
        const specifier = declaration.moduleSpecifier;
        if (!specifier || !ts.isStringLiteral(specifier) || declaration.isTypeOnly) break;
        model.imports.push(specifier.text);
        const clause = declaration.exportClause;
        if (!clause) model.importBindings.push({ local: '*', module: specifier.text, imported: '*' });
        else if (ts.isNamedExports(clause)) {
          for (const element of clause.elements) if (!element.isTypeOnly) model.importBindings.push({ local: element.name.text, module: specifier.text, imported: (element.propertyName ?? element.name).text });
        }
        break;
      }
      case K.CallExpression:
      case K.NewExpression: {
        const call = toExpr(node);
        scope.calls.push(call);
        if ((call.callee === 'require' || call.callee === 'import') && call.args?.[0]?.kind === 'string') model.imports.push(call.args[0].literal!);
        // `fetch('/api/answer', …)`: the app's own route handler answers it, so the file depends on that route.
        const url = call.args?.[0];
        if (url?.kind === 'string' && url.literal!.startsWith('/api/') && SAME_ORIGIN_REQUEST.test(call.callee ?? '')) model.imports.push(url.literal!);
        const [first] = (node as ts.CallExpression).arguments ?? [];
        const callee = (node as ts.CallExpression).expression;
        if (first && isFunctionLike(first) && ts.isPropertyAccessExpression(callee) && ELEMENT_METHODS.has(callee.name.text)) elementCallbacks.set(first, callee.expression);
        // `server.setRequestHandler(CallToolRequestSchema, handler)`: which request the handler answers is in its first argument.
        const registeredAs = first && MCP_REQUEST_HANDLER.test(call.callee ?? '') ? `${call.callee}(${first.getText(sourceFile)})` : call.callee ?? '';
        // (The zod shape is read only for a call given a callback: most calls have none.)
        let scalarKeys: Set<string> | undefined;
        const noteScalarKeys = (callback: ts.Node) => {
          scalarKeys ??= zodScalarKeys((node as ts.CallExpression).arguments ?? [], sourceFile);
          if (scalarKeys.size) callbackScalarKeys.set(callback, scalarKeys);
        };
        for (const argument of (node as ts.CallExpression).arguments ?? []) {
          if (isFunctionLike(argument)) {
            callbackSites.set(argument, registeredAs);
            noteScalarKeys(argument);
          }
          // tool({ execute: async (args) => … }): a function given as an option is the call's callback too.
          if (ts.isObjectLiteralExpression(argument)) {
            for (const property of argument.properties) {
              const value = ts.isPropertyAssignment(property) ? property.initializer : ts.isMethodDeclaration(property) ? property : undefined;
              if (value && isFunctionLike(value)) {
                callbackSites.set(value, call.callee ?? '');
                noteScalarKeys(value);
              }
              // `streamText({ tools: { scrape: { description, parameters, execute: async ({ url }) => … } } })`: a tool
              // written inline, as `tool({ … })` would make it.
              if (value && ts.isObjectLiteralExpression(value) && property.name?.getText(sourceFile) === 'tools') {
                for (const execute of inlineToolFunctions(value, sourceFile)) callbackSites.set(execute, 'tool');
              }
            }
          }
        }
        break;
      }
      case K.StringLiteral:
      case K.NoSubstitutionTemplateLiteral:
        model.literalRanges.push([node.getStart(sourceFile), node.end]);
        scope.strings.push(toExpr(node));
        break;
      case K.TemplateExpression:
        model.literalRanges.push([node.getStart(sourceFile), node.end]);
        scope.strings.push(toExpr(node));
        break;
      case K.TemplateHead:
      case K.TemplateMiddle:
      case K.TemplateTail:
      case K.RegularExpressionLiteral:
      case K.JsxText:
        model.literalRanges.push([node.getStart(sourceFile), node.end]);
        break;
      case K.VariableStatement: {
        // `export const ask = async (q) => …`: the function is exported (no parent pointers to ask later).
        const statement = node as ts.VariableStatement;
        if (statement.modifiers?.some((modifier) => modifier.kind === K.ExportKeyword)) {
          for (const declaration of statement.declarationList.declarations) if (declaration.initializer && isFunctionLike(declaration.initializer)) exportedFunctions.add(declaration.initializer);
        }
        break;
      }
      case K.VariableDeclaration: {
        const declaration = node as ts.VariableDeclaration;
        if (declaration.initializer) {
          if (isFunctionLike(declaration.initializer) && ts.isIdentifier(declaration.name)) functionNames.set(declaration.initializer, declaration.name.text);
          // `const getAnswer = unstable_cache(async (q) => …)`: calling the name runs the wrapped function.
          const wrapped = ts.isCallExpression(declaration.initializer) && FUNCTION_WRAPPER.test(nodeText(declaration.initializer.expression)) ? declaration.initializer.arguments[0] : undefined;
          if (wrapped && isFunctionLike(wrapped) && ts.isIdentifier(declaration.name)) functionNames.set(wrapped, declaration.name.text);
          const value = toExpr(declaration.initializer);
          const start = node.getStart(sourceFile);
          const liveUntil = blockScopedList ? blockEnd : undefined;
          // `const [images, sources] = await Promise.all([getImages(q), getSources(q)])`: each name takes its own element.
          const elements = ts.isArrayBindingPattern(declaration.name) ? parallelElements(declaration.initializer, nodeText) : undefined;
          if (elements && ts.isArrayBindingPattern(declaration.name)) {
            declaration.name.elements.forEach((element, i) => {
              if (ts.isOmittedExpression(element) || !elements[i]) return;
              const elementValue = toExpr(elements[i]);
              for (const target of bindingNames(element.name)) scope.assignments.push({ target, value: elementValue, start, end: node.end, liveUntil });
            });
          } else for (const [target, property] of bindingTargets(declaration.name)) scope.assignments.push({ target, value, start, end: node.end, liveUntil, property });
          // const { a } = require('./x') / const x = require('./x')
          if (value.kind === 'call' && value.callee === 'require' && value.args?.[0]?.kind === 'string') {
            const module = value.args[0].literal!;
            if (ts.isIdentifier(declaration.name)) model.importBindings.push({ local: declaration.name.text, module, imported: '*' });
            else for (const local of bindingNames(declaration.name)) model.importBindings.push({ local, module, imported: local });
          }
        }
        break;
      }
      case K.BinaryExpression: {
        const binary = node as ts.BinaryExpression;
        if (isAssignmentOperator(binary.operatorToken.kind)) {
          const target = path(binary.left);
          const value = toExpr(binary.right);
          const start = node.getStart(sourceFile);
          scope.assignments.push({ target, value, start, end: node.end });
          scope.propertyWrites.push({ key: target.slice(target.lastIndexOf('.') + 1), target, value, start, end: node.end });
        }
        break;
      }
      case K.PropertyAssignment: {
        const property = node as ts.PropertyAssignment;
        const key = propertyKey(property.name);
        if (key !== undefined && isFunctionLike(property.initializer)) {
          functionNames.set(property.initializer, key);
          objectMethods.add(property.initializer);
        }
        if (key !== undefined) scope.propertyWrites.push({ key, target: key, value: toExpr(property.initializer), start: node.getStart(sourceFile), end: node.end });
        break;
      }
      case K.JsxSelfClosingElement:
        if (isComponentElement(node)) scope.calls.push(toExpr(node));
        noteStyleSheet(node as ts.JsxSelfClosingElement);
        break;
      case K.JsxElement:
        if (isComponentElement((node as ts.JsxElement).openingElement)) scope.calls.push(toExpr(node));
        noteStyleSheet((node as ts.JsxElement).openingElement);
        break;
      case K.JsxAttribute: {
        const attribute = node as ts.JsxAttribute;
        if (attribute.initializer && ts.isJsxExpression(attribute.initializer) && attribute.initializer.expression && !styleSheetAttributes.has(attribute)) {
          const key = nodeText(attribute.name);
          scope.propertyWrites.push({ key, target: key, value: toExpr(attribute.initializer.expression), start: node.getStart(sourceFile), end: node.end });
        }
        break;
      }
    }
    ts.forEachChild(node, (child) => visit(child, scope));
  };

  // A `<style>` element's inner HTML is CSS, never parsed as markup: no script runs from it (its attributes are visited
  // after the element, so the element marks them first).
  const styleSheetAttributes = new WeakSet<ts.Node>();
  const noteStyleSheet = (element: ts.JsxOpeningElement | ts.JsxSelfClosingElement) => {
    if (element.tagName.getText(sourceFile) !== 'style') return;
    for (const attribute of element.attributes.properties) if (ts.isJsxAttribute(attribute) && nodeText(attribute.name) === 'dangerouslySetInnerHTML') styleSheetAttributes.add(attribute);
  };

  const top = newScope(sourceFile, []);
  top.loops = [];
  for (const statement of sourceFile.statements) {
    const kept = reuse ? statementParts.get(statement) : undefined;
    if (kept) {
      addPart(model, top, kept, statement.pos - kept.pos);
      continue;
    }
    if (!reuse) {
      visit(statement, top);
      continue;
    }
    made = [];
    madeClasses = [];
    madeAttributes = [];
    madeFieldKinds = [];
    const before = { scopes: model.scopes.length, imports: model.imports.length, importBindings: model.importBindings.length, literalRanges: model.literalRanges.length };
    const topBefore = { assignments: top.assignments.length, calls: top.calls.length, strings: top.strings.length, propertyWrites: top.propertyWrites.length, returns: top.returns!.length, loops: top.loops.length };
    visit(statement, top);
    const scopes = model.scopes.slice(before.scopes);
    statementParts.set(statement, {
      pos: statement.pos,
      scopes,
      top: {
        assignments: top.assignments.slice(topBefore.assignments), calls: top.calls.slice(topBefore.calls), strings: top.strings.slice(topBefore.strings),
        propertyWrites: top.propertyWrites.slice(topBefore.propertyWrites), returns: top.returns!.slice(topBefore.returns), loops: top.loops.slice(topBefore.loops),
      },
      imports: model.imports.slice(before.imports),
      importBindings: model.importBindings.slice(before.importBindings),
      classBases: madeClasses,
      attributeTypes: madeAttributes,
      fieldKinds: madeFieldKinds,
      literalRanges: model.literalRanges.slice(before.literalRanges),
      exprs: made,
      callbackOf: scopes.map((scope) => scope.callbackOf),
    });
  }
  if (!top.loops.length) delete top.loops;
  if (hasDirective(sourceFile.statements, 'use server')) model.useServer = true;
  const defaultExport = defaultExportOf(sourceFile.statements);
  if (defaultExport) model.defaultExport = defaultExport;
  return model;
}

/** The name `export default` gives (read from the statements, so a re-parse that reuses them still knows it). */
function defaultExportOf(statements: readonly ts.Statement[]): string | undefined {
  for (const statement of statements) {
    if (ts.isExportAssignment(statement) && !statement.isExportEquals && ts.isIdentifier(statement.expression)) return statement.expression.text;
    if (ts.isFunctionDeclaration(statement) && statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.DefaultKeyword)) return statement.name?.text ?? 'default';
  }
  return undefined;
}

/** The `execute` functions of the tools an options object defines inline (`{ scrape: { parameters, execute } }`). */
function inlineToolFunctions(tools: ts.ObjectLiteralExpression, sourceFile: ts.SourceFile): ts.Node[] {
  const definitions = tools.properties.flatMap((tool) => (ts.isPropertyAssignment(tool) && ts.isObjectLiteralExpression(tool.initializer) ? [tool.initializer] : []));
  return definitions.flatMap((definition) => definition.properties.flatMap((option) => {
    if (option.name?.getText(sourceFile) !== 'execute') return [];
    const execute = ts.isPropertyAssignment(option) ? option.initializer : option;
    return isFunctionLike(execute) ? [execute] : [];
  }));
}

/**
 * `z.number()`, `z.boolean()`, `z.enum([…])`, `z.literal(…)` (and `.optional()`, `.describe()`, `.int()` after them):
 * a value the schema's validation leaves no room for text in. A `.transform()` or `.pipe()` can make it anything.
 */
const ZOD_SCALAR = /^z\s*\.\s*(coerce\s*\.\s*)?(number|boolean|bigint|enum|nativeEnum|literal)\s*\((?![\s\S]*\.\s*(transform|pipe|preprocess)\s*\()/;

/**
 * The property names a call's zod shape makes scalars: `server.tool('which', { port: z.number() }, handler)`, or the
 * shape inside `z.object({…})`, `parameters:`, `inputSchema:` or `schema:`. The MCP SDK and the AI SDK validate a tool's
 * arguments with it before the handler runs.
 */
function zodScalarKeys(args: readonly ts.Expression[], sourceFile: ts.SourceFile): Set<string> {
  const keys = new Set<string>();
  const shapes: ts.ObjectLiteralExpression[] = [];
  const collect = (expression: ts.Expression | undefined): void => {
    if (!expression) return;
    if (ts.isObjectLiteralExpression(expression)) shapes.push(expression);
    else if (ts.isCallExpression(expression) && /^z\s*\.\s*(object|strictObject)$/.test(expression.expression.getText(sourceFile))) collect(expression.arguments[0]);
  };
  args.forEach(collect);
  // (`parameters: z.object({…})` adds the shape inside to the list as it is read.)
  for (let i = 0; i < shapes.length; i++) {
    for (const property of shapes[i].properties) {
      if (!ts.isPropertyAssignment(property)) continue;
      const name = property.name.getText(sourceFile).replace(/^['"]|['"]$/g, '');
      if (/^(parameters|inputSchema|schema)$/.test(name)) collect(property.initializer);
      else if (ZOD_SCALAR.test(property.initializer.getText(sourceFile))) keys.add(name);
    }
  }
  return keys;
}

/** The low-level MCP server's `setRequestHandler`: its callback is named with the request schema it answers. */
const MCP_REQUEST_HANDLER = /(^|\.)setRequestHandler$/;
/** Template tags that only reshape whitespace (common-tags, dedent, endent, outdent, String.raw): prompts are often built with them. */
const TEXT_TAG = /^(codeBlock|oneLine|oneLineTrim|stripIndents?|dedent|endent|outdent|String\.raw)$/;

/** A directive (`'use server'`) among the statements that open a file or a function body. */
function hasDirective(statements: readonly ts.Statement[], directive: string): boolean {
  for (const statement of statements) {
    if (!ts.isExpressionStatement(statement) || !ts.isStringLiteral(statement.expression)) return false;
    if (statement.expression.text === directive) return true;
  }
  return false;
}


/**
 * Wrappers that return the function they are given, cached or rate-limited (`unstable_cache`, `memoize`, `useCallback`),
 * or as a React component (`React.memo(({ content }) => …)`, `forwardRef((props, ref) => …)`).
 */
const FUNCTION_WRAPPER = /^((React|_|lodash)\.)?(unstable_cache|cache|memoize|memoizeOne|pMemoize|useCallback|once|throttle|debounce|memo|forwardRef)$/;

/** A JSX element of a component (`<Answer …>`, `<ui.Card …>`), not an HTML tag (`<div …>`): rendering it calls the component. */
function isComponentElement(node: ts.Node): node is ts.JsxSelfClosingElement | ts.JsxOpeningElement {
  if (!ts.isJsxSelfClosingElement(node) && !ts.isJsxOpeningElement(node)) return false;
  const tag = node.tagName;
  return ts.isPropertyAccessExpression(tag) || (ts.isIdentifier(tag) && /^[A-Z]/.test(tag.text));
}

/** Puts a kept statement's part into the model, moved by `delta` characters (in place: the part is only ever used once more). */
function addPart(model: CodeModel, top: Scope, part: StatementPart, delta: number): void {
  if (delta !== 0) {
    part.pos += delta;
    const move = (range: { start: number; end: number }) => {
      range.start += delta;
      range.end += delta;
    };
    for (const expr of part.exprs) move(expr as { start: number; end: number });
    for (const scope of part.scopes) {
      move(scope);
      scope.loops?.forEach((loop) => ((loop[0] += delta), (loop[1] += delta)));
    }
    for (const scope of [...part.scopes, part.top]) {
      for (const assignment of scope.assignments) {
        move(assignment);
        if (assignment.liveUntil !== undefined) assignment.liveUntil += delta;
        if (assignment.checkedFrom !== undefined) assignment.checkedFrom += delta;
      }
      scope.propertyWrites.forEach(move);
    }
    part.top.loops.forEach((loop) => ((loop[0] += delta), (loop[1] += delta)));
    part.literalRanges.forEach((range) => ((range[0] += delta), (range[1] += delta)));
  }
  part.scopes.forEach((scope, index) => (scope.callbackOf = part.callbackOf[index]));
  model.scopes.push(...part.scopes);
  top.assignments.push(...part.top.assignments);
  top.calls.push(...part.top.calls);
  top.strings.push(...part.top.strings);
  top.propertyWrites.push(...part.top.propertyWrites);
  top.returns!.push(...part.top.returns);
  top.loops!.push(...part.top.loops);
  model.imports.push(...part.imports);
  model.importBindings.push(...part.importBindings);
  for (const [name, bases] of part.classBases) model.classBases[name] = bases;
  for (const [key, classes] of part.attributeTypes) (model.attributeTypes ??= {})[key] = classes;
  for (const [name, kind] of part.fieldKinds) setFieldKind(model, name, kind);
  model.literalRanges.push(...part.literalRanges);
}

/** A declared type that holds no one's text: a number, boolean, date, or one of fixed literals (optionally undefined or null). */
const SCALAR_TYPE = /^(?:(?:number|boolean|bigint|Date|\d+(?:\.\d+)?|true|false|'[^']*'|"[^"]*"|undefined|null)(?: ?\| ?|$))+$/;
/** A zod schema's property: `z.number()`, `z.enum([…])`, `z.string()`… (what the schema's field holds). */
const ZOD_FIELD = /^z\s*\.\s*(number|boolean|bigint|date|enum|nativeEnum|literal|string)\s*\(/;

/** Records a field's kind: text once any declaration says text (as the Python model does). */
function setFieldKind(model: CodeModel, name: string, kind: 'scalar' | 'text'): void {
  const kinds = (model.fieldKinds ??= {});
  kinds[name] = kind === 'scalar' && kinds[name] !== 'text' ? 'scalar' : 'text';
}

const FUNCTION_KINDS = new Set([
  ts.SyntaxKind.FunctionDeclaration, ts.SyntaxKind.FunctionExpression, ts.SyntaxKind.ArrowFunction, ts.SyntaxKind.MethodDeclaration,
  ts.SyntaxKind.Constructor, ts.SyntaxKind.GetAccessor, ts.SyntaxKind.SetAccessor,
]);

/** A statement after which the code below it does not run: `throw`, `return`, `continue`, `break`, or a block ending in one. */
function leavesBlock(statement: ts.Statement): boolean {
  if (ts.isBlock(statement)) return statement.statements.length > 0 && leavesBlock(statement.statements[statement.statements.length - 1]);
  return ts.isThrowStatement(statement) || ts.isReturnStatement(statement) || ts.isContinueStatement(statement) || ts.isBreakStatement(statement);
}

/**
 * The names a condition finds missing from a list (`!list.includes(x)`, `!set.has(x)`, `list.indexOf(x) === -1`, and
 * each side of `&&`), with the list. Two spellings of one value checked together (`!names.includes(short) &&
 * !names.includes(full)`) are both taken as checked.
 */
function namesCheckedAgainst(condition: ts.Expression): [ts.Expression, ts.Expression][] {
  while (ts.isParenthesizedExpression(condition)) condition = condition.expression;
  if (ts.isBinaryExpression(condition) && condition.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken) {
    return [...namesCheckedAgainst(condition.left), ...namesCheckedAgainst(condition.right)];
  }
  const lookup = (call: ts.Expression, methods: RegExp): [ts.Expression, ts.Expression][] => {
    if (!ts.isCallExpression(call) || !ts.isPropertyAccessExpression(call.expression) || !methods.test(call.expression.name.text) || call.arguments.length !== 1) return [];
    const [name] = call.arguments;
    return ts.isIdentifier(name) || ts.isPropertyAccessExpression(name) ? [[name, call.expression.expression]] : [];
  };
  if (ts.isPrefixUnaryExpression(condition) && condition.operator === ts.SyntaxKind.ExclamationToken) {
    let operand: ts.Expression = condition.operand;
    while (ts.isParenthesizedExpression(operand)) operand = operand.expression;
    return lookup(operand, /^(includes|has)$/);
  }
  if (!ts.isBinaryExpression(condition)) return [];
  const { operatorToken: operator, right } = condition;
  const minusOne = ts.isPrefixUnaryExpression(right) && right.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(right.operand) && right.operand.text === '1';
  const equals = operator.kind === ts.SyntaxKind.EqualsEqualsEqualsToken || operator.kind === ts.SyntaxKind.EqualsEqualsToken;
  const belowZero = operator.kind === ts.SyntaxKind.LessThanToken && ts.isNumericLiteral(right) && right.text === '0';
  return (equals && minusOne) || belowZero ? lookup(condition.left, /^indexOf$/) : [];
}

/** The names a condition rejects when they start with '-' (`name.startsWith('-')`, either side of `&&`/`||`). */
function namesRejectedAsOptions(condition: ts.Expression): ts.Expression[] {
  while (ts.isParenthesizedExpression(condition)) condition = condition.expression;
  if (ts.isBinaryExpression(condition) && (condition.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken || condition.operatorToken.kind === ts.SyntaxKind.BarBarToken)) {
    return [...namesRejectedAsOptions(condition.left), ...namesRejectedAsOptions(condition.right)];
  }
  if (!ts.isCallExpression(condition) || !ts.isPropertyAccessExpression(condition.expression) || condition.expression.name.text !== 'startsWith') return [];
  const [prefix] = condition.arguments;
  const name = condition.expression.expression;
  const dash = condition.arguments.length === 1 && ts.isStringLiteralLike(prefix) && prefix.text === '-';
  return dash && (ts.isIdentifier(name) || ts.isPropertyAccessExpression(name)) ? [name] : [];
}

/** The names a failed guard check rejects (`!isPathAllowed(p)`, either side of `||`), each with the sink kind it guards. */
function namesGuarded(condition: ts.Expression, textOf: (node: ts.Node) => string): [ts.Expression, 'path' | 'number'][] {
  while (ts.isParenthesizedExpression(condition)) condition = condition.expression;
  if (ts.isBinaryExpression(condition) && condition.operatorToken.kind === ts.SyntaxKind.BarBarToken) return [...namesGuarded(condition.left, textOf), ...namesGuarded(condition.right, textOf)];
  if (!ts.isPrefixUnaryExpression(condition) || condition.operator !== ts.SyntaxKind.ExclamationToken) return [];
  let check: ts.Expression = condition.operand;
  while (ts.isParenthesizedExpression(check) || ts.isAwaitExpression(check)) check = check.expression;
  if (!ts.isCallExpression(check)) return [];
  const [name] = check.arguments;
  const guard = GUARDS.find((row) => !row.language && row.callee.test(textOf(check.expression)));
  return guard && name && (ts.isIdentifier(name) || ts.isPropertyAccessExpression(name)) ? [[name, guard.kind]] : [];
}

function isFunctionLike(node: ts.Node): boolean {
  return FUNCTION_KINDS.has(node.kind);
}

function isAssignmentOperator(kind: ts.SyntaxKind): boolean {
  return kind === ts.SyntaxKind.EqualsToken || kind === ts.SyntaxKind.PlusEqualsToken;
}

function propertyKey(name: ts.PropertyName): string | undefined {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name) || ts.isPrivateIdentifier(name)) return name.text;
  return undefined;
}

/** The names a declaration binds, each with the property it takes when it destructures an object (`{ a: b }` → b, 'a'). */
/** The elements of `[a, b]`, `Promise.all([a, b])` or `await Promise.all([a, b])`; undefined for any other value. */
function parallelElements(initializer: ts.Expression, nodeText: (node: ts.Node) => string): readonly ts.Expression[] | undefined {
  let value = initializer;
  while (ts.isAwaitExpression(value) || ts.isParenthesizedExpression(value)) value = value.expression;
  if (ts.isCallExpression(value) && /^Promise\.(all|allSettled)$/.test(nodeText(value.expression)) && value.arguments[0]) value = value.arguments[0];
  return ts.isArrayLiteralExpression(value) && !value.elements.some(ts.isSpreadElement) ? value.elements : undefined;
}

function bindingTargets(name: ts.BindingName): [string, string | undefined][] {
  if (!ts.isObjectBindingPattern(name)) return bindingNames(name).map((target) => [target, undefined]);
  return name.elements.flatMap((element): [string, string | undefined][] => {
    if (!ts.isIdentifier(element.name)) return bindingNames(element.name).map((target) => [target, undefined]);
    const key = element.propertyName ? (ts.isIdentifier(element.propertyName) || ts.isStringLiteral(element.propertyName) ? element.propertyName.text : undefined) : element.name.text;
    return [[element.name.text, key]];
  });
}

function bindingNames(name: ts.BindingName): string[] {
  if (ts.isIdentifier(name)) return [name.text];
  return name.elements.flatMap((element) => (ts.isOmittedExpression(element) ? [] : bindingNames(element.name)));
}
