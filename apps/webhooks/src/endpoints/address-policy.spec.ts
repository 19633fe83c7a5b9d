import { ErrorCode } from '@hospital/contracts';
import { expectDomainError } from '@hospital/service-testing';
import { BlockList } from 'node:net';
import { AddressPolicyConfig } from '../config';
import { checkEndpointUrl, refusedAddress } from './address-policy';

const hospitalNetwork = new BlockList();
hospitalNetwork.addSubnet('10.20.0.0', 16, 'ipv4');
const strict: AddressPolicyConfig = { allowPrivate: false, allowedNetworks: new BlockList() };
const withHis: AddressPolicyConfig = { allowPrivate: false, allowedNetworks: hospitalNetwork };
const open: AddressPolicyConfig = { allowPrivate: true, allowedNetworks: new BlockList() };
const resolvesTo = (...addresses: string[]) => async () => addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));

describe('which addresses an endpoint may point at', () => {
  it.each(['127.0.0.1', '10.1.2.3', '172.16.0.1', '192.168.1.10', '169.254.169.254', '100.64.0.1', '0.0.0.0', '224.0.0.1', '::1', 'fd12:3456::1', 'fe80::1', '::ffff:127.0.0.1'])(
    'refuses %s by default',
    (ip) => expect(refusedAddress(ip, strict)).toMatch(/loopback, link-local, private or reserved/),
  );

  it.each(['203.0.114.7', '8.8.8.8', '2606:4700::1111', '::ffff:8.8.8.8'])('lets %s through', (ip) => expect(refusedAddress(ip, strict)).toBeNull());

  it('lets through the hospital networks the operator lists, and nothing else private', () => {
    expect(refusedAddress('10.20.7.9', withHis)).toBeNull();
    expect(refusedAddress('10.21.7.9', withHis)).not.toBeNull();
    expect(refusedAddress('169.254.169.254', withHis)).not.toBeNull();
  });

  it('lets everything through with WEBHOOKS_ALLOW_PRIVATE_URLS=true (development, tests)', () => {
    expect(refusedAddress('127.0.0.1', open)).toBeNull();
  });
});

describe('checking an endpoint URL at registration', () => {
  const refusal = async (url: string, policy: AddressPolicyConfig, resolve = resolvesTo('203.0.114.7')) => {
    const error = await expectDomainError(checkEndpointUrl(url, policy, resolve));
    expect(error).toMatchObject({ code: ErrorCode.WebhookUrlNotAllowed, details: { errors: [{ field: 'url' }] } });
    return error.message;
  };

  it('accepts a public host, and a hospital host inside an allowed network', async () => {
    await expect(checkEndpointUrl('https://his.example/events', strict, resolvesTo('203.0.114.7'))).resolves.toBeUndefined();
    await expect(checkEndpointUrl('http://his.hospital.local:8080/events', withHis, resolvesTo('10.20.0.15'))).resolves.toBeUndefined();
  });

  it('refuses a name resolving to a private address (any of its addresses), naming the settings that allow it', async () => {
    expect(await refusal('https://his.hospital.local/events', strict, resolvesTo('203.0.114.7', '10.20.0.15'))).toMatch(
      /10\.20\.0\.15 is a loopback.*WEBHOOKS_ALLOWED_NETWORKS or WEBHOOKS_ALLOW_PRIVATE_URLS/,
    );
    expect(await refusal('http://127.0.0.1:9000/x', strict)).toMatch(/127\.0\.0\.1/);
    expect(await refusal('http://[::1]:9000/x', strict)).toMatch(/::1/);
  });

  it('refuses credentials in the URL, other schemes, and a host that does not resolve', async () => {
    expect(await refusal('https://user:pass@his.example/events', open)).toMatch(/user name or password/);
    expect(await refusal('ftp://his.example/events', open)).toMatch(/http or https/);
    expect(await refusal('https://nowhere.invalid/events', open, async () => Promise.reject(new Error('ENOTFOUND')))).toBe('nowhere.invalid does not resolve');
  });
});
