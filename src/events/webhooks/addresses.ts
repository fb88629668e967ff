import { lookup as dnsLookup, type LookupAddress, type LookupAllOptions, type LookupOptions } from "node:dns";
import { lookup as lookupAll } from "node:dns/promises";
import { BlockList, isIP } from "node:net";

/**
 * Where webhooks may point. A webhook makes the server send requests on a caller's behalf, so in
 * production it must not reach the server's own network (loopback, private ranges, link-local
 * cloud metadata) unless the operator allows it: checked when a webhook is registered and again
 * on every connection (the name may resolve elsewhere by then).
 */

/** A webhook URL that cannot be used; the message says why. */
export class WebhookUrlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "WebhookUrlError";
  }
}

const NON_PUBLIC = new BlockList();
for (const [network, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["224.0.0.0", 3],
] as const) {
  NON_PUBLIC.addSubnet(network, prefix, "ipv4");
}
for (const [network, prefix] of [
  ["::", 127],
  ["fc00::", 7],
  ["fe80::", 10],
  ["ff00::", 8],
] as const) {
  NON_PUBLIC.addSubnet(network, prefix, "ipv6");
}

/** True for loopback, private, link-local, shared, multicast and unspecified addresses (v4-mapped v6 too). */
export function isNonPublicAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return NON_PUBLIC.check(address, "ipv4");
  if (family !== 6) return false;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped?.[1]) return NON_PUBLIC.check(mapped[1], "ipv4");
  return NON_PUBLIC.check(address, "ipv6");
}

/** The host of a URL without the brackets of an IPv6 literal. */
const hostOf = (url: URL) => url.hostname.replace(/^\[(.*)\]$/, "$1");

/** Checks a URL a caller registers: http(s) only, and a public address unless private ones are allowed. */
export async function checkWebhookUrl(raw: string, allowPrivate: boolean): Promise<URL> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new WebhookUrlError(`url is not a URL: ${JSON.stringify(raw)}`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new WebhookUrlError(`url must be http or https, not ${url.protocol.replace(/:$/, "")}`);
  }
  if (url.username || url.password) throw new WebhookUrlError("url must not carry a user name or password");
  if (allowPrivate) return url;
  const host = hostOf(url);
  let addresses: string[];
  try {
    addresses = isIP(host) ? [host] : (await lookupAll(host, { all: true })).map((entry) => entry.address);
  } catch {
    throw new WebhookUrlError(`url's host ${host} does not resolve`);
  }
  const refused = addresses.find(isNonPublicAddress);
  if (refused) {
    throw new WebhookUrlError(
      `url's host ${host} is a loopback or private address (${refused}); this server delivers only to public addresses`,
    );
  }
  return url;
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A dns.lookup for http.request that fails for non-public addresses, so a name that resolves to
 * the server's own network at delivery time is refused like an address literal.
 */
export function publicOnlyLookup(hostname: string, options: LookupOptions, callback: LookupCallback): void {
  dnsLookup(hostname, { ...options, all: true } as LookupAllOptions, (error, entries) => {
    if (error) {
      callback(error, "");
      return;
    }
    const refused = entries.find((entry) => isNonPublicAddress(entry.address));
    if (refused || entries.length === 0) {
      const denied: NodeJS.ErrnoException = new Error(
        `${hostname} resolves to a non-public address (${refused?.address ?? "none"}); refused`,
      );
      denied.code = "EADDRNOTPUBLIC";
      callback(denied, "");
      return;
    }
    if (options.all) callback(null, entries);
    else callback(null, entries[0]?.address ?? "", entries[0]?.family);
  });
}

/** Whether a URL's host is an address literal that is not public (lookup is skipped for literals). */
export function isNonPublicLiteral(url: URL): boolean {
  const host = hostOf(url);
  return isIP(host) !== 0 && isNonPublicAddress(host);
}
