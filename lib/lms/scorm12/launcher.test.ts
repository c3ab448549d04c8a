import { describe, expect, it } from 'vitest';
import { embedMessage } from '../../embed/protocol';
import { defaultGraded } from '../../assignment/settings';
import { EMPTY_STATE } from './suspend-data';
import { CONFIG_ELEMENT_ID, acceptLauncherMessage, isLauncherConfig, launcherHtml, scriptJson, statusLine, type LauncherConfig } from './launcher';

const SITE = 'https://course.example.com';
const config: LauncherConfig = {
  version: 1,
  siteOrigin: SITE,
  embedUrl: `${SITE}/embed/widgets/responsibility-quiz?theme=dark&round=ecs-fargate`,
  title: 'Who manages what </script><b>',
  height: 900,
  grading: { completion: 'result', gradedWidgets: ['responsibility-quiz'] },
};

const statement = { verb: { id: 'http://adlnet.gov/expapi/verbs/passed' } } as never;
const resultData = embedMessage('result', {
  widget: 'responsibility-quiz',
  lesson: 'shared-responsibility',
  attemptId: 'a1',
  score: 8,
  max: 8,
  passed: true,
  completedAt: '2026-12-01T10:00:00.000Z',
  durationMs: 1000,
  statement,
});

describe('acceptLauncherMessage', () => {
  it('accepts a protocol message from the content frame on the site origin', () => {
    expect(acceptLauncherMessage({ origin: SITE, data: resultData, fromContentFrame: true }, SITE)).toEqual(resultData);
  });

  it('ignores another origin, another window, and anything outside the protocol', () => {
    expect(acceptLauncherMessage({ origin: 'https://evil.example', data: resultData, fromContentFrame: true }, SITE)).toBeNull();
    expect(acceptLauncherMessage({ origin: `${SITE}:8443`, data: resultData, fromContentFrame: true }, SITE)).toBeNull();
    expect(acceptLauncherMessage({ origin: SITE, data: resultData, fromContentFrame: false }, SITE)).toBeNull();
    for (const data of [null, 'result', { ...resultData, source: 'other' }, { ...resultData, version: 2 }, { ...resultData, payload: { score: 9, max: 8 } }]) {
      expect(acceptLauncherMessage({ origin: SITE, data, fromContentFrame: true }, SITE)).toBeNull();
    }
  });
});

describe('isLauncherConfig', () => {
  it('accepts a config whose frame shows the trusted site', () => {
    expect(isLauncherConfig(config)).toBe(true);
  });

  it('refuses a frame on another origin and malformed configs', () => {
    expect(isLauncherConfig({ ...config, embedUrl: 'https://course.example.com.evil.example/embed/x' })).toBe(false);
    expect(isLauncherConfig({ ...config, version: 2 })).toBe(false);
    expect(isLauncherConfig({ ...config, grading: { completion: 'sometimes', gradedWidgets: [] } })).toBe(false);
    const graded = { ...config.grading, assignment: { settings: defaultGraded(['quiz']), required: ['round:ec2'] } };
    expect(isLauncherConfig({ ...config, grading: graded })).toBe(true);
    expect(
      isLauncherConfig({ ...config, grading: { ...graded, assignment: { ...graded.assignment, settings: { ...defaultGraded(['quiz']), attempts: 0 } } } }),
    ).toBe(false);
    expect(isLauncherConfig({ ...config, grading: { ...graded, assignment: { settings: { v: 1, mode: 'practice' }, required: ['round:ec2'] } } })).toBe(false);
    expect(isLauncherConfig({ ...config, grading: { ...graded, assignment: { ...graded.assignment, required: [] } } })).toBe(false);
    expect(isLauncherConfig(null)).toBe(false);
  });
});

describe('launcherHtml', () => {
  const html = launcherHtml(config, 'launcher.js');

  it('shows the content as a plain iframe, so it works before (and without) the script', () => {
    expect(html).toContain(`<iframe id="scorm-content" src="${SITE}/embed/widgets/responsibility-quiz?theme=dark&amp;round=ecs-fargate"`);
    expect(html).toContain('<p id="scorm-status" role="status"></p>');
    expect(html).toContain('<script src="launcher.js"></script>');
  });

  it('embeds the config as JSON that cannot close its script element', () => {
    const json = new RegExp(`<script type="application/json" id="${CONFIG_ELEMENT_ID}">(.*)</script>`).exec(html)?.[1] ?? '';
    expect(json).not.toContain('</script>');
    expect(JSON.parse(json)).toEqual(config);
    expect(scriptJson('\u2028<')).toBe('"\\u2028\\u003c"');
  });

  it('escapes the title and loads nothing from anywhere but the site and the package', () => {
    expect(html).toContain('<title>Who manages what &lt;/script&gt;&lt;b&gt;</title>');
    const urls = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]);
    expect(urls.every((url) => url === 'launcher.js' || url.startsWith(`${SITE}/`))).toBe(true);
  });
});

describe('statusLine', () => {
  const assignment = { ...defaultGraded(['check-up', 'quiz']), attempts: 2 };
  const empty = EMPTY_STATE;
  const back = {
    tally: { submitted: 1, best: { score: 7, max: 8, percent: 87.5, passed: true }, last: null, current: { 'check-up': { score: 1, max: 2 } } },
    counted: ['a', 'b'],
  };

  it('tells a first-time learner where the score goes, and a returning one where they are', () => {
    expect(statusLine({ kind: 'connected', state: empty, assignment })).toMatch(
      /graded: your score goes to the gradebook when you have answered everything assigned \(2 attempts\)/,
    );
    expect(statusLine({ kind: 'connected', state: back, assignment, required: 2 })).toBe(
      'Welcome back: 1 attempt submitted, best so far 87.5% (passed). 1 of 2 parts answered in this attempt.',
    );
    expect(statusLine({ kind: 'connected', state: empty })).toBe('Connected to your LMS.');
  });

  it('says what is still to answer, what an attempt scored, or that the LMS did not confirm it', () => {
    const saved = { kind: 'recorded' as const, state: back, assignment, committed: true, submitted: null, remaining: 1, passMark: 80 };
    expect(statusLine(saved)).toBe('Saved to your LMS. 1 part still to answer before this attempt is graded.');
    expect(statusLine({ ...saved, submitted: { score: 1, max: 4, percent: 25, passed: false } })).toBe(
      'Attempt 1 submitted: 25% (not passed; the pass mark is 80%). Saved to your LMS: best so far 87.5% (passed).',
    );
    expect(statusLine({ ...saved, assignment: undefined })).toBe('Saved to your LMS: completed.');
    expect(statusLine({ ...saved, committed: false })).toMatch(/did not confirm/);
  });

  it('explains an answer that does not count', () => {
    expect(statusLine({ kind: 'ignored', state: back, reason: 'no-attempts-left' })).toBe(
      'No attempts left: this answer was not sent to your LMS. Your grade stays at 87.5%.',
    );
    expect(statusLine({ kind: 'ignored', state: back, reason: 'already-answered' })).toMatch(/only the first answer counts/);
  });
});
