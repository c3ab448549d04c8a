import { getLessons } from '../content/lessons';
import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { BUDGETS } from '../budgets';
import { launcherScript } from './bundle';
import { buildAllPackages } from './build';
import { MASTERY_SCORE, gradingFor, packagePath, planPackage, shortHash } from './catalogue';
import { CONFIG_ELEMENT_ID, isLauncherConfig } from './launcher';
import { XML_ID } from './manifest';
import { packageFiles, zipPackage } from './package';
import { defaultGraded } from '../assignment/settings';
import { find, parseXml } from './xml-test-helpers';

const SITE = 'https://course.example.com';

describe('every package the site serves', async () => {
  const packages = await buildAllPackages(SITE);

  it('covers every lesson and widget, each at its own stable path', () => {
    const paths = packages.map((pkg) => packagePath(pkg.target));
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths).toContain('/lms/lesson-launch-types-scorm12.zip');
    expect(paths).toContain('/lms/widget-responsibility-quiz-scorm12.zip');
    expect(paths).toContain('/lms/widget-checklist-control-plane-scorm12.zip');
    expect(packages.filter((pkg) => pkg.target.kind === 'lesson')).toHaveLength(7);
  });

  it('unzips to exactly a manifest, a launcher page and its script, with a valid manifest', () => {
    const identifiers = new Set<string>();
    for (const pkg of packages) {
      const files = unzipSync(pkg.zip);
      expect(Object.keys(files), pkg.slug).toEqual(['imsmanifest.xml', 'index.html', 'launcher.js']);
      const manifest = parseXml(strFromU8(files['imsmanifest.xml']));
      const id = manifest.attributes.identifier;
      expect(id).toMatch(XML_ID);
      expect(id).toBe(`containers-on-aws.${pkg.slug}`);
      identifiers.add(id);
      const [resource] = find(manifest, 'resource');
      expect(resource.attributes.href).toBe('index.html');
      expect(find(resource, 'file').map((file) => file.attributes.href).sort()).toEqual(Object.keys(files).filter((name) => name !== 'imsmanifest.xml').sort());
      expect(find(manifest, 'title')[0].text.length).toBeGreaterThan(3);

      const html = strFromU8(files['index.html']);
      const config = JSON.parse(new RegExp(`id="${CONFIG_ELEMENT_ID}">(.*)</script>`).exec(html)?.[1] ?? 'null');
      expect(isLauncherConfig(config), pkg.slug).toBe(true);
      expect(config.siteOrigin).toBe(SITE);
      const graded = config.grading.gradedWidgets.length > 0;
      expect(find(manifest, 'adlcp:masteryscore').map((element) => element.text), pkg.slug).toEqual(graded ? [String(MASTERY_SCORE)] : []);
    }
    expect(identifiers.size).toBe(packages.length);
  });

  it('grades the quiz, each lesson (its check-up, plus the quiz where it has one) and each check-up, and nothing else', () => {
    const graded = packages.filter((pkg) => pkg.input.masteryScore !== undefined).map((pkg) => pkg.slug);
    const checkUps = getLessons().map((lesson) => `widget-check-up-${lesson.slug}`);
    const lessons = getLessons().map((lesson) => `lesson-${lesson.slug}`);
    expect(graded.sort()).toEqual([...lessons, ...checkUps, 'widget-responsibility-quiz'].sort());
    const required = (slug: string) => packages.find((pkg) => pkg.slug === slug)!.input.config.grading.assignment?.required;
    expect(required('lesson-launch-types')).toEqual(['check-up']);
    expect(required('lesson-shared-responsibility')?.[0]).toBe('check-up');
    expect(required('lesson-shared-responsibility')?.slice(1).every((key) => key.startsWith('round:'))).toBe(true);
    expect(required('widget-check-up-launch-types')).toEqual(['check-up']);
  });

  it('shows the graded embed: the embed URL asks for graded mode', () => {
    const lesson = packages.find((pkg) => pkg.slug === 'lesson-launch-types')!;
    expect(lesson.input.config.embedUrl).toBe(`${SITE}/embed/lessons/launch-types?mode=graded&count=check-up&attempts=1&feedback=right-wrong`);
    expect(lesson.fileName).toBe('lesson-launch-types-scorm12.zip');
  });

  it('stays within the package budget', () => {
    for (const pkg of packages) expect(pkg.zip.byteLength, pkg.slug).toBeLessThanOrEqual(BUDGETS.scormPackage);
  });

  it('is the same bytes on every build', () => {
    const again = zipPackage(packageFiles(packages[0].input));
    expect(again).toEqual(packages[0].zip);
  });
});

