import { describe, expect, it } from 'vitest';
import { isPublicAddress, lrsAddressProblem } from './lrs-address';

describe('isPublicAddress', () => {
  it('refuses the addresses that reach the server’s own network', () => {
    for (const address of [
      '127.0.0.1',
      '10.1.2.3',
      '172.20.0.1',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '224.0.0.1',
      '::1',
      '::',
      'fd00::1',
      'fe80::1',
      '::ffff:127.0.0.1',
      '::ffff:169.254.169.254',
    ])
      expect(isPublicAddress(address), address).toBe(false);
  });
  it('allows public addresses, and nothing that is not an address', () => {
    for (const address of ['93.184.216.34', '8.8.8.8', '2606:4700::1111', '::ffff:8.8.8.8']) expect(isPublicAddress(address), address).toBe(true);
    expect(isPublicAddress('lrs.example.edu')).toBe(false);
  });
});

describe('lrsAddressProblem', () => {
  const resolvesTo =
    (...addresses: string[]) =>
    async () =>
      addresses.map((address) => ({ address }));

  it('accepts a name that resolves only to public addresses', async () => {
    expect(await lrsAddressProblem('https://lrs.example.edu/xapi/', { allowPrivate: false, lookup: resolvesTo('93.184.216.34') })).toBeNull();
  });
  it('refuses a name with any private address, a literal private address, and a name that does not resolve', async () => {
    expect(await lrsAddressProblem('https://lrs.example.edu/xapi/', { allowPrivate: false, lookup: resolvesTo('93.184.216.34', '10.0.0.5') })).toMatch(
      /public internet/,
    );
    expect(await lrsAddressProblem('https://127.0.0.1:8443/xapi/', { allowPrivate: false })).toMatch(/public internet/);
    expect(await lrsAddressProblem('https://[::1]/xapi/', { allowPrivate: false })).toMatch(/public internet/);
    const fails = async () => {
      throw new Error('ENOTFOUND');
    };
    expect(await lrsAddressProblem('https://nowhere.invalid/xapi/', { allowPrivate: false, lookup: fails })).toMatch(/could not be found/);
  });
  it('allows anything where private networks are allowed (a local LRS, the tests)', async () => {
    expect(await lrsAddressProblem('http://127.0.0.1:9000/xapi/', { allowPrivate: true })).toBeNull();
  });
});
