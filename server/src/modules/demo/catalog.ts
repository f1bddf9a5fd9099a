import { Rng, Weighted } from "./random.js";

/** The demo store: Lumen & Co., a clothing and lifestyle shop with a website, an app and a few stores. */
export const STORE_URL = "https://www.lumen-store.example";
export const CURRENCY = "USD";

export type Product = {
  productId: string;
  sku: string;
  name: string;
  category: string;
  brand: string;
  price: number;
  slug: string;
};

type CategorySpec = { items: readonly string[]; price: readonly [number, number]; popularity: number };

const CATEGORIES: Record<string, CategorySpec> = {
  shoes: {
    items: ["Sneakers", "Running Shoes", "Loafers", "Ankle Boots", "Sandals", "Trail Runners"],
    price: [45, 180],
    popularity: 20,
  },
  shirts: {
    items: ["Oxford Shirt", "Linen Shirt", "Graphic Tee", "Polo Shirt", "Flannel Shirt"],
    price: [18, 75],
    popularity: 15,
  },
  pants: {
    items: ["Chinos", "Slim Jeans", "Joggers", "Cargo Pants", "Wide-Leg Trousers"],
    price: [35, 110],
    popularity: 11,
  },
  dresses: { items: ["Wrap Dress", "Midi Dress", "Shirt Dress", "Slip Dress"], price: [45, 160], popularity: 9 },
  jackets: {
    items: ["Rain Jacket", "Denim Jacket", "Puffer Jacket", "Wool Coat", "Bomber Jacket"],
    price: [70, 260],
    popularity: 9,
  },
  accessories: {
    items: ["Leather Belt", "Beanie", "Sunglasses", "Scarf", "Wallet", "Baseball Cap"],
    price: [12, 85],
    popularity: 10,
  },
  bags: {
    items: ["Backpack", "Tote Bag", "Crossbody Bag", "Weekender", "Laptop Sleeve"],
    price: [30, 190],
    popularity: 7,
  },
  sportswear: {
    items: ["Yoga Leggings", "Running Shorts", "Training Top", "Sports Bra", "Track Jacket"],
    price: [20, 90],
    popularity: 9,
  },
  beauty: {
    items: ["Face Serum", "Lip Balm", "Hand Cream", "Sunscreen SPF 50", "Eau de Parfum"],
    price: [8, 95],
    popularity: 6,
  },
  home: {
    items: ["Scented Candle", "Linen Throw", "Ceramic Mug Set", "Cotton Towel Set", "Throw Pillow"],
    price: [14, 120],
    popularity: 4,
  },
};

export const CATEGORY_PICKER = new Weighted(
  Object.entries(CATEGORIES).map(([name, spec]) => [name, spec.popularity] as const),
);

const VARIANTS = ["Classic", "Everyday", "Organic", "Recycled", "Essential", "Heritage", "Lightweight", "Premium"];
const COLORS = ["Black", "Navy", "Sand", "Olive", "White", "Rust", "Grey", "Forest"];
const BRANDS = ["Lumen", "Lumen Studio", "Northfold", "Alder & Pine", "Wayfarer Goods"];

function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/** The same catalog for every seed, so product ids mean the same thing across datasets. */
function buildCatalog(): Product[] {
  const rng = new Rng("lumen-catalog");
  const products: Product[] = [];
  let serial = 1000;
  for (const [category, spec] of Object.entries(CATEGORIES)) {
    for (const item of spec.items) {
      for (let v = 0; v < 3; v++) {
        serial += rng.int(1, 9);
        const name = `${rng.pick(VARIANTS)} ${item} – ${rng.pick(COLORS)}`;
        const [low, high] = spec.price;
        // Prices end in .00, .50 or .95 like a real shelf.
        const price = Math.floor(rng.uniform(low, high)) + rng.pick([0, 0.5, 0.95]);
        products.push({
          productId: `P${serial}`,
          sku: `${category.slice(0, 2).toUpperCase()}-${serial}-${v + 1}`,
          name,
          category,
          brand: rng.pick(BRANDS),
          price: Math.round(price * 100) / 100,
          slug: slugify(name),
        });
      }
    }
  }
  return products;
}

