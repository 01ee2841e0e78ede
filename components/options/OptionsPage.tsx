import type { Messages } from '@/lib/i18n';
import { MessagesContext, useMessages } from '../i18n';
import { AnnotationsPanel, type AnnotationsPanelProps } from './AnnotationsPanel';
import { DatasetPanel, type DatasetPanelProps } from './DatasetPanel';
import { PrivacyPanel } from './PrivacyPanel';

/** The options page: inline annotations, the dataset overlay, and what Sourcelight stores. A pure view. */
export function OptionsPage({ messages, annotations, dataset }: { messages: Messages; annotations: AnnotationsPanelProps; dataset: DatasetPanelProps }) {
  return (
    <MessagesContext.Provider value={messages}>
      <OptionsFrame annotations={annotations} dataset={dataset} />
    </MessagesContext.Provider>
  );
}

function OptionsFrame({ annotations, dataset }: { annotations: AnnotationsPanelProps; dataset: DatasetPanelProps }) {
  const m = useMessages();
  return (
    <div class="options">
      <header class="options-header">
        <h1>{m.t('options_pageTitle')}</h1>
        <p class="muted">{m.t('options_intro')}</p>
      </header>
      <main class="options-body">
        <AnnotationsPanel {...annotations} />
        <DatasetPanel {...dataset} />
        <PrivacyPanel />
      </main>
    </div>
  );
}
