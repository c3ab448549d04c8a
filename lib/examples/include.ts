/**
 * Lessons include their copy-paste examples by path, so the text a learner copies is the file the content check
 * tests: a fenced block written as ```json file=fargate-security/orders-api-hardened.taskdef.json``` with an empty
 * body gets the file's text from content/examples/. A missing file, a body next to `file=`, a path that leaves
 * the folder or a language that does not match the file's kind is a build error naming the lesson and the line.
 */
import fs from 'node:fs';
import path from 'node:path';

export const EXAMPLES_DIR = path.join(process.cwd(), 'content', 'examples');

/** The fence language each example kind must be shown with, by the file's ending. */
export function languageFor(file: string): string | undefined {
  if (file.endsWith('.json')) return 'json';
  if (file.endsWith('.sh')) return 'bash';
  if (file.endsWith('Dockerfile')) return 'dockerfile';
  return undefined;
}

interface CodeNode {
  type: string;
  lang?: string | null;
  meta?: string | null;
  value?: string;
  position?: { start: { line: number } };
  children?: CodeNode[];
}

/** The examples a lesson source includes, in order (for the content check's "every example is shown" test). */
export function includedExamples(source: string): string[] {
  return [...source.matchAll(/^```[a-z]+ file=(\S+)\s*$/gm)].map((match) => match[1]);
}

/** A remark plugin: fills each `file=` code block from content/examples, or records a problem. */
export function includeExamples(lessonFile: string, problems: string[], dir: string = EXAMPLES_DIR, lineOffset = 0) {
  return () => (tree: CodeNode) => {
    const visit = (node: CodeNode) => {
      if (node.type === 'code' && node.meta) {
        const match = node.meta.match(/^file=(\S+)$/);
        const line = (node.position?.start.line ?? 0) + lineOffset;
        const at = `${lessonFile}:${line}`;
        if (!match) {
          problems.push(`${at}: code block meta "${node.meta}": expected file=<path under content/examples>`);
        } else {
          const name = match[1];
          const full = path.resolve(dir, name);
          const expected = languageFor(name);
          if (!full.startsWith(dir + path.sep)) problems.push(`${at}: example "${name}": expected a path inside content/examples`);
          else if (!fs.existsSync(full)) problems.push(`${at}: example "${name}": no such file in content/examples`);
          else if (node.value && node.value.trim()) problems.push(`${at}: example "${name}": expected an empty block, the text comes from the file`);
          else if (expected !== node.lang)
            problems.push(`${at}: example "${name}": expected the language "${expected ?? 'json, bash or dockerfile'}", got "${node.lang ?? ''}"`);
          else {
            node.value = fs.readFileSync(full, 'utf8').replace(/\n$/, '');
            node.meta = null;
          }
        }
      }
      node.children?.forEach(visit);
    };
    visit(tree);
  };
}
