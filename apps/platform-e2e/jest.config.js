module.exports = {
  displayName: 'platform-e2e',
  preset: '../../jest.preset.js',
  rootDir: '.',
  // Suites boot real processes; give them room on a 2-core machine.
  testTimeout: 60_000,
};
