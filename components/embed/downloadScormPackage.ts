/**
 * Loaded when an instructor asks for a SCORM package (so fflate and the package code never weigh on a page): fetches
 * the site's package for the target, rebuilds it for this origin and the dialog's options, and saves it.
 */
import { packagePath } from '@/lib/lms/catalogue';
import { customisePackage, type CustomRequest } from '@/lib/lms/scorm12/customise';

export type DownloadOutcome = { status: 'downloaded'; fileName: string } | { status: 'failed'; error: string };

export async function downloadScormPackage(request: CustomRequest): Promise<DownloadOutcome> {
  let response: Response;
  try {
    response = await fetch(packagePath(request.target));
  } catch {
    return { status: 'failed', error: 'the site could not be reached' };
  }
  if (!response.ok) return { status: 'failed', error: `the site answered ${response.status} for its package` };
  const custom = customisePackage(new Uint8Array(await response.arrayBuffer()), request);
  if (custom.status !== 'ok') return { status: 'failed', error: custom.error };
  const url = URL.createObjectURL(new Blob([custom.zip.slice().buffer as ArrayBuffer], { type: 'application/zip' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = custom.fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked on the next task: the click has started the download by then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
  return { status: 'downloaded', fileName: custom.fileName };
}
