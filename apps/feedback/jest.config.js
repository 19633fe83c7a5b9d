module.exports = {
  displayName: 'feedback',
  preset: '../../jest.preset.js',
  rootDir: '.',
  coverageDirectory: '../../coverage/apps/feedback',
};
