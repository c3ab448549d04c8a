/**
 * One name per Fargate challenge (issue 28: "one challenge has three names"). The fargate-challenges checklist, the
 * lesson's summary table and the lesson's section headings must all call a challenge the same thing; the content
 * check runs this with the compiled lesson's headings. Pure.
 */

/** The first cells of the lesson's challenge table: the markdown table whose header starts with "Challenge". */
export function challengeTableNames(source: string): string[] {
  const lines = source.split('\n');
  const start = lines.findIndex((line) => /^\|\s*Challenge\s*\|/.test(line));
  if (start < 0) return [];
  const names: string[] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    names.push(line.split('|')[1].trim());
  }
  return names;
}

export function checkChallengeNames({
  checklistFile,
  lessonFile,
  challengeNames,
  headings,
  lessonSource,
}: {
  checklistFile: string;
  lessonFile: string;
  challengeNames: readonly string[];
  headings: readonly { text: string; depth: number }[];
  lessonSource: string;
}): string[] {
  const problems: string[] = [];
  const names = [...new Set(challengeNames)];
  const sections = new Set(headings.filter((heading) => heading.depth === 2).map((heading) => heading.text));
  const rows = challengeTableNames(lessonSource);
  for (const name of names) {
    if (!sections.has(name))
      problems.push(`${checklistFile}: field "challenge.name": "${name}" is not a section heading of ${lessonFile}: call the challenge by its section's name`);
  }
  if (!rows.length) problems.push(`${lessonFile}: no challenge table (a table whose first column is "Challenge") summing up the checklist's challenges`);
  for (const row of rows) {
    if (!names.includes(row))
      problems.push(`${lessonFile}: challenge table row "${row}": expected one of the checklist's challenge names (${names.join(', ')})`);
  }
  for (const name of names) if (rows.length && !rows.includes(name)) problems.push(`${lessonFile}: challenge table: no row for "${name}"`);
  return problems;
}
