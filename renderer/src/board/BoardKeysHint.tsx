/**
 * What the keys do, for sighted keyboard users: one line whose words follow the focus (CSS :has), so showing it
 * never moves a card. Screen readers get the same from dnd-kit's instructions (drag-announcements.ts).
 */
export function BoardKeysHint() {
  return (
    <p className="board-keys-hint muted" aria-hidden="true">
      <span className="board-keys-idle">Keyboard: Tab to a column, then the arrow keys from card to card</span>
      <span className="board-keys-card">Enter to open · Space to move · X to select</span>
      <span className="board-keys-drag">Arrows to move · Space to drop · Esc to cancel</span>
    </p>
  );
}
