// People search the library in their own language and rarely type accents or type perfectly: words are cut
// right in Lao and Thai (no spaces), Arabic and Russian, accents and case do not matter, a prefix and a word
// with one typo still find the entry, titles rank above bodies, and the snippet marks the word found.
import { describe, expect, it } from 'vitest';
import {
  createSearchIndex,
  loadSearchIndex,
  SEARCH_INDEX_FORMAT,
  type SearchDocument,
  searchIndex,
  upsert,
} from '../../renderer/library/search/searchIndex';
import { snippet } from '../../renderer/library/search/snippets';
import { foldWord, tokenise } from '../../renderer/library/search/tokens';

const doc = (id: string, language: string, title: string, text: string): SearchDocument => ({
  id,
  language,
  title,
  summary: '',
  text,
  updatedAt: 1,
});

const LIBRARY = [
  doc('lao', 'lo', 'ບົດຮຽນ', 'ການຄ້າມະນຸດແມ່ນອາຊະຍາກຳຮ້າຍແຮງ'),
  doc('thai', 'th', 'บทเรียน', 'การค้ามนุษย์เป็นอาชญากรรมร้ายแรง'),
  doc('arabic', 'ar', 'درس مستفاد', 'تم تحديد الضحايا عند المعبر الحدودي وإحالتهم إلى مأوى آمن'),
  doc('russian', 'ru', 'Урок', 'Пострадавших направили в приют после собеседования с переводчиком'),
  doc('french', 'fr', 'Leçon de Dakar', 'Les réfugiés mineurs ont été accueillis par une équipe spécialisée'),
  doc('english', 'en', 'Shelter referral', 'Interpreters joined the first interview with every survivor'),
  doc('title', 'en', 'Interview guide', 'A short note'),
];

function library() {
  const index = createSearchIndex();
  upsert(index, {}, LIBRARY);
  return index;
}
const ids = (query: string) => searchIndex(library(), query).map((hit) => hit.id);

describe('cutting and folding words', () => {
  it('cuts Lao and Thai written without spaces into words', () => {
    expect(tokenise('ການຄ້າມະນຸດແມ່ນອາຊະຍາກຳ', 'lo')).toEqual(['ການຄ້າ', 'ມະນຸດ', 'ແມ່ນ', 'ອາຊະຍາກຳ']);
    expect(tokenise('การค้ามนุษย์เป็นอาชญากรรม', 'th')).toContain('มนุษย์');
  });

  it('keeps Arabic and Russian words whole', () => {
    expect(tokenise('إحالة الضحايا', 'ar')).toEqual(['إحالة', 'الضحايا']);
    expect(tokenise('Приют, переводчик.', 'ru')).toEqual(['Приют', 'переводчик']);
  });

  it('folds case and accents, and Arabic vowel marks and letter variants', () => {
    expect(foldWord('Réfugiés')).toBe('refugies');
    expect(foldWord('ЁЛКА')).toBe('елка');
    expect(foldWord('إِحالَة')).toBe(foldWord('احاله'));
    // Thai and Lao vowel signs are letters of the word, not accents.
    expect(foldWord('มนุษย์')).toBe('มนุษย์');
  });
});

describe('searching', () => {
  it('finds a Lao, a Thai, an Arabic and a Russian entry by a word inside the body', () => {
    expect(ids('ມະນຸດ')).toEqual(['lao']);
    expect(ids('มนุษย์')).toEqual(['thai']);
    expect(ids('مأوى')).toEqual(['arabic']);
    expect(ids('приют')).toEqual(['russian']);
  });

  it('finds an accented word typed without accents, a prefix and a word with one typo', () => {
    expect(ids('refugies')).toEqual(['french']);
    expect(ids('specialis')).toEqual(['french']);
    expect(ids('interpretrs')).toEqual(['english']);
    expect(ids('переводчиком')).toEqual(['russian']);
  });

  it('needs every word of the query, and ranks a title match first', () => {
    expect(ids('interview')).toEqual(['title', 'english']);
    expect(ids('interview survivor')).toEqual(['english']);
  });

  it('searches the same after the index is saved and loaded', () => {
    const versions: Record<string, number> = {};
    const index = createSearchIndex();
    upsert(index, versions, LIBRARY);
    const loaded = loadSearchIndex({ format: SEARCH_INDEX_FORMAT, index: JSON.stringify(index), versions });
    expect(loaded && searchIndex(loaded, 'refugies').map((hit) => hit.id)).toEqual(['french']);
  });

  it('marks the word found in the snippet, accents and all', () => {
    const [hit] = searchIndex(library(), 'refugies');
    const parts = snippet(LIBRARY[4]?.text ?? '', new Set(hit?.terms), 'fr');
    expect(parts.filter((part) => part.hit).map((part) => part.text)).toEqual(['réfugiés']);
  });
});
