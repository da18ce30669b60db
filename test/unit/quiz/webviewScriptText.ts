import * as ts from 'typescript';

/**
 * What a webview script (media/*.js) writes on screen, read from its syntax tree: the
 * English it hard-codes where users see it, and the label keys it asks the extension's table
 * for. Used by test/unit/quiz/quizLabels.test.ts.
 */

/** Attributes whose value users see or hear (tooltips, screen readers). */
const TEXT_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'title', 'placeholder', 'alt']);
/** DOM properties whose value is drawn as text. */
const TEXT_PROPERTIES = new Set(['textContent', 'innerText', 'innerHTML', 'value']);
const LETTER = /\p{L}/u;

export interface HardCodedText {
  readonly line: number;
  readonly text: string;
}

export interface LabelCall {
  readonly line: number;
  readonly key: string | undefined;
  /** How many values fill its placeholders. */
  readonly values: number;
}

function parse(fileName: string, source: string): ts.SourceFile {
  return ts.createSourceFile(fileName, source, ts.ScriptTarget.ES2022, true, ts.ScriptKind.JS);
}

function calleeName(call: ts.CallExpression): string | undefined {
  return ts.isIdentifier(call.expression) ? call.expression.text : undefined;
}

function propertyName(name: ts.PropertyName): string | undefined {
  return ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : undefined;
}

/** The literal text an expression puts on screen as it is (through ?:, ||, ??, + and templates). */
function literalTexts(node: ts.Expression): string[] {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((span) => span.literal.text)];
  if (ts.isParenthesizedExpression(node)) return literalTexts(node.expression);
  if (ts.isConditionalExpression(node)) return [...literalTexts(node.whenTrue), ...literalTexts(node.whenFalse)];
  if (ts.isBinaryExpression(node)) return [...literalTexts(node.left), ...literalTexts(node.right)];
  if (ts.isArrayLiteralExpression(node)) return node.elements.flatMap(literalTexts);
  return [];
}

/** The places a script draws text: el()'s children, button()'s label, text attributes and properties. */
function textSinks(file: ts.SourceFile): ts.Expression[] {
  const sinks: ts.Expression[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node)) {
      const name = calleeName(node);
      if (name === 'el' && node.arguments[2]) sinks.push(node.arguments[2]);
      if (name === 'button' && node.arguments[0]) sinks.push(node.arguments[0]);
      if (ts.isPropertyAccessExpression(node.expression) && ['append', 'prepend', 'replaceChildren', 'setAttribute'].includes(node.expression.name.text)) {
        const attribute = node.expression.name.text === 'setAttribute' ? node.arguments[0] : undefined;
        if (!attribute) sinks.push(...node.arguments);
        else if (ts.isStringLiteral(attribute) && TEXT_ATTRIBUTES.has(attribute.text) && node.arguments[1]) sinks.push(node.arguments[1]);
      }
    }
    if (ts.isPropertyAssignment(node) && TEXT_ATTRIBUTES.has(propertyName(node.name) ?? '') && ts.isObjectLiteralExpression(node.parent)) sinks.push(node.initializer);
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(node.left) && TEXT_PROPERTIES.has(node.left.name.text)) {
      sinks.push(node.right);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return sinks;
}

/** Literal text with a letter in it, written where users see it: it bypasses the label table. */
export function hardCodedTexts(fileName: string, source: string): HardCodedText[] {
  const file = parse(fileName, source);
  return textSinks(file).flatMap((sink) =>
    literalTexts(sink)
      .filter((text) => LETTER.test(text))
      .map((text) => ({ line: file.getLineAndCharacterOfPosition(sink.getStart()).line + 1, text })),
  );
}

/** Every `label(key, …)` / `labelParts(key, …)` call: its key when literal, and how many values it passes. */
export function labelCalls(fileName: string, source: string): LabelCall[] {
  const file = parse(fileName, source);
  const calls: LabelCall[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ['label', 'labelParts'].includes(calleeName(node) ?? '')) {
      const [key, ...values] = node.arguments;
      const spreads = values.some(ts.isSpreadElement);
      // The helpers' own forwarding call (`labelParts(key, ...values)`) has no literal key and passes a spread: not a use.
      if (!spreads) calls.push({ line: file.getLineAndCharacterOfPosition(node.getStart()).line + 1, key: key && ts.isStringLiteral(key) ? key.text : undefined, values: values.length });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return calls;
}

/**
 * The label table (src/vscode/quiz/quizLabels.ts): key → English message, for every entry that
 * is a `vscode.l10n.t('literal')` call with no arguments; entries that are not are listed apart.
 */
export function labelTable(fileName: string, source: string): { readonly messages: ReadonlyMap<string, string>; readonly notLiteral: readonly string[] } {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const messages = new Map<string, string>();
  const notLiteral: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isReturnStatement(node) && node.expression && ts.isObjectLiteralExpression(node.expression)) {
      for (const property of node.expression.properties) {
        const key = property.name ? propertyName(property.name) : undefined;
        const call = ts.isPropertyAssignment(property) && ts.isCallExpression(property.initializer) ? property.initializer : undefined;
        const literal = call && call.expression.getText(file) === 'vscode.l10n.t' && call.arguments.length === 1 && ts.isStringLiteral(call.arguments[0]) ? call.arguments[0].text : undefined;
        if (key !== undefined && literal !== undefined) messages.set(key, literal);
        else notLiteral.push(property.getText(file));
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return { messages, notLiteral };
}

/** How many values a message's placeholders take: `{0} of {1}` → 2. */
export function placeholderCount(message: string): number {
  const indexes = Array.from(message.matchAll(/\{(\d+)\}/g), (match) => Number(match[1]));
  return indexes.length ? Math.max(...indexes) + 1 : 0;
}
