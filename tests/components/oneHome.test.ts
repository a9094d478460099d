import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { defaultScenario, FREE_TIER, INSTANCES, PRICES } from '@/simulations';

/**
 * One home for each rule: prices, billing rules and the scenario's defaults live in simulations/;
 * the UI (components/, app/) reads them from the engine's frames (`snapshot.scenario`, a trace's
 * `costParts`) or from facts.ts for display, and never writes them again. This reads every source
 * file there and refuses the three ways they crept back in before: a schema default as a fallback
 * (`fn.memoryMB ?? 1024`), a price written out (`'HTTP API ($1.00/M)'`, `0.0000166667`), and a
 * billing rule redone (INIT capped and rounded up, MB-ms → GB-s, priced by hand).
 */
const ROOTS = ['components', 'app'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) return sourceFiles(p);
    return /\.(ts|tsx)$/.test(name) ? [p] : [];
  });
}

/** Every scenario field's default, by field name (names repeat across sections: `enabled`, `latencyMs`…). */
const defaultsByName = new Map<string, Set<unknown>>();
(function collect(value: unknown, name: string) {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) collect(v, k);
    return;
  }
  if (!defaultsByName.has(name)) defaultsByName.set(name, new Set());
  defaultsByName.get(name)!.add(value);
})(defaultScenario, '');

/** Every price and free allowance, in dollars or units as facts.ts holds them. */
const prices: number[] = [];
for (const f of [...Object.values(PRICES), ...Object.values(FREE_TIER), ...Object.values(INSTANCES)]) {
  if ('tiers' in f) prices.push(...f.tiers.map((t) => t.priceUsd));
  else prices.push(f.value);
}
/** A request price as menus say it per million ("$1.00", "$3.50"). */
const perMillionTexts = [...new Set(prices.filter((p) => p < 1e-4).map((p) => `$${(p * 1e6).toFixed(2)}`))].filter((t) => t !== '$0.00');

/** Functions and constants that compute a bill: the engine's (billing.ts, pricing.ts), never the UI's. */
const BILLING_NAMES = new Set([
  'billedInitMs',
  'billedRunMs',
  'billedFor',
  'requestCost',
  'costFromUsage',
  'tieredCost',
  'provisionedBilledMs',
  'sqsBilledRequests',
  'snsBilledPublishes',
  'sqsBatchRequests',
  'dynamoUnits',
  'MB_MS_PER_GB_SECOND',
]);
/** Billing limits in facts.ts: fine to show, not to compute with. */
const BILLING_LIMITS = new Set(['initBilledCapMs', 'billingGranularityMs', 'provisionedBillingIncrementMs', 'sqsChunkKB', 'snsChunkKB', 'dynamoReadUnitKB', 'dynamoWriteUnitKB']);

/** Inside arithmetic or a Math call (Math.min, Math.ceil…), up to the enclosing statement. */
function inComputation(node: ts.Node): boolean {
  for (let n = node.parent; n && !ts.isStatement(n) && !ts.isJsxElement(n); n = n.parent) {
    if (ts.isBinaryExpression(n) && [ts.SyntaxKind.AsteriskToken, ts.SyntaxKind.SlashToken, ts.SyntaxKind.PlusToken, ts.SyntaxKind.MinusToken].includes(n.operatorToken.kind)) return true;
    if (ts.isCallExpression(n) && n.expression.getText().startsWith('Math.')) return true;
  }
  return false;
}

interface Finding {
  file: string;
  line: number;
  text: string;
}

function literalValue(node: ts.Node): unknown {
  if (ts.isNumericLiteral(node)) return Number(node.text);
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (node.kind === ts.SyntaxKind.TrueKeyword) return true;
  if (node.kind === ts.SyntaxKind.FalseKeyword) return false;
  return undefined;
}

