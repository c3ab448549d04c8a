import { getLessons } from '../../content/lessons';
import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { BUDGETS } from '../../budgets';
import { launcherScript } from '../bundle';
import { scorm12 } from './format';
import { buildAllPackages } from '../build';
import { MASTERY_SCORE, gradingFor, packagePath, planPackage, shortHash } from '../catalogue';
import { CONFIG_ELEMENT_ID, isLauncherConfig } from './launcher';
import { XML_ID } from './manifest';
import { packageFiles, zipPackage } from './package';
import { defaultGraded } from '../../assignment/settings';
import { find, parseXml } from './xml-test-helpers';
import { SCORM_CONTROL_FILES } from './control-files';
import { validateXML } from 'xmllint-wasm';

const SITE = 'https://course.example.com';

/**
 * The 2001 schemas as libxml2 (a strict XML Schema 1.0 processor) can compile them, with the two edits it needs and
 * nothing else: ims_xml.xsd binds the xml namespace as its default namespace, which Namespaces in XML forbids; the
 * metadata schema's grp.any (`##any`) overlaps the named elements beside it, which breaks Unique Particle
 * Attribution (`##other` keeps the extension point for other namespaces). The package ships the files unchanged;
 * the content packaging and ADL schemas are used here as shipped.
 */
