import { compile, evaluate } from '@mdx-js/mdx';
import rehypeShiki from '@shikijs/rehype';
import type { ComponentProps, ReactNode } from 'react';
import * as runtime from 'react/jsx-runtime';
import { renderToStaticMarkup } from 'react-dom/server';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import { describe, expect, it } from 'vitest';
import { glossary } from '@/content/glossary';
import rehypeCodeClasses, { SHIKI_OPTIONS } from '@/content/rehype-code-classes.mjs';
import rehypeStaticHtml, { rehypeTerms } from '@/content/rehype-static-html.mjs';

/**
 * The static-HTML plugin must change what React hydrates, never what the reader gets: the page
 * renders to the same HTML with it as without it.
 */
const SOURCE = `
## A heading

Plain prose with *emphasis*, \`code\`, an [external link](https://aws.amazon.com/lambda/) and an
[internal one](/explanations/aws/lambda), plus a footnote.[^a]

- a list item with **bold**
- another with a [link](#a-heading)

| Runtime | Cold start |
| ------- | ---------- |
| Node.js | ~150 ms    |

\`\`\`js
// a comment
export const handler = async () => ({ statusCode: 200 });
\`\`\`

<Box>
Markdown *inside* a component, with a list:

- one
- two
</Box>

A paragraph with <Term id="cold-start">cold starts</Term> and a <Tag>component</Tag> inside it.

Another with only a <Term id="concurrency">term</Term>.

[^a]: The footnote, with a [source](https://docs.aws.amazon.com/).
`;

const PLUGINS = [
  rehypeSlug,
  [rehypeAutolinkHeadings, { behavior: 'wrap', properties: { className: ['heading-anchor'] } }],
  [rehypeShiki, SHIKI_OPTIONS],
  rehypeCodeClasses,
] as const;

// What mdx-components.tsx does to links (without next/link, which needs the app's router).
const components = {
  a: ({ href = '', children, ...rest }: ComponentProps<'a'>) =>
    href.startsWith('/') || href.startsWith('#') ? (
      <a href={href} {...rest}>
        {children}
      </a>
    ) : (
      <a href={href} rel="noopener" {...rest}>
        {children}
      </a>
    ),
  Box: ({ children }: { children: ReactNode }) => <aside className="box">{children}</aside>,
  Tag: ({ children }: { children: ReactNode }) => <mark>{children}</mark>,
};

async function render(collapse: boolean): Promise<string> {
  const { default: Content } = await evaluate(SOURCE, {
    ...runtime,
    remarkPlugins: [remarkGfm],
    rehypePlugins: collapse ? [...PLUGINS, rehypeStaticHtml] : [...PLUGINS, rehypeTerms],
  } as Parameters<typeof evaluate>[1]);
  return renderToStaticMarkup(<Content components={components} />);
}

const ENTITIES: Record<string, string> = { '&lt;': '<', '&#x3C;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&#x22;': '"', '&#x27;': "'", '&#39;': "'" };
const decode = (s: string) => s.replace(/&(?:lt|gt|amp|quot|#x3C|#x22|#x27|#39);/g, (e) => ENTITIES[e]);

/** Tags with sorted, lower-cased attributes (a bare boolean attribute and ="true" alike) and decoded text, one token per line. */
function normalize(html: string): string[] {
  const tokens: string[] = [];
  for (const m of html.matchAll(/<(\/?)([a-zA-Z0-9-]+)([^>]*)>|([^<]+)/g)) {
    if (m[4] !== undefined) {
      if (m[4].trim()) tokens.push(`#${decode(m[4])}`);
      continue;
    }
    const attrs = [...m[3].matchAll(/([^\s=/]+)(?:="([^"]*)")?/g)].map(([, k, v = '']) => `${k.toLowerCase()}=${decode(v === 'true' ? '' : v)}`).sort();
    tokens.push(`<${m[1]}${m[2]} ${attrs.join(' ')}>`);
  }
  return tokens;
}

describe('rehype-static-html', () => {
  it('renders the same page as the plain MDX pipeline', async () => {
    const [plain, collapsed] = await Promise.all([render(false), render(true)]);
    expect(normalize(collapsed)).toEqual(normalize(plain));
    // The page really has what the comparison covers.
    expect(plain).toContain('rel="noopener"');
    expect(plain).toContain('class="shiki');
    expect(plain).toContain('data-footnotes');
    // GFM's visually hidden "Footnotes" heading keeps its text but no self-link: nobody could see it take focus.
    expect(collapsed).toMatch(/<h2 class="sr-only" id="footnote-label">Footnotes<\/h2>/);
    expect(plain).toContain('<aside class="box">');
    expect(plain).toContain('<mark>component</mark>');
  });

  it('draws a <Term> as a button that opens its glossary definition in a native popover', async () => {
    const html = await render(true);
    const button = html.match(/<button type="button" popovertarget="([^"]+)" class="term" aria-label="cold starts: show definition">cold starts<\/button>/i);
    expect(button).not.toBeNull();
    const popover = html.match(new RegExp(`<span popover="auto" id="${button![1]}" class="term-popover">(.*?)</span></span>`));
    expect(popover?.[1]).toContain(glossary['cold-start'].term);
    expect(decode(popover![1])).toContain(glossary['cold-start'].definition);
    // Each term on a page gets its own popover.
    const ids = [...html.matchAll(/popover="auto" id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(2);
  });

  it('fails the build on a term the glossary does not have', async () => {
    await expect(compile('A <Term id="no-such-term">thing</Term>.', { rehypePlugins: [rehypeStaticHtml] } as Parameters<typeof compile>[1])).rejects.toThrow(
      /no such glossary entry/,
    );
  });

  it('hands static blocks to React as HTML, and keeps blocks with components as elements', async () => {
    const code = String(
      await compile(SOURCE, { remarkPlugins: [remarkGfm], rehypePlugins: [...PLUGINS, rehypeStaticHtml] } as Parameters<typeof compile>[1]),
    );
    const html = code.match(/dangerouslySetInnerHTML/g) ?? [];
    // Heading, paragraph, list, table, code block, footnotes, and the list inside <Box>.
    expect(html.length).toBeGreaterThanOrEqual(7);
    // No highlighted token is a React element any more.
    expect(code).not.toContain('_components.span');
    // Components are still rendered through the component map.
    expect(code).toMatch(/_jsxs?\(Tag,/);
    expect(code).toMatch(/_jsxs?\(Box,/);
    // A paragraph whose only tag is a <Term> is static HTML too.
    expect(code).toMatch(/__html: "Another with only a <button/);
  });
});
