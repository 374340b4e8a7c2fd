// What a government web page wraps around a policy, as data for the HTML reader.

/** Elements that never hold the policy's text. */
export const droppedElements = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'nav', 'footer', 'aside', 'form', 'button', 'select',
  'input', 'textarea', 'svg', 'canvas', 'object', 'embed', 'video', 'audio', 'map', 'head',
]);

/** class or id of site furniture: navigation, breadcrumbs, share/print widgets, font-size switchers, footers. */
export const furniture =
  /(^|[-_\s])(nav|navbar|menu|breadcrumbs?|crumbs?|position|location|share|bdshare|print|fontsize|font-size|zoomtool|toolbar|footer|foot|copyright|sidebar|related|qrcode|erweima|ewm|search|login|topbar|header-nav|friend-?links?)($|[-_\s\d])/i;

/** Elements that end a line when rendered as text. */
export const blockElements = new Set([
  'p', 'div', 'br', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'table', 'section', 'article',
  'blockquote', 'pre', 'dd', 'dt', 'dl', 'center', 'hr', 'main', 'header', 'figure', 'figcaption', 'tbody', 'thead',
  // Cells of a layout table (see isLayoutTable); a data table's cells become `|` rows instead.
  'td', 'th',
]);

/** Labels of the metadata box gov.cn-style pages print above the text. */
export const metadataLabel = /^(索\s*引\s*号|主题分类|主\s*题\s*词|发文机关|发布机构|成文日期|标\s*题|名\s*称|发文字号|文\s*号|发布日期|发布时间|公开日期|生效日期|有\s*效\s*性)\s*[:：]?$/;
