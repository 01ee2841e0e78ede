import { activeTabId, analysisView, pageMessages, tabFromQuery } from '../shared/analysis-view';

const view = analysisView(document.getElementById('app')!, pageMessages());
void (async () => view.show(tabFromQuery() ?? (await activeTabId())))();
