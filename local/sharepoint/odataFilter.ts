/**
 * OData v3 $filter parser for the subset SharePoint list items support:
 * eq ne gt ge lt le, and, or, not, parentheses, startswith(Col,'s'), substringof('s',Col),
 * day()/month()/year(), string literals with '' escapes, numbers, true/false, null,
 * datetime'...' literals. Produces an AST; filterCompile.ts turns it into a predicate.
 * Never evaluates text as code.
 */
import { syntaxError, unsupportedExpression } from './errors';

export type CompareOp = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';

export type Literal =
  | { type: 'string'; value: string }
  | { type: 'number'; value: number }
  | { type: 'boolean'; value: boolean }
  | { type: 'null' }
  | { type: 'datetime'; value: string };

export type ValueNode =
  | { type: 'field'; path: string }
  | { type: 'literal'; literal: Literal }
  | { type: 'datePart'; fn: 'day' | 'month' | 'year'; arg: ValueNode }
  | { type: 'textMatch'; fn: 'startswith' | 'substringof'; field: ValueNode; text: ValueNode };

export type FilterNode =
  | { type: 'and' | 'or'; left: FilterNode; right: FilterNode }
  | { type: 'not'; operand: FilterNode }
  | { type: 'compare'; op: CompareOp; left: ValueNode; right: ValueNode }
  | { type: 'textMatch'; fn: 'startswith' | 'substringof'; field: ValueNode; text: ValueNode };

type Token =
  | { kind: 'lparen' | 'rparen' | 'comma'; pos: number }
  | { kind: 'string'; value: string; pos: number }
  | { kind: 'datetime'; value: string; pos: number }
  | { kind: 'number'; value: number; pos: number }
  | { kind: 'word'; value: string; pos: number };

const COMPARE_OPS: ReadonlySet<string> = new Set(['eq', 'ne', 'gt', 'ge', 'lt', 'le']);
const UNSUPPORTED_OPS: ReadonlySet<string> = new Set(['add', 'sub', 'mul', 'div', 'mod', 'has', 'in']);
const DATE_PARTS: ReadonlySet<string> = new Set(['day', 'month', 'year']);

function readQuoted(text: string, start: number): { value: string; end: number } {
  // start is the index of the opening quote
  let i = start + 1;
  let value = '';
  for (;;) {
    if (i >= text.length) {
      throw syntaxError(start, text);
    }
    const c = text[i];
    if (c === "'") {
      if (text[i + 1] === "'") {
        value += "'";
        i += 2;
        continue;
      }
      return { value, end: i + 1 };
    }
    value += c;
    i += 1;
  }
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (/\s/.test(c)) {
      i += 1;
    } else if (c === '(') {
      tokens.push({ kind: 'lparen', pos: i });
      i += 1;
    } else if (c === ')') {
      tokens.push({ kind: 'rparen', pos: i });
      i += 1;
    } else if (c === ',') {
      tokens.push({ kind: 'comma', pos: i });
      i += 1;
    } else if (c === "'") {
      const q = readQuoted(text, i);
      tokens.push({ kind: 'string', value: q.value, pos: i });
      i = q.end;
    } else if (/[-0-9]/.test(c)) {
      const m = /^-?\d+(\.\d+)?([eE][-+]?\d+)?[LlDdMmFf]?/.exec(text.slice(i));
      if (!m) {
        throw syntaxError(i, text);
      }
      tokens.push({ kind: 'number', value: parseFloat(m[0].replace(/[LlDdMmFf]$/, '')), pos: i });
      i += m[0].length;
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_]*(\/[A-Za-z_][A-Za-z0-9_]*)*/.exec(text.slice(i));
      const word = m ? m[0] : c;
      if ((word === 'datetime' || word === 'guid' || word === 'datetimeoffset') && text[i + word.length] === "'") {
        const q = readQuoted(text, i + word.length);
        tokens.push(word === 'guid' ? { kind: 'string', value: q.value, pos: i } : { kind: 'datetime', value: q.value, pos: i });
        i = q.end;
      } else {
        tokens.push({ kind: 'word', value: word, pos: i });
        i += word.length;
      }
    } else {
      throw syntaxError(i, text);
    }
  }
  return tokens;
}

class Parser {
  private index = 0;

  constructor(private readonly tokens: Token[], private readonly text: string) {}

  parse(): FilterNode {
    const node = this.parseOr();
    if (this.index < this.tokens.length) {
      throw syntaxError(this.tokens[this.index].pos, this.text);
    }
    return node;
  }

  private peek(): Token | undefined {
    return this.tokens[this.index];
  }

  private next(): Token {
    const t = this.tokens[this.index];
    if (!t) {
      throw syntaxError(this.text.length, this.text);
    }
    this.index += 1;
    return t;
  }

  private peekWord(): string | undefined {
    const t = this.peek();
    return t && t.kind === 'word' ? t.value.toLowerCase() : undefined;
  }

  private expect(kind: 'lparen' | 'rparen' | 'comma'): void {
    const t = this.next();
    if (t.kind !== kind) {
      throw syntaxError(t.pos, this.text);
    }
  }

  private parseOr(): FilterNode {
    let left = this.parseAnd();
    while (this.peekWord() === 'or') {
      this.index += 1;
      left = { type: 'or', left, right: this.parseAnd() };
    }
    return left;
  }

  private parseAnd(): FilterNode {
    let left = this.parseNot();
    while (this.peekWord() === 'and') {
      this.index += 1;
      left = { type: 'and', left, right: this.parseNot() };
    }
    return left;
  }

