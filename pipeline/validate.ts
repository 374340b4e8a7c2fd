// Stage 5, validate: builds the output document and checks it, once each,
// against the zod schema (the contract's single source) and against the source
// text: a bad field or a span that does not slice its text fails the file,
// naming the path. emit serialises this same document.
import type { VFile } from 'vfile';
import { policyDocument } from '../schemas/policy-document.js';
import { buildDocument } from '../src/document.js';
import { brokenSpans } from '../src/spans.js';
import type { PolicyRoot } from '../src/tree.js';

export default function validate() {
  return (tree: PolicyRoot, file: VFile) => {
    const doc = buildDocument(tree, file);
    const parsed = policyDocument.safeParse(doc);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      file.fail(`output does not match the schema at ${issue.path.join('.') || '(root)'}: ${issue.message}`, {
        ruleId: 'schema-invalid',
        source: 'policy-extract',
      });
    }
    const broken = brokenSpans(doc, tree.source, 1)[0];
    if (broken) {
      file.fail(`span ${JSON.stringify(broken.span)} at ${broken.path} does not slice its text “${broken.text}”`, {
        ruleId: 'span-mismatch',
        source: 'policy-extract',
      });
    }
    file.data.document = doc;
  };
}
