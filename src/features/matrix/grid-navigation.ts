/** A position in a grid: row, then column, both from 0. */
export type GridPosition = readonly [number, number];

/**
 * Where a key moves the focus in a grid of `rows` × `columns` cells (the ARIA grid pattern):
 * arrows by one cell, Home and End to the ends of the row, Ctrl+Home and Ctrl+End to the corners.
 * null for any other key, or a move past an edge (the focus stays).
 */
export function nextGridPosition(
  [row, column]: GridPosition,
  key: string,
  rows: number,
  columns: number,
  ctrl = false,
): GridPosition | null {
  let next: [number, number];
  switch (key) {
    case 'ArrowUp':
      next = [row - 1, column];
      break;
    case 'ArrowDown':
      next = [row + 1, column];
      break;
    case 'ArrowLeft':
      next = [row, column - 1];
      break;
    case 'ArrowRight':
      next = [row, column + 1];
      break;
    case 'Home':
      next = ctrl ? [0, 0] : [row, 0];
      break;
    case 'End':
      next = ctrl ? [rows - 1, columns - 1] : [row, columns - 1];
      break;
    default:
      return null;
  }
  const [r, c] = next;
  if (r < 0 || c < 0 || r >= rows || c >= columns) return null;
  return r === row && c === column ? null : next;
}
