/** Types for security-headers.mjs (see there). */
export const FRAMABLE: RegExp;
export const COMMON_HEADERS: Record<string, string>;
export const IMMUTABLE_PATH: string;
export const IMMUTABLE_CACHE: string;
export interface InlineCode {
  scripts: string[];
  styles: string[];
  styleAttributes: string[];
  insertAt: number;
}
export function inlineCode(html: string, file?: string): InlineCode;
export function contentSecurityPolicy(options: { scriptHashes?: string[]; styleHashes?: string[]; styleAttributeHashes?: string[]; framable?: boolean; meta?: boolean }): string;
export function urlPaths(relativeFile: string): string[];
export function withMetaPolicy(html: string, policy: string, insertAt: number): string;
export function headersFile(pages: { urls: string[]; policy: string; framable: boolean }[]): { text: string; rules: number; longest: number };
export function secure(dir: string): {
  pages: { urls: string[]; framable: boolean; scripts: number; policy: string }[];
  styleElements: number;
  styleAttributes: number;
  rules: number;
  longest: number;
};
