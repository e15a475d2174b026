// The shape of one demo lesson or good practice, and how it becomes an index entry and a body: headings in the
// entry's own language (they are content, like the text under them), one paragraph per section in the order
// of the kind's template (a lesson: context, what happened, what worked and what did not, recommendation,
// evidence; a good practice: context, the practice, results, how to replicate it, resources).
import type { DocumentStatus, Sensitivity } from '../../../shared/documents';
import type { DocumentKind, WorkStream } from '../../../shared/vocabulary';
import type { BodyBlock } from '../model/documentBody';
import type { NewDocumentInput } from '../model/libraryDocuments';

export interface DemoEntry {
  /** Stable within the demo: the document id is `demo-<slug>`, so seeding twice never duplicates. */
  slug: string;
  title: string;
  kind: Extract<DocumentKind, 'lesson' | 'good-practice' | 'guideline' | 'curriculum'>;
  countries: string[];
  region: string;
  workStreams: WorkStream[];
  language: keyof typeof HEADINGS;
  tags: string[];
  status: DocumentStatus;
  sensitivity: Sensitivity;
  /** When it was written: year and month. */
  written: [number, number];
  /** One paragraph per section of the kind's template, in order. */
  sections: [string, string, string, string, string];
}

type Headings = [string, string, string, string, string];

/** Section headings per language: lessons first, good practices (and guidelines, curricula) second. */
const HEADINGS: Record<string, { lesson: Headings; practice: Headings }> = {
  en: {
    lesson: ['Context', 'What happened', 'What worked and what did not', 'Recommendation', 'Evidence'],
    practice: ['Context', 'The practice', 'Results', 'How to replicate it', 'Resources'],
  },
  fr: {
    lesson: [
      'Contexte',
      "Ce qui s'est passé",
      "Ce qui a marché et ce qui n'a pas marché",
      'Recommandation',
      'Éléments de preuve',
    ],
    practice: ['Contexte', 'La pratique', 'Résultats', 'Comment la reproduire', 'Ressources'],
  },
  es: {
    lesson: ['Contexto', 'Qué pasó', 'Qué funcionó y qué no', 'Recomendación', 'Evidencia'],
    practice: ['Contexto', 'La práctica', 'Resultados', 'Cómo replicarla', 'Recursos'],
  },
  pt: {
    lesson: ['Contexto', 'O que aconteceu', 'O que funcionou e o que não', 'Recomendação', 'Evidências'],
    practice: ['Contexto', 'A prática', 'Resultados', 'Como replicar', 'Recursos'],
  },
  ru: {
    lesson: ['Контекст', 'Что произошло', 'Что сработало и что нет', 'Рекомендация', 'Подтверждение'],
    practice: ['Контекст', 'Практика', 'Результаты', 'Как повторить', 'Ресурсы'],
  },
  ar: {
    lesson: ['السياق', 'ما الذي حدث', 'ما الذي نجح وما الذي لم ينجح', 'التوصية', 'الأدلة'],
    practice: ['السياق', 'الممارسة', 'النتائج', 'كيفية تكرارها', 'الموارد'],
  },
  lo: {
    lesson: ['ສະພາບການ', 'ສິ່ງທີ່ເກີດຂຶ້ນ', 'ສິ່ງທີ່ໄດ້ຜົນ ແລະ ບໍ່ໄດ້ຜົນ', 'ຂໍ້ສະເໜີແນະ', 'ຫຼັກຖານ'],
    practice: ['ສະພາບການ', 'ການປະຕິບັດ', 'ຜົນໄດ້ຮັບ', 'ວິທີນຳໃຊ້ຄືນ', 'ແຫຼ່ງຂໍ້ມູນ'],
  },
};

export const demoDocumentId = (entry: Pick<DemoEntry, 'slug'>) => `demo-${entry.slug}`;

/** The entry's body: each section a heading and its paragraph. */
export function demoBody(entry: DemoEntry): BodyBlock[] {
  const headings = HEADINGS[entry.language] ?? HEADINGS.en;
  const titles = entry.kind === 'lesson' ? headings?.lesson : headings?.practice;
  return entry.sections.flatMap((text, index): BodyBlock[] => [
    { type: 'heading', text: titles?.[index] ?? '' },
    { type: 'paragraph', text },
  ]);
}

/** The body's plain text as search reads it (headings and paragraphs, one per line). */
export const demoPlainText = (entry: DemoEntry): string =>
  demoBody(entry)
    .map((block) => ('text' in block ? block.text : block.items.join('\n')))
    .join('\n');

/** The index entry's metadata (summary and text come from the built body). */
export function demoMetadata(entry: DemoEntry): NewDocumentInput {
  const [year, month] = entry.written;
  const createdAt = Date.UTC(year, month - 1, 10);
  return {
    title: entry.title,
    kind: entry.kind,
    countries: entry.countries,
    region: entry.region,
    workStreams: entry.workStreams,
    language: entry.language,
    tags: entry.tags,
    status: entry.status,
    sensitivity: entry.sensitivity,
    createdAt,
  };
}

/** The list's one-line summary: a lesson's recommendation, a practice's description, else the first section. */
export function demoSummary(entry: DemoEntry): string {
  const section = entry.kind === 'lesson' ? 3 : entry.kind === 'good-practice' ? 1 : 0;
  return entry.sections[section];
}
