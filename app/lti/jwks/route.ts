/** The tool's public key set (its signing key and retired keys still in their grace period), by kid. */
import { publicKeySet } from '@/lib/lti/keys';
import { toolDb } from '@/lib/lti/server';

export const dynamic = 'force-dynamic';

export async function GET() {
  const keys = await publicKeySet(await toolDb());
  return Response.json(keys, { headers: { 'cache-control': 'public, max-age=300' } });
}