  private parseNot(): FilterNode {
    if (this.peekWord() === 'not') {
      this.index += 1;
      return { type: 'not', operand: this.parseNot() };
    }
    return this.parseComparison();
  }

  private parseComparison(): FilterNode {
    const start = this.peek();
    if (start?.kind === 'lparen') {
      this.index += 1;
      const inner = this.parseOr();
      this.expect('rparen');
      return this.maybeCompareBoolean(inner);
    }
    const left = this.parseValue();
    const opWord = this.peekWord();
    if (opWord && COMPARE_OPS.has(opWord)) {
      this.index += 1;
      const right = this.parseValue();
      if (left.type === 'textMatch' || right.type === 'textMatch') {
        return this.textMatchComparison(left, opWord as CompareOp, right);
      }
      return { type: 'compare', op: opWord as CompareOp, left, right };
    }
    if (opWord && UNSUPPORTED_OPS.has(opWord)) {
      throw unsupportedExpression(this.text);
    }
    if (left.type === 'textMatch') {
      return left;
    }
    throw syntaxError(start?.pos ?? 0, this.text);
  }

  /** `(expr) eq true` is accepted and means expr. */
  private maybeCompareBoolean(inner: FilterNode): FilterNode {
    const opWord = this.peekWord();
    if (opWord === 'eq' || opWord === 'ne') {
      this.index += 1;
      const v = this.parseValue();
      if (v.type !== 'literal' || v.literal.type !== 'boolean') {
        throw unsupportedExpression(this.text);
      }
      const truthy = (opWord === 'eq') === v.literal.value;
      return truthy ? inner : { type: 'not', operand: inner };
    }
    return inner;
  }

  private textMatchComparison(left: ValueNode, op: CompareOp, right: ValueNode): FilterNode {
    const call = (left.type === 'textMatch' ? left : right) as Extract<ValueNode, { type: 'textMatch' }>;
    const other = left.type === 'textMatch' ? right : left;
    if (other.type !== 'literal' || other.literal.type !== 'boolean' || (op !== 'eq' && op !== 'ne')) {
      throw unsupportedExpression(this.text);
    }
    const node: FilterNode = { type: 'textMatch', fn: call.fn, field: call.field, text: call.text };
    return (op === 'eq') === other.literal.value ? node : { type: 'not', operand: node };
  }

  private parseValue(): ValueNode {
    const t = this.next();
    switch (t.kind) {
      case 'string':
        return { type: 'literal', literal: { type: 'string', value: t.value } };
      case 'datetime':
        return { type: 'literal', literal: { type: 'datetime', value: t.value } };
      case 'number':
        return { type: 'literal', literal: { type: 'number', value: t.value } };
      case 'word':
        return this.parseWord(t.value, t.pos);
      default:
        throw syntaxError(t.pos, this.text);
    }
  }

  private parseWord(word: string, pos: number): ValueNode {
    if (this.peek()?.kind === 'lparen') {
      return this.parseCall(word);
    }
    if (word === 'true' || word === 'false') {
      return { type: 'literal', literal: { type: 'boolean', value: word === 'true' } };
    }
    if (word === 'null') {
      return { type: 'literal', literal: { type: 'null' } };
    }
    if (COMPARE_OPS.has(word.toLowerCase()) || ['and', 'or', 'not'].includes(word.toLowerCase())) {
      throw syntaxError(pos, this.text);
    }
    return { type: 'field', path: word };
  }

  private parseCall(name: string): ValueNode {
    this.expect('lparen');
    const args: ValueNode[] = [];
    if (this.peek()?.kind !== 'rparen') {
      args.push(this.parseValue());
      while (this.peek()?.kind === 'comma') {
        this.index += 1;
        args.push(this.parseValue());
      }
    }
    this.expect('rparen');
    if (DATE_PARTS.has(name) && args.length === 1) {
      return { type: 'datePart', fn: name as 'day' | 'month' | 'year', arg: args[0] };
    }
    if (name === 'startswith' && args.length === 2) {
      return { type: 'textMatch', fn: 'startswith', field: args[0], text: args[1] };
    }
    if (name === 'substringof' && args.length === 2) {
      return { type: 'textMatch', fn: 'substringof', field: args[1], text: args[0] };
    }
    throw unsupportedExpression(this.text);
  }
}

export function parseFilter(text: string): FilterNode {
  const tokens = tokenize(text);
  if (tokens.length === 0) {
    throw syntaxError(0, text);
  }
  return new Parser(tokens, text).parse();
}

/** The top-level conjuncts of a filter (a and b and c -> [a, b, c]). */
export function conjuncts(node: FilterNode): FilterNode[] {
  return node.type === 'and' ? [...conjuncts(node.left), ...conjuncts(node.right)] : [node];
}

/** Every field path the filter reads. */
export function fieldPaths(node: FilterNode | ValueNode): string[] {
  switch (node.type) {
    case 'and':
    case 'or':
      return [...fieldPaths(node.left), ...fieldPaths(node.right)];
    case 'not':
      return fieldPaths(node.operand);
    case 'compare':
      return [...fieldPaths(node.left), ...fieldPaths(node.right)];
    case 'textMatch':
      return [...fieldPaths(node.field), ...fieldPaths(node.text)];
    case 'datePart':
      return fieldPaths(node.arg);
    case 'field':
      return [node.path];
    default:
      return [];
  }
}