describe('the launcher script', async () => {
  const script = await launcherScript();

  it('is self-contained and calls no server: no network APIs, no URLs of its own', () => {
    expect(script).not.toMatch(/\bfetch\(|XMLHttpRequest|sendBeacon|WebSocket|EventSource|importScripts|\bimport\(/);
    expect(script).not.toMatch(/https?:\/\/(?!adlnet\.gov\/expapi)/);
  });

  it('reuses the embed protocol (its message source) rather than a copy', () => {
    expect(script).toContain('containers-on-aws');
    expect(script).toContain('LMSInitialize');
  });
});

describe('planPackage', () => {
  const base = { origin: SITE, target: { kind: 'widget', widget: 'responsibility-quiz' } as const, title: 'Quiz', description: 'd', launcherJs: '' };

  it('bakes the dialog options into the embed URL and gives that choice its own identifier and file', () => {
    const plain = planPackage({ ...base, assignment: { v: 1, mode: 'practice' } });
    const dark = planPackage({ ...base, options: { theme: 'dark', round: 'ecs-fargate' } });
    const practice = planPackage({ ...base, assignment: { v: 1, mode: 'practice' } });
    expect(practice.fileName).toMatch(/^widget-responsibility-quiz-[0-9a-f]{8}-scorm12\.zip$/);
    expect(plain.input.config.embedUrl).toBe(`${SITE}/embed/widgets/responsibility-quiz`);
    expect(dark.input.config.embedUrl).toBe(`${SITE}/embed/widgets/responsibility-quiz?theme=dark&round=ecs-fargate`);
    const hash = shortHash('theme=dark&round=ecs-fargate');
    expect(dark.input.identifier).toBe(`containers-on-aws.widget-responsibility-quiz.o${hash}`);
    expect(dark.fileName).toBe(`widget-responsibility-quiz-${hash}-scorm12.zip`);
    expect(planPackage({ ...base, options: { theme: 'dark', round: 'ecs-fargate' } }).input.identifier).toBe(dark.input.identifier);
  });

  it('carries chooser presets in the query', () => {
    const plan = planPackage({ ...base, target: { kind: 'widget', widget: 'chooser' }, widgetQuery: 'workload=web&theme=light' });
    expect(plan.input.config.embedUrl).toBe(`${SITE}/embed/widgets/chooser?workload=web`);
  });
});

describe('gradingFor', () => {
  it('follows the widget registry, and a lesson follows the widgets in it', () => {
    const rounds = { checkUp: false, rounds: ['ec2', 'fargate'] };
    expect(gradingFor({ kind: 'widget', widget: 'responsibility-quiz' }, [], rounds)).toEqual({
      grading: { completion: 'result', gradedWidgets: ['responsibility-quiz'], assignment: { settings: defaultGraded(['quiz']), required: ['round:ec2', 'round:fargate'] } },
      masteryScore: 80,
    });
    expect(gradingFor({ kind: 'widget', widget: 'responsibility-quiz' }, [], rounds, { v: 1, mode: 'practice' })).toEqual({ grading: { completion: 'result', gradedWidgets: [] } });
    expect(gradingFor({ kind: 'widget', widget: 'responsibility-quiz' }, [], rounds, { ...defaultGraded(['quiz']), rounds: ['fargate'], passMark: 60 })).toMatchObject({
      grading: { assignment: { required: ['round:fargate'] } },
      masteryScore: 60,
    });
    expect(gradingFor({ kind: 'widget', widget: 'chooser' })).toEqual({ grading: { completion: 'result', gradedWidgets: [] } });
    expect(gradingFor({ kind: 'widget', widget: 'launch-type-diagram' })).toEqual({ grading: { completion: 'view', gradedWidgets: [] } });
    expect(gradingFor({ kind: 'lesson', slug: 'x' }, ['LaunchTypeDiagram', 'ResponsibilityQuiz'], { checkUp: true, rounds: ['ec2'] })).toMatchObject({ masteryScore: 80 });
    expect(gradingFor({ kind: 'lesson', slug: 'x' }, ['LaunchTypeDiagram'], { checkUp: true, rounds: [] })).toMatchObject({ grading: { gradedWidgets: ['check-up'] } });
    expect(gradingFor({ kind: 'lesson', slug: 'x' }, ['SecurityChecklist'])).toEqual({ grading: { completion: 'result', gradedWidgets: [] } });
    expect(gradingFor({ kind: 'lesson', slug: 'x' }, [])).toEqual({ grading: { completion: 'view', gradedWidgets: [] } });
  });
});
