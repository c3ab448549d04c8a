/**
 * Test helper: a small reader for the XML our manifest builder writes (elements, attributes, text; no DTDs,
 * comments or CDATA, which it never writes). It fails on unbalanced or badly nested tags, so a test can check
 * structure without an XML library. The end-to-end test also parses a manifest with the browser's DOMParser.
 */
export type XmlElement = { name: string; attributes: Record<string, string>; children: XmlElement[]; text: string };

const TOKEN = /<\?[^?]*\?>|<\/([\w:.-]+)\s*>|<([\w:.-]+)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>|([^<]+)/g;
const ATTRIBUTE = /([\w:.-]+)="([^"<]*)"/g;

const unescape = (value: string) =>
  value
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

export function parseXml(xml: string): XmlElement {
  const root: XmlElement = { name: '#document', attributes: {}, children: [], text: '' };
  const stack = [root];
  let consumed = 0;
  for (const match of xml.matchAll(TOKEN)) {
    if (match.index !== consumed) throw new Error(`XML: unexpected text at ${consumed}: ${xml.slice(consumed, consumed + 30)}`);
    consumed += match[0].length;
    const [, closing, opening, attributeText, selfClosing, text] = match;
    const current = stack[stack.length - 1];
    if (closing) {
      if (current.name !== closing) throw new Error(`XML: </${closing}> closes <${current.name}>`);
      stack.pop();
    } else if (opening) {
      const attributes: Record<string, string> = {};
      for (const [, key, value] of (attributeText ?? '').matchAll(ATTRIBUTE)) {
        if (key in attributes) throw new Error(`XML: duplicate attribute ${key}`);
        attributes[key] = unescape(value);
      }
      const element: XmlElement = { name: opening, attributes, children: [], text: '' };
      current.children.push(element);
      if (!selfClosing) stack.push(element);
    } else if (text !== undefined) {
      if (/[<&](?!amp;|lt;|gt;|quot;|apos;)/.test(text)) throw new Error(`XML: unescaped character in "${text.trim()}"`);
      current.text += unescape(text);
    }
  }
  if (consumed !== xml.length || stack.length !== 1) throw new Error('XML: unclosed element');
  if (root.children.length !== 1) throw new Error('XML: a document has exactly one root element');
  return root.children[0];
}

export function find(element: XmlElement, name: string): XmlElement[] {
  return element.children.flatMap((child) => [...(child.name === name ? [child] : []), ...find(child, name)]);
}
