/**
 * Rehype plugin, run last on every MDX page: a block of prose that holds no component (a
 * paragraph, a list, a table, a highlighted code block, the footnotes) is handed to React as one
 * element with its inside as an HTML string (`dangerouslySetInnerHTML`), built here at build time
 * from our own Markdown. The page's HTML is unchanged, but React no longer hydrates every
 * paragraph, link, token span and footnote one element at a time (the article's React tree went
 * from about 900 elements to about 430; the framework's own start-up is untouched).
 *
 * A `<Term id="…">` (jargon with an inline definition) is drawn here first, as plain HTML: a
 * button that opens a native popover with the glossary's definition, which needs no JavaScript,
 * so a paragraph with a term is static too. Blocks with any other component inside (a
 * <Callout>, a <TryIt>) stay React elements, and their static children are collapsed in turn.
 * Links get what `mdx-components.tsx` gives them: external ones `rel="noopener"`; internal ones
 * stay plain links (a full page load on a static export, instead of a client-side one).
 */
import { readFileSync } from 'node:fs';
import { toEstree } from 'hast-util-to-estree';
import { toHtml } from 'hast-util-to-html';

const glossary = JSON.parse(readFileSync(new URL('./glossary.json', import.meta.url), 'utf8'));

const MDX_NODE = /^mdx/;

/** True when nothing in the subtree is MDX (a component, an expression or an import). */
function isStatic(node) {
  if (MDX_NODE.test(node.type)) return false;
  return !node.children || node.children.every(isStatic);
}

/** Worth collapsing: an element with at least one element inside (a lone text child is already cheap). */
function hasElementChild(node) {
  return node.children.some((c) => c.type === 'element');
}

/** What MdxLink does to links, done in the HTML: external links get rel="noopener". */
function fixLinks(node) {
  if (node.type !== 'element') return;
  if (node.tagName === 'a') {
    const href = String(node.properties?.href ?? '');
    if (!href.startsWith('/') && !href.startsWith('#')) node.properties = { ...node.properties, rel: ['noopener'] };
  }
  node.children?.forEach(fixLinks);
}

/** The element, childless, as JSX with `dangerouslySetInnerHTML={{ __html }}`, in an MDX expression node. */
function collapse(node) {
  node.children.forEach(fixLinks);
  const html = toHtml(node.children);
  const program = toEstree({ ...node, children: [] }, { elementAttributeNameCase: 'react', stylePropertyNameCase: 'dom' });
  const jsx = program.body[0].expression;
  jsx.openingElement.attributes.push({
    type: 'JSXAttribute',
    name: { type: 'JSXIdentifier', name: 'dangerouslySetInnerHTML' },
    value: {
      type: 'JSXExpressionContainer',
      expression: {
        type: 'ObjectExpression',
        properties: [{ type: 'Property', kind: 'init', method: false, shorthand: false, computed: false, key: { type: 'Identifier', name: '__html' }, value: { type: 'Literal', value: html } }],
      },
    },
  });
  // Explicit JSX: MDX must not swap a lowercase tag for a registered component (e.g. `a`).
  jsx.data = { _mdxExplicitJsx: true };
  return { type: 'mdxFlowExpression', value: '', data: { estree: { type: 'Program', sourceType: 'module', body: [{ type: 'ExpressionStatement', expression: jsx }], comments: [] } } };
}

/** Text of a subtree (for the button's accessible name). */
function textOf(node) {
  if (node.type === 'text') return node.value;
  return (node.children ?? []).map(textOf).join('');
}

/**
 * `<Term id="cold-start">cold starts</Term>` → the term as a button, and its definition in a
 * popover (`popover="auto"`: Escape or a click outside closes it; Chromium anchors it to the term).
 */
function drawTerms(node, state) {
  const children = node.children;
  if (!children) return;
  for (let i = 0; i < children.length; i++) {
    const child = children[i];
    if ((child.type === 'mdxJsxTextElement' || child.type === 'mdxJsxFlowElement') && child.name === 'Term') {
      const idAttr = child.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id');
      const id = typeof idAttr?.value === 'string' ? idAttr.value : undefined;
      const entry = id !== undefined && Object.hasOwn(glossary, id) ? glossary[id] : undefined;
      if (!entry) throw new Error(`<Term id="${String(id)}">: no such glossary entry. Add it to content/glossary.json.`);
      const popoverId = `term-${id}-${++state.count}`;
      children.splice(
        i,
        1,
        {
          type: 'element',
          tagName: 'button',
          properties: { type: 'button', popoverTarget: popoverId, className: ['term'], ariaLabel: `${textOf(child)}: show definition` },
          children: child.children,
        },
        {
          type: 'element',
          tagName: 'span',
          properties: { popover: 'auto', id: popoverId, className: ['term-popover'] },
          children: [
            { type: 'element', tagName: 'strong', properties: { className: ['block'] }, children: [{ type: 'text', value: entry.term }] },
            { type: 'element', tagName: 'span', properties: { className: ['block'] }, children: [{ type: 'text', value: entry.definition }] },
          ],
        },
      );
      i++;
    } else drawTerms(child, state);
  }
}

function walk(parent) {
  const children = parent.children;
  for (let i = 0; i < children.length; i++) {
    const node = children[i];
    if (node.type === 'element') {
      if (isStatic(node)) {
        if (hasElementChild(node)) children[i] = collapse(node);
      } else walk(node);
    } else if (node.type === 'mdxJsxFlowElement' || node.type === 'root') walk(node); // Shiki nests a root around each block
  }
}

/** Everything but the collapsing: hidden headings unlinked, <Term>s drawn (the tests compare pages with and without it). */
export function rehypeTerms() {
  return (tree) => {
    unlinkHiddenHeadings(tree);
    drawTerms(tree, { count: 0 });
  };
}

/**
 * A visually hidden heading (GFM's "Footnotes" label) keeps its text but loses the self-link
 * rehype-autolink-headings wrapped it in: a keyboard user would land on a link nobody can see.
 */
function unlinkHiddenHeadings(node) {
  for (const child of node.children ?? []) {
    if (child.type === 'element' && /^h[1-6]$/.test(child.tagName) && [child.properties?.className ?? []].flat().includes('sr-only')) {
      child.children = child.children.flatMap((c) => (c.type === 'element' && c.tagName === 'a' ? c.children : [c]));
    } else unlinkHiddenHeadings(child);
  }
}

export default function rehypeStaticHtml() {
  const terms = rehypeTerms();
  return (tree) => {
    terms(tree);
    walk(tree);
  };
}
