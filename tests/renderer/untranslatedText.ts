// Finds text a person would read that is written into a component instead of coming from a catalog:
// JSX text, string children, and string values of attributes that are read aloud or shown (aria-label,
// title, placeholder, alt, ...). Text without any letter (punctuation, "·", "→") is allowed.
import { parseSync, Visitor } from 'vite';

export const READ_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-placeholder',
  'aria-roledescription',
  'aria-valuetext',
  'title',
  'placeholder',
  'alt',
  'label',
]);

export interface UntranslatedText {
  line: number;
  text: string;
}

const hasLetter = (text: string) => /\p{L}/u.test(text);

interface Node {
  type: string;
  start: number;
  value?: unknown;
  quasis?: Array<{ value: { raw: string } }>;
}

/** The text of a string literal or template literal expression, or null for anything computed. */
function literalText(node: Node | null | undefined): string | null {
  if (!node) return null;
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'TemplateLiteral') return node.quasis?.map((q) => q.value.raw).join('') ?? '';
  return null;
}

export function findUntranslatedText(fileName: string, source: string): UntranslatedText[] {
  const { program, errors } = parseSync(fileName, source);
  if (errors.length > 0) throw new Error(`${fileName} does not parse: ${errors[0]?.message}`);
  const lineOf = (offset: number) => source.slice(0, offset).split('\n').length;
  const found: Array<UntranslatedText & { offset: number }> = [];
  const report = (text: string, offset: number) => {
    // JSX text usually starts with the line break after the tag; point at the words themselves.
    const at = offset + (text.length - text.trimStart().length);
    if (hasLetter(text)) found.push({ offset: at, line: lineOf(at), text: text.trim() });
  };

  new Visitor({
    JSXText(node) {
      report(node.value, node.start);
    },
    JSXElement(node) {
      for (const child of node.children) {
        if (child.type !== 'JSXExpressionContainer') continue;
        const text = literalText(child.expression as Node);
        if (text !== null) report(text, child.start);
      }
    },
    JSXAttribute(node) {
      const name = node.name.type === 'JSXIdentifier' ? node.name.name : '';
      if (!READ_ATTRIBUTES.has(name) || !node.value) return;
      const value = node.value as Node & { expression?: Node };
      const text =
        value.type === 'JSXExpressionContainer' ? literalText(value.expression) : literalText(value);
      if (text !== null) report(text, node.start);
    },
  }).visit(program);
  return found.sort((a, b) => a.offset - b.offset).map(({ line, text }) => ({ line, text }));
}
