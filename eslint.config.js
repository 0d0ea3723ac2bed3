// Lint baseline and the layer rules: ui -> engine -> core, cli -> engine -> core.
// The core imports nothing outside itself and reads no clock or randomness.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [
  'fs',
  'path',
  'os',
  'crypto',
  'child_process',
  'url',
  'util',
  'worker_threads',
  'module',
  'stream',
  'process',
  'buffer',
  'perf_hooks',
  'events',
  // Anchored with '/', so a module of our own named like a built-in (for
  // example src/core/ledger/events.ts) is not mistaken for it (#3).
].flatMap((name) => [`/${name}`, `node:${name}`, `/${name}/*`, `node:${name}/*`]);

const restrict = (patterns, message) => ({
  'no-restricted-imports': [
    'error',
    { patterns: [{ group: patterns, message, allowTypeImports: false }] },
  ],
});

const clockAndRandomness = {
  'no-restricted-globals': [
    'error',
    { name: 'performance', message: 'Inject a clock into the core.' },
    { name: 'setTimeout', message: 'The core does not schedule.' },
    { name: 'setInterval', message: 'The core does not schedule.' },
    { name: 'requestAnimationFrame', message: 'The core does not schedule.' },
    { name: 'crypto', message: 'Use seeded ids and @noble/hashes.' },
  ],
  'no-restricted-properties': [
    'error',
    { object: 'Date', property: 'now', message: 'Inject a clock into the core.' },
    { object: 'Math', property: 'random', message: 'Use the seeded RNG.' },
  ],
  'no-restricted-syntax': [
    'error',
    {
      selector: "NewExpression[callee.name='Date'][arguments.length=0]",
      message: 'Inject a clock into the core.',
    },
  ],
};

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'recorders/**',
      'bin/**',
      'bench-results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/ban-ts-comment': [
        'error',
        { 'ts-expect-error': 'allow-with-description' },
      ],
      'no-empty': 'error',
      eqeqeq: 'error',
      curly: 'error',
      'no-nested-ternary': 'error',
      'no-console': 'error',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      ...restrict(
        [
          '**/ui/**',
          '**/engine/**',
          '**/cli/**',
          'react',
          'react-dom',
          'sql.js',
          ...nodeBuiltins,
        ],
        'The core imports nothing from ui, engine, cli, React, sql.js or Node.',
      ),
      ...clockAndRandomness,
    },
  },
  {
    files: ['src/core/**/*.test.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['src/engine/**/*.ts'],
    ignores: ['src/engine/**/*.test.ts'],
    rules: restrict(
      ['**/ui/**', '**/cli/**', 'react', 'react-dom', ...nodeBuiltins],
      'The engine imports core and sql.js only.',
    ),
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    ignores: ['src/ui/**/*.test.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      ...restrict(
        ['**/cli/**', 'sql.js', '**/engine/ledger-*', ...nodeBuiltins],
        'The UI talks to the engine through its client and protocol only.',
      ),
    },
  },
  {
    files: ['src/cli/**/*.ts', 'scripts/**/*.{ts,js}', 'e2e/**/*.ts'],
    rules: {
      'no-console': 'off',
      ...restrict(
        ['**/ui/**', '**/engine/*.worker', '**/engine/client'],
        'The CLI does not use the UI or the worker.',
      ),
    },
  },
  {
    // e2e specs may import the test API's types (STYLE §21), nothing else of the UI (#5).
    files: ['e2e/**/*.ts'],
    rules: restrict(
      ['**/ui/**', '!**/ui/test-api', '**/engine/*.worker', '**/engine/client'],
      'e2e specs drive the app through the page and its test API only.',
    ),
  },
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
);
