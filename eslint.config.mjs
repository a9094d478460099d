import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

/** zod only through simulations/zod.ts, which turns off its eval probe (the site's CSP refuses eval). */
const zodImport = { regex: '^zod(/|$)', message: "Import { z } from '@/simulations/zod' (or './zod'): it configures zod not to probe eval, which the site's CSP refuses." };

/** The engine is pure: simulated time only, seeded randomness only, no UI. */
const engineRules = {
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        zodImport,
        {
          group: ['react', 'react-dom', 'react/*', 'next', 'next/*', 'zustand', 'zustand/*', 'motion', 'motion/*', '@xyflow/*', 'framer-motion'],
          message: 'simulations/ is a pure engine: it must not import UI libraries.',
        },
        { group: ['@/components/*', '@/app/*', '../components/*', '../app/*'], message: 'simulations/ must not import UI code.' },
      ],
    },
  ],
  'no-restricted-globals': [
    'error',
    { name: 'window', message: 'No DOM in the engine.' },
    { name: 'document', message: 'No DOM in the engine.' },
    { name: 'performance', message: 'No wall clock in the engine: only simulated time exists.' },
    { name: 'setTimeout', message: 'No timers in the engine: the caller advances simulated time.' },
    { name: 'setInterval', message: 'No timers in the engine: the caller advances simulated time.' },
    { name: 'requestAnimationFrame', message: 'No frame loop in the engine: the UI owns it.' },
    { name: 'queueMicrotask', message: 'No timers in the engine.' },
    { name: 'setImmediate', message: 'No timers in the engine.' },
    { name: 'Date', message: 'No wall clock in the engine: only simulated time exists.' },
    { name: 'process', message: 'No process state in the engine (hrtime, env): only the scenario and its seed.' },
    { name: 'crypto', message: 'No unseeded randomness in the engine: use the seeded streams in simulations/random.ts.' },
    { name: 'globalThis', message: 'No reaching around these rules through globalThis in the engine.' },
    { name: 'self', message: 'No worker or DOM globals in the engine.' },
    { name: 'fetch', message: 'No I/O in the engine.' },
  ],
  'no-restricted-properties': [
    'error',
    { object: 'Math', property: 'random', message: 'Use the seeded streams in simulations/random.ts.' },
    { object: 'Date', property: 'now', message: 'No wall clock in the engine: only simulated time exists.' },
    { object: 'performance', property: 'now', message: 'No wall clock in the engine.' },
    ...['exp', 'log', 'pow', 'sin', 'cos', 'tan', 'atan', 'atan2', 'expm1', 'log1p', 'log2', 'log10', 'cbrt', 'hypot'].map((property) => ({
      object: 'Math',
      property,
      message: 'Engines differ in the last bit of Math.' + property + ': use simulations/dmath.ts, so a run is the same in Node and every browser.',
    })),
  ],
  'no-restricted-syntax': [
    'error',
    { selector: "NewExpression[callee.name='Date']", message: 'No wall clock in the engine: only simulated time exists.' },
    { selector: "BinaryExpression[operator='**']", message: 'Engines may round ** differently: use pow2 or dexp/dlog from simulations/dmath.ts.' },
  ],
};

const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: ['node_modules/**', '.next/**', 'out/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**', 'public/embed.js'] },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mjs'],
    ignores: ['simulations/zod.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [zodImport] }] },
  },
  {
    // The CLI is the engine's one door to the outside world (files, stdout, the terminal).
    files: ['simulations/**/*.ts'],
    ignores: ['simulations/cli.ts', 'simulations/zod.ts'],
    rules: engineRules,
  },
  {
    files: ['scripts/**/*.mjs', 'tests/**/*.ts'],
    rules: { '@next/next/no-assign-module-variable': 'off' },
  },
];

export default config;
