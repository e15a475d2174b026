// Every demo entry, in one list. Imported only with `import()` when someone adds the demo space, so the first
// screen never downloads the text.
import type { DemoEntry } from '../demoEntry';
import { ARABIC } from './arabic';
import { ENGLISH_COOPERATION_AND_TRAINING } from './englishCooperationAndTraining';
import { ENGLISH_POLICY_AND_LAW } from './englishPolicyAndLaw';
import { ENGLISH_PROTECTION } from './englishProtection';
import { FRENCH } from './french';
import { LAO } from './lao';
import { RUSSIAN } from './russian';
import { SPANISH_AND_PORTUGUESE } from './spanishAndPortuguese';

export const DEMO_ENTRIES: readonly DemoEntry[] = [
  ...ENGLISH_POLICY_AND_LAW,
  ...ENGLISH_PROTECTION,
  ...ENGLISH_COOPERATION_AND_TRAINING,
  ...FRENCH,
  ...SPANISH_AND_PORTUGUESE,
  ...RUSSIAN,
  ...ARABIC,
  ...LAO,
];
