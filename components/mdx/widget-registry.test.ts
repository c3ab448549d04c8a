/** Every table about widgets is derived from the one list of descriptors (lib/widget-catalogue.ts): each has each widget. */
import { expect, test } from 'vitest';
import { WIDGETS, WIDGET_CATALOGUE, CHECK_UP_COMPONENT } from '@/lib/widget-catalogue';
import { AUTHOR_COMPONENTS, WIDGET_PROPS } from '@/lib/widgets';
import { EMBED_WIDGETS, gradedResultWidgets } from '@/lib/embed/targets';
import { WIDGET_DESCRIPTIONS } from '@/lib/lms/catalogue';
import { WIDGET_SERVER_PARTS, serverPartOf, widgetEmbedViews, widgetViews } from './widget-registry';
import { WIDGET_EMBEDS } from '@/components/embed/widgetEmbeds';

const authorPlaced = WIDGETS.filter((widget) => widget.placement === 'author');
const tags = WIDGETS.map((widget) => widget.tag);
const embedNames = WIDGETS.map((widget) => widget.embed.name);

test('tags, embed names and result names are each used by one widget only', () => {
  expect(new Set(tags).size).toBe(WIDGETS.length);
  expect(new Set(embedNames).size).toBe(WIDGETS.length);
  const results = WIDGETS.flatMap((widget) => (widget.result ? [widget.result] : []));
  expect(new Set(results).size).toBe(results.length);
});

test('every author-placed widget has its tag, props schema and lesson view', () => {
  expect(Object.keys(WIDGET_CATALOGUE).sort()).toEqual(authorPlaced.map((widget) => widget.tag).sort());
  expect(Object.keys(WIDGET_PROPS).sort()).toEqual(authorPlaced.map((widget) => widget.tag).sort());
  expect(Object.keys(widgetViews).sort()).toEqual(authorPlaced.map((widget) => widget.tag).sort());
  for (const tag of tags) expect(AUTHOR_COMPONENTS).toContain(tag);
  expect(CHECK_UP_COMPONENT).toBe('CheckUp');
});

test('every widget has its embed target, LMS description, server part and embed view', () => {
  expect(Object.keys(EMBED_WIDGETS).sort()).toEqual([...embedNames].sort());
  expect(Object.keys(WIDGET_DESCRIPTIONS).sort()).toEqual([...embedNames].sort());
  expect(WIDGET_SERVER_PARTS.map((part) => part.descriptor.tag).sort()).toEqual([...tags].sort());
  expect(Object.keys(widgetEmbedViews).sort()).toEqual([...embedNames].sort());
  const plain = WIDGETS.filter((widget) => !('argument' in widget.embed)).map((widget) => widget.embed.name);
  expect(Object.keys(WIDGET_EMBEDS).sort()).toEqual(plain.sort());
  for (const widget of WIDGETS) {
    expect(WIDGET_DESCRIPTIONS[widget.embed.name]).toBe(widget.lmsDescription);
    expect(EMBED_WIDGETS[widget.embed.name]).toMatchObject({ title: widget.embed.title, graded: widget.graded, resultWidget: widget.result ?? '' });
  }
});

test('the graded result names are those of the graded widgets', () => {
  expect(gradedResultWidgets()).toEqual(WIDGETS.filter((widget) => widget.graded).map((widget) => widget.result));
});

test("each server part is imported from its descriptor's folder; a missing one names the file it expected", async () => {
  await expect(serverPartOf({ tag: 'NoSuchWidget', folder: 'no-such-widget' })).rejects.toThrow(
    'components/no-such-widget/widget.server.tsx: missing: the widget <NoSuchWidget /> (folder "no-such-widget" in its widget.ts) needs its server part here',
  );
  // A folder whose widget.server.tsx has no part for this descriptor (another widget's folder, say).
  await expect(serverPartOf({ tag: 'ResponsibilityQuiz', folder: 'check-up' })).rejects.toThrow(
    'components/check-up/widget.server.tsx: expected an export { descriptor, LessonView, embed } whose descriptor is the one of <ResponsibilityQuiz />, found none',
  );
  for (const widget of WIDGETS) expect((await serverPartOf(widget)).descriptor).toBe(widget);
});
