/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: { warnOnly: false } }],
  },
  // office-addin-manifest ships an ES module that jest cannot load; tests that need it use the stub.
  moduleNameMapper: {
    "^office-addin-manifest$": "<rootDir>/test/stubs/office-addin-manifest.js",
  },
  testTimeout: 60000,
  // console.error during a test fails it (React act(...) warnings, logged errors): see the file.
  setupFilesAfterEnv: ["<rootDir>/test/setup/noConsoleErrors.ts"],
};
