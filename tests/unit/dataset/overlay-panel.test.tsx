import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MessagesContext } from '@/components/i18n';
import { DatasetPanel, type DatasetPanelProps } from '@/components/options/DatasetPanel';
import { importMessage } from '@/components/options/messages';
import { EN, FR } from '../components/fixture';

afterEach(() => {
  document.body.innerHTML = '';
});

function show(overrides: Partial<DatasetPanelProps> = {}, messages = EN) {
  const props: DatasetPanelProps = {
    counts: { outlets: 2, entities: 0, claims: 1 },
    importedAt: '2026-11-25T12:00:00.000Z',
    onImport: vi.fn(),
    onExport: vi.fn(),
    onClear: vi.fn(),
    ...overrides,
  };
  const el = document.body.appendChild(document.createElement('div'));
  act(() =>
    render(
      <MessagesContext.Provider value={messages}>
        <DatasetPanel {...props} />
      </MessagesContext.Provider>,
      el,
    ),
  );
  const q = (id: string) => el.querySelector<HTMLElement>(`[data-testid="${id}"]`);
  return { el, props, q };
}

describe('DatasetPanel', () => {
  it('shows the overlay counts and the last import', () => {
    const { q } = show();
    expect(q('overlay-counts')!.textContent).toBe(
      'Your overlay holds 2 outlets, 0 sources, and 1 claim, used on top of the bundled dataset. Last import: Nov 25, 2026, 12:00 UTC.',
    );
    expect(show({}, FR).q('overlay-counts')!.textContent).toMatch(/^Votre surcouche contient 2 médias, 0 source et 1 affirmation, .* Dernière importation\u00a0: 25 nov\. 2026/);
    expect(show({ counts: { outlets: 0, entities: 0, claims: 0 } }).q('overlay-counts')!.textContent).toMatch(/empty/);
  });

  it('passes the picked file to onImport', () => {
    const { q, props } = show();
    const input = q('import-file') as HTMLInputElement;
    const file = new File(['[]'], 'mine.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    act(() => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(props.onImport).toHaveBeenCalledWith(file);
  });

  it('asks before clearing, and can be cancelled', () => {
    const { q, props } = show();
    act(() => q('clear')!.click());
    expect(props.onClear).not.toHaveBeenCalled();
    act(() => q('clear-cancel')!.click());
    expect(q('clear-confirm')).toBeNull();
    act(() => q('clear')!.click());
    act(() => q('clear-confirm')!.click());
    expect(props.onClear).toHaveBeenCalledTimes(1);
  });

  it('moves focus into the confirmation and back, so keyboard users keep their place', () => {
    const { q, props } = show();
    act(() => q('clear')!.click());
    expect(document.activeElement).toBe(q('clear-cancel'));
    act(() => q('clear-cancel')!.click());
    expect(document.activeElement).toBe(q('clear'));
    act(() => q('clear')!.click());
    act(() => q('clear-confirm')!.click());
    expect(props.onClear).toHaveBeenCalledTimes(1);
    expect(document.activeElement).toBe(q('export'));
  });

  it('while busy, buttons stay focusable but do nothing', () => {
    const { q, props } = show({ busy: true });
    const exportButton = q('export') as HTMLButtonElement;
    expect(exportButton.disabled).toBe(false);
    expect(exportButton.getAttribute('aria-disabled')).toBe('true');
    act(() => exportButton.click());
    act(() => q('clear')!.click());
    expect(props.onExport).not.toHaveBeenCalled();
    expect(q('clear-confirm')).toBeNull();
  });

  it('calls onExport, and disables clear for an empty overlay', () => {
    const { q, props } = show({ counts: { outlets: 0, entities: 0, claims: 0 } });
    act(() => q('export')!.click());
    expect(props.onExport).toHaveBeenCalled();
    expect((q('clear') as HTMLButtonElement).disabled).toBe(true);
  });

  it('renders messages from imported files as text, never as markup', () => {
    const { q, el } = show({
      message: { kind: 'error', title: 'Nothing was imported from <b>x</b>.json', lines: ['[0] "<img src=x onerror=alert(1)>": bad'] },
    });
    expect(el.querySelector('img, b')).toBeNull();
    expect(q('message')!.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(q('message')!.getAttribute('role')).toBe('alert');
  });
});

describe('importMessage', () => {
  it('describes a failed import and says nothing changed', () => {
    const message = importMessage(EN, 'bad.json', { ok: false, format: 'sourcelight-json', errors: ['input: not valid JSON (x)'], warnings: [] });
    expect(message).toEqual({
      kind: 'error',
      title: 'Nothing was imported from bad.json (Sourcelight JSON); your overlay was not changed.',
      lines: ['input: not valid JSON (x)'],
    });
  });

  it('describes a successful import', () => {
    const message = importMessage(EN, 'm.csv', {
      ok: true,
      format: 'state-media-matrix-csv',
      summary: {
        added: { outlets: 2, entities: 0, claims: 0 },
        overridden: { outlets: 1, entities: 0, claims: 0 },
        addedIds: ['a', 'b'],
        overriddenIds: ['c'],
        domainMoves: ['domain "x.example" moves from outlet "old" to "a"'],
      },
      overridesBundled: [],
      counts: { outlets: 3, entities: 0, claims: 0 },
      warnings: ['row 3 (line 4): "URL": empty; "X" skipped (an outlet needs a domain)'],
    });
    expect(message.kind).toBe('ok');
    expect(message.title).toBe('Imported 3 outlets from m.csv (State Media Matrix CSV).');
    expect(message.lines).toEqual([
      'New: 2 outlets.',
      'Replaced earlier imports with the same id: 1 outlet.',
      'Domain "x.example" moves from outlet "old" to "a".',
      'Note: row 3 (line 4): "URL": empty; "X" skipped (an outlet needs a domain)',
    ]);
  });
});
