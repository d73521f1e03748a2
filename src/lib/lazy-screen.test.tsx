import { render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { lazyScreen } from './lazy-screen';

describe('lazyScreen', () => {
  it('loads the code once, whether preloaded first or rendered first', async () => {
    const load = vi.fn(async () => ({ name }: { name: string }) => <p>Hello {name}</p>);
    const Greeting = lazyScreen(load);

    await Greeting.preload();
    await Greeting.preload();
    render(
      <Suspense fallback={<p>Loading…</p>}>
        <Greeting name="Ada" />
      </Suspense>,
    );

    expect(await screen.findByText('Hello Ada')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('renders the fallback until code that was not preloaded arrives', async () => {
    let arrive: (screen: () => React.JSX.Element) => void = () => {};
    const Later = lazyScreen(() => new Promise<() => React.JSX.Element>((resolve) => (arrive = resolve)));
    render(
      <Suspense fallback={<p>Loading…</p>}>
        <Later />
      </Suspense>,
    );

    expect(screen.getByText('Loading…')).toBeInTheDocument();
    arrive(() => <p>Arrived</p>);
    expect(await screen.findByText('Arrived')).toBeInTheDocument();
  });
});
