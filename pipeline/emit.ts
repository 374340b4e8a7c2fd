// Stage 6, emit: the processor's compiler. Serialises the validated document
// as stable, pretty-printed JSON (key order fixed by construction).
import type { Processor } from 'unified';
import type { VFile } from 'vfile';

export default function emit(this: Processor) {
  this.compiler = (_tree: unknown, file: VFile) => `${JSON.stringify(file.data.document, null, 2)}\n`;
}
