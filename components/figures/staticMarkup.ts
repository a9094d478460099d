/**
 * A figure's poster as one HTML string, made on the server at build time.
 *
 * Why: a poster is a few hundred SVG elements (drawn twice, phone and wide). Handed to the page as
 * React elements, every one of them is rebuilt on the client as an element object and hydrated as
 * a fiber, though it never changes; as one string inside one `dangerouslySetInnerHTML` element,
 * React hydrates one element and leaves the picture to the browser's HTML parser. (The string is
 * still in the page's inline RSC payload, as the elements were: the gain is the client's work, not
 * bytes.) Next refuses `react-dom/server` in server components, hence this small serializer.
 *
 * It covers what posters are made of, and throws on anything else: host elements, fragments,
 * arrays, text, and function components without hooks or context (server components that only
 * return elements). tests/components/figures/staticMarkup.test.tsx checks it gives exactly what
 * `react-dom/server`'s renderToStaticMarkup gives, for every figure's poster.
 */
import { Fragment, isValidElement, type ReactElement, type ReactNode } from 'react';

/** Props React writes under another attribute name (the ones posters use, and their neighbours). */
const ATTRIBUTE_NAMES: Record<string, string> = {
  className: 'class',
  htmlFor: 'for',
  tabIndex: 'tabindex',
  colSpan: 'colspan',
  rowSpan: 'rowspan',
  xlinkHref: 'xlink:href',
  xmlnsXlink: 'xmlns:xlink',
};

/** SVG presentation attributes React writes hyphenated (strokeWidth → stroke-width). */
const HYPHENATED = new Set([
  'alignmentBaseline', 'baselineShift', 'clipPath', 'clipRule', 'colorInterpolation', 'dominantBaseline',
  'fillOpacity', 'fillRule', 'floodColor', 'floodOpacity', 'fontFamily', 'fontSize', 'fontStyle',
  'fontWeight', 'letterSpacing', 'markerEnd', 'markerMid', 'markerStart', 'paintOrder', 'pointerEvents',
  'shapeRendering', 'stopColor', 'stopOpacity', 'strokeDasharray', 'strokeDashoffset', 'strokeLinecap',
  'strokeLinejoin', 'strokeMiterlimit', 'strokeOpacity', 'strokeWidth', 'textAnchor', 'textDecoration',
  'textRendering', 'transformOrigin', 'vectorEffect', 'wordSpacing', 'writingMode',
]);

/** Boolean attributes React writes as `name=""` when true (others are refused, not guessed). */
const BOOLEAN_ATTRIBUTES = new Set(['hidden', 'disabled', 'checked', 'open', 'required', 'multiple', 'selected']);

/** Elements with no closing tag. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** Props that are React's, not attributes. */
const NOT_ATTRIBUTES = new Set(['children', 'key', 'ref', 'dangerouslySetInnerHTML', 'suppressHydrationWarning']);

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;' };
const escape = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

function attribute(name: string, value: unknown): string {
  if (/^on[A-Z]/.test(name)) throw new Error(`staticMarkup: a poster has no event handlers (${name})`);
  if (name === 'style') throw new Error('staticMarkup: inline styles are not allowed (the CSP forbids them)');
  if (value === null || value === undefined || typeof value === 'function' || typeof value === 'symbol') return '';
  const html = ATTRIBUTE_NAMES[name] ?? (HYPHENATED.has(name) ? name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`) : name);
  // aria-* and data-* keep booleans as words; other boolean props are present or absent.
  if (typeof value === 'boolean') {
    if (/^(aria|data)-/.test(name) || name === 'focusable') return ` ${html}="${value}"`;
    if (!BOOLEAN_ATTRIBUTES.has(name)) throw new Error(`staticMarkup: a boolean ${name} is not drawn here (write it as a string, or add it to BOOLEAN_ATTRIBUTES)`);
    return value ? ` ${html}=""` : '';
  }
  return ` ${html}="${escape(String(value))}"`;
}

/** The HTML of a hook-free server-rendered tree, as renderToStaticMarkup would write it. */
export function toStaticMarkup(node: ReactNode): string {
  if (node === null || node === undefined || typeof node === 'boolean') return '';
  if (typeof node === 'string' || typeof node === 'number' || typeof node === 'bigint') return escape(String(node));
  if (Array.isArray(node)) return node.map(toStaticMarkup).join('');
  if (!isValidElement(node)) throw new Error(`staticMarkup: cannot draw ${Object.prototype.toString.call(node)}`);
  const element = node as ReactElement<Record<string, unknown>>;
  const { type, props } = element;
  if (type === Fragment) return toStaticMarkup(props.children as ReactNode);
  // A 'use client' component is a reference on the server, not a function to call.
  if ((type as { $$typeof?: symbol }).$$typeof === Symbol.for('react.client.reference')) throw new Error('staticMarkup: a poster cannot hold a client component');
  if (typeof type === 'function') return toStaticMarkup((type as (p: Record<string, unknown>) => ReactNode)(props));
  if (typeof type !== 'string') throw new Error('staticMarkup: only host elements, fragments and plain function components');
  let attributes = '';
  for (const [name, value] of Object.entries(props)) if (!NOT_ATTRIBUTES.has(name)) attributes += attribute(name, value);
  if (VOID.has(type)) return `<${type}${attributes}/>`;
  const inner = props.dangerouslySetInnerHTML ? String((props.dangerouslySetInnerHTML as { __html: unknown }).__html ?? '') : toStaticMarkup(props.children as ReactNode);
  return `<${type}${attributes}>${inner}</${type}>`;
}
