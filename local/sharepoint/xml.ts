/**
 * A very small XML reader for field SchemaXml: one root element with attributes and
 * child elements (CHOICES/CHOICE, Default, ...). Enough for <Field .../> definitions.
 */
import { invalidRequest } from './errors';

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_m, e: string) => {
    if (e[0] === '#') {
      return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    }
    return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[e];
  });
}

export function encodeEntities(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

class XmlReader {
  private pos = 0;

  constructor(private readonly text: string) {}

  readDocument(): XmlElement {
    this.skipProlog();
    const root = this.readElement();
    return root;
  }

  private fail(): never {
    throw invalidRequest(`The SchemaXml is not valid XML near position ${this.pos}.`);
  }

  private skipWhitespace(): void {
    while (this.pos < this.text.length && /\s/.test(this.text[this.pos])) {
      this.pos += 1;
    }
  }

  private skipProlog(): void {
    for (;;) {
      this.skipWhitespace();
      if (this.text.startsWith('<?', this.pos)) {
        const end = this.text.indexOf('?>', this.pos);
        if (end < 0) this.fail();
        this.pos = end + 2;
      } else if (this.text.startsWith('<!--', this.pos)) {
        const end = this.text.indexOf('-->', this.pos);
        if (end < 0) this.fail();
        this.pos = end + 3;
      } else {
        return;
      }
    }
  }

  private readName(): string {
    const m = /^[A-Za-z_:][-A-Za-z0-9_:.]*/.exec(this.text.slice(this.pos));
    if (!m) this.fail();
    this.pos += m[0].length;
    return m[0];
  }

  private readElement(): XmlElement {
    if (this.text[this.pos] !== '<') this.fail();
    this.pos += 1;
    const name = this.readName();
    const attributes: Record<string, string> = {};
    for (;;) {
      this.skipWhitespace();
      const c = this.text[this.pos];
      if (c === '/' && this.text[this.pos + 1] === '>') {
        this.pos += 2;
        return { name, attributes, children: [], text: '' };
      }
      if (c === '>') {
        this.pos += 1;
        break;
      }
      const attr = this.readName();
      this.skipWhitespace();
      if (this.text[this.pos] !== '=') this.fail();
      this.pos += 1;
      this.skipWhitespace();
      const quote = this.text[this.pos];
      if (quote !== '"' && quote !== "'") this.fail();
      const end = this.text.indexOf(quote, this.pos + 1);
      if (end < 0) this.fail();
      attributes[attr] = decodeEntities(this.text.slice(this.pos + 1, end));
      this.pos = end + 1;
    }
    const children: XmlElement[] = [];
    let text = '';
    for (;;) {
      if (this.pos >= this.text.length) this.fail();
      if (this.text.startsWith('</', this.pos)) {
        this.pos += 2;
        const closing = this.readName();
        if (closing !== name) this.fail();
        this.skipWhitespace();
        if (this.text[this.pos] !== '>') this.fail();
        this.pos += 1;
        return { name, attributes, children, text: decodeEntities(text) };
      }
      if (this.text.startsWith('<!--', this.pos)) {
        const end = this.text.indexOf('-->', this.pos);
        if (end < 0) this.fail();
        this.pos = end + 3;
      } else if (this.text.startsWith('<![CDATA[', this.pos)) {
        const end = this.text.indexOf(']]>', this.pos);
        if (end < 0) this.fail();
        text += this.text.slice(this.pos + 9, end);
        this.pos = end + 3;
      } else if (this.text[this.pos] === '<') {
        children.push(this.readElement());
      } else {
        text += this.text[this.pos];
        this.pos += 1;
      }
    }
  }
}

export function parseXml(text: string): XmlElement {
  return new XmlReader(text).readDocument();
}

export function child(el: XmlElement, name: string): XmlElement | undefined {
  return el.children.find((c) => c.name.toLowerCase() === name.toLowerCase());
}
