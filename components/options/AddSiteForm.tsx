import type { Ref } from 'preact';
import { useState } from 'preact/hooks';

/** "Add a site": a text field and a button, its help and the reason the last input was refused. A pure view. */

export interface AddSiteFormProps {
  /** Prefix of the element ids and test ids ("add-site" → "add-site-input", "add-site-help", …). */
  id: string;
  label: string;
  help: string;
  button: string;
  error: string | null;
  busy: boolean;
  inputRef: Ref<HTMLInputElement>;
  /** True when the input was accepted (the field is then emptied). */
  onAdd(input: string): boolean;
}

export function AddSiteForm({ id, label, help, button, error, busy, inputRef, onAdd }: AddSiteFormProps) {
  const [input, setInput] = useState('');
  const submit = (event: Event) => {
    event.preventDefault();
    if (!busy && onAdd(input)) setInput('');
  };
  return (
    <form class="add-site" onSubmit={submit} noValidate>
      <label for={`${id}-input`}>{label}</label>
      <div class="add-site-row">
        <input
          id={`${id}-input`}
          type="text"
          inputMode="url"
          autoComplete="off"
          spellcheck={false}
          value={input}
          onInput={(event) => setInput((event.currentTarget as HTMLInputElement).value)}
          aria-describedby={error ? `${id}-help ${id}-error` : `${id}-help`}
          aria-invalid={error ? true : undefined}
          ref={inputRef}
          data-testid={`${id}-input`}
        />
        <button type="submit" aria-disabled={busy || undefined} data-testid={id}>
          {button}
        </button>
      </div>
      <p id={`${id}-help`} class="muted help">{help}</p>
      {error && (
        <p id={`${id}-error`} class="field-error" role="alert" data-testid={`${id}-error`}>
          {error}
        </p>
      )}
    </form>
  );
}