function forLibxml(name: string, text: string): string {
  if (name === 'ims_xml.xsd') return text.replace('<xsd:schema xmlns="http://www.w3.org/XML/1998/namespace"', '<xsd:schema');
  if (name === 'imsmd_rootv1p2p1.xsd') return text.replace('<xsd:any namespace="##any"', '<xsd:any namespace="##other"');
  return text;
}

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

  it('unzips to exactly a manifest, a launcher page and its script, and the four SCORM 1.2 control files, with a valid manifest', () => {
    const identifiers = new Set<string>();
    for (const pkg of packages) {
      const files = unzipSync(pkg.zip);
      expect(Object.keys(files), pkg.slug).toEqual([
        'imsmanifest.xml',
        'adlcp_rootv1p2.xsd',
        'ims_xml.xsd',
        'imscp_rootv1p1p2.xsd',
        'imsmd_rootv1p2p1.xsd',
        'index.html',
        'launcher.js',
      ]);
      for (const [name, text] of Object.entries(SCORM_CONTROL_FILES)) expect(strFromU8(files[name]), `${pkg.slug}: ${name}`).toBe(text);
      const manifest = parseXml(strFromU8(files['imsmanifest.xml']));
      const id = manifest.attributes.identifier;
      expect(id).toMatch(XML_ID);
      expect(id).toBe(`containers-on-aws.${pkg.slug}`);
      identifiers.add(id);
      const [resource] = find(manifest, 'resource');
      expect(resource.attributes.href).toBe('index.html');
      // The SCO's files; the control files are the package's, not the SCO's.
      expect(
        find(resource, 'file')
          .map((file) => file.attributes.href)
          .sort(),
      ).toEqual(
        Object.keys(files)
          .filter((name) => name !== 'imsmanifest.xml' && !name.endsWith('.xsd'))
          .sort(),
      );
      expect(find(manifest, 'title')[0].text.length).toBeGreaterThan(3);

      const html = strFromU8(files['index.html']);
      const config = JSON.parse(new RegExp(`id="${CONFIG_ELEMENT_ID}">(.*)</script>`).exec(html)?.[1] ?? 'null');
      expect(isLauncherConfig(config), pkg.slug).toBe(true);
      expect(config.siteOrigin).toBe(SITE);
      const graded = config.grading.gradedWidgets.length > 0;
      expect(
        find(manifest, 'adlcp:masteryscore').map((element) => element.text),
        pkg.slug,
      ).toEqual(graded ? [String(MASTERY_SCORE)] : []);
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
    expect(
      required('lesson-shared-responsibility')
        ?.slice(1)
        .every((key) => key.startsWith('round:')),
    ).toBe(true);
    expect(required('widget-check-up-launch-types')).toEqual(['check-up']);
  });

  it('shows the graded embed: the embed URL asks for graded mode', () => {
    const lesson = packages.find((pkg) => pkg.slug === 'lesson-launch-types')!;
    expect(lesson.input.config.embedUrl).toBe(`${SITE}/embed/lessons/launch-types?mode=graded&count=check-up&attempts=1&feedback=right-wrong`);
    expect(lesson.fileName).toBe('lesson-launch-types-scorm12.zip');
  });

  it('every manifest validates against the control files it ships with (xmllint, XML Schema)', async () => {
    // One schema that imports the three namespaces a manifest uses, each from the package's own file: the
    // manifest's xsi:schemaLocation names the same files.
    const entry = {
      fileName: 'scorm12.xsd',
      contents: `<?xml version="1.0"?>
<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:containers-on-aws:scorm12-check">
  <xsd:import namespace="http://www.imsproject.org/xsd/imscp_rootv1p1p2" schemaLocation="imscp_rootv1p1p2.xsd"/>
  <xsd:import namespace="http://www.imsglobal.org/xsd/imsmd_rootv1p2p1" schemaLocation="imsmd_rootv1p2p1.xsd"/>
  <xsd:import namespace="http://www.adlnet.org/xsd/adlcp_rootv1p2" schemaLocation="adlcp_rootv1p2.xsd"/>
</xsd:schema>`,
    };
    for (const pkg of packages) {
      const files = unzipSync(pkg.zip);
      const schemas = Object.keys(files)
        .filter((name) => name.endsWith('.xsd'))
        .map((name) => ({ fileName: name, contents: forLibxml(name, strFromU8(files[name])) }));
      const result = await validateXML({
        xml: { fileName: 'imsmanifest.xml', contents: strFromU8(files['imsmanifest.xml']) },
        schema: entry,
        preload: schemas,
      });
      expect(
        result.errors.map((error) => error.rawMessage),
        pkg.slug,
      ).toEqual([]);
      expect(result.valid, pkg.slug).toBe(true);
    }
    // And the check can fail: an element the schema does not allow.
    const broken = strFromU8(unzipSync(packages[0].zip)['imsmanifest.xml']).replace('<resources>', '<resources><unexpected/>');
    const files = unzipSync(packages[0].zip);
    const schemas = Object.keys(files)
      .filter((name) => name.endsWith('.xsd'))
      .map((name) => ({ fileName: name, contents: forLibxml(name, strFromU8(files[name])) }));
    expect((await validateXML({ xml: { fileName: 'imsmanifest.xml', contents: broken }, schema: entry, preload: schemas })).valid).toBe(false);
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
  const script = await launcherScript(scorm12);

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
      grading: {
        completion: 'result',
        gradedWidgets: ['responsibility-quiz'],
        assignment: { settings: defaultGraded(['quiz']), required: ['round:ec2', 'round:fargate'] },
      },
      masteryScore: 80,
    });
    expect(gradingFor({ kind: 'widget', widget: 'responsibility-quiz' }, [], rounds, { v: 1, mode: 'practice' })).toEqual({
      grading: { completion: 'result', gradedWidgets: [] },
    });
    expect(
      gradingFor({ kind: 'widget', widget: 'responsibility-quiz' }, [], rounds, { ...defaultGraded(['quiz']), rounds: ['fargate'], passMark: 60 }),
    ).toMatchObject({
      grading: { assignment: { required: ['round:fargate'] } },
      masteryScore: 60,
    });
    expect(gradingFor({ kind: 'widget', widget: 'chooser' })).toEqual({ grading: { completion: 'result', gradedWidgets: [] } });
    expect(gradingFor({ kind: 'widget', widget: 'launch-type-diagram' })).toEqual({ grading: { completion: 'view', gradedWidgets: [] } });
    expect(gradingFor({ kind: 'lesson', slug: 'x' }, ['LaunchTypeDiagram', 'ResponsibilityQuiz'], { checkUp: true, rounds: ['ec2'] })).toMatchObject({
      masteryScore: 80,
    });
    expect(gradingFor({ kind: 'lesson', slug: 'x' }, ['LaunchTypeDiagram'], { checkUp: true, rounds: [] })).toMatchObject({
      grading: { gradedWidgets: ['check-up'] },
    });
    expect(gradingFor({ kind: 'lesson', slug: 'x' }, ['SecurityChecklist'])).toEqual({ grading: { completion: 'result', gradedWidgets: [] } });
    expect(gradingFor({ kind: 'lesson', slug: 'x' }, [])).toEqual({ grading: { completion: 'view', gradedWidgets: [] } });
  });
});
