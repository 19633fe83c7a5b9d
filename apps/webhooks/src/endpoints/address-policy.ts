import { ErrorCode } from '@hospital/contracts';
import { DomainError } from '@hospital/platform';
import { lookup as dnsLookup, LookupAddress } from 'node:dns';
import { BlockList, isIP } from 'node:net';
import { AddressPolicyConfig } from '../config';

/**
 * Addresses the platform does not POST to unless the operator says so: a webhook URL is chosen by
 * a caller, and the service runs inside the hospital's cluster, next to its database, NATS and
 * the cloud's metadata endpoint. Loopback, link-local, private (RFC 1918, ULA), shared (CGNAT),
 * documentation, benchmarking, multicast and reserved ranges.
 */
const NOT_PUBLIC = new BlockList();
for (const [address, prefix] of [
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
] as const) {
  NOT_PUBLIC.addSubnet(address, prefix, 'ipv4');
}
for (const [address, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['64:ff9b::', 96],
  ['100::', 64],
  ['2001:db8::', 32],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const) {
  NOT_PUBLIC.addSubnet(address, prefix, 'ipv6');
}

const MAPPED_IPV4 = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i;

/** Why the platform will not call this address, or null when it may. */
export function refusedAddress(ip: string, policy: AddressPolicyConfig): string | null {
  if (policy.allowPrivate) return null;
  const mapped = MAPPED_IPV4.exec(ip)?.[1];
  const address = mapped ?? ip;
  const family = isIP(address) === 4 ? 'ipv4' : 'ipv6';
  if (!NOT_PUBLIC.check(address, family) || policy.allowedNetworks.check(address, family)) return null;
  return `${ip} is a loopback, link-local, private or reserved address`;
}

export type ResolveAll = (hostname: string) => Promise<LookupAddress[]>;

const resolveAll: ResolveAll = (hostname) =>
  new Promise((resolve, reject) => dnsLookup(hostname, { all: true, verbatim: true }, (error, addresses) => (error ? reject(error) : resolve(addresses))));

function refused(message: string): DomainError {
  return new DomainError(ErrorCode.WebhookUrlNotAllowed, message, { errors: [{ field: 'url', message }] });
}

/** The URL's host without IPv6 brackets. */
export function hostOf(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, '$1');
}

/**
 * Whether an endpoint may point here, checked when it is registered or changed: http or https,
 * no credentials in the URL (they would be logged and shown), and every address its host
 * resolves to allowed. The sender checks the addresses again at each connection (guardedLookup),
 * so a name that later resolves elsewhere is refused then.
 */
export async function checkEndpointUrl(raw: string, policy: AddressPolicyConfig, resolve: ResolveAll = resolveAll): Promise<void> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw refused('url must be an http or https URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw refused('url must be an http or https URL');
  if (url.username || url.password) throw refused('url must not carry a user name or password: authenticate the platform by the signature');
  const host = hostOf(url);
  const addresses = isIP(host) ? [host] : await resolve(host).then((found) => found.map((a) => a.address), () => null);
  if (!addresses || addresses.length === 0) throw refused(`${host} does not resolve`);
  for (const address of addresses) {
    const why = refusedAddress(address, policy);
    if (why) throw refused(`url ${host}: ${why}; the operator allows such addresses with WEBHOOKS_ALLOWED_NETWORKS or WEBHOOKS_ALLOW_PRIVATE_URLS`);
  }
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A `lookup` for http.request that refuses, at connection time, a host resolving to an address
 * the policy does not allow (DNS changed since registration, or rebinding).
 */
export function guardedLookup(policy: AddressPolicyConfig) {
  return (hostname: string, options: { all?: boolean; family?: number }, callback: LookupCallback): void => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '');
      const bad = addresses.map((a) => refusedAddress(a.address, policy)).find(Boolean);
      if (bad) return callback(Object.assign(new Error(`${hostname}: ${bad}`), { code: 'EADDRNOTALLOWED' }), '');
      if (options.all) return callback(null, addresses);
      return callback(null, addresses[0].address, addresses[0].family);
    });
  };
}
