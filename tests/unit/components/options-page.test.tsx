import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AnnotationsPanelProps } from '@/components/options/AnnotationsPanel';
import type { DatasetPanelProps } from '@/components/options/DatasetPanel';
import { OptionsPage } from '@/components/options/OptionsPage';
import type { Messages } from '@/lib/i18n';
import { EN, FR } from './fixture';

afterEach(() => {
  document.body.innerHTML = '';
});

function show(annotationOverrides: Partial<AnnotationsPanelProps> = {}, messages: Messages = EN) {
  const annotations: AnnotationsPanelProps = {
    everywhere: false,
    accessMissing: false,
    sites: [
      { origin: 'https://apnews.com', annotate: true },
      { origin: 'https://www.rt.com', annotate: false },
    ],
    busy: false,
    message: null,
    addError: null,
    onEverywhere: vi.fn(),
    onSite: vi.fn(),
    onRemoveSite: vi.fn(),
    onAddSite: vi.fn(() => true),
    ...annotationOverrides,
  };
  const dataset: DatasetPanelProps = { counts: { outlets: 0, entities: 0, claims: 0 }, importedAt: null, onImport: vi.fn(), onExport: vi.fn(), onClear: vi.fn() };
  const el = document.body.appendChild(document.createElement('div'));
  act(() => render(<OptionsPage messages={messages} annotations={annotations} dataset={dataset} />, el));
  return { el, annotations };
}

describe('options page', () => {
  it('has one h1, the three sections with headings, and landmarks', () => {
    const { el } = show();
    expect([...el.querySelectorAll('h1')].map((h) => h.textContent)).toEqual(['Sourcelight settings']);
    expect([...el.querySelectorAll('section > h2')].map((h) => h.textContent)).toEqual([
      'Inline annotations',
      'Your dataset overlay',
      'What Sourcelight stores',
      'Privacy',
    ]);
    expect(el.querySelector('header h1')).not.toBeNull();
    expect(el.querySelectorAll('main section').length).toBe(4);
  });

  it('the global switch reports the new state on click', () => {
    const { el, annotations } = show();
    const toggle = el.querySelector<HTMLInputElement>('[data-testid="annotate-everywhere"]')!;
    expect(toggle.getAttribute('role')).toBe('switch');
    expect(el.querySelector(`label[for="${toggle.id}"]`)!.textContent).toBe('Annotate articles on every site');
    act(() => toggle.click());
    expect(annotations.onEverywhere).toHaveBeenCalledWith(true);
  });

  it('lists each site with its state, a named switch and a named remove button', () => {
    const { el, annotations } = show();
    const rows = [...el.querySelectorAll('li.site')];
    expect(rows.map((r) => r.getAttribute('data-origin'))).toEqual(['https://apnews.com', 'https://www.rt.com']);
    const rt = rows[1]!;
    const toggle = rt.querySelector<HTMLInputElement>('input[role="switch"]')!;
    expect(toggle.checked).toBe(false);
    expect(toggle.getAttribute('aria-label')).toBe('Annotate https://www.rt.com');
    act(() => toggle.click());
    expect(annotations.onSite).toHaveBeenCalledWith('https://www.rt.com', true);
    const remove = rt.querySelector('button')!;
    expect(remove.getAttribute('aria-label')).toBe('Remove https://www.rt.com from the list');
    act(() => remove.click());
    expect(annotations.onRemoveSite).toHaveBeenCalledWith('https://www.rt.com');
  });

  it('adds a site from the field, empties it when accepted, and shows a refusal tied to the field', () => {
    const { el, annotations } = show();
    const input = el.querySelector<HTMLInputElement>('[data-testid="add-site-input"]')!;
    act(() => {
      input.value = 'www.rferl.org';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    act(() => el.querySelector<HTMLButtonElement>('[data-testid="add-site"]')!.click());
    expect(annotations.onAddSite).toHaveBeenCalledWith('www.rferl.org');
    expect(input.value).toBe('');

    const refused = show({ addError: EN.t('options_addSiteInvalid', 'news') }).el;
    const field = refused.querySelector<HTMLInputElement>('[data-testid="add-site-input"]')!;
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.getAttribute('aria-describedby')).toContain('add-site-error');
    expect(refused.querySelector('#add-site-error')!.textContent).toBe('“news” is not a site address.');
  });

  it('says what is stored where, including the per-tab analyses that vanish with the browser session', () => {
    const { el } = show();
    const stored = el.querySelector('.stored-panel')!.textContent!;
    expect(stored).toContain(EN.t('options_storedSession'));
    expect(stored).toContain('vanish when the browser closes');
    const privacy = el.querySelector('.privacy-panel')!.textContent!;
    for (const permission of ['activeTab', 'scripting', 'storage']) expect(privacy).toContain(permission);
    expect(privacy).toContain('no network requests');
  });

  it('is entirely in French for a French reader', () => {
    const { el } = show({ accessMissing: true }, FR);
    expect(el.querySelector('h1')!.textContent).toBe('Réglages de Sourcelight');
    expect(el.textContent).not.toMatch(/\b(the|your|and|Remove|Add)\b/);
  });
});

describe('options page: the toolbar button', () => {
  function showToolbar(choice: 'popup' | 'panel' | null, busy = false) {
    const onChoose = vi.fn();
    const dataset: DatasetPanelProps = { counts: { outlets: 0, entities: 0, claims: 0 }, importedAt: null, onImport: vi.fn(), onExport: vi.fn(), onClear: vi.fn() };
    const el = document.body.appendChild(document.createElement('div'));
    const annotations = { ...show().annotations };
    act(() => render(<OptionsPage messages={FR} annotations={annotations} toolbar={{ choice, busy, onChoose }} dataset={dataset} />, el));
    return { el, onChoose };
  }

  it('offers the popup or the side panel as one labelled radio group, in the reader’s language', () => {
    const { el } = showToolbar('popup');
    const section = el.querySelector('section.toolbar-panel')!;
    expect(section.querySelector('h2')?.textContent).toBe('Bouton de la barre d’outils');
    expect(section.querySelector('fieldset legend')?.textContent).toContain('Choisissez');
    const radios = [...section.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    expect(radios.map((r) => [r.value, r.checked])).toEqual([['popup', true], ['panel', false]]);
    expect(radios.every((r) => r.closest('label')?.textContent)).toBe(true);
  });

  it('choosing the panel calls back with it; nothing while saving, and disabled while loading', () => {
    const { el, onChoose } = showToolbar('popup');
    act(() => el.querySelector<HTMLInputElement>('[data-testid="toolbar-panel"]')!.click());
    expect(onChoose).toHaveBeenCalledWith('panel');
    const busy = showToolbar('popup', true);
    act(() => busy.el.querySelector<HTMLInputElement>('[data-testid="toolbar-panel"]')!.click());
    expect(busy.onChoose).not.toHaveBeenCalled();
    const loading = showToolbar(null);
    expect(loading.el.querySelector<HTMLInputElement>('[data-testid="toolbar-popup"]')!.disabled).toBe(true);
  });
});
