module.exports = {
  displayName: 'deposit',
  preset: '../../jest.preset.js',
  rootDir: '.',
  coverageDirectory: '../../coverage/apps/deposit',
};
