import { describe, expect, it } from 'vitest';
import { forEachElement } from '@/lib/extract/walk';
import { htmlDoc } from '../helpers';

describe('forEachElement', () => {
  const root = () => htmlDoc('<html><body><div id="a"><p id="b"><i id="c"></i></p><p id="d"></p></div><span id="e"></span></body></html>').body;

  it('visits the root and every element under it in document order, with depths', () => {
    const seen: string[] = [];
    forEachElement(root(), (element, depth) => void seen.push(`${element.id || element.tagName}@${depth}`));
    expect(seen).toEqual(['BODY@0', 'a@1', 'b@2', 'c@3', 'd@2', 'e@1']);
  });

  it('stops as soon as the visitor returns false', () => {
    const seen: string[] = [];
    forEachElement(root(), (element) => (seen.push(element.id || element.tagName), element.id !== 'b'));
    expect(seen).toEqual(['BODY', 'a', 'b']);
  });

  it('does not leave the subtree it was given', () => {
    const seen: string[] = [];
    forEachElement(root().querySelector('#b')!, (element) => void seen.push(element.id));
    expect(seen).toEqual(['b', 'c']);
  });

  it('walks a tree far deeper than the call stack allows', () => {
    const doc = htmlDoc('<html><body></body></html>');
    let parent: Element = doc.body;
    for (let i = 0; i < 20_000; i++) parent = parent.appendChild(doc.createElement('div'));
    let deepest = 0;
    forEachElement(doc.body, (_, depth) => void (deepest = Math.max(deepest, depth)));
    expect(deepest).toBe(20_000);
  });
});
