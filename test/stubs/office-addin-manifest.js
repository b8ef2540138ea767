// Stub for office-addin-manifest under jest (its ES module build cannot be loaded by jest's CommonJS runtime).
module.exports = {};
