/** A non-ready state of the popup: what happened and what the reader can do. */
export function StatusMessage({ state, title, detail, technical }: { state: string; title: string; detail?: string; technical?: string }) {
  return (
    <section class={`card status status-${state}`} data-state={state} role="status" aria-labelledby="status-heading">
      {state === 'analysing' ? <span class="spinner" aria-hidden="true" /> : null}
      <h2 id="status-heading">{title}</h2>
      {detail ? <p>{detail}</p> : null}
      {technical ? <p class="technical">{technical}</p> : null}
    </section>
  );
}
