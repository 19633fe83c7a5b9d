module.exports = {
  displayName: 'testing',
  preset: '../../jest.preset.js',
  rootDir: '.',
  coverageDirectory: '../../coverage/libs/testing',
};
