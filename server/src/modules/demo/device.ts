import type { JsonObject } from "./demo-types.js";
import type { Country } from "./people-data.js";
import { type Rng, Weighted } from "./random.js";

/** A browser or an installed app: one anonymous id, one user agent, one library, one network address. */
export type Device = {
  kind: "web" | "app";
  source: "website" | "app";
  anonymousId: string;
  /** When the device is first used; sessions on it never start earlier. */
  firstUse: number;
  locale: string;
  timezone: string;
  utcOffset: number;
  ip: string;
  /** `context.userAgent` of a browser. */
  userAgent: string;
  /** `context.device`, frozen and shared by the device's messages. */
  info: Readonly<JsonObject>;
  /** For an app, the whole context never changes: one frozen object shared by all its messages. */
  appContext?: Readonly<JsonObject>;
};

const freeze = <T extends object>(value: T): Readonly<T> => Object.freeze(value);

export const WEB_LIBRARY = freeze({ name: "analytics.js", version: "next-1.72.0" });
export const BACKEND_LIBRARY = freeze({ name: "@segment/analytics-node", version: "3.1.0" });
export const POS_LIBRARY = freeze({ name: "lumen-pos", version: "2.8.1" });
const IOS_LIBRARY = freeze({ name: "analytics-swift", version: "1.5.11" });
const ANDROID_LIBRARY = freeze({ name: "analytics-kotlin", version: "1.16.3" });

type Browser = { userAgent: string; type: "desktop" | "mobile" | "tablet" };

const BROWSERS = new Weighted<Browser>([
  [
    {
      type: "desktop",
      userAgent:
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 Safari/537.36",
    },
    22,
  ],
  [
    {
      type: "desktop",
      userAgent:
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 Safari/537.36",
    },
    12,
  ],
  [
    {
      type: "desktop",
      userAgent:
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/605.1.15",
    },
    8,
  ],
  [
    { type: "desktop", userAgent: "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:131.0) Gecko/20100101 Firefox/131.0" },
    4,
  ],
  [
    {
      type: "desktop",
      userAgent:
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 Safari/537.36 Edg/129.0.0.0",
    },
    5,
  ],
  [
    {
      type: "mobile",
      userAgent:
        "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1",
    },
    24,
  ],
  [
    {
      type: "mobile",
      userAgent:
        "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 Mobile Safari/537.36",
    },
    8,
  ],
  [
    {
      type: "mobile",
      userAgent:
        "Mozilla/5.0 (Linux; Android 14; SM-S921B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 Mobile Safari/537.36",
    },
    11,
  ],
  [
    {
      type: "tablet",
      userAgent:
        "Mozilla/5.0 (iPad; CPU OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1",
    },
    6,
  ],
]);

type Handset = {
  os: "iOS" | "Android";
  manufacturer: string;
  model: string;
  osVersions: readonly string[];
  screen: readonly [number, number];
};

const HANDSETS = new Weighted<Handset>([
  [
    {
      os: "iOS",
      manufacturer: "Apple",
      model: "iPhone15,2",
      osVersions: ["17.6.1", "18.0.1", "18.1"],
      screen: [393, 852],
    },
    20,
  ],
  [{ os: "iOS", manufacturer: "Apple", model: "iPhone16,1", osVersions: ["18.0.1", "18.1"], screen: [393, 852] }, 18],
  [{ os: "iOS", manufacturer: "Apple", model: "iPhone14,5", osVersions: ["17.5", "17.6.1"], screen: [390, 844] }, 14],
  [{ os: "Android", manufacturer: "Google", model: "Pixel 8", osVersions: ["14", "15"], screen: [412, 915] }, 10],
  [{ os: "Android", manufacturer: "samsung", model: "SM-S921B", osVersions: ["14"], screen: [384, 832] }, 14],
  [{ os: "Android", manufacturer: "samsung", model: "SM-A546B", osVersions: ["13", "14"], screen: [412, 892] }, 9],
]);

const APP_VERSIONS = [
  ["4.8.0", "480"],
  ["4.9.1", "491"],
  ["5.0.2", "502"],
  ["5.1.0", "510"],
] as const;

/** A random public IPv4 address (never a private, loopback or multicast range). */
export function publicIp(rng: Rng): string {
  for (;;) {
    const a = rng.int(23, 217);
    const b = rng.int(0, 255);
    if (a === 127 || a === 100 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || a === 169) continue;
    return `${a}.${b}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
  }
}

function base(rng: Rng, country: Country, firstUse: number) {
  return {
    anonymousId: rng.uuid(),
    firstUse,
    locale: country.locale,
    timezone: country.timezone,
    utcOffset: country.utcOffset,
    ip: publicIp(rng),
  };
}

export function createWebDevice(rng: Rng, country: Country, firstUse: number, type?: Browser["type"]): Device {
  let browser = BROWSERS.pick(rng);
  for (let i = 0; type && browser.type !== type && i < 20; i++) browser = BROWSERS.pick(rng);
  return {
    kind: "web",
    source: "website",
    ...base(rng, country, firstUse),
    userAgent: browser.userAgent,
    info: freeze({ type: browser.type }),
  };
}

export function createAppDevice(rng: Rng, country: Country, firstUse: number): Device {
  const handset = HANDSETS.pick(rng);
  // Apps are updated over time; the demo pins one version per device, which is close enough.
  const [version, build] = rng.pick(APP_VERSIONS);
  const ios = handset.os === "iOS";
  const identity = base(rng, country, firstUse);
  const info = freeze({
    id: rng.uuid().toUpperCase(),
    manufacturer: handset.manufacturer,
    model: handset.model,
    type: ios ? "ios" : "android",
  });
  return {
    kind: "app",
    source: "app",
    ...identity,
    userAgent: "",
    info,
    appContext: freeze({
      app: freeze({ name: "Lumen", version, build, namespace: "com.lumenstore.app" }),
      device: info,
      os: freeze({ name: handset.os, version: rng.pick(handset.osVersions) }),
      screen: freeze({ width: handset.screen[0], height: handset.screen[1] }),
      library: ios ? IOS_LIBRARY : ANDROID_LIBRARY,
      ip: identity.ip,
      locale: identity.locale,
      timezone: identity.timezone,
      network: freeze({ wifi: true }),
    }),
  };
}
