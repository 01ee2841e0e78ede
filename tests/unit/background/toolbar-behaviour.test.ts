import { describe, expect, it } from 'vitest';
import { applyToolbarChoice, onToolbarClick, POPUP_PAGE, type ToolbarPorts } from '@/lib/background/toolbar-behaviour';

function recorder() {
  const calls: string[] = [];
  const ports: ToolbarPorts = {
    setPopup: async (popup) => void calls.push(`setPopup(${popup})`),
    openPanel: async (windowId) => void calls.push(`openPanel(${windowId})`),
    analyse: async (tabId) => void calls.push(`analyse(${tabId})`),
  };
  return { calls, ports };
}

describe('toolbar behaviour', () => {
  it('removes the popup when the panel is chosen, and puts it back for the popup', async () => {
    const { calls, ports } = recorder();
    await applyToolbarChoice(ports, 'panel');
    await applyToolbarChoice(ports, 'popup');
    expect(calls).toEqual(['setPopup()', `setPopup(${POPUP_PAGE})`]);
  });

  it('opens the panel before anything is awaited (the user gesture), then analyses the clicked tab', async () => {
    const { calls, ports } = recorder();
    const done = onToolbarClick(ports, { id: 7, windowId: 3 });
    expect(calls).toEqual(['openPanel(3)', 'analyse(7)']);
    await done;
  });

  it('a failure to open the panel does not stop the analysis', async () => {
    const { calls, ports } = recorder();
    ports.openPanel = () => Promise.reject(new Error('no user gesture'));
    await onToolbarClick(ports, { id: 7, windowId: 3 });
    expect(calls).toEqual(['analyse(7)']);
  });
});
