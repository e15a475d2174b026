// The personal-data rules, language by language: each fires on a phone number, a passport number, a name with
// an age ("Maria, 16, from …" and its equivalents), an e-mail and an exact address, and stays quiet on an
// ordinary lesson full of dates, years, article numbers and statistics.
import { describe, expect, it } from 'vitest';
import {
  findPersonalData,
  initialsOf,
  type PersonalDataKind,
  replacementFor,
} from '../../renderer/library/privacy/personalData';

interface LanguageCase {
  language: string;
  phone: [string, string];
  passport: [string, string];
  nameWithAge: [string, string];
  address: [string, string];
  ordinaryLesson: string;
}

const CASES: LanguageCase[] = [
  {
    language: 'en',
    phone: ['You can reach her on +856 20 5555 1234 after work.', '+856 20 5555 1234'],
    passport: ['The broker kept her passport no. AB1234567 for two years.', 'AB1234567'],
    nameWithAge: ['Maria, 16, from Savannakhet was recruited online.', 'Maria'],
    address: ['She was found at 14 Sukhumvit Road in March.', '14 Sukhumvit Road'],
    ordinaryLesson:
      'In 2019, the task force reviewed 312 cases under Article 5(2) of the 2008 Law. Between 2018-2022 referrals rose by 45%, and 1 200 000 workers were reached by the hotline 1300. On 12.03.2021 the NRM met in Vientiane; Laos (12), Thailand (9) and Cambodia (7) shared data. Children aged 12-17 made up a third. Decree No. 2019/123 sets the procedure; see Section 4, 12, and Annex B.',
  },
  {
    language: 'fr',
    phone: ['Son numéro : tél. 77 123 45 67, joignable le soir.', '77 123 45 67'],
    passport: ['Le recruteur a gardé son passeport n° 18AB34567.', '18AB34567'],
    nameWithAge: ['Aminata, 16 ans, originaire de Kolda, a été placée comme domestique.', 'Aminata'],
    address: ['Elle logeait au 12 rue de la Paix depuis un an.', '12 rue de la Paix'],
    ordinaryLesson:
      "En 2020, la cellule a traité 214 dossiers au titre de l'article 12 de la loi n° 2010-03. Entre 2017 et 2021, les signalements ont augmenté de 30 %. Le 5 mars 2021, le comité s'est réuni à Dakar ; 1 500 enfants talibés ont été recensés. Le numéro vert 116 reste gratuit.",
  },
  {
    language: 'es',
    phone: ['Su teléfono es 55 1234 5678, dijo la fiscal.', '55 1234 5678'],
    passport: ['El empleador retuvo su pasaporte número G12345678.', 'G12345678'],
    nameWithAge: ['María, de 16 años, llegó a Tapachula en 2022.', 'María'],
    address: ['La casa estaba en Calle Reforma 123, cerca del mercado.', 'Calle Reforma 123'],
    ordinaryLesson:
      'En 2021 la mesa interinstitucional revisó 180 casos conforme al artículo 10 de la Ley 985 de 2005. Entre 2018 y 2022 las derivaciones crecieron un 40 %. El 14/07/2021 se aprobó el protocolo; la línea 155 atendió 3 400 llamadas. Participaron 25 fiscales y 12 jueces.',
  },
  {
    language: 'ru',
    phone: ['Её телефон: 8 912 345-67-89, звонить вечером.', '8 912 345-67-89'],
    passport: ['Работодатель забрал паспорт серии 45 06 123456.', '45 06 123456'],
    nameWithAge: ['Мария, 16 лет, из Кишинёва, уехала по объявлению.', 'Мария'],
    address: ['Её нашли по адресу ул. Ленина, д. 5 в апреле.', 'ул. Ленина, д. 5'],
    ordinaryLesson:
      'В 2020 году рабочая группа рассмотрела 126 дел по статье 127.1 Уголовного кодекса. С 2017 по 2021 год число обращений выросло на 35 %. 12.04.2021 в Бишкеке прошло совещание; горячая линия 189 приняла 2 300 звонков. В обучении участвовали 40 инспекторов и 15 прокуроров.',
  },
  {
    language: 'ar',
    phone: ['يمكن الاتصال بها على الهاتف 0612345678 مساءً.', '0612345678'],
    passport: ['احتفظ صاحب العمل بجواز السفر رقم AB1234567 لمدة عامين.', 'AB1234567'],
    nameWithAge: ['قالت مريم، 16 عاماً، إنها جاءت من الحسيمة للعمل.', 'مريم'],
    address: ['كانت تقيم في شارع الحرية رقم 12 منذ سنة.', 'شارع الحرية رقم 12'],
    ordinaryLesson:
      'في عام 2020 راجعت اللجنة الوطنية 240 حالة وفقاً للمادة 5 من القانون رقم 27.14. وبين 2018 و2022 ارتفعت الإحالات بنسبة 35%. وفي 12/03/2021 اجتمعت الآلية في الرباط، وتلقى الخط الأخضر 1000 مكالمة. شارك 30 مفتشاً و12 قاضياً في التدريب.',
  },
];

