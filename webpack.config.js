/* Build of the two pages: the Word task pane and the browser playground (no Word).
 *   webpack --mode production                          → dist/ with hashed bundles
 *   webpack --mode production --env url=https://host/  → manifest points at https://host/ instead of localhost:3000
 *   webpack --mode production --env officeJs=local     → office.js served from dist/office-js (air-gapped networks)
 *   webpack serve --mode development                   → https://localhost:3000
 */
const path = require('node:path');
const fs = require('node:fs');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { EsbuildPlugin } = require('esbuild-loader');

const DEV_ORIGIN = 'https://localhost:3000/';
const DEV_PORT = 3000;
const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const OFFICE_JS_LOCAL_DIR = 'office-js';
const OFFICE_JS_DIST = path.resolve(__dirname, 'node_modules/@microsoft/office-js/dist');
const MANIFEST = path.resolve(__dirname, 'manifest.xml');

/** The files office.js fetches for Word in Vietnamese or English; the package holds every host and locale. */
function officeJsCopyPatterns() {
  const minimized = { minimized: true };
  const to = (name) => `${OFFICE_JS_LOCAL_DIR}/${name}`;
  const files = ['office.js', 'o15apptofilemappingtable.js'];
  for (const name of fs.readdirSync(OFFICE_JS_DIST)) {
    if (/^word.*\.js$/.test(name) && !name.endsWith('.debug.js')) files.push(name);
  }
  for (const locale of ['vi-vn', 'en-us']) files.push(`${locale}/office_strings.js`);
  return files.map((name) => ({ from: path.join(OFFICE_JS_DIST, name), to: to(name), info: minimized }));
}

/** Bad --env values end the build with a plain bilingual message (webpack-cli would print a stack trace). */
function configError(vi, en) {
  console.error(`${vi}\n${en}`);
  process.exit(2);
}

function productionUrl(url) {
  if (!url) return undefined;
  if (!/^https:\/\/[^\s"'<>]+$/.test(url)) {
    configError(`--env url phải là một địa chỉ https://, nhận được: ${url}`, `--env url must be an https:// address, got: ${url}`);
  }
  return url.endsWith('/') ? url : `${url}/`;
}

/** webpack-dev-server's https options: office-addin-dev-certs when it can, else the server's own self-signed pair. */
async function httpsServer() {
  const devCerts = require('office-addin-dev-certs');
  try {
    return { type: 'https', options: await devCerts.getHttpsServerOptions() };
  } catch (error) {
    // Without sudo the CA install fails after the certificates were generated: use them, untrusted.
    const defaults = require('office-addin-dev-certs/lib/defaults');
    const paths = [defaults.caCertificatePath, defaults.localhostCertificatePath, defaults.localhostKeyPath];
    const reason = String(error && error.message ? error.message : error).split('\n')[0];
    if (paths.every((file) => fs.existsSync(file))) {
      console.warn(`[dev-server] CA chưa được cài vào hệ thống (${reason}); dùng chứng chỉ localhost đã tạo, trình duyệt sẽ cảnh báo.`);
      console.warn(`[dev-server] The CA is not installed (${reason}); using the generated localhost certificate, untrusted. Run "npx office-addin-dev-certs install" to trust it.`);
      const [ca, cert, key] = paths.map((file) => fs.readFileSync(file));
      return { type: 'https', options: { ca, cert, key } };
    }
    console.warn(`[dev-server] Không tạo được chứng chỉ office-addin-dev-certs (${reason}); dùng chứng chỉ tự ký của webpack-dev-server.`);
    console.warn(`[dev-server] office-addin-dev-certs failed (${reason}); falling back to webpack-dev-server's self-signed certificate.`);
    return 'https';
  }
}

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === 'production';
  const serving = Boolean(env.WEBPACK_SERVE);
  const localOfficeJs = env.officeJs === 'local';
  const siteUrl = productionUrl(env.url);
  if (env.officeJs !== undefined && !localOfficeJs) {
    configError(`--env officeJs chỉ nhận giá trị "local", nhận được: ${env.officeJs}`, `--env officeJs only accepts "local", got: ${env.officeJs}`);
  }

  const copyPatterns = [
    { from: 'assets', to: 'assets', noErrorOnMissing: true },
    {
      from: MANIFEST,
      to: 'manifest.xml',
      noErrorOnMissing: true,
      transform: (content) => (siteUrl ? content.toString().split(DEV_ORIGIN).join(siteUrl) : content),
    },
  ];
  if (localOfficeJs) copyPatterns.push(...officeJsCopyPatterns());

  return {
    mode: production ? 'production' : 'development',
    devtool: production ? 'source-map' : 'eval-cheap-module-source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      playground: './src/playground/index.tsx',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      clean: true,
    },
    resolve: { extensions: ['.tsx', '.ts', '.js'] },
    module: {
      rules: [
        { test: /\.tsx?$/, exclude: /node_modules/, loader: 'esbuild-loader', options: { target: 'es2020' } },
      ],
    },
    optimization: {
      minimizer: [new EsbuildPlugin({ target: 'es2020' })],
      runtimeChunk: 'single',
      splitChunks: {
        chunks: 'all',
        cacheGroups: {
          react: { test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/, name: 'react', priority: 20, enforce: true },
          fluent: {
            test: /[\\/]node_modules[\\/](@fluentui|@griffel|@floating-ui|tabster|keyborg|@swc|stylis|rtl-css-js|tslib|use-sync-external-store|@emotion)[\\/]/,
            name: 'fluent',
            priority: 10,
            enforce: true,
          },
        },
      },
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
        // The page's inline script loads the bundles itself, after its Internet Explorer check.
        inject: false,
        officeJsUrl: localOfficeJs ? `${OFFICE_JS_LOCAL_DIR}/office.js` : OFFICE_JS_CDN,
      }),
      new HtmlWebpackPlugin({
        filename: 'playground.html',
        template: './src/playground/playground.html',
        chunks: ['playground'],
      }),
      new CopyWebpackPlugin({ patterns: copyPatterns }),
    ],
    performance: { hints: false },
    devServer: serving
      ? {
          host: 'localhost',
          port: DEV_PORT,
          server: await httpsServer(),
          headers: { 'Access-Control-Allow-Origin': '*' },
          static: false,
          client: { overlay: { warnings: false, errors: true } },
        }
      : undefined,
  };
};
