import { readFileSync } from 'node:fs';
import type { Element, Root, RootContent } from 'hast';
import { codeToHast } from 'shiki';
import { describe, expect, it } from 'vitest';
import rehypeCodeClasses, { SHIKI_OPTIONS } from '@/content/rehype-code-classes.mjs';

/**
 * Highlighted code must carry no inline style (the CSP refuses them) and look exactly as Shiki
 * drew it: every token's classes, read through app/code-colors.css, give back Shiki's declarations.
 */
const SAMPLES: [string, string][] = [
  ['js', "// a comment\nexport const handler = async (event) => ({ statusCode: 200, body: JSON.stringify({ ok: true, n: 1.5e3 }) });\n"],
  ['json', '{ "function": { "memoryMB": 512, "runtime": "nodejs20.x" }, "seed": 7, "async": null }\n'],
  ['bash', 'SITE_URL=https://example.org npm run build && curl -sI "$SITE_URL/" | grep -i content-security\n'],
  ['md', '# Title\n*italic* **bold** ~~gone~~ [link](https://example.org) `code`\n'],
  ['nginx', "location /embed/ {\n  add_header X-Content-Type-Options nosniff always;\n}\n"],
];

/** `.cls { --prop: value; }` rules of the generated stylesheet. */
const CSS_RULES = new Map(
  [...readFileSync(new URL('../../app/code-colors.css', import.meta.url), 'utf8').matchAll(/^\.(sh-[a-z0-9-]+) \{ ([^:]+): ([^;]+); \}$/gm)].map((m) => [m[1], `${m[2]}:${m[3]}`]),
);

const highlight = (lang: string, code: string) => codeToHast(code, { lang, ...SHIKI_OPTIONS }) as Promise<Root>;

function elements(node: Root | RootContent, out: Element[] = []): Element[] {
  if (node.type === 'element') out.push(node);
  if ('children' in node) for (const child of node.children) elements(child, out);
  return out;
}

/** Shiki's own hast writes `class` as a string; rehype's parsed hast writes `className` as an array. */
const classesOf = (e: Element) => [...[e.properties.className ?? []].flat(), ...String(e.properties.class ?? '').split(/\s+/)].map(String).filter(Boolean);

const declarations = (style: unknown) =>
  String(style ?? '')
    .split(';')
    .filter((d) => d.trim())
    .map((d) => d.trim().toLowerCase().replace(/\s*:\s*/, ':'))
    .sort();

describe('rehype-code-classes', () => {
  it.each(SAMPLES)('turns every inline style of highlighted %s into classes that set the same variables', async (lang, code) => {
    const tree = await highlight(lang, code);
    const before = elements(structuredClone(tree));
    rehypeCodeClasses()(tree);
    const after = elements(tree);
    expect(after.length).toBe(before.length);
    expect(before.some((e) => e.properties.style)).toBe(true);
    for (const [i, element] of after.entries()) {
      expect(element.properties.style, `element ${i}`).toBeUndefined();
      const classes = classesOf(element);
      const set = classes.filter((c) => c.startsWith('sh-')).map((c) => CSS_RULES.get(c));
      expect(set.every((d) => d !== undefined), `element ${i}: ${classes.join(' ')}`).toBe(true);
      expect((set as string[]).sort(), `element ${i}`).toEqual(declarations(before[i].properties.style));
      // Shiki's own classes (shiki, line, the theme names) are kept.
      expect(classes.filter((c) => !c.startsWith('sh-'))).toEqual(classesOf(before[i]));
    }
  });

  it('fails the build, naming the command to run, on a colour the stylesheet lacks', () => {
    const tree: Root = {
      type: 'root',
      children: [{ type: 'element', tagName: 'pre', properties: { className: ['shiki'] }, children: [{ type: 'element', tagName: 'span', properties: { style: '--shiki-light:#123456' }, children: [] }] }],
    };
    expect(() => rehypeCodeClasses()(tree)).toThrow(/npm run code-colors/);
  });

  it('fails the build on a style it cannot express as a class', () => {
    const tree: Root = {
      type: 'root',
      children: [{ type: 'element', tagName: 'pre', properties: { className: ['shiki'] }, children: [{ type: 'element', tagName: 'span', properties: { style: 'color:red' }, children: [] }] }],
    };
    expect(() => rehypeCodeClasses()(tree)).toThrow(/"color:red", which has no class/);
  });

  it('leaves styles outside highlighted code alone', () => {
    const tree: Root = { type: 'root', children: [{ type: 'element', tagName: 'div', properties: { style: 'color:red' }, children: [] }] };
    rehypeCodeClasses()(tree);
    expect((tree.children[0] as Element).properties.style).toBe('color:red');
  });
});
