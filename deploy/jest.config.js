module.exports = {
  displayName: 'deploy',
  preset: '../jest.preset.js',
  rootDir: '.',
  // The preset maps tsconfig paths relative to two levels down; this project sits one level down.
  moduleNameMapper: {},
  coverageDirectory: '../coverage/deploy',
};
