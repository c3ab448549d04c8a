/**
 * What the quiz says to screen-reader users, in plain words that name the card and the zone.
 * Pure strings, shared by drag and drop, the "Move to" menu and select-then-place.
 */
import { POOL, type Location, type Owner } from './types';

export const ZONE_LABELS: Record<Owner, string> = {
  you: 'You manage',
  shared: 'Shared',
  aws: 'AWS manages',
};

/**
 * What each zone means, once for the quiz, its practice page, its answer key and the lesson's table. "Shared" is
 * a split of the work, not "AWS runs it and you configure it": AWS runs IAM and the VPC too, yet applies only
 * what you set, so those stay yours.
 */
export const ZONE_HINTS: Record<Owner, string> = {
  you: 'Yours to set up and keep up; AWS only applies your settings.',
  shared: 'AWS does part of the work, you do the rest.',
  aws: 'AWS runs and patches it.',
};

/** The same rule in a sentence, where there is room (the practice page and the answer key). */
export const SHARED_RULE =
  'A layer is shared when AWS does part of the work on its own and you do the rest, such as you setting how many tasks run and the service starting and replacing them. ' +
  'A layer AWS only applies as you set it, such as your security groups or IAM policies, is yours.';

export const POOL_LABEL = 'Cards to sort';

/** The round's own instructions, naming exactly the zones it has (two or three): "... “You manage”, “Shared” or “AWS manages”." */
export function roundInstructions(zones: readonly Owner[]): string {
  const names = zones.map((zone) => `“${ZONE_LABELS[zone]}”`);
  const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}` : (names[0] ?? '');
  return `Put each card in ${list}, by who manages it.`;
}

/** "the card pool" or "the You manage zone": a location as part of a sentence. */
export function placeName(location: Location): string {
  return location === POOL ? 'the card pool' : `the ${ZONE_LABELS[location]} zone`;
}

export const SCREEN_READER_INSTRUCTIONS =
  'To pick up a card, press Space or Enter. While you hold it, the arrow keys move it between the card pool and the zones. ' +
  'Press Space or Enter to drop it, or Escape to cancel. You can also use the card’s Move to button.';

export const announce = {
  pickedUp: (card: string, from: Location) => `Picked up ${card} from ${placeName(from)}.`,
  over: (card: string, over: Location | null) => (over ? `${card} is over ${placeName(over)}.` : `${card} is not over a zone.`),
  dropped: (card: string, from: Location, over: Location | null) => {
    if (!over) return `${card} was not dropped on a zone, so it stays in ${placeName(from)}.`;
    if (over === from) return `${card} dropped back in ${placeName(from)}.`;
    return `${card} dropped in ${placeName(over)}.`;
  },
  cancelled: (card: string, from: Location) => `Moving cancelled. ${card} stays in ${placeName(from)}.`,
  moved: (card: string, to: Location) => `${card} moved to ${placeName(to)}.`,
  selected: (card: string) => `${card} selected. Choose a zone to place it in.`,
  deselected: (card: string) => `${card} is no longer selected.`,
};
