// "Add the demo space": one click for an owner of the current space creates "Commons demo" on the same relay,
// fills it with the demo lessons (progress shown) and opens its library; when the person already has the
// demo space, the button opens it instead.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../app/router';
import { routes } from '../../app/routes';
import { useSpaces } from '../../app/SpacesProvider';
import { DemoProgress } from './DemoProgress';
import { useAddDemoSpace } from './useAddDemoSpace';
import './demo.css';

/** The space's name on the relay (seedDemoSpace.ts says the same; this copy keeps that module out of here). */
export const DEMO_SPACE_NAME = 'Commons demo';

export function AddDemoSpace() {
  const { t } = useTranslation('library');
  const { spaces, current, choose } = useSpaces();
  const { step, add } = useAddDemoSpace();
  const headingId = useId();
  const busy = step.kind === 'creating' || step.kind === 'seeding';
  if (current?.role !== 'owner' && !busy) return null;
  const existing = spaces.find(
    (space) => space.serverUrl === current?.serverUrl && space.spaceName === DEMO_SPACE_NAME,
  );

  if (existing && !busy) {
    return (
      <div className="add-demo-space">
        <button
          type="button"
          onClick={() => {
            choose(existing);
            navigate(routes.library());
          }}
        >
          {t('demo.open')}
        </button>
      </div>
    );
  }

  return (
    <section className="add-demo-space" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('demo.heading')}</h2>
      {step.kind === 'idle' && <p className="muted">{t('demo.explain')}</p>}
      <button
        type="button"
        disabled={busy || !current}
        aria-busy={busy}
        onClick={async () => {
          if (current && (await add(current))) navigate(routes.library());
        }}
      >
        {t('demo.add')}
      </button>
      <DemoProgress step={step} />
    </section>
  );
}
