'use client';
/**
 * Wires one round's panel: its saved state, the selected card, focus, what the live region says and the notice
 * under the buttons. Every move goes through roundPanelStep (lib/quiz/round-panel), and this hook applies the
 * outcome it returns.
 */
import { useCallback, useId, useMemo, useState } from 'react';
import { locationOf } from '@/lib/quiz/round';
import { roundPanelStep, type PanelAction, type PanelFocus } from '@/lib/quiz/round-panel';
import type { Location, QuizRound } from '@/lib/quiz/types';
import type { CardIds } from './QuizCards';
import { useCardSelection } from './useCardSelection';
import { useFocusRequest } from './useFocusRequest';
import { useRecordRound } from './useRecordRound';
import { useRoundState } from './useRoundState';

export type RoundIds = CardIds & { control: (name: string) => string; zoneHeading: (location: Location) => string; dnd: string };

export function useRoundPanel(round: QuizRound, lesson: string, hasNextRound: boolean) {
  const uid = useId();
  const ids: RoundIds = useMemo(
    () => ({
      handle: (id) => `${uid}-card-${id}`,
      move: (id) => `${uid}-move-${id}`,
      hint: (id) => `${uid}-hint-${id}`,
      control: (name) => `${uid}-${name}`,
      zoneHeading: (location) => `${uid}-zone-${location}`,
      dnd: `${uid}-dnd`,
    }),
    [uid],
  );
  const [state, save] = useRoundState(round);
  const cards = useMemo(() => new Map(round.cards.map((card) => [card.id, card])), [round]);
  const label = useCallback((id: string | number) => cards.get(String(id))?.label ?? String(id), [cards]);
  const [message, setMessage] = useState('');
  const [notice, setNotice] = useState('');
  const selection = useCardSelection(label, setMessage);
  const requestFocus = useFocusRequest();
  const recordChecked = useRecordRound(round, lesson);

  const focusId = (focus: PanelFocus) =>
    'card' in focus ? (focus.part === 'move' ? ids.move(focus.card) : ids.handle(focus.card)) : ids.control(focus.control);

  const apply = (action: PanelAction) => {
    const outcome = roundPanelStep(state, action, { round, hasNextRound, label });
    if (outcome.state !== state) save(outcome.state);
    if (outcome.deselect) selection.clear();
    if (outcome.notice !== undefined) setNotice(outcome.notice);
    if (outcome.message !== undefined) setMessage(outcome.message);
    if (outcome.checked) recordChecked(outcome.checked);
    if (outcome.focus) requestFocus(focusId(outcome.focus));
  };

  const sorting = state.phase === 'sorting';
  return {
    ids,
    state,
    cards,
    label,
    message,
    notice,
    /** The card waiting for a zone, while cards can move. */
    selected: sorting ? selection.selectedId : null,
    toggleSelect: selection.toggle,
    apply,
    /** A drag starts: any selection and notice go. */
    pickUp: () => {
      selection.clear();
      setNotice('');
    },
    locationOf: (cardId: string) => locationOf(state, cardId),
  };
}
