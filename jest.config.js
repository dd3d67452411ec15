// Tests are TypeScript compiled to CommonJS by ts-jest (transpile only: `npm run typecheck` does the type check).
export default {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: { module: 'commonjs', esModuleInterop: true, isolatedModules: true } }],
  },
  testTimeout: 60000,
};
