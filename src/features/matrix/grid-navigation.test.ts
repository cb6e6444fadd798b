import { describe, expect, it } from 'vitest';
import { nextGridPosition, type GridPosition } from './grid-navigation';

describe('nextGridPosition', () => {
  it.each<[string, GridPosition, string, boolean, GridPosition | null]>([
    ['right', [1, 1], 'ArrowRight', false, [1, 2]],
    ['left', [1, 1], 'ArrowLeft', false, [1, 0]],
    ['up', [1, 1], 'ArrowUp', false, [0, 1]],
    ['down', [1, 1], 'ArrowDown', false, [2, 1]],
    ['past the left edge', [1, 0], 'ArrowLeft', false, null],
    ['past the bottom edge', [3, 1], 'ArrowDown', false, null],
    ['past the right edge', [1, 4], 'ArrowRight', false, null],
    ['Home', [2, 3], 'Home', false, [2, 0]],
    ['End', [2, 1], 'End', false, [2, 4]],
    ['Ctrl+Home', [2, 3], 'Home', true, [0, 0]],
    ['Ctrl+End', [0, 0], 'End', true, [3, 4]],
    ['Home where the focus already is', [2, 0], 'Home', false, null],
    ['another key', [1, 1], 'Enter', false, null],
  ])('%s', (_, from, key, ctrl, expected) => {
    expect(nextGridPosition(from, key, 4, 5, ctrl)).toEqual(expected);
  });
});
