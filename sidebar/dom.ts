/**
 * Builds DOM nodes. Text goes in as text nodes and attributes through setAttribute, never through
 * innerHTML: everything shown comes from the sheet, which anyone with edit access can fill with
 * markup (a project named `<img src=x onerror=…>` must show as those characters).
 */
export type Child = Node | string | number | null | undefined | false;
export type Attrs = Record<string, string | number | boolean | undefined>;

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    node.setAttribute(name, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

export function append(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  }
}

/** Replaces a node's content. */
export function fill(parent: Node, ...children: Child[]): void {
  while (parent.firstChild) parent.removeChild(parent.firstChild);
  append(parent, children);
}

let nextId = 0;
/** A unique id for label/aria references. */
export function uid(prefix: string): string {
  return `${prefix}-${++nextId}`;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
/** An SVG node, built as `el` builds HTML ones: attributes set one by one, text only as text nodes. */
export function svg(tag: string, attrs: Attrs = {}, ...children: Child[]): SVGElement {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs)) if (value !== undefined && value !== false) node.setAttribute(name, String(value));
  append(node, children);
  return node;
}
