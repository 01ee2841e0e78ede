// Readability ships the readerable test as its own CommonJS file but types it only through the package entry.
// Importing the file directly keeps Readability's parser (≈ 90 % of the package) out of the content script.
declare module '@mozilla/readability/Readability-readerable.js' {
  import type { isProbablyReaderable } from '@mozilla/readability';
  const readerable: typeof isProbablyReaderable;
  export default readerable;
}
