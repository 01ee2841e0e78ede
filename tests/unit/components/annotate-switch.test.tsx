import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AnnotateSwitchProps } from '@/components/AnnotateSwitch';
import { Popup } from '@/components/Popup';
import type { TabState } from '@/lib/messaging/protocol';
import { ANALYSIS, EN, FR } from './fixture';

afterEach(() => {
  document.body.innerHTML = '';
});

function show(state: TabState, annotate: AnnotateSwitchProps | null, messages = EN) {
  const el = document.body.appendChild(document.createElement('div'));
  render(<Popup state={state} messages={messages} onReveal={() => {}} annotate={annotate} />, el);
  return el;
}

const READY: TabState = { state: 'ready', analysis: ANALYSIS };
const props = (over: Partial<AnnotateSwitchProps> = {}): AnnotateSwitchProps => ({ on: false, busy: false, error: null, onChange: vi.fn(), ...over });

describe('the "Annotate this site" switch', () => {
  it('is a labelled switch with its help text, reporting the new state on change', () => {
    const onChange = vi.fn();
    const el = show(READY, props({ onChange }));
    const input = el.querySelector<HTMLInputElement>('input[role="switch"]')!;
    expect(input.closest('label')?.textContent).toBe('Annotate this site');
    expect(el.querySelector(`#${input.getAttribute('aria-describedby')}`)?.textContent).toMatch(/Highlights sources and claims/);
    expect(input.checked).toBe(false);
    input.click();
    expect(onChange).toHaveBeenCalledWith(true);
  });

  it('shows on, busy and the reasons it could not change, in the reader’s language', () => {
    const on = show(READY, props({ on: true, busy: true }));
    const input = on.querySelector<HTMLInputElement>('input[role="switch"]')!;
    expect(input.checked).toBe(true);
    expect(input.disabled).toBe(true);
    expect(show(READY, props({ error: 'denied' })).querySelector('[role="alert"]')?.textContent).toMatch(/permission/);
    expect(show(READY, props({ error: 'failed', reason: 'disk full' }), FR).querySelector('[role="alert"]')?.textContent).toBe(
      'Le réglage n’a pas pu être modifié\u00a0: disk full',
    );
  });

  it('appears only with an analysis, and only when the entrypoint offers it', () => {
    expect(show(READY, null).querySelector('.annotate-site')).toBeNull();
    expect(show({ state: 'analysing' }, props()).querySelector('.annotate-site')).toBeNull();
  });
});
