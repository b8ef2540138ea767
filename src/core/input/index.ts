export { decodeText, MAX_INVALID_UTF8_RATIO } from "./decodeText";
export { sniffUtf16 } from "./sniffUtf16";
export { checkBinary } from "./binary";
export { declaredHtmlCharset } from "./htmlCharset";
export { decodeEntities } from "./entities";
export { htmlToText, parseHtml, type HtmlArticle } from "./htmlToText";
export type { HtmlMeta } from "./htmlMeta";
export { markdownToText } from "./markdownToText";
export {
  readArticle,
  articleFormat,
  tooLargeMessage,
  MAX_ARTICLE_BYTES,
  ARTICLE_EXTENSIONS,
  type ArticleFormat,
  type ArticleResult,
} from "./readArticle";
export type { TextResult } from "./result";
