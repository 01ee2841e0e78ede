/** The outcome of the last action on the options page, as plain lines of text (never markup). */
export interface PanelMessage {
  kind: 'ok' | 'error';
  title: string;
  lines: string[];
}

/** Errors interrupt (role=alert); confirmations are announced politely (role=status). */
export function Notice({ message }: { message: PanelMessage }) {
  return (
    <div class={`message ${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'} data-testid="message">
      <p class="message-title">{message.title}</p>
      {message.lines.length > 0 && (
        <ul>
          {message.lines.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
