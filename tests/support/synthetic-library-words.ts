// Word lists for the synthetic library (synthetic-library.ts): per language, a vocabulary of the community's
// own subject (referral, identification, shelters, borders) so search benchmarks tokenise realistic text.
// Lao and Thai are written without spaces between words, as they are in real documents.

export interface SyntheticLanguage {
  tag: string;
  /** Whether words are written one after another with no space (Lao, Thai): Intl.Segmenter must split them. */
  unspaced: boolean;
  words: readonly string[];
  titles: readonly string[];
}

export const SYNTHETIC_LANGUAGES: readonly SyntheticLanguage[] = [
  {
    tag: 'en',
    unspaced: false,
    words:
      'referral mechanism victim identification shelter labour inspection border guard prosecutor training curriculum case management interpreter survivor trafficking smuggling migrant child guardian hotline outreach recruitment agency debt bondage fishing vessel domestic work factory consultation ministry coordination regional network evidence witness protection compensation reintegration'.split(
        ' ',
      ),
    titles: ['Lessons from', 'Good practice:', 'What worked in', 'Review of', 'Notes on'],
  },
  {
    tag: 'fr',
    unspaced: false,
    words:
      "orientation victime identification hébergement inspection du travail frontière procureur formation gestion des cas interprète survivant traite passeurs migrant enfant tuteur ligne d'écoute recrutement servitude pêche travail domestique coopération ministère réseau régional preuve témoin indemnisation réinsertion sécurité éducatrice".split(
        ' ',
      ),
    titles: ['Leçons de', 'Bonne pratique :', 'Ce qui a marché à', 'Revue de', 'Notes sur'],
  },
  {
    tag: 'es',
    unspaced: false,
    words:
      'derivación víctima identificación albergue inspección laboral frontera fiscal capacitación gestión de casos intérprete sobreviviente trata tráfico migrante niña niño tutor línea de ayuda reclutamiento servidumbre pesca trabajo doméstico coordinación ministerio red regional prueba testigo protección reparación reintegración'.split(
        ' ',
      ),
    titles: ['Lecciones de', 'Buena práctica:', 'Lo que funcionó en', 'Revisión de', 'Notas sobre'],
  },
  {
    tag: 'pt',
    unspaced: false,
    words:
      'encaminhamento vítima identificação abrigo inspeção do trabalho fronteira procurador formação gestão de casos intérprete sobrevivente tráfico contrabando migrante criança tutor linha de apoio recrutamento servidão pesca trabalho doméstico coordenação ministério rede regional prova testemunha proteção reparação reintegração'.split(
        ' ',
      ),
    titles: ['Lições de', 'Boa prática:', 'O que funcionou em', 'Revisão de', 'Notas sobre'],
  },
  {
    tag: 'ru',
    unspaced: false,
    words:
      'перенаправление жертва идентификация приют трудовая инспекция граница прокурор обучение ведение случаев переводчик пострадавший торговля людьми незаконный ввоз мигрант ребёнок опекун горячая линия вербовка долговая кабала рыболовство домашний труд координация министерство региональная сеть доказательства свидетель защита компенсация реинтеграция'.split(
        ' ',
      ),
    titles: ['Уроки из', 'Хорошая практика:', 'Что сработало в', 'Обзор', 'Заметки о'],
  },
  {
    tag: 'ar',
    unspaced: false,
    words:
      'الإحالة الضحية تحديد الهوية المأوى تفتيش العمل الحدود النيابة التدريب إدارة الحالات مترجم الناجين الاتجار بالبشر تهريب المهاجرين مهاجر الطفل الوصي خط المساعدة التجنيد عبودية الدين الصيد العمل المنزلي التنسيق الوزارة الشبكة الإقليمية الأدلة الشاهد الحماية التعويض إعادة الإدماج'.split(
        ' ',
      ),
    titles: ['دروس من', 'ممارسة جيدة:', 'ما نجح في', 'مراجعة', 'ملاحظات حول'],
  },
  {
    tag: 'lo',
    unspaced: true,
    words: [
      'ການສົ່ງຕໍ່',
      'ຜູ້ເຄາະຮ້າຍ',
      'ການກໍານົດ',
      'ທີ່ພັກອາໄສ',
      'ຊາຍແດນ',
      'ການຝຶກອົບຮົມ',
      'ການຄ້າມະນຸດ',
      'ແຮງງານ',
      'ເດັກນ້ອຍ',
      'ຄອບຄົວ',
      'ຕໍາຫຼວດ',
      'ອົງການ',
      'ບ້ານ',
      'ແຂວງ',
      'ການຮ່ວມມື',
      'ການປົກປ້ອງ',
    ],
    titles: ['ບົດຮຽນຈາກ', 'ການປະຕິບັດທີ່ດີ', 'ບັນທຶກ'],
  },
  {
    tag: 'th',
    unspaced: true,
    words: [
      'การส่งต่อ',
      'ผู้เสียหาย',
      'การคัดแยก',
      'สถานคุ้มครอง',
      'ชายแดน',
      'การฝึกอบรม',
      'การค้ามนุษย์',
      'แรงงาน',
      'เด็ก',
      'ครอบครัว',
      'ตำรวจ',
      'ประมง',
      'หมู่บ้าน',
      'จังหวัด',
      'ความร่วมมือ',
      'การคุ้มครอง',
    ],
    titles: ['บทเรียนจาก', 'แนวปฏิบัติที่ดี', 'บันทึก'],
  },
];

/** Countries (ISO 3166-1 alpha-2) with the region a team would file them under. */
export const SYNTHETIC_COUNTRIES: ReadonlyArray<readonly [string, string]> = [
  ['LA', 'South-East Asia'],
  ['TH', 'South-East Asia'],
  ['KH', 'South-East Asia'],
  ['VN', 'South-East Asia'],
  ['NP', 'South Asia'],
  ['BD', 'South Asia'],
  ['PK', 'South Asia'],
  ['MA', 'North Africa'],
  ['TN', 'North Africa'],
  ['EG', 'North Africa'],
  ['JO', 'Middle East'],
  ['LB', 'Middle East'],
  ['IQ', 'Middle East'],
  ['NG', 'West Africa'],
  ['SN', 'West Africa'],
  ['CI', 'West Africa'],
  ['KE', 'East Africa'],
  ['ET', 'East Africa'],
  ['UZ', 'Central Asia'],
  ['KG', 'Central Asia'],
  ['KZ', 'Central Asia'],
  ['MD', 'Eastern Europe'],
  ['UA', 'Eastern Europe'],
  ['MX', 'Central America'],
  ['GT', 'Central America'],
  ['CO', 'South America'],
  ['PE', 'South America'],
  ['BR', 'South America'],
  ['MZ', 'Southern Africa'],
  ['AO', 'Southern Africa'],
];

export const SYNTHETIC_TAGS: readonly string[] = [
  'referral',
  'identification',
  'shelters',
  'labour',
  'fisheries',
  'online',
  'children',
  'border',
  'prosecution',
  'compensation',
  'interpreters',
  'data',
  'hotline',
  'reintegration',
  'recruitment',
  'forced-marriage',
];