const kindsIn = (text: string): PersonalDataKind[] => findPersonalData(text).map((match) => match.kind);
const textsOf = (text: string, kind: PersonalDataKind) =>
  findPersonalData(text)
    .filter((match) => match.kind === kind)
    .map((match) => match.text);

for (const sample of CASES) {
  describe(`personal data in ${sample.language}`, () => {
    it('finds a phone number', () => {
      expect(textsOf(sample.phone[0], 'phone')).toEqual([sample.phone[1]]);
    });
    it('finds a passport number', () => {
      expect(textsOf(sample.passport[0], 'id-number')).toEqual([sample.passport[1]]);
    });
    it('finds a name given with an age, and only the name', () => {
      expect(textsOf(sample.nameWithAge[0], 'name-with-age')).toEqual([sample.nameWithAge[1]]);
    });
    it('finds an exact address', () => {
      expect(textsOf(sample.address[0], 'address')).toEqual([sample.address[1]]);
    });
    it('finds nothing in an ordinary lesson with dates, years, articles and statistics', () => {
      expect(findPersonalData(sample.ordinaryLesson)).toEqual([]);
    });
  });
}

describe('personal data in any language', () => {
  it('finds "Maria, 16, from …" and later mentions of the same person', () => {
    const text = 'Maria, 16, from Savannakhet, left in May. Later Maria told the social worker everything.';
    expect(findPersonalData(text).map((match) => [match.kind, match.text])).toEqual([
      ['name-with-age', 'Maria'],
      ['name', 'Maria'],
    ]);
  });
  it('finds e-mail addresses and Arabic-Indic phone digits', () => {
    expect(kindsIn('Write to maria.lopez@example.org')).toEqual(['email']);
    expect(textsOf('رقم الهاتف ٠٦١٢٣٤٥٦٧٨', 'phone')).toEqual(['٠٦١٢٣٤٥٦٧٨']);
  });
  it('does not take a country or a heading word for a name', () => {
    expect(findPersonalData('Laos (12), Thailand (9). Article (5). Then (3)')).toEqual([]);
  });
});

describe('replacements', () => {
  it('turns a name into initials in its own script', () => {
    expect(initialsOf('Maria Lopez')).toBe('M. L.');
    expect(initialsOf('María de la Cruz')).toBe('M. C.');
    expect(initialsOf('Мария')).toBe('М.');
    expect(initialsOf('مريم')).toBe('م.');
  });
  it('writes placeholders in the document language', () => {
    const [phone] = findPersonalData('+856 20 5555 1234');
    if (!phone) throw new Error('no phone found');
    expect(replacementFor(phone, 'initials', 'fr')).toBe('[numéro de téléphone]');
    expect(replacementFor(phone, 'placeholder', 'ru')).toBe('[телефон]');
    expect(replacementFor(phone, 'placeholder', 'lo')).toBe('[phone number]');
  });
});
