import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useRef, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { gridRowAttribute, useGridNavigation } from './use-grid-navigation';

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

/** 40 rows, of which only the first five (and the one last asked for) are rendered; r7's boxes are disabled. */
function VirtualGrid() {
  const ref = useRef<HTMLTableElement>(null);
  const [kept, setKept] = useState<number>();
  const count = 40;
  const off = (index: number) => index === 7;
  useGridNavigation(ref, {
    rows: { count, usableColumns: (index) => (off(index) ? [] : [1, 2]), reveal: setKept },
    pageSize: 5,
  });
  const shown = [0, 1, 2, 3, 4, ...(kept !== undefined && kept > 4 ? [kept] : [])];
  return (
    <>
      <table ref={ref}>
        <thead>
          <tr>
            <th>Name</th>
            <th>
              <input type="checkbox" aria-label="all 1" />
            </th>
            <th>
              <input type="checkbox" aria-label="all 2" />
            </th>
          </tr>
        </thead>
        <tbody>
          {shown.map((index) => (
            <tr key={index} {...{ [gridRowAttribute]: index }}>
              <th>r{index}</th>
              {[1, 2].map((column) => (
                <td key={column}>
                  <input type="checkbox" aria-label={`r${index}-${column}`} disabled={off(index)} />
                </td>
              ))}
            </tr>
          ))}
          {/* A spacer: no mark, no row of the grid. */}
          <tr>
            <td colSpan={3} />
          </tr>
        </tbody>
      </table>
      <button type="button">After</button>
    </>
  );
}

describe('useGridNavigation over a virtualised table', () => {
  it('moves to rows not rendered yet, which render and take focus, skipping unusable ones', async () => {
    const user = userEvent.setup();
    render(<VirtualGrid />);
    expect(tabbable()).toEqual([box('all 1')]);
    box('r4-2').focus();
    await user.keyboard('{ArrowDown}');
    await waitFor(() => expect(box('r5-2')).toHaveFocus());
    await user.keyboard('{ArrowDown}{ArrowDown}');
    // r7 is disabled: from r6 the next row down is r8.
    await waitFor(() => expect(box('r8-2')).toHaveFocus());
    expect(tabbable()).toEqual([box('r8-2')]);
    await user.keyboard('{ArrowUp}');
    await waitFor(() => expect(box('r6-2')).toHaveFocus());
  });

  it('Ctrl+End and Ctrl+Home go to the last row and the header; PageDown and PageUp move a page', async () => {
    const user = userEvent.setup();
    render(<VirtualGrid />);
    box('all 1').focus();
    await user.keyboard('{Control>}{End}{/Control}');
    await waitFor(() => expect(box('r39-2')).toHaveFocus());
    await user.keyboard('{Control>}{Home}{/Control}');
    expect(box('all 1')).toHaveFocus();
    // The header row, then r0 … r4: five rows down is r4; five more is r9.
    await user.keyboard('{PageDown}');
    expect(box('r4-1')).toHaveFocus();
    await user.keyboard('{PageDown}');
    await waitFor(() => expect(box('r9-1')).toHaveFocus());
    await user.keyboard('{Control>}{End}{/Control}{PageDown}');
    await waitFor(() => expect(box('r39-2')).toHaveFocus());
    await user.keyboard('{PageUp}');
    await waitFor(() => expect(box('r34-2')).toHaveFocus());
  });

  it('a page lands past a disabled row, or short of the end', async () => {
    const user = userEvent.setup();
    render(<VirtualGrid />);
    box('r2-1').focus();
    await user.keyboard('{PageDown}');
    // r7 is disabled: the next usable row down.
    await waitFor(() => expect(box('r8-1')).toHaveFocus());
    await user.keyboard('{PageUp}');
    // Five up from r8 is r3.
    await waitFor(() => expect(box('r3-1')).toHaveFocus());
  });
});
