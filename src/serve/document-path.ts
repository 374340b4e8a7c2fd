// The name the pipeline sees for a posted document: its stem becomes the
// document id, its extension the format (as for files).
import { basename, extname } from 'node:path';
import { inputExtensions } from '../io.js';

const extensionOfMediaType: Record<string, string> = {
  'text/plain': '.txt',
  'text/markdown': '.md',
  'text/x-markdown': '.md',
  'text/html': '.html',
};

export const postedMediaTypes = ['text/plain', 'text/markdown', 'text/html'];

/**
 * `id` names the document (default: the file name's stem, else "document");
 * the format is the file name's extension when it is a supported one, else
 * the media type's, else plain text.
 */
export function documentPath(options: { id?: string; filename?: string; mediaType?: string }): string {
  const name = options.filename ? basename(options.filename) : undefined;
  const ext = name ? extname(name) : '';
  const format = inputExtensions.has(ext.toLowerCase()) ? ext : (extensionOfMediaType[options.mediaType ?? ''] ?? '.txt');
  const stem = options.id ? basename(options.id) : name ? basename(name, ext) || name : 'document';
  return `${stem}${format}`;
}
