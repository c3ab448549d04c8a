/**
 * The oEmbed answers as files, /oembed/lessons/<slug>.json and /oembed/widgets/<name>[/<argument>].json: written at
 * build time, so the static export (where /api/oembed cannot run) has them, and its discovery links point here.
 */
import { allEmbedTargets, oembedContext } from '@/lib/embed/context';
import { oembedFilePath, oembedFor } from '@/lib/embed/oembed';

export const dynamic = 'force-static';
export const dynamicParams = false;

type Params = { params: Promise<{ path: string[] }> };

export function generateStaticParams() {
  return allEmbedTargets().map((target) => ({ path: oembedFilePath(target).split('/').slice(2) }));
}

export async function GET(_request: Request, { params }: Params): Promise<Response> {
  const { path } = await params;
  const wanted = `/oembed/${path.join('/')}`;
  const target = allEmbedTargets().find((candidate) => oembedFilePath(candidate) === wanted);
  if (!target) return Response.json({ error: 'Not an embeddable lesson or widget.' }, { status: 404 });
  return Response.json(oembedFor(target, '', oembedContext()));
}
