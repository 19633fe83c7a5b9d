// One bundle per app: our code (apps and libs, resolved through tsconfig paths) is compiled by
// ts-loader, which emits decorator metadata that Nest's DI and class-validator rely on;
// node_modules stay external and come from the image's production install.
const path = require('node:path');
const nodeExternals = require('webpack-node-externals');
const TsconfigPathsPlugin = require('tsconfig-paths-webpack-plugin');

module.exports = (app) => ({
  mode: 'production',
  target: 'node',
  entry: path.join(__dirname, 'apps', app, 'src', 'main.ts'),
  output: { path: path.join(__dirname, 'dist', 'apps', app), filename: 'main.js', clean: true },
  devtool: 'source-map',
  optimization: { minimize: false, nodeEnv: false },
  externalsPresets: { node: true },
  externals: [nodeExternals({ modulesDir: path.join(__dirname, 'node_modules') })],
  resolve: {
    extensions: ['.ts', '.js'],
    plugins: [new TsconfigPathsPlugin({ configFile: path.join(__dirname, 'apps', app, 'tsconfig.app.json') })],
  },
  module: {
    rules: [
      {
        test: /\.ts$/,
        loader: 'ts-loader',
        exclude: /node_modules/,
        options: { configFile: path.join(__dirname, 'apps', app, 'tsconfig.app.json'), transpileOnly: true },
      },
    ],
  },
  stats: 'errors-warnings',
});
