// Rules for a person named together with their age, per language: "Maria, 16, from …", "Maria (16)",
// "Marie, 16 ans", "María, de 16 años", "Мария, 16 лет", "مريم، 16 عاماً". Only the name is the match: it is
// what gets replaced by initials, the age stays. Each needs an age word or a telling next word, so a list of
// counts ("Laos, 12, Thailand, 9") or an article number does not fire.

import { AGE, ARABIC_NAME, NAME, WORD_END, WORD_START } from './patterns';
import type { PersonalDataRule } from './rule';

const rule = (language: string, source: string): PersonalDataRule => ({
  kind: 'name-with-age',
  language,
  pattern: new RegExp(`${WORD_START}${source}`, 'gdu'),
  span: 'name',
});

const COMMA = '\\s*[,،]\\s*';

export const NAME_WITH_AGE_RULES: PersonalDataRule[] = [
  // English
  rule(
    'en',
    `${NAME}${COMMA}${AGE}${COMMA}(?:from|who|was|is|had|has|a|an|the|and|lived|living|arrived|worked|told|said|originally|now)${WORD_END}`,
  ),
  rule('en', `${NAME}\\s*\\(\\s*${AGE}\\s*\\)`),
  rule('en', `${NAME}${COMMA}(?:aged|age)\\s+${AGE}${WORD_END}`),
  rule('en', `${NAME}${COMMA}(?:an?\\s+)?${AGE}[-\\s]years?[-\\s]old`),
  rule('en', `${AGE}[-\\s]years?[-\\s]old\\s+${NAME}`),
  // French
  rule('fr', `${NAME}${COMMA}(?:âgée?\\s+de\\s+)?${AGE}\\s*ans${WORD_END}`),
  rule('fr', `${NAME}\\s*\\(\\s*${AGE}\\s*ans\\s*\\)`),
  rule('fr', `${NAME}${COMMA}${AGE}${COMMA}(?:originaire|venue?|qui|était|a|de|du|des|arrivée?)${WORD_END}`),
  // Spanish
  rule('es', `${NAME}${COMMA}(?:de\\s+)?${AGE}\\s*años${WORD_END}`),
  rule('es', `${NAME}\\s*\\(\\s*${AGE}\\s*años\\s*\\)`),
  rule(
    'es',
    `${NAME}${COMMA}(?:una?\\s+)?(?:niña|niño|joven|mujer|hombre|adolescente)\\s+de\\s+${AGE}\\s+años`,
  ),
  rule('es', `${NAME}${COMMA}${AGE}${COMMA}(?:originaria|originario|quien|que|era|fue|llegó|de)${WORD_END}`),
  // Portuguese
  rule('pt', `${NAME}${COMMA}(?:de\\s+)?${AGE}\\s*anos${WORD_END}`),
  // Russian
  rule('ru', `${NAME}${COMMA}${AGE}\\s*(?:лет|год|года)${WORD_END}`),
  rule('ru', `${NAME}\\s*\\(\\s*${AGE}\\s*(?:лет|год|года)?\\s*\\)`),
  rule('ru', `${AGE}-?летн(?:яя|ий|его|юю|ей|ему|им)\\s+${NAME}`),
  rule('ru', `${NAME}${COMMA}${AGE}${COMMA}(?:из|родом|которая|который|была|был)${WORD_END}`),
  // Arabic: no capitals to find a name by, so the age words carry the rule.
  {
    ...rule('ar', `${ARABIC_NAME}${COMMA}${AGE}\\s*(?:عامًا|عاماً|عاما|عام|سنة|سنوات|سنين)${WORD_END}`),
    arabicName: true,
  },
  {
    ...rule('ar', `${ARABIC_NAME}\\s+(?:البالغة|البالغ)\\s+من\\s+العمر\\s+${AGE}`),
    arabicName: true,
  },
  {
    ...rule('ar', `${ARABIC_NAME}\\s*\\(\\s*${AGE}\\s*(?:عامًا|عاماً|عاما|عام|سنة)?\\s*\\)`),
    arabicName: true,
  },
];
