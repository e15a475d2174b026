// Benchmark: open and type in a 100-page (about 50,000 words) draft, headless Lexical bound to Yjs exactly as
// the live editor is. Prints figures for `npm run bench`; never a pass/fail test.
import { $createParagraphNode, $createTextNode, $getRoot, $isElementNode, $isTextNode } from 'lexical';
import * as Y from 'yjs';
import { exportDocx } from '../../renderer/drafts/export/exportDocx';
import { englishProvisionLabel } from '../../renderer/drafts/legislation/numbering';
import { $createProvisionHeadingNode } from '../../renderer/drafts/legislation/ProvisionHeadingNode';
import { bindHeadlessEditor } from '../drafts/collaborationHarness';
import type { Figure as BenchFigure } from './results';

export type { Figure as BenchFigure } from './results';

const WORDS =
  'victims referral shelter protection officer border identification cooperation training law'.split(' ');
const PARAGRAPHS = 1000;
const WORDS_PER_PARAGRAPH = 50;
const KEYSTROKES = 300;

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function paragraphText(index: number): string {
  return Array.from({ length: WORDS_PER_PARAGRAPH }, (_, w) => WORDS[(index * 7 + w) % WORDS.length]).join(
    ' ',
  );
}

export async function runEditorBench(): Promise<BenchFigure[]> {
  const author = bindHeadlessEditor();
  let started = performance.now();
  author.editor.update(
    () => {
      const root = $getRoot();
      for (let i = 0; i < PARAGRAPHS; i++) {
        if (i % 10 === 0)
          root.append($createProvisionHeadingNode('article').append($createTextNode(`Provision ${i / 10}`)));
        root.append($createParagraphNode().append($createTextNode(paragraphText(i))));
      }
    },
    { discrete: true },
  );
  const writeMs = performance.now() - started;
  const state = Y.encodeStateAsUpdate(author.doc);

  // Opening: a fresh client receives the whole document and renders it into its editor.
  const reader = bindHeadlessEditor(new Y.Doc());
  started = performance.now();
  Y.applyUpdate(reader.doc, state);
  await settle();
  const openMs = performance.now() - started;
  const blocks = reader.editor.getEditorState().read(() => $getRoot().getChildrenSize());

  // Typing: one character per update in the middle of the draft, each synced to Yjs as the live editor does.
  const timings: number[] = [];
  for (let i = 0; i < KEYSTROKES; i++) {
    const keystroke = performance.now();
    reader.editor.update(
      () => {
        const middle = $getRoot().getChildAtIndex(Math.floor(blocks / 2));
        const text = $isElementNode(middle) ? middle.getLastChild() : null;
        if ($isTextNode(text)) text.setTextContent(`${text.getTextContent()}x`);
      },
      { discrete: true },
    );
    timings.push(performance.now() - keystroke);
  }
  timings.sort((a, b) => a - b);
  const mean = timings.reduce((sum, t) => sum + t, 0) / timings.length;
  const p95 = timings[Math.floor(timings.length * 0.95)] ?? 0;

  started = performance.now();
  const docx = await exportDocx(reader.editor.getEditorState().toJSON(), englishProvisionLabel);
  const exportMs = performance.now() - started;

  return [
    { name: 'editor: words in the draft', unit: 'words', value: PARAGRAPHS * WORDS_PER_PARAGRAPH },
    { name: 'editor: write the draft into Yjs', unit: 'ms', value: writeMs },
    { name: 'editor: Yjs state size', unit: 'KiB', value: state.byteLength / 1024 },
    { name: 'editor: open the draft from Yjs', unit: 'ms', value: openMs },
    { name: 'editor: blocks after opening', unit: 'blocks', value: blocks },
    { name: 'editor: keystroke, mean', unit: 'ms', value: mean },
    { name: 'editor: keystroke, 95th percentile', unit: 'ms', value: p95 },
    { name: 'editor: DOCX export', unit: 'ms', value: exportMs },
    { name: 'editor: DOCX size', unit: 'KiB', value: docx.byteLength / 1024 },
  ];
}

// Run directly (`npx tsx tests/bench/editor-open-type.ts` or the built bundle) to print the figures.
if (import.meta.url === `file://${process.argv[1]}`) {
  for (const figure of await runEditorBench())
    console.log(`${figure.name}: ${figure.value.toFixed(1)} ${figure.unit}`);
}
