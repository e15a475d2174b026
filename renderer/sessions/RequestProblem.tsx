// Says why a session request did not go through, in the person's language.
import { useTranslation } from 'react-i18next';
import type { RequestProblem as Problem } from './model/useRequestStatus';

export function RequestProblem({ problem }: { problem: Problem | null }) {
  const { t } = useTranslation('sessions');
  if (!problem) return null;
  return (
    <p className="form-error" role="alert">
      {t(`problem.${problem}`)}
    </p>
  );
}
