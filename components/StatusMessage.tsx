/** A non-ready state of the popup: what happened and what the reader can do. */
export function StatusMessage({
  state,
  title,
  detail,
  technical,
  action,
}: {
  state: string;
  title: string;
  detail?: string;
  technical?: string;
  /** A button for what the reader can do about it ("Try again"). */
  action?: { label: string; onClick: () => void } | null;
}) {
  return (
    <section class={`card status status-${state}`} data-state={state} role="status" aria-labelledby="status-heading">
      {state === 'analysing' ? <span class="spinner" aria-hidden="true" /> : null}
      <h2 id="status-heading">{title}</h2>
      {detail ? <p>{detail}</p> : null}
      {technical ? <p class="technical">{technical}</p> : null}
      {action ? (
        <button type="button" class="status-action" onClick={action.onClick}>
          {action.label}
        </button>
      ) : null}
    </section>
  );
}
