// Rules for contact details, identity documents and exact addresses. A phone number needs an international
// prefix, a leading 0 with 9-11 digits, or a phone word before it; an ID number needs a document word before
// it (or the passport shape AB1234567); an address needs a street word and a house number. So years, date
// ranges, statistics and article numbers stay quiet.
import { DIGIT, digitsOf, WORD_END, WORD_START } from './patterns';
import type { PersonalDataRule } from './rule';

const PHONE_WORDS =
  /(?:tel|tél|phone|mobile|cell|whatsapp|viber|telegram|signal|call|téléphone|portable|teléfono|celular|móvil|telefone|тел|телефон|моб|номер|هاتف|الهاتف|جوال|الجوال|موبايل|واتساب|رقم)[^\p{L}\p{N}]{0,3}(?:\p{L}+[^\p{L}\p{N}]{1,3}){0,2}$/iu;

const DATE_SHAPE = /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$/;

function looksLikePhone(hit: string, text: string, index: number): boolean {
  const digits = digitsOf(hit);
  if (digits.length < 8 || digits.length > 15) return false;
  if (DATE_SHAPE.test(hit.trim())) return false;
  if (/^(?:\+|00)/.test(hit)) return true;
  if (/^[0\u0660\u06F0]/.test(hit) && digits.length >= 9 && digits.length <= 11) return true;
  return PHONE_WORDS.test(text.slice(Math.max(0, index - 24), index));
}

const ID_WORDS = [
  // English
  'passport',
  'passport number',
  'id card',
  'identity card',
  'national id',
  'id number',
  'id',
  'birth certificate',
  'residence permit',
  'work permit',
  // French
  'passeport',
  "carte d'identité",
  'carte nationale',
  'cni',
  "pièce d'identité",
  'titre de séjour',
  // Spanish and Portuguese
  'pasaporte',
  'dni',
  'cédula',
  'nie',
  'documento de identidad',
  'curp',
  'passaporte',
  'cpf',
  'bilhete de identidade',
  // Russian
  'паспорт',
  'паспорта',
  'паспорте',
  'паспортом',
  'удостоверение личности',
  'удостоверения личности',
  'инн',
  'снилс',
  'свидетельство о рождении',
  // Arabic
  'جواز السفر',
  'جواز سفر',
  'جواز',
  'بطاقة الهوية',
  'بطاقة التعريف',
  'البطاقة الوطنية',
  'الرقم الوطني',
  'رقم الهوية',
  'الهوية',
]
  // Written as people write them: lower case, capitalised, all capitals (the number itself stays case-exact).
  .flatMap((word) => [word, word.charAt(0).toLocaleUpperCase() + word.slice(1), word.toLocaleUpperCase()])
  .sort((a, b) => b.length - a.length)
  .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
  .join('|');

const NUMBER_WORDS =
  '(?:no|No|NO|nr|number|Number|num|numéro|número|nº|n°|№|номер|серия|серии|رقم|رقمه|رقمها)';
const FILLER = `[\\s:#№°º.\\-]*(?:${NUMBER_WORDS}\\.?[\\s:#№°º.\\-]*)?`;
// AB1234567, 45 06 123456, and the French passport's 12AB34567.
const ID_VALUE = `(?<value>${DIGIT}{2}[A-Z]{2}${DIGIT}{5}|[A-Z]{0,3}[ \\-]?${DIGIT}{2,}(?:[ \\-]?${DIGIT}{2,}){0,3})`;

/** An ID needs six digits at least, and is not just years ("ID 2019 2020"). */
function looksLikeIdNumber(hit: string): boolean {
  if (digitsOf(hit).length < 6) return false;
  const groups = hit.split(/[ -]/).filter(Boolean);
  return !groups.every((group) => /^(?:19|20)\d\d$/.test(group));
}

const address = (language: string, source: string, flags = 'gdu'): PersonalDataRule => ({
  kind: 'address',
  language,
  pattern: new RegExp(`${WORD_START}${source}`, flags),
});

const CAPITALISED = "\\p{Lu}[\\p{L}\\p{M}'’-]+";
const HOUSE = `${DIGIT}{1,5}(?:\\s?[A-Za-z](?![\\p{L}]))?`;

export const NUMBER_AND_PLACE_RULES: PersonalDataRule[] = [
  {
    kind: 'email',
    language: '*',
    pattern: /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/dgu,
  },
  {
    kind: 'id-number',
    language: '*',
    pattern: new RegExp(`${WORD_START}(?:${ID_WORDS})${WORD_END}${FILLER}${ID_VALUE}${WORD_END}`, 'gdu'),
    span: 'value',
    accept: looksLikeIdNumber,
  },
  { kind: 'id-number', language: '*', pattern: /(?<![\p{L}\p{N}])[A-Z]{1,2}\d{7,8}(?![\p{L}\p{N}])/dgu },
  {
    kind: 'phone',
    language: '*',
    pattern: new RegExp(
      `(?<![\\p{L}\\p{N}+])(?:\\+|00)?\\(?${DIGIT}{1,4}\\)?(?:[ .\\-]?\\(?${DIGIT}{1,5}\\)?){1,5}${WORD_END}`,
      'gdu',
    ),
    accept: looksLikePhone,
  },
  // English: 12 Sukhumvit Road, 4B Baker Street
  address(
    'en',
    `${HOUSE},?\\s+(?:${CAPITALISED}\\s+){1,3}(?:Street|St\\.|Road|Rd\\.|Avenue|Ave\\.|Lane|Boulevard|Blvd\\.?|Drive|Soi)${WORD_END}`,
  ),
  // French: 12 rue de la Paix, 5 bis, avenue Mohammed V
  address(
    'fr',
    `${HOUSE}(?:\\s?(?:bis|ter))?,?\\s+(?:rue|avenue|boulevard|bd|impasse|allée|chemin|place|quai|route)\\s+(?:(?:de|du|des|la|le|l'|d')\\s*){0,2}${CAPITALISED}`,
  ),
  // Spanish and Portuguese: Calle Reforma 123, Calle 45 # 12-30, Rua das Flores, 120
  address(
    'es',
    `(?:Calle|Avenida|Av\\.|Carrera|Cra\\.|Jirón|Jr\\.|Pasaje|Rua|Travessa)\\s+(?:(?:de|del|la|las|los|das|dos|da)\\s+){0,2}(?:${CAPITALISED}\\s+){0,3}(?:${CAPITALISED}|${DIGIT}{1,3}),?\\s*(?:#|No\\.?|Nº|n\\.?º)?\\s*${DIGIT}{1,5}(?:-${DIGIT}{1,3})?`,
  ),
  // Russian: ул. Ленина, д. 5; улица Мира 12, кв. 3
  address(
    'ru',
    `(?:ул\\.|улица|улице|пр-т|проспект|пер\\.|переулок|бульвар|б-р)\\s*${CAPITALISED}(?:\\s+${CAPITALISED})?,?\\s*(?:д\\.|дом)?\\s*${DIGIT}{1,4}(?:\\s*,?\\s*кв\\.\\s*${DIGIT}{1,4})?`,
  ),
  // Arabic: شارع الحرية رقم 12, زنقة ..., نهج ...
  address(
    'ar',
    `(?:شارع|زنقة|نهج|حي|عمارة)\\s+(?:\\p{Script=Arabic}+\\s+){1,3}(?:رقم\\s*)?${DIGIT}{1,4}${WORD_END}`,
  ),
];
