import type { MessageKey } from '@/lib/i18n';
import { useMessages } from '../i18n';

/** What Sourcelight keeps on this computer, where, and for how long; then what it never does, and its permissions. */

const STORED: { name: MessageKey; where: MessageKey; detail: MessageKey }[] = [
  { name: 'options_storedSettings', where: 'options_storedLocal', detail: 'options_storedSettingsDetail' },
  { name: 'options_storedOverlay', where: 'options_storedLocal', detail: 'options_storedOverlayDetail' },
  { name: 'options_storedAnalyses', where: 'options_storedSession', detail: 'options_storedAnalysesDetail' },
];

const PERMISSIONS: { name: string; why: MessageKey }[] = [
  { name: 'activeTab', why: 'options_permissionActiveTab' },
  { name: 'scripting', why: 'options_permissionScripting' },
  { name: 'storage', why: 'options_permissionStorage' },
];

export function PrivacyPanel() {
  const m = useMessages();
  return (
    <>
      <section class="panel stored-panel" aria-labelledby="stored-heading">
        <h2 id="stored-heading">{m.t('options_storedHeading')}</h2>
        <dl class="stored">
          {STORED.map((item) => (
            <div key={item.name} class="stored-item">
              <dt>{m.t(item.name)}</dt>
              <dd>
                <span class="stored-where">{m.t(item.where)}</span> {m.t(item.detail)}
              </dd>
            </div>
          ))}
        </dl>
        <p>{m.t('options_storedNothingElse')}</p>
      </section>

      <section class="panel privacy-panel" aria-labelledby="privacy-heading">
        <h2 id="privacy-heading">{m.t('options_privacyHeading')}</h2>
        <ul class="privacy-points">
          <li>{m.t('options_privacyNoNetwork')}</li>
          <li>{m.t('options_privacyNoAnalytics')}</li>
          <li>{m.t('options_privacyNoRemoteCode')}</li>
          <li>{m.t('options_privacyPageText')}</li>
        </ul>
        <h3 id="permissions-heading">{m.t('options_permissionsHeading')}</h3>
        <dl class="permissions" aria-labelledby="permissions-heading">
          {PERMISSIONS.map((permission) => (
            <div key={permission.name} class="permission">
              <dt>
                <code>{permission.name}</code>
              </dt>
              <dd>{m.t(permission.why)}</dd>
            </div>
          ))}
          <div class="permission">
            <dt>{m.t('options_permissionAllSitesName')}</dt>
            <dd>{m.t('options_permissionAllSites')}</dd>
          </div>
        </dl>
      </section>
    </>
  );
}
