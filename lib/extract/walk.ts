/**
 * Visits `root` (depth 0) and every element under it in document order, with its depth, by sibling and parent
 * links: no recursion (which overflows on hostile pages) and no live collection (slow to index in a JS DOM).
 * Stops as soon as `visit` returns false.
 */
export function forEachElement(root: Element, visit: (element: Element, depth: number) => boolean | void): void {
  let node: Element | null = root;
  let depth = 0;
  while (node) {
    if (visit(node, depth) === false) return;
    const child: Element | null = node.firstElementChild;
    if (child) {
      node = child;
      depth++;
      continue;
    }
    while (node && node !== root && !node.nextElementSibling) {
      node = node.parentElement;
      depth--;
    }
    node = node && node !== root ? node.nextElementSibling : null;
  }
}
