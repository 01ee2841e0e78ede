import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Messages } from '@/lib/i18n';

/** The translator the views read their text from; provided once at the root (popup, options page). */
export const MessagesContext = createContext<Messages | null>(null);

export function useMessages(): Messages {
  const messages = useContext(MessagesContext);
  if (!messages) throw new Error('useMessages() outside a <MessagesContext.Provider>');
  return messages;
}
