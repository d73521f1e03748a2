// @vitest-environment node
import { countSwitch, latencySwitch, seedSwitch } from '@mocks/demo-switches';
import { describe, expect, it } from 'vitest';
import { defaultHost, defaultPort, parseOptions, UsageError } from './options';

describe('parseOptions', () => {
  it('defaults to the demo seed on 127.0.0.1:4010, in memory, without latency or faults', () => {
    expect(parseOptions([])).toEqual({
      host: defaultHost,
      port: defaultPort,
      seed: undefined,
      latency: 0,
      faults: 'off',
      dataFile: undefined,
    });
    expect(defaultPort).toBe(4010);
  });

  it('reads every switch with the browser’s meanings and limits', () => {
    expect(
      parseOptions(
        ['--port', '0', '--host', '::1', '--users', '250000', '--groups', '9', '--latency', '90000'],
        '/work',
      ),
    ).toMatchObject({
      host: '::1',
      port: 0,
      seed: { kind: 'generated', customerUsers: 100_000, groups: 9 },
      latency: 30_000,
    });
    expect(parseOptions(['--groups', '12'])?.seed).toEqual({ kind: 'demo', groups: 12 });
    expect(parseOptions(['--empty'])?.seed).toEqual({ kind: 'empty' });
    expect(parseOptions(['--errors', 'lost-answers'])?.faults).toBe('lost-answers');
    expect(parseOptions(['--data', 'qa/data.json'], '/work')?.dataFile).toBe('/work/qa/data.json');
  });

  it('answers undefined for --help', () => {
    expect(parseOptions(['--help'])).toBeUndefined();
  });

  it.each([
    [['--port', 'eighty'], /--port takes a whole number/],
    [['--port', '70000'], /--port takes a whole number from 0 to 65535/],
    [['--users=-5'], /--users takes a whole number/],
    [['--latency', '1.5'], /--latency takes a whole number/],
    [['--errors', 'sometimes'], /--errors takes one of off, reads/],
    [['--empty', '--users', '10'], /--empty starts with no data/],
    [['--data', ''], /--data takes a file name/],
    [['--data'], /--data/],
    [['--colour'], /Unknown option '--colour'/],
    [['stray'], /positional argument/],
  ])('refuses %j', (argv, message) => {
    expect(() => parseOptions(argv)).toThrow(UsageError);
    expect(() => parseOptions(argv)).toThrow(message);
  });
});

describe('the demo switches shared with the browser', () => {
  it('reads counts as the URL switches do: capped, whole, anything else 0, absent undefined', () => {
    expect(countSwitch(null, 10)).toBeUndefined();
    expect(countSwitch(undefined, 10)).toBeUndefined();
    expect(countSwitch('7.9', 10)).toBe(7);
    expect(countSwitch('99', 10)).toBe(10);
    expect(countSwitch('-3', 10)).toBe(0);
    expect(countSwitch('lots', 10)).toBe(0);
  });

  it('caps the latency at 30 s and reads anything else as none', () => {
    expect(latencySwitch('800')).toBe(800);
    expect(latencySwitch('999999')).toBe(30_000);
    expect(latencySwitch('-1')).toBe(0);
    expect(latencySwitch('slow')).toBe(0);
    expect(latencySwitch(null)).toBe(0);
  });

  it('asks for generated users first, then extra groups, then ?demo=empty or reset', () => {
    expect(seedSwitch({ users: '5', groups: '2', demo: 'empty' })).toEqual({
      kind: 'generated',
      customerUsers: 5,
      groups: 2,
    });
    expect(seedSwitch({ groups: '2', demo: 'empty' })).toEqual({ kind: 'demo', groups: 2 });
    expect(seedSwitch({ demo: 'empty' })).toEqual({ kind: 'empty' });
    expect(seedSwitch({ demo: 'reset' })).toEqual({ kind: 'demo' });
    expect(seedSwitch({ demo: 'other' })).toBeUndefined();
    expect(seedSwitch({})).toBeUndefined();
  });
});
