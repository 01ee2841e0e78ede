import type { Messages } from '@/lib/i18n';
import type { ShownState } from '@/lib/messaging/follow-tab-state';
import { unreadLanguage } from '@/lib/present/coverage';
import { countSources, groupSources } from '@/lib/present/sources';
import { AnnotateSwitch, type AnnotateSwitchProps } from './AnnotateSwitch';
import { ClaimList } from './ClaimList';
import { MessagesContext, useMessages } from './i18n';
import { OutletCard } from './OutletCard';
import { SiteWarning } from './SiteWarning';
import type { OnReveal } from './reveal';
import { SourceList } from './SourceList';
import { SourcingProfile } from './SourcingProfile';
import { StatusMessage } from './StatusMessage';


export type Surface = 'popup' | 'panel';

/** The popup (and the side panel): a pure view of one tab's state, in the reader's language. */
export function Popup({
  state,
  messages,
  onReveal,
  annotate,
  onRetry,
  surface = 'popup',
}: {
  state: ShownState;
  messages: Messages;
  onReveal: OnReveal;
  /** The "Annotate this site" switch, shown with an analysis when the page's site can be annotated. */
  annotate?: AnnotateSwitchProps | null;
  /** "Try again", offered when the analysis is taking too long. */
  onRetry?: () => void;
  /** Where the view is shown: the side panel explains "no access" differently, as it stays open across tabs. */
  surface?: Surface;
}) {
  return (
    <MessagesContext.Provider value={messages}>
      <PopupFrame state={state} onReveal={onReveal} annotate={annotate ?? null} onRetry={onRetry ?? null} surface={surface} />
    </MessagesContext.Provider>
  );
}

interface FrameProps {
  state: ShownState;
  onReveal: OnReveal;
  annotate: AnnotateSwitchProps | null;
  onRetry: (() => void) | null;
  surface: Surface;
}

function PopupFrame({ state, onReveal, annotate, onRetry, surface }: FrameProps) {
  const m = useMessages();
  const article = state.state === 'ready' ? state.analysis.article : null;
  return (
    <div class="popup" data-surface={surface} aria-busy={state.state === 'analysing'}>
      <header class="popup-header">
        <p class="brand">
          <span class="brand-mark" aria-hidden="true" />
          <span class="brand-name">{m.t('appName')}</span>
        </p>
        {article ? (
          <h1 class="article-title" lang={article.lang ?? undefined}>
            {article.title}
          </h1>
        ) : (
          <h1 class="visually-hidden">{m.t('appName')}</h1>
        )}
      </header>
      <main class="popup-body">
        <PopupBody state={state} onReveal={onReveal} annotate={annotate} onRetry={onRetry} surface={surface} />
      </main>
      <footer class="popup-footer">{m.t('footerPrivacy')}</footer>
    </div>
  );
}

function PopupBody({ state, onReveal, annotate, onRetry, surface }: FrameProps) {
  const m = useMessages();
  switch (state.state) {
    case 'analysing':
      return <StatusMessage state="analysing" title={m.t('statusAnalysingTitle')} detail={m.t('statusAnalysingDetail')} />;
    case 'too-slow':
      return (
        <StatusMessage
          state="too-slow"
          title={m.t('statusTooSlowTitle')}
          detail={m.t('statusTooSlowDetail')}
          action={onRetry ? { label: m.t('statusTryAgain'), onClick: onRetry } : null}
        />
      );
    case 'restricted':
      return <StatusMessage state="restricted" title={m.t('statusRestrictedTitle')} detail={m.t('statusRestrictedDetail')} />;
    case 'no-access':
      return surface === 'panel' ? (
        <StatusMessage state="no-access" title={m.t('panelNoAccessTitle')} detail={m.t('panelNoAccessDetail')} />
      ) : (
        <StatusMessage state="no-access" title={m.t('statusNoAccessTitle')} detail={m.t('statusNoAccessDetail')} />
      );
    case 'not-article':
      return <StatusMessage state="not-article" title={m.t('statusNotArticleTitle')} detail={m.t('statusNotArticleDetail')} />;
    case 'too-large':
      return (
        <StatusMessage
          state="too-large"
          title={m.t('statusTooLargeTitle')}
          detail={m.t('statusTooLargeDetail')}
          technical={m.t('statusTechnical', state.reason)}
        />
      );
    case 'failed':
      return (
        <StatusMessage
          state="failed"
          title={m.t('statusFailedTitle')}
          detail={m.t('statusFailedDetail')}
          technical={m.t('statusTechnical', state.reason)}
        />
      );
    case 'tab-closed':
      return <StatusMessage state="tab-closed" title={m.t('popupTabClosedTitle')} detail={m.t('popupTabClosedDetail')} />;
    case 'ready': {
      const { analysis } = state;
      const groups = groupSources(analysis.attributions);
      const sourceCount = countSources(groups);
      return (
        <>
          <nav class="jump" aria-label={m.t('navLabel')}>
            <a href="#outlet-heading">{m.t('navPublisher')}</a>
            <a href="#sources-heading">
              {m.t('navSources')} <span class="count">{sourceCount}</span>
            </a>
            <a href="#claims-heading">
              {m.t('navClaims')} <span class="count">{analysis.claims.length}</span>
            </a>
          </nav>
          {annotate ? <AnnotateSwitch {...annotate} /> : null}
          <SiteWarning site={analysis.site} />
          <OutletCard outlet={analysis.outlet} site={analysis.site} />
          {analysis.attributions.length ? <SourcingProfile profile={analysis.profile} /> : null}
          <SourceList
            groups={groups}
            unreadLanguage={unreadLanguage(analysis.article.lang)}
            lang={analysis.article.lang}
            onReveal={onReveal}
          />
          <ClaimList
            claims={analysis.claims}
            pageClaimReviews={analysis.pageClaimReviews}
            sources={groups.flatMap((g) => g.sources)}
            lang={analysis.article.lang}
            onReveal={onReveal}
          />
        </>
      );
    }
  }
}
