/** Props shared by the Embed button and the dialog it loads (types only, so the button stays tiny). */
import type { EmbedTarget } from '@/lib/embed/targets';

export type EmbedChoice = { id: string; title: string };

export type EmbedButtonProps = {
  target: EmbedTarget;
  title: string;
  /** The quiz's rounds, for the "round" option. */
  rounds?: EmbedChoice[];
  /** On /checklists: the lists to choose from (the target's argument is the first choice). */
  checklists?: EmbedChoice[];
  /** What a graded assignment may count here: the check-up, the quiz rounds (lib/assignment). Absent: nothing to grade. */
  gradable?: { checkUp: boolean; rounds: EmbedChoice[] };
  /** A quiz round's own page: the dialog opens on that round (shown alone; the only round a graded package counts). */
  initialRound?: string;
  /** What the button says to a screen reader, e.g. "Embed this lesson". */
  label?: string;
};
