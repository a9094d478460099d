/** `<serverless-pipeline>` (served as /embed.js) in JSX: its attributes are the embed's parameters. */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { ALL_EMBED_KEYS } from './protocol';

type EmbedAttributes = Partial<Record<(typeof ALL_EMBED_KEYS)[number] | 'host', string>>;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'serverless-pipeline': DetailedHTMLProps<HTMLAttributes<HTMLElement>, HTMLElement> & EmbedAttributes;
    }
  }
}
