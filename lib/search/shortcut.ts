/** Which key presses open search: "/" outside text fields (as on GitHub and MDN), and Ctrl+K or Cmd+K anywhere. */
export type KeyPress = { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean; inTextField: boolean };

export function isSearchShortcut(press: KeyPress): boolean {
  if (press.altKey) return false;
  if ((press.ctrlKey || press.metaKey) && press.key.toLowerCase() === 'k') return true;
  return press.key === '/' && !press.ctrlKey && !press.metaKey && !press.inTextField;
}
