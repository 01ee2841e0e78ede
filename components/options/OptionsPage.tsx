import type { Messages } from '@/lib/i18n';
import { MessagesContext, useMessages } from '../i18n';
import { AnnotationsPanel, type AnnotationsPanelProps } from './AnnotationsPanel';
import { DatasetPanel, type DatasetPanelProps } from './DatasetPanel';
import { LinksPanel, type LinksPanelProps } from './LinksPanel';
import { PrivacyPanel } from './PrivacyPanel';
import { ToolbarPanel, type ToolbarPanelProps } from './ToolbarPanel';

interface OptionsProps {
  annotations: AnnotationsPanelProps;
  /** The toolbar button's choice (popup or side panel); absent where the page does not offer it. */
  toolbar?: ToolbarPanelProps;
  dataset: DatasetPanelProps;
  /** Marks beside links; absent where the page does not offer them. */
  links?: LinksPanelProps;
}

/** The options page: inline annotations, the toolbar button, the dataset overlay, and what Sourcelight stores. A pure view. */
export function OptionsPage({ messages, ...props }: OptionsProps & { messages: Messages }) {
  return (
    <MessagesContext.Provider value={messages}>
      <OptionsFrame {...props} />
    </MessagesContext.Provider>
  );
}

function OptionsFrame({ annotations, toolbar, dataset, links }: OptionsProps) {
  const m = useMessages();
  return (
    <div class="options">
      <header class="options-header">
        <h1>{m.t('options_pageTitle')}</h1>
        <p class="muted">{m.t('options_intro')}</p>
      </header>
      <main class="options-body">
        <AnnotationsPanel {...annotations} />
        {links && <LinksPanel {...links} />}
        {toolbar && <ToolbarPanel {...toolbar} />}
        <DatasetPanel {...dataset} />
        <PrivacyPanel />
      </main>
    </div>
  );
}
