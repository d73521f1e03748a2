import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useRef } from 'react';
import { describe, expect, it } from 'vitest';
import { useGridNavigation } from './use-grid-navigation';

interface Row {
  name: string;
  /** Per column: a box, a disabled box, or none. */
  cells: ('box' | 'off' | 'none')[];
}

const rows: Row[] = [
  { name: 'a', cells: ['box', 'box', 'box'] },
  { name: 'b', cells: ['off', 'box', 'none'] },
  { name: 'c', cells: ['box', 'off', 'box'] },
  { name: 'd', cells: ['box', 'box', 'off'] },
];

function Grid({ shown = rows }: { shown?: Row[] }) {
  const ref = useRef<HTMLTableElement>(null);
  useGridNavigation(ref);
  return (
    <>
      <table ref={ref}>
        <thead>
          <tr>
            <td />
            <th colSpan={3}>Context</th>
          </tr>
          <tr>
            <th>Name</th>
            {[0, 1, 2].map((column) => (
              <th key={column}>
                <input type="checkbox" aria-label={`all ${column}`} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.map((row) => (
            <tr key={row.name}>
              <th>
                {row.name} <a href={`#${row.name}`}>details of {row.name}</a>
              </th>
              {row.cells.map((cell, column) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: the columns are fixed
                <td key={column}>
                  {cell !== 'none' && (
                    <input type="checkbox" aria-label={`${row.name}${column}`} disabled={cell === 'off'} />
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button">After</button>
    </>
  );
}

const box = (name: string) => screen.getByRole('checkbox', { name });
const tabbable = () => screen.getAllByRole('checkbox').filter((element) => element.tabIndex === 0);

describe('useGridNavigation', () => {
  it('makes the first usable box the one Tab stop, and Tab leaves the grid', async () => {
    const user = userEvent.setup();
    render(<Grid />);
    expect(tabbable()).toEqual([box('all 0')]);
    await user.tab();
    expect(box('all 0')).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('link', { name: 'details of a' })).toHaveFocus();
  });

  it('moves along the row, skipping disabled and absent cells, and stays at its ends', async () => {
    const user = userEvent.setup();
    render(<Grid />);
    box('c0').focus();
    await user.keyboard('{ArrowRight}');
    expect(box('c2')).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(box('c2')).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(box('c0')).toHaveFocus();
    box('b1').focus();
    await user.keyboard('{ArrowRight}');
    expect(box('b1')).toHaveFocus();
  });

  it('moves to the same column above and below, past rows where it is disabled or absent', async () => {
    const user = userEvent.setup();
    render(<Grid />);
    box('a0').focus();
    await user.keyboard('{ArrowDown}');
    expect(box('c0')).toHaveFocus();
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(box('all 0')).toHaveFocus();
    // The context row above has no boxes: Up stays.
    await user.keyboard('{ArrowUp}');
    expect(box('all 0')).toHaveFocus();
    box('a2').focus();
    await user.keyboard('{ArrowDown}');
    expect(box('c2')).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(box('c2')).toHaveFocus();
  });

  it('Home and End go to the row’s ends, with Ctrl to the grid’s', async () => {
    const user = userEvent.setup();
    render(<Grid />);
    box('d1').focus();
    await user.keyboard('{Home}');
    expect(box('d0')).toHaveFocus();
    await user.keyboard('{End}');
    expect(box('d1')).toHaveFocus();
    await user.keyboard('{Control>}{End}{/Control}');
    expect(box('d1')).toHaveFocus();
    await user.keyboard('{Control>}{Home}{/Control}');
    expect(box('all 0')).toHaveFocus();
  });

  it('keeps the stop on the box last focused', async () => {
    const user = userEvent.setup();
    render(<Grid />);
    await user.click(box('c2'));
    expect(tabbable()).toEqual([box('c2')]);
    await user.keyboard('{ArrowUp}');
    expect(tabbable()).toEqual([box('a2')]);
  });

  it('keeps arrow keys from scrolling, but leaves Space, Ctrl+Arrow and other elements alone', () => {
    render(<Grid />);
    expect(fireEvent.keyDown(box('a0'), { key: 'ArrowDown' })).toBe(false);
    expect(fireEvent.keyDown(box('a0'), { key: 'ArrowLeft' })).toBe(false);
    expect(fireEvent.keyDown(box('a0'), { key: ' ' })).toBe(true);
    expect(fireEvent.keyDown(box('a0'), { key: 'ArrowDown', ctrlKey: true })).toBe(true);
    expect(fireEvent.keyDown(screen.getByRole('link', { name: 'details of a' }), { key: 'ArrowDown' })).toBe(true);
  });

  it('moves the stop to a box still shown when its row is filtered away or disabled', async () => {
    const user = userEvent.setup();
    const view = render(<Grid />);
    await user.click(box('c2'));
    view.rerender(<Grid shown={rows.filter((row) => row.name !== 'c')} />);
    await new Promise((resolve) => setTimeout(resolve));
    expect(tabbable()).toEqual([box('all 0')]);

    await user.click(box('d1'));
    view.rerender(<Grid shown={[...rows.slice(0, 3), { name: 'd', cells: ['box', 'off', 'off'] }]} />);
    await new Promise((resolve) => setTimeout(resolve));
    expect(tabbable()).toEqual([box('all 0')]);
  });
});