function scan(file: string, text = readFileSync(file, 'utf8')): { defaults: Finding[]; prices: Finding[]; billing: Finding[] } {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const out = { defaults: [] as Finding[], prices: [] as Finding[], billing: [] as Finding[] };
  const at = (node: ts.Node): Finding => ({ file, line: sf.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: node.getText().slice(0, 100) });
  const visit = (node: ts.Node) => {
    // `x.memoryMB ?? 1024`, `sc.gateway?.type || 'http'`: a schema default restated as a fallback.
    if (ts.isBinaryExpression(node) && (node.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken || node.operatorToken.kind === ts.SyntaxKind.BarBarToken)) {
      const value = literalValue(node.right);
      const left = node.left;
      if (value !== undefined && (ts.isPropertyAccessExpression(left) || ts.isElementAccessExpression(left))) {
        const name = ts.isPropertyAccessExpression(left) ? left.name.text : ts.isStringLiteral(left.argumentExpression) ? left.argumentExpression.text : '';
        if (defaultsByName.get(name)?.has(value)) out.defaults.push(at(node));
      }
    }
    // A price written as a number (a power of ten, such as a tolerance of 1e-6, is not taken for one).
    if (ts.isNumericLiteral(node)) {
      const v = Number(node.text);
      const powerOfTen = Number.isInteger(Math.log10(v));
      if (v > 0 && v < 1 && !powerOfTen && prices.some((p) => Math.abs(p - v) <= 1e-12 * p)) out.prices.push(at(node));
    }
    // A price per million written in words ("HTTP API ($1.00/M)").
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node) || ts.isJsxText(node)) {
      const t = ts.isJsxText(node) ? node.text : (node as ts.LiteralLikeNode).text;
      if (perMillionTexts.some((p) => t.includes(`${p}/M`) || t.includes(`${p} per million`))) out.prices.push(at(node));
    }
    // A billing rule redone: the engine's billing functions or constants, a billing limit in a
    // computation (showing it, as the Sources table does, is fine), or arithmetic on a price.
    if (ts.isIdentifier(node) && BILLING_NAMES.has(node.text)) out.billing.push(at(node));
    if (ts.isIdentifier(node) && BILLING_LIMITS.has(node.text) && inComputation(node)) out.billing.push(at(node));
    if (ts.isBinaryExpression(node) && [ts.SyntaxKind.AsteriskToken, ts.SyntaxKind.SlashToken, ts.SyntaxKind.PlusToken, ts.SyntaxKind.MinusToken].includes(node.operatorToken.kind)) {
      const priced = (n: ts.Node): boolean => ts.isPropertyAccessExpression(n) || ts.isElementAccessExpression(n) ? /^(PRICES|FREE_TIER)\b/.test(n.getText()) : false;
      if (priced(node.left) || priced(node.right)) out.billing.push(at(node));
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

const files = ROOTS.flatMap((r) => sourceFiles(r));
const found = files.map((f) => scan(f));
const all = (kind: 'defaults' | 'prices' | 'billing') => found.flatMap((f) => f[kind]).map((f) => `${f.file}:${f.line}  ${f.text}`);

describe('one home for prices, billing rules and schema defaults (none in components/ or app/)', () => {
  it('reads every source file of the UI', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(defaultsByName.get('memoryMB')).toEqual(new Set([1024]));
    expect(perMillionTexts).toContain('$1.00');
  });

  it('restates no schema default as a fallback (read the validated scenario: snapshot.scenario, the store’s `settings`)', () => {
    expect(all('defaults')).toEqual([]);
  });

  it('writes no price (read facts.ts for display)', () => {
    expect(all('prices')).toEqual([]);
  });

  it('redoes no billing rule (a request’s cost comes in parts with its trace)', () => {
    expect(all('billing')).toEqual([]);
  });

  it('catches each of them in a probe', () => {
    const count = (code: string) => {
      const r = scan('components/probe.tsx', code);
      return { defaults: r.defaults.length, prices: r.prices.length, billing: r.billing.length };
    };
    expect(count('const m = fn.memoryMB ?? 1024;').defaults).toBe(1);
    expect(count("const t = s.scenario.gateway?.type || 'http';").defaults).toBe(1);
    expect(count('const m = fn.memoryMB ?? 512;').defaults).toBe(0);
    expect(count('const p = 0.0000166667;').prices).toBe(1);
    expect(count("const label = 'HTTP API ($1.00/M)';").prices).toBe(1);
    expect(count('const ms = Math.ceil(Math.min(t.initMs, LIMITS.initBilledCapMs.value));').billing).toBe(1);
    expect(count('const usd = gbS * PRICES.lambdaDurationX86.tiers[0].priceUsd;').billing).toBe(1);
  });
});