export const PRODUCTS: readonly Product[] = buildCatalog();

const BY_CATEGORY = new Map<string, Product[]>();
for (const product of PRODUCTS)
  BY_CATEGORY.set(product.category, [...(BY_CATEGORY.get(product.category) ?? []), product]);

/** A product of the category; lower-numbered products sell better (a Zipf-like head). */
export function pickProduct(rng: Rng, category: string): Product {
  const products = BY_CATEGORY.get(category) ?? PRODUCTS;
  const index = Math.min(products.length - 1, Math.floor(products.length * Math.pow(rng.next(), 1.8)));
  const product = products[index];
  if (!product) throw new RangeError(`no products in ${category}`);
  return product;
}

export type AdCampaign = { source: string; medium: string; name: string; term?: string; content?: string };

/** Paid and partner traffic, with its share of tagged first visits. */
export const AD_CAMPAIGNS = new Weighted<AdCampaign>([
  [{ source: "google", medium: "cpc", name: "brand_search", term: "lumen store" }, 22],
  [{ source: "google", medium: "cpc", name: "generic_shoes", term: "running shoes" }, 12],
  [{ source: "google", medium: "cpc", name: "generic_jackets", term: "rain jacket women" }, 6],
  [{ source: "bing", medium: "cpc", name: "brand_search", term: "lumen and co" }, 4],
  [{ source: "facebook", medium: "paid_social", name: "lookbook_carousel", content: "carousel_v2" }, 14],
  [{ source: "instagram", medium: "paid_social", name: "new_arrivals", content: "reel_15s" }, 16],
  [{ source: "tiktok", medium: "paid_social", name: "ugc_sneakers", content: "creator_04" }, 9],
  [{ source: "partner_blog", medium: "affiliate", name: "style_guide" }, 5],
  [{ source: "pinterest", medium: "paid_social", name: "home_edit" }, 3],
]);

export const ORGANIC_REFERRERS = new Weighted<string>([
  ["", 45],
  ["https://www.google.com/", 35],
  ["https://www.bing.com/", 4],
  ["https://duckduckgo.com/", 4],
  ["https://www.instagram.com/", 7],
  ["https://www.reddit.com/", 3],
  ["https://www.pinterest.com/", 2],
]);

export type Store = { storeId: string; name: string; city: string; country: string };

/** Physical stores; customers of these countries can also buy in person. */
export const STORES: readonly Store[] = [
  { storeId: "store-nyc-01", name: "Lumen SoHo", city: "New York", country: "US" },
  { storeId: "store-sfo-01", name: "Lumen Hayes Valley", city: "San Francisco", country: "US" },
  { storeId: "store-lon-01", name: "Lumen Covent Garden", city: "London", country: "GB" },
  { storeId: "store-ber-01", name: "Lumen Mitte", city: "Berlin", country: "DE" },
  { storeId: "store-par-01", name: "Lumen Le Marais", city: "Paris", country: "FR" },
  { storeId: "store-tor-01", name: "Lumen Queen West", city: "Toronto", country: "CA" },
];

export const SEARCH_TERMS = [
  "sneakers",
  "rain jacket",
  "linen shirt",
  "gift card",
  "black boots",
  "yoga",
  "tote",
  "candle",
  "sale",
  "wool coat",
];

export const CONTENT_PAGES: ReadonlyArray<readonly [string, string, string]> = [
  ["About", "/about", "About Lumen & Co."],
  ["Shipping", "/help/shipping", "Shipping & Returns"],
  ["Size Guide", "/help/size-guide", "Size Guide"],
  ["Blog", "/blog/how-to-layer-for-autumn", "How to layer for autumn"],
  ["Blog", "/blog/sneaker-care-101", "Sneaker care 101"],
  ["Stores", "/stores", "Find a store"],
];
