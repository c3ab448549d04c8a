/** Copy text to the clipboard, as a tagged result the dialog announces. */
export type CopyStatus = 'copied' | 'unavailable' | 'failed';

export async function copyText(text: string, clipboard: Pick<Clipboard, 'writeText'> | undefined = globalThis.navigator?.clipboard): Promise<CopyStatus> {
  if (!clipboard) return 'unavailable';
  try {
    await clipboard.writeText(text);
    return 'copied';
  } catch {
    return 'failed';
  }
}
