module.exports = {
  displayName: 'sdk',
  preset: '../../jest.preset.js',
  rootDir: '.',
  coverageDirectory: '../../coverage/libs/sdk',
};
