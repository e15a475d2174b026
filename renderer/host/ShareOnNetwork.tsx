// "Share on the local network", for an owner of a space hosted on this computer: rebinds its relay to the
// LAN, makes an invite and shows the join link(s) and a QR code; "Stop sharing" goes back to loopback only.
// It says plainly what sharing costs: the network sees plain HTTP traffic, and the join link is a key.
import { useEffect, useId, useReducer, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SpaceMembership } from '../../shared/ipc/contract';
import { usePlatform } from '../app/PlatformProvider';
import { useSpaces } from '../app/SpacesProvider';
import { createInvite } from '../members/membersApi';
import type { HostControl } from '../platform/Platform';
import { LanJoinLink } from './LanJoinLink';
import {
  checkSharing,
  isOnThisComputer,
  type MakeInvite,
  SHARE_ROLES,
  SHARING_CHECKING,
  type ShareRole,
  shareOnNetwork,
  sharing,
  stopSharing,
} from './model/sharing';
import './host.css';

const makeInvite: MakeInvite = (where, invite) => createInvite(where, invite);

/** Shown only where it can work: the desktop, a space on this computer's relay, its owner. */
export function ShareOnNetwork() {
  const { host } = usePlatform();
  const { current } = useSpaces();
  if (!host || !current || current.role !== 'owner' || !isOnThisComputer(current.serverUrl)) return null;
  return <SharePanel key={`${current.serverUrl} ${current.space}`} host={host} membership={current} />;
}

function SharePanel({ host, membership }: { host: HostControl; membership: SpaceMembership }) {
  const { t, i18n } = useTranslation(['host', 'common']);
  const id = useId();
  const [state, dispatch] = useReducer(sharing, SHARING_CHECKING);
  const [role, setRole] = useState<ShareRole>('editor');
  const [stopped, setStopped] = useState(false);

  useEffect(() => {
    let cancelled = false;
    void checkSharing(host, membership).then((event) => cancelled || dispatch(event));
    return () => {
      cancelled = true;
    };
  }, [host, membership]);

  async function open() {
    dispatch({ type: 'open' });
    setStopped(false);
    dispatch(await shareOnNetwork(host, membership, role, makeInvite));
  }

  async function close() {
    dispatch({ type: 'close' });
    const event = await stopSharing(host);
    dispatch(event);
    setStopped(event.type === 'closed');
  }

  if (state.step === 'not-here') return null;
  const busy = state.step === 'checking' || state.step === 'opening' || state.step === 'closing';
  const until = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });

  return (
    <section className="share-on-network" aria-labelledby={`${id}-heading`} aria-busy={busy}>
      <h2 id={`${id}-heading`}>{t('share.heading')}</h2>
      <p className="muted">{t('share.explain')}</p>
      <p className="notice share-warning" data-warning="traffic">
        {t('share.traffic')}
      </p>
      <p role="status">
        {state.step === 'checking' && t('share.checking')}
        {state.step === 'opening' && t('share.opening')}
        {state.step === 'closing' && t('share.stopping')}
        {state.step === 'shared' && t('share.sharing')}
        {state.step === 'private' && stopped && t('share.stopped')}
      </p>
      {state.step === 'failed' && (
        <p className="notice notice-error" role="alert">
          {t(`share.problems.${state.problem}`)}
        </p>
      )}

      {(state.step === 'private' || state.step === 'failed' || state.step === 'shared') && (
        <div className="share-controls">
          <label htmlFor={`${id}-role`}>{t('share.role')}</label>
          <select
            id={`${id}-role`}
            value={role}
            onChange={(event) => setRole(event.target.value as ShareRole)}
          >
            {SHARE_ROLES.map((option) => (
              <option key={option} value={option}>
                {t(`share.roles.${option}`)}
              </option>
            ))}
          </select>
          <button
            type="button"
            className={state.step === 'shared' ? '' : 'primary'}
            onClick={() => void open()}
          >
            {state.step === 'shared' ? t('share.newInvite') : t('share.start')}
          </button>
        </div>
      )}

      {state.step === 'shared' && (
        <>
          {state.lanUrls.length === 0 && (
            <p className="notice notice-error" role="alert">
              {t('share.noAddress')}
            </p>
          )}
          {state.lanUrls.length > 0 && state.invite === null && (
            <p
              className={state.inviteFailed ? 'notice notice-error' : 'muted'}
              role={state.inviteFailed ? 'alert' : undefined}
            >
              {state.inviteFailed ? t('share.inviteFailed') : t('share.noInvite')}
            </p>
          )}
          {state.invite && (
            <div className="lan-invite">
              <h3>{t('share.linkHeading')}</h3>
              <p className="muted">
                {state.invite.expiresAt === null
                  ? t('share.linkHintNoExpiry', { role: t(`common:role.${state.invite.role}`) })
                  : t('share.linkHint', {
                      role: t(`common:role.${state.invite.role}`),
                      date: until.format(state.invite.expiresAt),
                    })}
              </p>
              <p className="share-warning" data-warning="key">
                <strong>{t('share.linkIsKey')}</strong>
              </p>
              {state.invite.links.map((link, index) => (
                <LanJoinLink key={link} link={link} index={index + 1} withQrCode={index === 0} />
              ))}
            </div>
          )}
          <div className="actions">
            <button type="button" onClick={() => void close()}>
              {t('share.stop')}
            </button>
          </div>
        </>
      )}
      {state.step === 'failed' && state.network === 'local-network' && (
        <div className="actions">
          <button type="button" onClick={() => void close()}>
            {t('share.stop')}
          </button>
        </div>
      )}
    </section>
  );
}
