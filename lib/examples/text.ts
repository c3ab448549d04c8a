/**
 * The text of one example under content/examples, for content that is data rather than MDX (the checklists'
 * snippets): the snippet a learner copies is then the file the content check tests. Server and Node only.
 */
import fs from 'node:fs';
import path from 'node:path';

export function exampleText(name: string): string {
  const file = path.join(process.cwd(), 'content', 'examples', name);
  if (!fs.existsSync(file)) throw new Error(`content/examples/${name}: no such example (named by a checklist snippet)`);
  return fs.readFileSync(file, 'utf8').replace(/\n$/, '');
}
