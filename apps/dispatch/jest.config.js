module.exports = {
  displayName: 'dispatch',
  preset: '../../jest.preset.js',
  rootDir: '.',
  coverageDirectory: '../../coverage/apps/dispatch',
};
