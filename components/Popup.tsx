import type { TabState } from '@/lib/messaging/protocol';
import { OutletCard } from './OutletCard';
import { SourceList } from './SourceList';
import { StatusMessage } from './StatusMessage';

export function Popup({ state }: { state: TabState }) {
  return (
    <main class="popup" aria-live="polite" aria-busy={state.state === 'analysing'}>
      <header class="popup-header">
        <h1>Sourcelight</h1>
      </header>
      <PopupBody state={state} />
      <footer class="popup-footer">Analysed on this device. Nothing is sent anywhere.</footer>
    </main>
  );
}

function PopupBody({ state }: { state: TabState }) {
  switch (state.state) {
    case 'analysing':
      return <StatusMessage kind="analysing" title="Analysing this page…" />;
    case 'restricted':
      return <StatusMessage kind="restricted" title="Sourcelight can't read this page" detail="Browser pages and extension stores are off limits to every extension." />;
    case 'no-access':
      return <StatusMessage kind="restricted" title="No access to this page" detail="Click the Sourcelight button on the page you want to check." />;
    case 'not-article':
      return <StatusMessage kind="not-article" title="Not an article" detail="This page doesn't look like a news article, so there is nothing to analyse." />;
    case 'too-large':
      return <StatusMessage kind="too-large" title="Page too large" detail={state.reason} />;
    case 'failed':
      return <StatusMessage kind="failed" title="Couldn't analyse this page" detail={state.reason} />;
    case 'ready':
      return (
        <>
          <section class="article-title" aria-label="Article">
            <p class="muted">{state.analysis.article.title}</p>
          </section>
          <OutletCard outlet={state.analysis.outlet} siteName={state.analysis.article.siteName} />
          <SourceList attributions={state.analysis.attributions} />
        </>
      );
  }
}
