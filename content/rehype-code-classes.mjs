/**
 * Rehype plugin, run right after Shiki: highlighted code gets its colours from classes instead
 * of inline `style` attributes, so the site's Content-Security-Policy can keep `style-src 'self'`
 * (no 'unsafe-inline', no hashed 'unsafe-hashes'). Shiki writes both themes as variables on every
 * token, `style="--shiki-light:#CF222E;--shiki-dark:#FF7B72"`; this makes that
 * `class="sh-l-cf222e sh-d-ff7b72"`, and app/code-colors.css sets the same variables from the
 * classes, so `globals.css` reads them as before. The classes also matter after the page loads:
 * a static block reaches the browser as an HTML string (rehype-static-html), and on a client-side
 * navigation a style attribute inside it would be refused too.
 *
 * app/code-colors.css is generated from the same two themes by `npm run code-colors`. A token
 * whose colour or font style has no class there fails the build, naming the command to run.
 */
import { readFileSync } from 'node:fs';

/** The two Shiki themes: light and dark, both emitted as variables (`defaultColor: false`). */
export const CODE_THEMES = { light: 'github-light-default', dark: 'github-dark-default' };

/**
 * Shiki's options, for next.config.mjs and the tests alike. `tokenizeTimeLimit: 0`: no time limit
 * per line. With Shiki's default (500 ms), a build on a busy machine gives up on a line part-way
 * and emits the rest as one token in a stale colour (seen: a whole line of code in the comment
 * grey), so the published highlighting depended on the build machine's load.
 */
export const SHIKI_OPTIONS = { themes: CODE_THEMES, defaultColor: false, tokenizeTimeLimit: 0 };

/** Shiki's per-theme declaration → the class that sets it. */
const KINDS = {
  '': (value) => value.toLowerCase().replace(/^#/, ''),
  '-bg': (value) => `bg-${value.toLowerCase().replace(/^#/, '')}`,
  '-font-style': (value) => value,
  '-font-weight': (value) => value,
  '-text-decoration': (value) => value.replace(/\s+/g, '-'),
};

/** The class for one Shiki declaration (`--shiki-dark-bg: #0d1117` → `sh-d-bg-0d1117`), or null if it is not one. */
export function classFor(property, value) {
  const m = /^--shiki-(light|dark)(-bg|-font-style|-font-weight|-text-decoration)?$/.exec(property.trim());
  if (!m) return null;
  const name = KINDS[m[2] ?? ''](value.trim());
  return /^[a-z0-9-]+$/.test(name) ? `sh-${m[1][0]}-${name}` : null;
}

/** The declaration a class stands for, as the generated stylesheet writes it. */
export function declarationFor(property, value) {
  return `${property.trim()}: ${value.trim()}`;
}

/** Class names defined in app/code-colors.css. */
function definedClasses() {
  const css = readFileSync(new URL('../app/code-colors.css', import.meta.url), 'utf8');
  return new Set([...css.matchAll(/^\.(sh-[a-z0-9-]+)\s*\{/gm)].map((m) => m[1]));
}

function convert(node, defined) {
  if (node.type === 'element' && node.properties?.style !== undefined) {
    const classes = [];
    for (const declaration of String(node.properties.style).split(';')) {
      if (!declaration.trim()) continue;
      const colon = declaration.indexOf(':');
      const [property, value] = [declaration.slice(0, colon), declaration.slice(colon + 1)];
      const name = colon > 0 ? classFor(property, value) : null;
      if (!name) throw new Error(`rehype-code-classes: highlighted code carries "${declaration.trim()}", which has no class. Teach content/rehype-code-classes.mjs the property, or drop the transformer that adds it.`);
      if (!defined.has(name)) {
        throw new Error(`rehype-code-classes: "${declaration.trim()}" needs .${name}, which app/code-colors.css lacks. Run \`npm run code-colors\` after changing Shiki or its themes.`);
      }
      classes.push(name);
    }
    const properties = { ...node.properties, className: [...classesOf(node), ...classes] };
    delete properties.style;
    delete properties.class;
    node.properties = properties;
  }
  node.children?.forEach((child) => convert(child, defined));
}

/** An element's classes, whether hast holds them as `className` (parsed HTML) or `class` (Shiki's own hast). */
function classesOf(node) {
  const { className, class: raw } = node.properties ?? {};
  return [...[className ?? []].flat(), ...String(raw ?? '').split(/\s+/)].map(String).filter(Boolean);
}

/** Finds Shiki's blocks (`pre.shiki`) and converts their styles; other elements are left alone. */
function walk(node, defined) {
  if (node.type === 'element' && node.tagName === 'pre' && classesOf(node).includes('shiki')) {
    convert(node, defined);
    return;
  }
  node.children?.forEach((child) => walk(child, defined));
}

export default function rehypeCodeClasses() {
  const defined = definedClasses();
  return (tree) => walk(tree, defined);
}
