/**
 * The graded embed's xAPI, as a host page on another site sees it: a page on http://localhost:<port> (a real server
 * started here; the course is on 127.0.0.1) frames a graded check-up with the iframe code, listens to the embed
 * protocol's messages, and gets one "answered" statement per question and the result statement, with their own
 * activity ids, parents and groupings, no `version`, one language, and the attempt's score.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { MESSAGE_SOURCE } from '../lib/embed/protocol';

let host: http.Server;
let hostOrigin = '';
let site = '';
let page = '';

test.beforeAll(async ({ baseURL }) => {
  site = baseURL!;
  host = http.createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(page);
  });
  // Every address, so http://localhost:<port> reaches it whether localhost is ::1 or 127.0.0.1.
  await new Promise<void>((resolve) => host.listen(0, resolve));
  hostOrigin = `http://localhost:${(host.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise((resolve) => host.close(resolve));
});

type Statement = Record<string, unknown> & {
  id: string;
  object: { id: string; definition: Record<string, unknown> };
  verb: { id: string };
  context: { language?: string; contextActivities?: Record<string, { id: string }[]> };
  result?: { score?: { raw: number; max: number; min: number; scaled: number }; success?: boolean; response?: string };
};
type ResultPayload = { widget: string; score: number; max: number; statement: Statement; answered?: Statement[] };

/** Every language tag a statement uses: its context's and the keys of each language map (name, description, display). */
function languages(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((item) => languages(item, found));
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (['name', 'description', 'display'].includes(key) && inner && typeof inner === 'object') Object.keys(inner).forEach((tag) => found.add(tag));
      else if (key === 'language' && typeof inner === 'string') found.add(inner);
      else languages(inner, found);
    }
  }
  return found;
}

test('a graded check-up framed by a page on another origin sends it one answered statement per question and the result statement', async ({
  page: browserPage,
}) => {
  test.slow();
  const embedUrl = `${site}/embed/widgets/check-up/launch-types?mode=graded&count=check-up&attempts=1&feedback=right-wrong&parentOrigin=${encodeURIComponent(hostOrigin)}`;
  page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>My course</title></head><body><main><h1>Week 3</h1>
<iframe src="${embedUrl.replace(/&/g, '&amp;')}" title="Check-up: launch types" width="100%" height="1400" style="border:0"></iframe></main>
<script>
window.received = [];
window.addEventListener('message', function (event) {
  if (event.origin !== ${JSON.stringify(new URL(site).origin)}) return;
  if (event.data && event.data.source === ${JSON.stringify(MESSAGE_SOURCE)} && event.data.type === 'result') window.received.push(event.data.payload);
});
</script></body></html>`;
  await browserPage.goto(`${hostOrigin}/course`);
  const embed = browserPage.frameLocator('iframe[title="Check-up: launch types"]');
  await expect(embed.getByRole('region', { name: 'Your graded attempt' })).toContainText('Attempt 1 of 1');

  // Answer every question as a student would: the first choice where there are choices, then "Check answer".
  const unchecked = embed.getByRole('listitem').filter({ has: embed.getByRole('button', { name: 'Check answer' }) });
  await unchecked.first().scrollIntoViewIfNeeded();
  await expect(unchecked.first()).toBeVisible();
  const total = await unchecked.count();
  expect(total).toBeGreaterThan(2);
  for (let answered = 0; answered < total; answered += 1) {
    const question = unchecked.first();
    const choice = question.getByRole('radio').or(question.getByRole('checkbox')).first();
    if (await choice.count()) await choice.check();
    await question.getByRole('button', { name: 'Check answer' }).click();
    await expect(unchecked).toHaveCount(total - answered - 1);
  }
  const right = await embed.getByText(/^Right\.$/).count();

  await expect.poll(() => browserPage.evaluate(() => (window as unknown as { received: unknown[] }).received.length)).toBe(1);
  const [result] = await browserPage.evaluate(() => (window as unknown as { received: ResultPayload[] }).received);
  // Activity ids are made from the build's SITE_URL, which may differ from where this test reaches the server.
  const origin = new URL(result.statement.object.id).origin;
  const checkUp = `${origin}/xapi/activities/check-up/launch-types`;

  await test.step("the result statement: the attempt's score, graded, about the check-up under the embed", () => {
    expect(result).toMatchObject({ widget: 'check-up', score: right, max: total });
    const { statement } = result;
    expect(statement).not.toHaveProperty('version');
    expect(statement).not.toHaveProperty('actor');
    expect(statement.verb.id).toBe(`http://adlnet.gov/expapi/verbs/${right / total >= 0.8 ? 'passed' : 'failed'}`);
    // The check-up's own activity (the parent of the answered statements), under the embedded page.
    expect(statement.object.id).toBe(checkUp);
    expect(statement.context.contextActivities?.parent?.map((activity) => activity.id)).toEqual([`${origin}/embed/widgets/check-up/launch-types`]);
    expect(statement.result?.score).toEqual({ raw: right, min: 0, max: total, scaled: Math.round((right / total) * 10_000) / 10_000 });
    expect([...languages(statement)]).toEqual(['en-US']);
  });

  await test.step('one answered statement per question: its own id under the check-up, grouped by lesson and course', () => {
    const answered = result.answered ?? [];
    expect(answered).toHaveLength(total);
    expect(new Set(answered.map((statement) => statement.object.id)).size).toBe(total);
    expect(new Set(answered.map((statement) => statement.id)).size).toBe(total);
    for (const statement of answered) {
      expect(statement.verb.id).toBe('http://adlnet.gov/expapi/verbs/answered');
      expect(statement.object.id).toMatch(new RegExp(`^${checkUp}/[a-z0-9-]+$`));
      expect(statement.object.definition).toMatchObject({ type: 'http://adlnet.gov/expapi/activities/cmi.interaction', interactionType: expect.any(String) });
      expect(statement.object.definition.correctResponsesPattern).toEqual([expect.any(String)]);
      expect(statement.context.contextActivities?.parent?.map((activity) => activity.id)).toEqual([checkUp]);
      expect(statement.context.contextActivities?.grouping?.map((activity) => activity.id)).toEqual([`${origin}/lessons/launch-types`, `${origin}/`]);
      expect(statement).not.toHaveProperty('version');
      expect([...languages(statement)]).toEqual(['en-US']);
      expect(typeof statement.result?.success).toBe('boolean');
    }
    // As many answered "right" as the check-up said Right.
    expect(answered.filter((statement) => statement.result?.success).length).toBe(right);
  });
});
