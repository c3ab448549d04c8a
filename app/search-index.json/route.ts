/**
 * The search documents, built once at build time (prerendered, also in the static export) and fetched by the search
 * dialog only when it first opens. See lib/search/documents.ts and README "Search".
 */
import { searchDocuments } from '@/lib/search/documents';

export const dynamic = 'force-static';

export async function GET() {
  return Response.json(await searchDocuments());
}
