import { detectInjection } from '../../../injection/detector';
import { injectionModel } from '../../../injection/loadModel';
import { DOCUMENT_FOLDER } from '../../language';
import type { Rule } from '../../rule';
import { injectionMessage } from './injectionText';

/** Files of those folders (DOCUMENT_FOLDER: RAG sources, uploads, knowledge bases) that an app puts in front of a model. */
const DOCUMENT_FILE = /\.(md|markdown|txt|html?|csv|jsonl?|xml|rst)$/i;

export const injectionInDocumentRule: Rule = {
  meta: [
    {
      id: 'prompt/injection-in-document',
      defaultSeverity: 'info',
      title: 'Injection text in a document the app ingests',
      description:
        'A file in a folder an app retrieves from (data/, documents/, knowledge_base/, rag/, uploads/ …) holds text that reads as instructions to a model: once retrieved, it can steer the app. Role markers, forged end-of-input delimiters and text addressed to an AI count here too.',
    },
  ],
  appliesTo: (language, file) => language === 'text' && DOCUMENT_FOLDER.test(file) && DOCUMENT_FILE.test(file),
  check(context) {
    for (const hit of detectInjection(context.text, injectionModel(), { context: 'data' })) {
      context.report({
        ruleId: 'prompt/injection-in-document',
        message: injectionMessage(context.text, hit).replace('Remove it; if it came from a document, a web page or a user, treat that source as untrusted.', 'If the app retrieves this file, a model will read that as an instruction: remove it, or screen retrieved text before it reaches a prompt.'),
        start: hit.start,
        end: hit.end,
      });
    }
  },
};
