import { Suspense, type ReactNode } from 'react';
import { mdxModules } from '@/content';
import { neighbours, type PageEntry } from '@/content/manifest';
import { outline, readingMinutes } from '@/content/outline';
import { pageSource } from '@/content/source';
import { OpenSimulatorButton } from '@/components/simulator/OpenSimulatorButton';
import { PrevNext } from './PrevNext';
import { ScrollSpy } from './ScrollSpy';
import { TableOfContents } from './TableOfContents';

const dateFormat = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' });

/**
 * A prose page: header with metadata, the MDX body, previous/next links, a table of contents and
 * an optional sticky side column (the article's pipeline, later the live simulator).
 */
export async function ArticlePage({ page, side }: { page: PageEntry; side?: ReactNode }) {
  const source = pageSource(page.file);
  const headings = outline(source);
  const minutes = readingMinutes(source);
  const { default: Body } = await mdxModules[page.file]();
  const { previous, next } = neighbours(page.route);

  return (
    <div
      className={`mx-auto grid max-w-[90rem] gap-x-10 px-4 sm:px-6 ${
        side ? 'lg:grid-cols-[minmax(0,1fr)_24rem] xl:grid-cols-[13rem_minmax(0,1fr)_26rem]' : 'lg:grid-cols-[minmax(0,1fr)_16rem]'
      }`}
    >
      {side && (
        <aside className="hidden xl:block print:hidden" aria-label="Table of contents">
          <div className="sticky top-20 max-h-[calc(100vh-6rem)] overflow-y-auto py-10">
            <TableOfContents headings={headings} id="toc-side" />
          </div>
        </aside>
      )}
      <article className="min-w-0 py-8 sm:py-10">
        <header className="mb-8 max-w-[70ch]">
          <p className="text-sm font-semibold text-brand-600 dark:text-brand-300">{page.category}</p>
          <h1 className="mt-1 text-3xl font-bold tracking-tight text-balance sm:text-4xl">{page.title}</h1>
          <p className="mt-3 text-lg text-[var(--muted-fg)]">{page.description}</p>
          <dl className="mt-4 flex flex-wrap gap-x-5 gap-y-1 text-sm text-[var(--muted-fg)]">
            <div className="flex gap-1">
              <dt className="sr-only">Reading time</dt>
              <dd>{minutes} min read</dd>
            </div>
            <div className="flex gap-1">
              <dt>Updated</dt>
              <dd>
                <time dateTime={page.updated}>{dateFormat.format(new Date(page.updated))}</time>
              </dd>
            </div>
            <div className="flex flex-wrap gap-1">
              <dt className="sr-only">Tags</dt>
              {page.tags.map((t) => (
                <dd key={t} className="rounded-full bg-[var(--surface)] px-2 py-0.5 text-xs">
                  #{t}
                </dd>
              ))}
            </div>
          </dl>
          {page.basedOn && (
            <p className="mt-3 text-sm text-[var(--muted-fg)]">
              Based on{' '}
              <cite>
                {page.basedOn.title}
              </cite>{' '}
              by{' '}
              {page.basedOn.authorUrl ? (
                <a href={page.basedOn.authorUrl} className="underline">
                  {page.basedOn.author}
                </a>
              ) : (
                page.basedOn.author
              )}{' '}
              (<time dateTime={page.basedOn.date}>{page.basedOn.date}</time>)
            </p>
          )}
          {side && <OpenSimulatorButton />}
        </header>
        <details className={`mb-8 rounded-lg border border-[var(--border)] px-4 py-2 print:hidden ${side ? 'xl:hidden' : 'lg:hidden'}`}>
          <summary className="cursor-pointer py-1 text-sm font-semibold">Contents</summary>
          <div className="pt-2 pb-1">
            <TableOfContents headings={headings} id="toc-inline" />
          </div>
        </details>
        <div className="prose max-w-[70ch] prose-slate dark:prose-invert prose-a:text-brand-600 dark:prose-a:text-brand-300 prose-pre:text-sm">
          {/*
            No Suspense boundary here: the MDX body holds client components whose modules load
            lazily while the page is prerendered, so inside a boundary it was written out of
            order (after the rest of the page) and revealed by a script, late and with a layout
            shift, and not at all without JavaScript. Outside one, the prerender waits for it.
          */}
          <Body />
        </div>
        <div className="max-w-[70ch]">
          <PrevNext previous={previous} next={next} />
        </div>
      </article>
      {side ? (
        <aside aria-label="Live simulator" className="lg:min-w-0">
          <div className="lg:sticky lg:top-16 lg:max-h-[calc(100vh-4rem)] lg:overflow-y-auto lg:py-6 lg:pr-1">
            {/*
              Suspense boundaries split hydration: React hydrates each in its own pass, so the
              page's start-up is several short tasks instead of one long one that blocks input.
              Nothing here suspends; the server renders it all inline.
            */}
            <Suspense>{side}</Suspense>
          </div>
        </aside>
      ) : (
        <aside className="hidden lg:block print:hidden" aria-label="Table of contents">
          <div className="sticky top-20 max-h-[calc(100vh-6rem)] overflow-y-auto py-10">
            <TableOfContents headings={headings} id="toc-side" />
          </div>
        </aside>
      )}
      <ScrollSpy />
    </div>
  );
}
