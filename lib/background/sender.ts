/** The parts of `runtime.MessageSender` the background trusts, and the checks on them. */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

/** A content script of this extension, in the top frame of a tab. */
export function isOwnContentScript(sender: SenderInfo, extensionId: string, extensionOrigin: string): boolean {
  return (
    sender.id === extensionId &&
    typeof sender.tab?.id === 'number' &&
    sender.frameId === 0 &&
    !(sender.url ?? '').startsWith(extensionOrigin)
  );
}

/** One of this extension's own pages (popup, options). */
export function isOwnExtensionPage(sender: SenderInfo, extensionId: string, extensionOrigin: string): boolean {
  return sender.id === extensionId && (sender.url ?? '').startsWith(extensionOrigin);
}
