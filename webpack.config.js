/* Webpack build of the task pane and the ribbon commands page, after Microsoft's Office add-in React task pane
 * template (generator-office "Office-Addin-Taskpane-React"): one entry per page, HtmlWebpackPlugin for each HTML
 * page, CopyWebpackPlugin for the icons and the manifest, the dev server over https on port 3000 with
 * office-addin-dev-certs, and the production build in dist/. */
const fs = require("fs");
const os = require("os");
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const urlDev = "https://localhost:3000/";
const urlProd = "https://localhost:3000/"; // CHANGE THIS to where the production build is hosted

/** The HTML pages the manifest points at: file name in dist/ → template and the entry chunks it loads. */
const pages = [
  { filename: "taskpane.html", template: "./src/taskpane/taskpane.html", chunks: ["taskpane"] },
  { filename: "commands.html", template: "./src/commands/commands.html", chunks: ["commands"] },
  { filename: "help.html", template: "./src/taskpane/help.html", chunks: [] },
];

async function getHttpsOptions() {
  // Only needed to serve: creates (once) and trusts a localhost certificate, as the template does.
  const devCerts = require("office-addin-dev-certs");
  try {
    const httpsOptions = await devCerts.getHttpsServerOptions();
    return { ca: httpsOptions.ca, key: httpsOptions.key, cert: httpsOptions.cert };
  } catch (error) {
    // Trusting the CA needs sudo (Linux) or an admin prompt; without it, serve with the generated certificate
    // and say how to trust it, rather than not serving at all.
    const dir = path.join(os.homedir(), ".office-addin-dev-certs");
    const [key, cert, ca] = ["localhost.key", "localhost.crt", "ca.crt"].map((name) => path.join(dir, name));
    if (![key, cert, ca].every((file) => fs.existsSync(file))) throw error;
    console.warn(
      `office-addin-dev-certs could not trust its CA (${String(error.message).split("\n")[0]}); serving with ${cert}. ` +
        `Trust ${ca} in your browser/OS (or run npx office-addin-dev-certs install with admin rights).`,
    );
    return { key: fs.readFileSync(key), cert: fs.readFileSync(cert), ca: fs.readFileSync(ca) };
  }
}

module.exports = async (env = {}, options = {}) => {
  const dev = options.mode === "development";
  const config = {
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      // The engine's Web Worker (extraction and audit off the UI thread): dist/engine-worker.js, on no page.
      "engine-worker": "./src/taskpane/engine/engine.worker.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      chunkFilename: "chunks/[name].[contenthash:8].js",
      // Clean dist/ but keep the CLI's tsc output (dist/cli, dist/core, dist/workbook, dist/xlsx): a web build
      // (dev server, the e2e test's rebuild) must never delete the command line.
      clean: { keep: /^(cli|core|reader|workbook|xlsx)([\\/]|$)/ },
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".jsx", ".html"],
      // unpdf asks for pdfjs-dist's font files only under Node (inside a try); the pane uses its bundled PDF.js.
      alias: { "pdfjs-dist/package.json": false },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              // tsc checks types (npm run typecheck); the bundle only needs the JavaScript. ES modules so that
              // webpack can tree-shake and split the dynamic import()s (the xlsx writer loads only on download).
              transpileOnly: true,
              onlyCompileBundledFiles: true,
              compilerOptions: { module: "es2020", moduleResolution: "node", sourceMap: dev },
            },
          },
        },
        {
          test: /\.(png|jpg|jpeg|gif|ico)$/,
          type: "asset/resource",
          generator: { filename: "assets/[name][ext][query]" },
        },
      ],
    },
    plugins: [
      ...pages.map((page) => new HtmlWebpackPlugin({ ...page })),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext][query]" },
          // The first screen's layout (src/taskpane/taskpane.css), linked from taskpane.html.
          { from: "src/taskpane/taskpane.css", to: "taskpane.css" },
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            transform(content) {
              return dev ? content : content.toString().replace(new RegExp(urlDev, "g"), urlProd);
            },
          },
        ],
      }),
    ],
    performance: {
      // The budget is checked by scripts/bench-browser.ts (gzipped); webpack's own hint measures raw bytes.
      hints: false,
    },
    devServer: {
      headers: { "Access-Control-Allow-Origin": "*" },
      static: { directory: path.resolve(__dirname, "dist") },
      server: {
        type: "https",
        options: env.WEBPACK_BUILD || options.https !== undefined ? options.https : await getHttpsOptions(),
      },
      port: process.env.npm_package_config_dev_server_port || 3000,
    },
  };
  return config;
};

module.exports.pages = pages;
module.exports.urlDev = urlDev;
module.exports.urlProd = urlProd;
