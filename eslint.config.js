// @ts-check
/**
 * ESLint: typescript-eslint (type-aware, strict) for TypeScript, eslint-plugin-astro for .astro
 * files. Formatting is Prettier's job (npm run format); `npm run lint` allows no warnings.
 */
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      '.astro/',
      '.author/',
      '.bench/',
      '.bench-fixture-*/',
      'node_modules/',
      'tests/fixtures/',
      'public/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  ...astro.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname, extraFileExtensions: ['.astro'] },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // Files and functions a reader can hold in mind.
      'max-lines': ['error', { max: 300 }],
      'max-lines-per-function': ['error', { max: 80 }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['**/*.astro'],
    // astro-eslint-parser reads a tsconfig (project), not typescript-eslint's project service.
    languageOptions: { parserOptions: { parser: tseslint.parser, projectService: false, project: './tsconfig.json' } },
    // The ESLint parser types template JSX as `any` (Astro's JSX types are resolved by astro check,
    // which type-checks every template strictly); the unsafe-any rules would flag every element.
    rules: {
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
  {
    // In tests a `!` that is wrong fails the test at once, which is what a test is for.
    files: ['tests/**/*.ts'],
    // A test file's describe() holds its tests: the function-length limit is for code, not for suites.
    rules: { '@typescript-eslint/no-non-null-assertion': 'off', 'max-lines-per-function': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
