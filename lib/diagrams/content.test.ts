/**
 * The real diagrams in content/diagrams: every source parses with mermaid itself, every box drawn has metadata and
 * every metadata entry is drawn, every lesson link lands on a real heading, and the owners agree with the tables
 * the lessons teach.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIAGRAM_FILES, type DiagramId } from '@/content/diagrams';
import { compileLesson } from '../content/compile';
import { getLessons } from '../content/lessons';
import { diagramIds } from './chart';
import { loadDiagram } from './load';
import { parseFlowchart } from './parse';
import { checkLessonLinks, type LessonSections } from './schema';
import type { Owner } from './types';

const ids = Object.keys(DIAGRAM_FILES) as DiagramId[];

function sourceOf(relative: string): string {
  return fs.readFileSync(path.join(process.cwd(), 'content', 'diagrams', relative), 'utf8');
}

async function validated(id: DiagramId) {
  const result = await loadDiagram(id);
  if (result.status === 'invalid') throw new Error(result.errors.join('\n'));
  return result.value;
}

describe.each(ids)('diagram "%s"', (id) => {
  const { data } = DIAGRAM_FILES[id];

  it('passes validation', async () => {
    expect(await loadDiagram(id)).toMatchObject({ status: 'ok' });
  });

  it('has metadata for every box id mermaid reads in its sources, and draws every box it has metadata for', async () => {
    const drawn = new Set<string>();
    for (const view of data.views) {
      const chart = await parseFlowchart(sourceOf(view.source));
      if (chart.status !== 'ok') throw new Error(`${view.source}:${chart.line}: ${chart.message}`);
      for (const box of diagramIds(chart.value)) drawn.add(box);
    }
    expect([...drawn].sort()).toEqual(Object.keys(data.nodes).sort());
  });
});

describe('lesson links in the diagrams', () => {
  const sections: LessonSections = {};
  beforeAll(async () => {
    for (const lesson of getLessons()) sections[lesson.slug] = { title: lesson.title, headings: (await compileLesson(lesson.slug)!).headings };
  }, 60_000);

  it.each(ids)('every anchor in "%s" is a heading of the compiled lesson it names', async (id) => {
    expect(checkLessonLinks(DIAGRAM_FILES[id].file, await validated(id), sections)).toEqual([]);
  });

  it('each diagram is placed in the lesson that introduces it', () => {
    const tags: Record<DiagramId, [string, string]> = {
      'launch-type': ['launch-types', 'LaunchTypeDiagram'],
      'layered-responsibility': ['shared-responsibility', 'LayeredResponsibilityDiagram'],
      'targets-landscape': ['deployment-targets', 'TargetsLandscapeDiagram'],
    };
    for (const [slug, tag] of Object.values(tags)) expect(getLessons().find((lesson) => lesson.slug === slug)?.widgets).toContain(tag);
  });
});

/** The rows of the first Markdown table after a heading, as arrays of cell text. */
function tableAfter(slug: string, heading: string): string[][] {
  const source = fs.readFileSync(path.join(process.cwd(), 'content', 'lessons', slug, 'lesson.mdx'), 'utf8');
  const section = source.slice(source.indexOf(`## ${heading}`));
  const lines = section.split('\n');
  const start = lines.findIndex((line) => line.startsWith('|'));
  const rows: string[][] = [];
  for (const line of lines.slice(start)) {
    if (!line.startsWith('|')) break;
    rows.push(
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim()),
    );
  }
  return rows.filter((row) => !row.every((cell) => /^-+$/.test(cell)));
}

const OWNER_WORDS: Record<string, Owner> = { You: 'you', AWS: 'aws', Shared: 'shared', 'Shared with ECS': 'shared' };

describe('owners agree with the lessons', () => {
  it('the layered diagram matches the "Layer by layer" table in the shared-responsibility lesson', () => {
    const rows = tableAfter('shared-responsibility', 'Layer by layer');
    const layerRows: Record<string, string> = {
      app: 'Containerized application: image, code, data',
      plugins: 'Storage, logging and monitoring plugins',
      agent: 'ECS container agent',
      runtime: 'Container runtime',
      os: 'Operating system',
      vm: 'Virtual machine',
      server: 'Physical server',
    };
    const nodes = DIAGRAM_FILES['layered-responsibility'].data.nodes;
    for (const [layer, rowName] of Object.entries(layerRows)) {
      const row = rows.find((cells) => cells[0] === rowName);
      expect(row, rowName).toBeDefined();
      expect([nodes[`ec2_${layer}`].views?.['ec2-and-fargate'].owner, nodes[`fg_${layer}`].views?.['ec2-and-fargate'].owner], rowName).toEqual([
        OWNER_WORDS[row![1]],
        OWNER_WORDS[row![2]],
      ]);
    }
  });

  it('the launch-type diagram matches the "What you control" table for OS patching and host scaling', async () => {
    const rows = tableAfter('launch-types', 'What you control');
    const [header] = rows;
    const column = (name: string) => header.indexOf(name);
    const cell = (row: string, name: string) => rows.find((cells) => cells[0] === row)![column(name)];
    const nodes = DIAGRAM_FILES['launch-type'].data.nodes;
    expect(nodes.instance.views?.['docker-on-ec2'].owner).toBe(OWNER_WORDS[cell('OS patching', 'Docker on EC2')]);
    expect(nodes.instance.views?.['ecs-on-ec2'].owner).toBe(OWNER_WORDS[cell('OS patching', 'ECS, Auto Scaling group')]);
    expect(nodes.asg.views?.['docker-on-ec2'].owner).toBe(OWNER_WORDS[cell('Host scaling', 'Docker on EC2')]);
    expect(nodes.asg.views?.['ecs-on-ec2'].owner).toBe(OWNER_WORDS[cell('Host scaling', 'ECS, Auto Scaling group')]);
    // "No hosts to scale" on Fargate: the Fargate view draws no instance, agent or Auto Scaling group.
    expect(cell('Host scaling', 'ECS on Fargate')).toBe('No hosts to scale');
    const fargate = await parseFlowchart(sourceOf('launch-type/ecs-on-fargate.mmd'));
    expect(fargate.status === 'ok' && diagramIds(fargate.value).filter((box) => ['instance', 'agent', 'asg', 'docker'].includes(box))).toEqual([]);
  });

  it('the agent, runtime and host are yours on EC2 and AWS-run on Fargate in every diagram that draws them', () => {
    const layered = DIAGRAM_FILES['layered-responsibility'].data.nodes;
    const launch = DIAGRAM_FILES['launch-type'].data.nodes;
    expect(launch.agent.views?.['ecs-on-ec2'].owner).toBe(layered.ec2_agent.views?.['ec2-and-fargate'].owner);
    expect(launch.scheduler.views?.['ecs-on-fargate'].owner).toBe('aws');
    expect(launch.container.views?.['ecs-on-fargate'].owner).toBe(layered.fg_app.views?.['ec2-and-fargate'].owner);
    expect(launch.logs.views?.['ecs-on-fargate'].owner).toBe(layered.fg_plugins.views?.['ec2-and-fargate'].owner);
    expect(launch.logs.views?.['ecs-on-ec2'].owner).toBe(layered.ec2_plugins.views?.['ec2-and-fargate'].owner);
  });
});
