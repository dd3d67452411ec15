// Tests are TypeScript compiled to CommonJS by ts-jest (transpile only: `npm run typecheck` does the type check).
import { availableParallelism } from 'node:os';

export default {
  // At least two workers, even on a two-core machine (jest's default there is one): the browser tests
  // mostly wait on Chromium and the playground, so two files at a time halve the run (1,154 s → 639 s).
  maxWorkers: Math.max(2, availableParallelism() - 1),
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: { module: 'commonjs', esModuleInterop: true, isolatedModules: true } }],
  },
  testTimeout: 60000,
};
