// "Check for personal data" on a document's view: the same review as before "final", at any time.
import { useTranslation } from 'react-i18next';
import type { PersonalDataTarget } from './personalDataTarget';
import { usePersonalDataCheck } from './usePersonalDataCheck';

export function PersonalDataCheckButton(target: PersonalDataTarget) {
  const { t } = useTranslation('library');
  const privacy = usePersonalDataCheck();
  return (
    <>
      <button type="button" onClick={() => privacy.review(target)}>
        {t('privacy.checkButton')}
      </button>
      {privacy.dialog}
    </>
  );
}
