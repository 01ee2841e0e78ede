import { afterEach, describe, expect, it, vi } from 'vitest';
import { startLinkMarks } from '@/lib/links/link-marker';
import type { LinkLookupReply, LinkOutlet } from '@/lib/messaging/protocol';

const OUTLET: LinkOutlet = {
  id: 'bbc', name: 'BBC News', code: 'PUB', colour: '#1d6b34', textColour: '#ffffff', label: 'Sourcelight: BBC News. Public service',
  kind: 'Broadcaster', domain: 'bbc.co.uk', funding: 'Public service', tier: null, facts: [{ label: 'Country', value: 'United Kingdom' }],
  note: 'A note.', citations: [{ url: 'https://www.bbc.co.uk/aboutthebbc', title: 'About the BBC' }], provenance: 'From the dataset.',
};

/** IntersectionObserver that reports every observed link as in view, on demand. */
class FakeIntersectionObserver {
  static instances: FakeIntersectionObserver[] = [];
  targets: Element[] = [];
  constructor(private readonly callback: (records: Partial<IntersectionObserverEntry>[]) => void) {
    FakeIntersectionObserver.instances.push(this);
  }
  observe(target: Element) {
    this.targets.push(target);
  }
  unobserve(target: Element) {
    this.targets = this.targets.filter((t) => t !== target);
  }
  disconnect() {
    this.targets = [];
  }
  showAll() {
    this.callback(this.targets.map((target) => ({ target, isIntersecting: true })));
  }
}

let shadow: ShadowRoot | null = null;
const realAttach = Element.prototype.attachShadow;
afterEach(() => {
  Element.prototype.attachShadow = realAttach;
  FakeIntersectionObserver.instances = [];
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});


function setUp() {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL('https://www.google.com/search?q=x');
  document.body.innerHTML = `
  <nav><a href="https://www.bbc.co.uk/">BBC in the menu</a></nav>
  <div id="results">
    <a id="bbc" href="/url?q=https%3A%2F%2Fwww.bbc.co.uk%2Fnews%2Fworld-1&amp;sa=U">A BBC story</a>
    <a id="unknown" href="/url?q=https%3A%2F%2Fblog.example%2Fpost">A blog</a>
    <a id="own" href="/preferences">Settings</a>
  </div>`;
  Element.prototype.attachShadow = function (init) {
    shadow = realAttach.call(this, init);
    return shadow;
  };
  vi.spyOn(Range.prototype, 'getClientRects').mockReturnValue([{ left: 10, top: 10, right: 200, bottom: 30, width: 190, height: 20 }] as unknown as DOMRectList);
  const lookup = vi.fn(async (addresses: string[]): Promise<LinkLookupReply> => ({
    outlets: [OUTLET],
    matches: addresses.map((a) => (a.startsWith('www.bbc.co.uk') ? 0 : null)),
  }));
  const win = Object.assign(Object.create(window) as Window, { IntersectionObserver: FakeIntersectionObserver, MutationObserver: window.MutationObserver });
  const stop = startLinkMarks(win as never, document, { lookup, t: (key) => key });
  const settle = async (observed = 1) => {
    await vi.waitFor(() => expect(FakeIntersectionObserver.instances[0]!.targets.length).toBeGreaterThanOrEqual(observed));
    FakeIntersectionObserver.instances[0]!.showAll();
    await new Promise((r) => setTimeout(r, 50));
    await new Promise((r) => requestAnimationFrame(r));
    await new Promise((r) => setTimeout(r, 20));
  };
  return { lookup, stop, settle, marks: () => shadow?.querySelectorAll('.mark') ?? [] };
}


describe('link marks in a page', () => {
  it('marks links to known outlets only, asking the background once per address, in one host element', async () => {
    const { lookup, settle, marks, stop } = setUp();
    const before = document.body.innerHTML;
    await settle();
    expect(lookup).toHaveBeenCalledTimes(1);
    expect(lookup.mock.calls[0]![0].sort()).toEqual(['blog.example/post', 'www.bbc.co.uk/news/world-1']);
    expect(marks()).toHaveLength(1);
    expect(marks()[0]!.textContent).toBe('PUB');
    expect(marks()[0]!.getAttribute('aria-label')).toBe(OUTLET.label);
    expect(document.body.innerHTML).toBe(before);
    expect(document.getElementsByTagName('sourcelight-links')).toHaveLength(1);
    stop();
    expect(document.getElementsByTagName('sourcelight-links')).toHaveLength(0);
  });

  it('follows links the page adds later', async () => {
    const { settle, marks, lookup } = setUp();
    await settle();
    const more = document.createElement('div');
    more.innerHTML = '<a href="https://www.bbc.co.uk/sport/1">Sport</a>';
    document.body.append(more);
    await settle(2); // the BBC link and the new one: the blog link, known to be no outlet, is no longer watched
    expect(lookup.mock.calls.flatMap((c) => c[0])).toContain('www.bbc.co.uk/sport/1');
    expect(marks()).toHaveLength(2);
  });

  it('opens the card when a marked link gets keyboard focus, closes it on Escape', async () => {
    const { settle } = setUp();
    await settle();
    vi.spyOn(HTMLAnchorElement.prototype, 'matches').mockImplementation(function (this: Element, selector: string) {
      return selector === ':focus-visible' ? true : Element.prototype.matches.call(this, selector);
    });
    document.getElementById('bbc')!.focus();
    const card = shadow!.querySelector('.card') as HTMLElement;
    expect(card.hidden).toBe(false);
    expect(card.querySelector('h2')!.textContent).toBe('BBC News');
    expect(card.textContent).toContain('United Kingdom');
    expect(card.querySelector('a')!.getAttribute('href')).toBe('https://www.bbc.co.uk/aboutthebbc');
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(card.hidden).toBe(true);
  });

  it('a click on a mark pins its card and moves focus into it; a press elsewhere in the page closes it', async () => {
    const { settle, marks } = setUp();
    await settle();
    marks()[0]!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    const card = shadow!.querySelector('.card') as HTMLElement;
    expect(card.hidden).toBe(false);
    expect(shadow!.activeElement).toBe(card);
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    expect(card.hidden).toBe(true);
  });
});
