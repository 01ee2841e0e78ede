export function StatusMessage({ kind, title, detail }: { kind: string; title: string; detail?: string }) {
  return (
    <section class={`status status-${kind}`} data-state={kind} role="status">
      <h2>{title}</h2>
      {detail ? <p>{detail}</p> : null}
    </section>
  );
}
