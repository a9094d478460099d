import type { MDXComponents } from 'mdx/types';
import Link from 'next/link';
import type { ComponentProps } from 'react';
import { Figure } from '@/components/figures/Figure';
import { AnimatedDiagramExample } from '@/components/mdx/AnimatedDiagramExample';
import { Callout } from '@/components/mdx/Callout';
import { ElementExample } from '@/components/mdx/ElementExample';
import { EmbedExample } from '@/components/mdx/EmbedExample';
import { PipelineDiagram } from '@/components/mdx/PipelineDiagram';
import { Predict } from '@/components/mdx/Predict';
import { TryIt } from '@/components/mdx/TryIt';

/** Internal links navigate client-side; external ones open normally and say so to assistive tech. */
function MdxLink({ href = '', children, ...rest }: ComponentProps<'a'>) {
  if (href.startsWith('/')) return (
      <Link href={href} prefetch={false}>
        {children}
      </Link>
    );
  if (href.startsWith('#')) return <a href={href} {...rest}>{children}</a>;
  return (
    <a href={href} rel="noopener" {...rest}>
      {children}
    </a>
  );
}

/**
 * The widgets MDX prose may use, registered once (see content/README.md). <Term> is not here:
 * the MDX build draws it as static HTML (content/rehype-static-html.mjs).
 */
const components: MDXComponents = {
  a: MdxLink,
  Callout,
  PipelineDiagram,
  TryIt,
  Predict,
  EmbedExample,
  Figure,
  ElementExample,
  AnimatedDiagramExample,
};

export function useMDXComponents(inherited: MDXComponents = {}): MDXComponents {
  return { ...inherited, ...components };
}
