// Word puts lists on the clipboard as styled paragraphs (`<p style="mso-list:l0 level2 lfo1">` with the bullet or
// number typed out in a `mso-list:Ignore` span), not as <ol>/<ul>; this rewrites them as real nested HTML lists,
// and Word's heading paragraph styles as headings, so the editor's ordinary HTML import keeps their structure.

const LIST_STYLE = /mso-list:\s*l\d+\s+level(\d+)/i;
const MARKER_STYLE = /mso-list:\s*ignore/i;
const NUMBERED_MARKER = /^\(?[A-Za-z0-9]{1,6}[.)]$/;
const HEADING_CLASS = /^Mso(?:Heading([1-6])|(Title)|(Subtitle))$/;

/** True when the clipboard's HTML came from Microsoft Word. */
export function isFromWord(html: string): boolean {
  return (
    /<meta[^>]+content=["']?(?:Microsoft Word|Word\.Document)/i.test(html) || /class=["']?Mso/i.test(html)
  );
}

function listLevel(element: Element): number | null {
  if (element.tagName !== 'P') return null;
  const match = (element.getAttribute('style') ?? '').match(LIST_STYLE);
  return match ? Number(match[1]) : null;
}

/** Removes the typed-out bullet or number and returns it ("1.", "·", "a)"). */
function takeMarker(paragraph: Element): string {
  const marker = Array.from(paragraph.querySelectorAll('span')).find((span) =>
    MARKER_STYLE.test(span.getAttribute('style') ?? ''),
  );
  if (!marker) return '';
  const text = (marker.firstChild?.textContent ?? marker.textContent ?? '').trim();
  // The marker sits in wrapper spans that hold nothing else (the bullet's font); drop them too.
  let outer: Element = marker;
  while (
    outer.parentElement &&
    outer.parentElement !== paragraph &&
    outer.parentElement.childNodes.length === 1
  )
    outer = outer.parentElement;
  outer.remove();
  return text;
}

/** Rewrites one run of consecutive list paragraphs as a nested list in place of the run. */
function rewriteRun(first: Element, run: Element[]): void {
  const document = first.ownerDocument;
  const stack: { level: number; list: HTMLElement }[] = [];
  let root: HTMLElement | null = null;
  for (const paragraph of run) {
    const level = listLevel(paragraph) ?? 1;
    const tag = NUMBERED_MARKER.test(takeMarker(paragraph)) ? 'ol' : 'ul';
    // The run's first list stays its root even if a later item sits shallower than the first one did.
    while (stack.length > 1 && (stack.at(-1)?.level ?? 0) > level) stack.pop();
    let current = stack.at(-1);
    if (!current || current.level < level) {
      const list = document.createElement(tag);
      // A deeper list belongs to the item above it, as in any HTML list.
      if (current)
        (current.list.lastElementChild ?? current.list.appendChild(document.createElement('li'))).appendChild(
          list,
        );
      else root = list;
      current = { level, list };
      stack.push(current);
    }
    const item = document.createElement('li');
    item.append(...Array.from(paragraph.childNodes));
    current.list.appendChild(item);
  }
  if (root) first.replaceWith(root);
  for (const paragraph of run) if (paragraph !== first) paragraph.remove();
}

/** Turns Word's list paragraphs and heading styles in `document` into the HTML elements they stand for. */
export function normaliseWordHtml(document: Document): void {
  for (const paragraph of Array.from(document.querySelectorAll('p[class]'))) {
    const heading = paragraph.className.match(HEADING_CLASS);
    if (!heading) continue;
    const level = heading[1] ?? (heading[2] ? '1' : '2');
    const replacement = document.createElement(`h${level}`);
    replacement.append(...Array.from(paragraph.childNodes));
    paragraph.replaceWith(replacement);
  }
  const seen = new Set<Element>();
  for (const paragraph of Array.from(document.querySelectorAll('p[style*="mso-list"]'))) {
    if (seen.has(paragraph) || listLevel(paragraph) === null) continue;
    const run: Element[] = [];
    for (let at: Element | null = paragraph; at && listLevel(at) !== null; at = at.nextElementSibling) {
      run.push(at);
      seen.add(at);
    }
    rewriteRun(paragraph, run);
  }
}
