/**
 * Where the tool may send a course's statements. The LRS endpoint is typed by an instructor, and the tool's server
 * is what connects to it, so an endpoint must not reach the server's own network: loopback, private, link-local
 * (the cloud metadata service at 169.254.169.254), carrier-grade NAT, multicast and reserved addresses are refused,
 * at save time and again before each delivery (the name may resolve elsewhere later). Where
 * LTI_LRS_ALLOW_PRIVATE_NETWORK=1 (a local LRS in development, the tests' LRS stub) any address is allowed.
 */
import { lookup as dnsLookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

const blocked = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  blocked.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['64:ff9b::', 96],
  ['100::', 64],
  ['2001:db8::', 32],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const)
  blocked.addSubnet(network, prefix, 'ipv6');

/** Whether an IP address is on the public internet (an IPv4-mapped IPv6 address is judged by its IPv4 address). */
export function isPublicAddress(address: string): boolean {
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  if (mapped) return isPublicAddress(mapped[1]);
  const family = isIP(address);
  if (family === 4) return !blocked.check(address, 'ipv4');
  if (family === 6) return !blocked.check(address, 'ipv6');
  return false;
}

export type Lookup = (hostname: string) => Promise<{ address: string }[]>;

const systemLookup: Lookup = (hostname) => dnsLookup(hostname, { all: true, verbatim: true });

/** Why the tool will not send to this endpoint's host, or null. Every address the name resolves to must be public. */
export async function lrsAddressProblem(endpoint: string, options: { allowPrivate?: boolean; lookup?: Lookup } = {}): Promise<string | null> {
  if (options.allowPrivate ?? process.env.LTI_LRS_ALLOW_PRIVATE_NETWORK === '1') return null;
  let host: string;
  try {
    host = new URL(endpoint).hostname.replace(/^\[(.*)\]$/, '$1');
  } catch {
    return 'Endpoint: a full URL, such as https://lrs.example.edu/xapi/.';
  }
  let addresses: string[];
  try {
    addresses = isIP(host) ? [host] : (await (options.lookup ?? systemLookup)(host)).map((entry) => entry.address);
  } catch {
    return `Endpoint: the name ${host} could not be found.`;
  }
  if (addresses.length === 0) return `Endpoint: the name ${host} could not be found.`;
  if (!addresses.every(isPublicAddress)) return 'Endpoint: the LRS must be on the public internet, not a private, loopback or link-local address.';
  return null;
}
