/** Types for the rehype plugin in rehype-static-html.mjs (see there). */
export default function rehypeStaticHtml(): (tree: import('hast').Root) => void;
