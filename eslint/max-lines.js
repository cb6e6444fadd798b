// The longest a source file may be, in lines: code (eslint's max-lines) and stylesheets
// (eslint/stylesheet-length.test.ts) alike.
export const MAX_LINES = 300;
