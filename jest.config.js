// Jest in native ESM mode (DESIGN §7): ts-jest with useESM, `.js` stripped from
// relative imports, and a tiny transform that adds the JSON import attribute the
// workflow-parser's schema import lacks.
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json', diagnostics: false }],
    'workflow-parser/dist/.+\\.js$': '<rootDir>/scripts/jest-json-import.cjs'
  },
  transformIgnorePatterns: ['/node_modules/(?!@actions/workflow-parser/)'],
  testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
  setupFiles: ['<rootDir>/__tests__/setup.ts'],
  testTimeout: 60000,
  maxWorkers: 2
}
