/** Types for rehype-code-classes.mjs (see there). */
export const CODE_THEMES: { light: string; dark: string };
export const SHIKI_OPTIONS: { themes: { light: string; dark: string }; defaultColor: false; tokenizeTimeLimit: number };
export function classFor(property: string, value: string): string | null;
export function declarationFor(property: string, value: string): string;
export default function rehypeCodeClasses(): (tree: import('hast').Root) => void;
