// office-addin-mock 4 is ESM-only and does not load under jest's CommonJS runtime; tests that need it import this.
module.exports = {};
