import { pages } from '../../content/manifest';

/** Every page a reader can reach, with the title its h1 must show. */
export const routes: { path: string; title: string }[] = [
  ...pages.map((p) => ({ path: p.route, title: p.title })),
  { path: '/playground', title: 'Playground' },
];
