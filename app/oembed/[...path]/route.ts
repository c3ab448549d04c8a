/**
 * The oEmbed answers as files, /oembed/lessons/<slug>.json and /oembed/widgets/<name>[/<argument>].json: written at
 * build time, so the static export (where /api/oembed cannot run) has them, and its discovery links point here
 * (one per quiz round too: /oembed/widgets/responsibility-quiz/<round>.json).
 */
import { allEmbedTargets, oembedContext } from '@/lib/embed/context';
import { oembedFilePath, oembedFor } from '@/lib/embed/oembed';
import type { EmbedTarget } from '@/lib/embed/targets';
import { allRounds } from '@/lib/quiz/matrix';

export const dynamic = 'force-static';
export const dynamicParams = false;

type Params = { params: Promise<{ path: string[] }> };

/** Every target's file, and one per quiz round (the round pages' discovery links point at those in the export). */
function answerFiles(): { file: string; target: EmbedTarget; search: string }[] {
  const quiz: EmbedTarget = { kind: 'widget', widget: 'responsibility-quiz' };
  return [
    ...allEmbedTargets().map((target) => ({ file: oembedFilePath(target), target, search: '' })),
    ...allRounds().map((round) => ({ file: oembedFilePath(quiz, round.id), target: quiz, search: `?round=${round.id}` })),
  ];
}

export function generateStaticParams() {
  return answerFiles().map(({ file }) => ({ path: file.split('/').slice(2) }));
}

export async function GET(_request: Request, { params }: Params): Promise<Response> {
  const { path } = await params;
  const wanted = `/oembed/${path.join('/')}`;
  const answer = answerFiles().find((candidate) => candidate.file === wanted);
  if (!answer) return Response.json({ error: 'Not an embeddable lesson or widget.' }, { status: 404 });
  return Response.json(oembedFor(answer.target, answer.search, oembedContext()));
}
