/** Unit and integration tests: everything that needs no browser. Browser tests live in test/e2e (npm run test:e2e). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  testPathIgnorePatterns: ['/node_modules/', '/test/e2e/'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: { jsx: 'react-jsx', module: 'commonjs', moduleResolution: 'node', isolatedModules: true, esModuleInterop: true } }],
  },
  reporters: ['default', '<rootDir>/test/support/summary-reporter.cjs'],
  moduleNameMapper: {
    '^office-addin-mock$': '<rootDir>/test/support/office-addin-mock-stub.cjs',
  },
};
