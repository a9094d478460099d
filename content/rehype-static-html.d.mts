/** Types for the rehype plugins in rehype-static-html.mjs (see there). */
export default function rehypeStaticHtml(): (tree: import('hast').Root) => void;
export function rehypeTerms(): (tree: import('hast').Root) => void;
